"""`openwit dedup index`: features of every training image, written as parquet parts.

One part per input shard (`parts/NAME-HASH.parquet`, written atomically), so a killed run
resumes by skipping the parts already written; `manifest.json` records the settings and counts.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from common.io import atomic_path, write_json_atomic
from dedup.features import (
    FeatureBatch,
    Featurizer,
    shard_batches,
    worker_featurizer,
    worker_pool,
)

if TYPE_CHECKING:
    from tqdm import tqdm

MANIFEST = "manifest.json"
FORMAT = "openwit-dedup-index/1"


def is_index(path: str) -> bool:
    return os.path.isfile(os.path.join(path, MANIFEST))


def part_name(shard: str) -> str:
    stem = os.path.splitext(os.path.basename(shard))[0]
    return f"{stem}-{hashlib.sha1(shard.encode()).hexdigest()[:8]}.parquet"


def _table(batches: list[FeatureBatch], hash_bytes: int, skips: Counter) -> pa.Table:
    refs = [r for b in batches for r in b.refs]
    shards, keys = zip(*(r.rsplit("#", 1) for r in refs), strict=True) if refs else ((), ())
    hashes = (
        np.concatenate([b.hashes for b in batches])
        if batches
        else np.zeros((0, hash_bytes), np.uint8)
    )
    columns = {
        "shard": pa.array(shards, pa.string()),
        "key": pa.array(keys, pa.string()),
        "uid": pa.array([u for b in batches for u in b.uids], pa.string()),
        "phash": pa.array([h.tobytes() for h in hashes], pa.binary(hash_bytes)),
    }
    if batches and batches[0].embeddings is not None:
        vectors = np.concatenate([b.embeddings for b in batches])
        columns["embedding"] = pa.FixedSizeListArray.from_arrays(
            pa.array(vectors.reshape(-1), pa.float32()), vectors.shape[1]
        )
    metadata = {b"openwit.skipped": json.dumps(dict(skips)).encode()}
    return pa.table(columns).replace_schema_metadata(metadata)


def _settings(featurizer: Featurizer) -> dict:
    return {
        "format": FORMAT,
        "hash_size": featurizer.hash_size,
        "embedder": featurizer.embedder.name if featurizer.embedder else None,
        # embeddings of training images without img2dataset's bands (since 2026-12-03): parts
        # embedded before cannot be resumed into the same index
        "unpadded": True if featurizer.embedder and featurizer.unpad else None,
    }


def index_shard(
    shard: str, out: str, featurizer: Featurizer, progress: tqdm | None = None
) -> tuple[int, Counter]:
    """Featurize one shard into its part file; return (rows, skips)."""
    skips: Counter = Counter()
    batches = list(shard_batches(shard, featurizer, skips, progress))
    table = _table(batches, featurizer.hash_bytes, skips)
    path = os.path.join(out, "parts", part_name(shard))
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp)
    return table.num_rows, skips


def _index_in_worker(shard: str, out: str) -> int:
    return index_shard(shard, out, worker_featurizer())[0]


def _index_in_processes(
    todo: list[str], out: str, featurizer: Featurizer, workers: int, bar: tqdm
) -> int:
    """Shards spread over `workers` processes, each writing its own parts."""
    from concurrent.futures import as_completed

    rows = 0
    with worker_pool(featurizer, workers) as pool:
        futures = [pool.submit(_index_in_worker, shard, out) for shard in todo]
        for future in as_completed(futures):
            rows += future.result()
            bar.update(future.result())
    return rows


def build_index(
    shards: list[str],
    out: str,
    featurizer: Featurizer,
    progress_factory: type[tqdm],
    workers: int = 1,
) -> dict:
    """Index `shards` into `out`, resuming after parts already written; return the manifest."""
    os.makedirs(os.path.join(out, "parts"), exist_ok=True)
    manifest_path = os.path.join(out, MANIFEST)
    settings = _settings(featurizer)
    if os.path.exists(manifest_path):
        with open(manifest_path) as f:
            old = json.load(f)
        mismatch = {k: (old.get(k), v) for k, v in settings.items() if old.get(k) != v}
        if mismatch:
            raise ValueError(f"{out} was built with other settings {mismatch}; use a new --out")
    write_json_atomic(manifest_path, {**settings, "complete": False, "shards": shards})
    todo = [s for s in shards if not os.path.exists(os.path.join(out, "parts", part_name(s)))]
    start, rows = time.time(), 0
    with progress_factory(desc="index", unit="img") as progress:
        if workers > 1:
            rows = _index_in_processes(todo, out, featurizer, workers, progress)
        else:
            rows = sum(index_shard(shard, out, featurizer, progress)[0] for shard in todo)
    elapsed = time.time() - start
    totals, skipped = 0, Counter()
    for shard in shards:
        meta = pq.read_schema(os.path.join(out, "parts", part_name(shard))).metadata or {}
        skipped.update(json.loads(meta.get(b"openwit.skipped", b"{}")))
        totals += pq.read_metadata(os.path.join(out, "parts", part_name(shard))).num_rows
    manifest = {
        **settings,
        "complete": True,
        "shards": shards,
        "images": totals,
        "skipped": dict(skipped),
        "resumed_parts": len(shards) - len(todo),
        "images_this_run": rows,
        "seconds_this_run": round(elapsed, 3),
    }
    write_json_atomic(manifest_path, manifest)
    return manifest


def read_manifest(path: str) -> dict:
    with open(os.path.join(path, MANIFEST)) as f:
        manifest = json.load(f)
    if manifest.get("format") != FORMAT:
        raise ValueError(
            f"{path} is not an openwit dedup index (format {manifest.get('format')!r})"
        )
    if not manifest.get("complete"):
        raise ValueError(f"{path} is incomplete; re-run `openwit dedup index` to finish it")
    return manifest


def index_batches(
    path: str, hash_size: int, need_embeddings: bool = False, batch_size: int = 65536
) -> Iterator[FeatureBatch]:
    """Stream an index's rows back as FeatureBatches, checking its hash size."""
    manifest = read_manifest(path)
    if manifest["hash_size"] != hash_size:
        raise ValueError(
            f"hash size mismatch: {path} holds {manifest['hash_size']}-pixel-side "
            f"hashes, this run uses --hash-size {hash_size}"
        )
    if need_embeddings and not manifest.get("embedder"):
        raise ValueError(
            f"{path} has no embeddings; build it with --embedder or pass shards instead"
        )
    for shard in manifest["shards"]:
        parquet = pq.ParquetFile(os.path.join(path, "parts", part_name(shard)))
        for record in parquet.iter_batches(batch_size=batch_size):
            shards, keys = record.column("shard").to_pylist(), record.column("key").to_pylist()
            hashes = np.frombuffer(b"".join(record.column("phash").to_pylist()), np.uint8)
            embeddings = None
            if need_embeddings:
                column = record.column("embedding")
                embeddings = column.flatten().to_numpy().reshape(len(column), -1).astype(np.float32)
            yield FeatureBatch(
                [f"{s}#{k}" for s, k in zip(shards, keys, strict=True)],
                record.column("uid").to_pylist(),
                hashes.reshape(len(keys), -1),
                embeddings,
            )
