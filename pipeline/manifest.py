"""A curate run's manifest (CURATED/manifest.json): what it was asked to do, and its id.

The id, a hash of the input files (paths and sizes), the query list (the sha256 of its
parquet and its own manifest), the parameters and the software versions, is carried by
every curated pair (`curate_run`), so a sample in a shard names the run that kept it. The
inputs' sha256 are computed inside the job, one file per worker task, and added to the
manifest when the job ends.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from importlib.metadata import PackageNotFoundError, version

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipeline.config import CurateConfig

PACKAGES = ("openwit", "apache-beam", "pyarrow", "fastwarc", "pyahocorasick", "orjson")
CHUNK = 1 << 20


def sha256(path: str) -> str:
    """The sha256 of a file (local or any Beam file system), read in 1 MiB pieces."""
    digest = hashlib.sha256()
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _version(package: str) -> str | None:
    try:
        return version(package)
    except PackageNotFoundError:
        return None


def query_list(queries: str) -> dict:
    """The query list curate read: its path, its parquet's sha256 and its manifest."""
    manifest = None
    if queries.endswith(".parquet"):  # a list of the user's own: no manifest
        parquet = queries
    else:
        parquet = FileSystems.join(queries, "queries.parquet")
        with FileSystems.open(FileSystems.join(queries, "manifest.json")) as f:
            manifest = json.load(f)
    return {"path": queries, "sha256": sha256(parquet), "manifest": manifest}


def run_manifest(c: CurateConfig) -> dict:
    """The manifest without the inputs' sha256, with its `id`."""
    files = [("table", p) for p in c.tables] + [("wat", p) for p in c.wats]
    sizes = {m.path: m.size_in_bytes for m in _metadata([p for _, p in files])}
    # the files themselves, not the patterns that found them, nor where the output goes
    skip = ("tables", "wats", "inputs", "out")
    parameters = {k: v for k, v in asdict(c).items() if k not in skip}
    manifest = {
        "inputs": [{"kind": kind, "path": p, "bytes": sizes.get(p)} for kind, p in files],
        "queries": query_list(c.queries),
        "parameters": parameters,
        "versions": {p: _version(p) for p in PACKAGES},
    }
    body = json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode()
    return {"id": hashlib.sha256(body).hexdigest()[:16], **manifest}


def _metadata(paths: list[str]) -> list:
    return [m for r in FileSystems.match(paths) for m in r.metadata_list] if paths else []
