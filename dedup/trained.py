"""`--detector trained`: the copy detector trained on the user's own training shards, cached.

The CLIP paper (Appendix C) trained its own duplicate detector on synthetically augmented
images. Here `dedup train-detector` does that on the shards being audited, calibrates the
threshold with hard negatives from the same shards (dedup.calibrate) and the result is kept
beside a fingerprint of the shards and the settings, so a second run on the same data reuses
it instead of training again.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import time
from dataclasses import asdict

from common.io import write_json_atomic
from common.shards import expand_shards
from dedup.settings import TrainConfig


def fingerprint(shards: str, config: TrainConfig) -> str:
    """Shard files (path, size, modification time) and every training setting."""
    digest = hashlib.sha1(json.dumps(asdict(config), sort_keys=True).encode())
    for path in expand_shards(shards):
        stat = os.stat(path)
        digest.update(f"{os.path.abspath(path)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the DataLoader workers)."""
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def trained_descriptor(shards: str, path: str, config: TrainConfig) -> dict:
    """Train the descriptor on `shards` into `path` unless the cache there is for the same
    shards and settings; its summary (with `reused`, wall and CPU seconds) is `path`.json."""
    from dedup.train_detector import train_detector

    meta_path = f"{path}.json"
    key = fingerprint(shards, config)
    if os.path.isfile(path) and os.path.isfile(meta_path):
        with open(meta_path) as f:
            meta = json.load(f)
        if meta.get("fingerprint") == key:
            return {**meta, "reused": True}
    start, cpu = time.perf_counter(), cpu_seconds()
    result = train_detector(shards, path, config)
    result |= {
        "fingerprint": key,
        "shards": shards,
        "seconds": time.perf_counter() - start,
        "cpu_seconds": cpu_seconds() - cpu,
    }
    write_json_atomic(meta_path, result)
    return {**result, "reused": False}
