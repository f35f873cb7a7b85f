"""`openwit dedup decontaminate`: rewrite training shards without evaluation-set duplicates."""

from __future__ import annotations

import json
import logging
import os
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np
from tqdm import tqdm

from common.io import write_json_atomic, write_lines_atomic
from common.shards import SIZES, Sample, expand_shards, iter_samples, write_shard
from dedup.audit import featurize_evalset
from dedup.detect import Detector, indexed_batches
from dedup.evalsets import open_evalset
from dedup.imageio import BadImage, decode
from dedup.index import is_index

if TYPE_CHECKING:
    from dedup.search import CosineIndex, HammingIndex

log = logging.getLogger(__name__)
BATCH = 256
DONE = ".done"


def against_vectors(
    specs: list[tuple[str, str]], detector: Detector
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Features of every evaluation image (INDEX, image folder or shards) and its dataset."""
    vectors, owner = [], []
    for position, (name, path) in enumerate(specs):
        if is_index(path):
            found = [detector.vectors(b) for b in indexed_batches(path, detector)]
        else:
            found = featurize_evalset(
                open_evalset(name, path, need_labels=False), detector, None
            ).vectors
        matrix = np.concatenate(found) if found else np.zeros((0, 1))
        if not len(matrix):
            raise ValueError(f"--against {name}={path} holds no usable images")
        vectors.append(matrix)
        owner.append(np.full(len(matrix), position))
    return np.concatenate(vectors), np.concatenate(owner), [name for name, _ in specs]


def _overlaps(
    samples: list[Sample],
    detector: Detector,
    index: HammingIndex | CosineIndex,
    owner: np.ndarray,
    names: list[str],
    counts: Counter,
) -> dict[str, set[str]]:
    """ref -> the evaluation sets each sample duplicates; undecodable images are counted."""
    decodable, images = [], []
    for sample in samples:
        try:
            images.append(decode(sample.image_bytes() or b"", sample.ref, detector.max_pixels))
            decodable.append(sample)
        except BadImage as err:
            log.info("kept unchecked: %s", err)
            counts["kept unchecked (bad image)"] += 1
    drop: dict[str, set[str]] = {}
    if decodable:
        featurizer = detector.featurizer()
        batch = featurizer([s.ref for s in decodable], [None] * len(decodable), images)
        matches = index.search(detector.vectors(batch))
        for t, e in zip(matches.train, matches.eval, strict=True):
            drop.setdefault(decodable[t].ref, set()).add(names[owner[e]])
    return drop


def _filtered(
    shard: str,
    detector: Detector,
    index: HammingIndex | CosineIndex,
    owner: np.ndarray,
    names: list[str],
    counts: Counter,
    removed: list[str],
    progress: tqdm,
) -> Iterator[Sample]:
    """The shard's samples minus duplicates, in order; undecodable images are kept and counted."""
    buffer: list[Sample] = []

    def flush() -> Iterator[Sample]:
        drop = _overlaps(buffer, detector, index, owner, names, counts)
        for sample in buffer:
            if sample.ref in drop:
                counts["removed"] += 1
                counts.update(f"overlaps {name}" for name in drop[sample.ref])
                removed.append(f"{sample.ref}\t{','.join(sorted(drop[sample.ref]))}")
            else:
                counts["kept"] += 1
                yield sample
        progress.update(len(buffer))
        buffer.clear()

    for sample in iter_samples(shard, counts):
        buffer.append(sample)
        if len(buffer) == BATCH:
            yield from flush()
    if buffer:
        yield from flush()


def run_decontaminate(
    shards_spec: str | list[str], against: list[tuple[str, str]], detector: Detector, out: str
) -> dict:
    shards = expand_shards(shards_spec)
    names = [os.path.basename(s) for s in shards]
    if len(set(names)) != len(names):
        raise ValueError("input shards must have distinct file names (they keep them in --out)")
    vectors, owner, datasets = against_vectors(against, detector)
    index = detector.build(vectors)
    os.makedirs(os.path.join(out, DONE), exist_ok=True)
    totals, sizes, resumed = Counter(), {}, 0
    with tqdm(desc="decontaminate", unit="img") as progress:
        for shard, name in zip(shards, names, strict=True):
            record = os.path.join(out, DONE, f"{name}.json")
            if os.path.exists(record) and os.path.exists(os.path.join(out, name)):
                with open(record) as f:
                    counts = Counter(json.load(f))
                resumed += 1
            else:
                counts, removed = Counter(), []
                sizes_now = write_shard(
                    os.path.join(out, name),
                    _filtered(shard, detector, index, owner, datasets, counts, removed, progress),
                )
                write_lines_atomic(os.path.join(out, DONE, f"{name}.removed.txt"), removed)
                write_json_atomic(record, {**counts, "kept": sizes_now})
                counts["kept"] = sizes_now
            sizes[name] = counts["kept"]
            totals.update(counts)
    removed_lines = []
    for name in names:
        with open(os.path.join(out, DONE, f"{name}.removed.txt")) as f:
            removed_lines += f.read().splitlines()
    write_lines_atomic(os.path.join(out, "removed.txt"), removed_lines)
    write_json_atomic(os.path.join(out, SIZES), sizes)
    summary = {
        "shards": len(shards),
        "resumed_shards": resumed,
        **detector.describe(),
        "against": {n: p for n, p in against},
        "counts": dict(totals),
        "removed_per_dataset": {n: totals.get(f"overlaps {n}", 0) for n in datasets},
    }
    write_json_atomic(os.path.join(out, "decontaminate.json"), summary)
    return summary
