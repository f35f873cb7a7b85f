"""Reading and writing webdataset shards (img2dataset's layout: KEY.jpg, KEY.txt, KEY.json)."""

from __future__ import annotations

import glob
import json
import logging
import os
import tarfile
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from webdataset.shardlists import expand_urls
from webdataset.tariterators import base_plus_ext, tar_file_iterator
from webdataset.writer import TarWriter

log = logging.getLogger(__name__)
IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "webp", "bmp", "tif", "tiff", "gif")


@dataclass
class Sample:
    """One webdataset sample: its key and raw files by extension (`jpg`, `txt`, `json`...)."""

    shard: str
    key: str
    files: dict[str, bytes] = field(default_factory=dict)

    @property
    def ref(self) -> str:
        return f"{self.shard}#{self.key}"

    def image_bytes(self) -> bytes | None:
        return next((self.files[e] for e in IMAGE_EXTENSIONS if e in self.files), None)

    def meta(self) -> dict:
        try:
            return json.loads(self.files.get("json", b"{}"))
        except ValueError:
            return {}


def list_shards(spec: str | list[str]) -> list[str]:
    """Tar paths from a directory, a glob, a brace pattern ({00000..00009}.tar) or a list."""
    specs = [spec] if isinstance(spec, str) else list(spec)
    paths: list[str] = []
    for item in specs:
        if os.path.isdir(item):
            paths += sorted(glob.glob(os.path.join(item, "*.tar")))
        else:
            for expanded in expand_urls(item):
                matches = sorted(glob.glob(expanded))
                if not matches:
                    raise OSError(f"no such shard: {expanded}")
                paths += matches
    if not paths:
        raise OSError(f"no .tar shards found in {', '.join(specs)}")
    return [os.path.abspath(p) for p in paths]


def iter_samples(path: str, skips: Counter | None = None) -> Iterator[Sample]:
    """Samples of one tar in order; a truncated or corrupt tar ends early with a counted skip."""
    current: Sample | None = None
    try:
        with open(path, "rb") as stream:
            for item in tar_file_iterator(stream):
                prefix, suffix = base_plus_ext(item["fname"])
                if prefix is None:
                    continue
                if current is not None and current.key != prefix:
                    yield current
                    current = None
                current = current or Sample(path, prefix)
                current.files[suffix.lower()] = item["data"]
    except (tarfile.TarError, EOFError, OSError) as err:
        if isinstance(err, FileNotFoundError):
            raise
        log.warning(
            "shard %s is truncated or corrupt (%s); keeping the samples before it", path, err
        )
        if skips is not None:
            skips["corrupt shard"] += 1
        current = None  # its last member may be cut off
    if current is not None:
        yield current


def write_shard(path: str, samples: Iterable[Sample]) -> int:
    """Write samples to `path` atomically (temp file + rename); return how many were written."""
    tmp = f"{path}.tmp-{uuid.uuid4().hex[:8]}"
    count = 0
    try:
        with TarWriter(tmp, encoder=False) as writer:
            for sample in samples:
                writer.write({"__key__": sample.key, **sample.files})
                count += 1
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return count
