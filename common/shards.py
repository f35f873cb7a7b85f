"""The webdataset shard format shared by download, dedup and the trainer.

A shard is a tar of samples in img2dataset's layout: `KEY.jpg` (or another image extension),
`KEY.txt`, `KEY.json`, and for labelled evaluation shards `KEY.cls` (a class index into
`classnames.txt` beside the shards). `sizes.json` beside the shards maps each shard's file
name to its sample count. Every command takes shard patterns in one syntax (`expand_shards`),
and refuses shards whose folder holds an unfinished download's `download.manifest`.
webdataset, which imports torch, is imported only where a tar is read or written, so the
pattern helpers stay light.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import tarfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import braceexpand
from PIL import Image

from common.io import atomic_path, is_local, read_lines

log = logging.getLogger(__name__)
IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "webp", "bmp", "tif", "tiff", "gif")
TEXT_EXTENSION = "txt"
LABEL_EXTENSION = "cls"
SIZES = "sizes.json"
CLASSNAMES = "classnames.txt"
# `openwit download`'s record of its folder; "complete" is false until a run finishes.
# Not *.json: img2dataset reads every *.json beside its shards as a shard's stats.
DOWNLOAD_MANIFEST = "download.manifest"
# uids that training skips in the shards beside it (`openwit download --drop-removed`)
DROPPED = "dropped_uids.txt"
# What opening a sample's image can raise: damaged or foreign data, and decompression bombs
# (Pillow refuses images of more than twice Image.MAX_IMAGE_PIXELS before decoding them).
IMAGE_ERRORS = (OSError, ValueError, SyntaxError, Image.DecompressionBombError)
PATTERN_HELP = (
    "shards: a folder, a glob, a brace pattern ({00000..00009}.tar) or URLs; join several with ::"
)


def expand_shards(spec: str | Sequence[str]) -> list[str]:
    """Shard paths from a pattern or a list of them, in order.

    Each pattern is a folder (its `*.tar`, sorted), a glob, a brace pattern
    (`shards/{00000..00009}.tar`; a folder it matches stands for its `*.tar`) or a URL
    (`gs://...`, `pipe:...`, kept as it is); several patterns may be joined with `::`
    (open_clip's syntax). Local files must exist."""
    specs = [spec] if isinstance(spec, str) else list(spec)
    patterns = [p.strip() for s in specs for p in s.split("::") if p.strip()]
    paths: list[str] = []
    missing: list[str] = []
    for pattern in patterns:
        if is_local(pattern) and os.path.isdir(pattern):  # by name: it may hold [ or {
            paths += _folder_tars(pattern)
            continue
        for expanded in braceexpand.braceexpand(pattern):
            matches = sorted(glob.glob(expanded)) if is_local(expanded) else [expanded]
            paths += [path for match in matches for path in _folder_tars(match)]
            missing += [] if matches else [expanded]
    if missing:
        raise OSError(
            f"{len(missing)} of {len(paths) + len(missing)} shards do not exist, e.g. {missing[0]}"
        )
    if not paths:
        raise OSError(f"no .tar shards found in {', '.join(patterns) or repr(spec)}")
    for folder in sorted({os.path.dirname(os.path.abspath(p)) for p in paths if is_local(p)}):
        check_download_finished(folder)
    return [os.path.abspath(p) if is_local(p) else p for p in paths]


def _folder_tars(path: str) -> list[str]:
    """A local folder's `*.tar`, sorted; any other path as it is."""
    if is_local(path) and os.path.isdir(path):
        return sorted(glob.glob(os.path.join(glob.escape(path), "*.tar")))
    return [path]


def dropped_uids(paths: Iterable[str]) -> frozenset[str]:
    """The uids listed in DROPPED beside any of the local shard `paths`."""
    uids: set[str] = set()
    for folder in sorted({os.path.dirname(p) for p in paths if is_local(p)}):
        path = os.path.join(folder, DROPPED)
        if os.path.exists(path):
            with open(path) as f:
                uids.update(f.read().split())
    return frozenset(uids)


def check_download_finished(folder: str) -> None:
    """OSError if `folder` holds the manifest of a download that has not finished (killed,
    or still running); a folder without one is not a download's, and passes."""
    path = os.path.join(folder, DOWNLOAD_MANIFEST)
    if not os.path.exists(path):
        return
    try:
        with open(path) as f:
            complete = json.load(f).get("complete")
    except (OSError, ValueError, AttributeError):
        complete = None
    if complete is not True:
        raise OSError(f"{folder}: download did not finish (run openwit download again)")


def image_key(sample: Mapping[str, object]) -> str | None:
    """The extension under which a sample holds its image, or None."""
    return next((e for e in IMAGE_EXTENSIONS if e in sample), None)


def parse_label(data: bytes) -> int:
    """A `.cls` member's class index; a ValueError when it is not an integer."""
    return int(data.decode("ascii").strip())


def read_classnames(folder: str) -> list[str]:
    """Class names of labelled shards: `classnames.txt` in their folder, one a line."""
    return read_lines(os.path.join(folder, CLASSNAMES), "class name")


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
        key = image_key(self.files)
        return None if key is None else self.files[key]

    def meta(self) -> dict:
        try:
            return json.loads(self.files.get("json", b"{}"))
        except ValueError:
            return {}


def iter_samples(path: str, skips: Counter | None = None) -> Iterator[Sample]:
    """Samples of one tar in order; a truncated or corrupt tar ends early with a counted skip."""
    from webdataset.tariterators import base_plus_ext, tar_file_iterator  # imports torch

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
    """Write samples to `path` atomically; return how many were written."""
    from webdataset.writer import TarWriter  # imports torch

    count = 0
    with atomic_path(path) as tmp, TarWriter(tmp, encoder=False) as writer:
        for sample in samples:
            writer.write({"__key__": sample.key, **sample.files})
            count += 1
    return count


def sizes_from_json(paths: list[str]) -> int | None:
    """Total samples of local shards from the `sizes.json` beside them; None when a shard's
    folder has no sizes.json or the file does not list it."""
    total = 0
    cache: dict[str, dict] = {}
    for path in paths:
        sizes_file = os.path.join(os.path.dirname(path), SIZES)
        if sizes_file not in cache:
            if not os.path.isfile(sizes_file):
                return None
            with open(sizes_file) as f:
                cache[sizes_file] = json.load(f)
        name = os.path.basename(path)
        if name not in cache[sizes_file]:
            return None
        total += int(cache[sizes_file][name])
    return total


def count_samples(path: str) -> int:
    """Samples (distinct keys with an image) in one local tar, reading headers only."""
    keys = set()
    try:
        with tarfile.open(path) as tar:
            for member in tar:
                stem, _, ext = member.name.rpartition(".")
                if ext.lower() in IMAGE_EXTENSIONS:
                    keys.add(stem)
    except (tarfile.TarError, EOFError) as err:
        log.warning(
            "shard %s is damaged (%s); counted %d samples before the damage", path, err, len(keys)
        )
    return len(keys)


def total_samples(paths: list[str]) -> int | None:
    """Samples in local shards: from sizes.json when it lists them all, else by counting;
    None for remote shards."""
    if not all(is_local(p) for p in paths):
        return None
    known = sizes_from_json(paths)
    return known if known is not None else sum(count_samples(p) for p in paths)
