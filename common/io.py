"""Files on local disk or any Beam file system (`gs://`, `s3://` ...): atomic writes, pattern
matching and small text readers. Every stage writes its outputs through here, so a killed
job never leaves half a file under a final name."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def is_local(path: str | os.PathLike) -> bool:
    """True for a path on this machine, False for a URL (`gs://...`, `pipe:...`)."""
    path = os.fspath(path)
    return "://" not in path and not path.startswith("pipe:")


def temp_name(path: str) -> str:
    """A temporary name beside `path`, hidden and without its suffix (`.NAME.tmp-1a2b3c4d`),
    so that no reader's pattern (`*.tar`, `part-*.parquet`) picks up a half-written file."""
    folder, name = os.path.split(path)
    return os.path.join(folder, f".{name}.tmp-{uuid.uuid4().hex[:8]}")


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[str]:
    """A local temporary path to write to; renamed onto `path` when the block succeeds and
    removed when it fails. For writers that need a file name (tar, parquet, torch.save)."""
    path = os.path.abspath(os.fspath(path))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = temp_name(path)
    try:
        yield tmp
        os.replace(tmp, path)  # atomic on POSIX, overwrites
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write `data` to `path` (local or any Beam file system) via a temporary file."""
    path = os.fspath(path)
    if is_local(path):
        with atomic_path(path) as tmp, open(tmp, "wb") as f:
            f.write(data)
        return
    from apache_beam.io.filesystems import FileSystems  # Beam only for remote paths

    tmp = temp_name(path)
    try:
        with FileSystems.create(tmp) as f:
            f.write(data)
        remove_if_exists(path)
        FileSystems.rename([tmp], [path])
    except BaseException:
        remove_if_exists(tmp)
        raise


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    write_atomic(path, text.encode("utf-8"))


def write_json_atomic(path: str | os.PathLike, obj: object, indent: int = 2) -> None:
    write_text_atomic(path, json.dumps(obj, indent=indent) + "\n")


def write_lines_atomic(path: str | os.PathLike, lines: list[str]) -> None:
    write_text_atomic(path, "".join(f"{line}\n" for line in lines))


def remove_tree(folder: str) -> None:
    """Delete a folder and everything in it (local or any Beam file system), if it exists."""
    if is_local(folder):
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        return
    from apache_beam.io.filesystems import FileSystems

    FileSystems.delete([folder.rstrip("/") + "/"])


def remove_if_exists(path: str) -> None:
    from apache_beam.io.filesystems import FileSystems

    if FileSystems.exists(path):
        FileSystems.delete([path])


def match_files(patterns: list[str], flag: str) -> list[str]:
    """The files matching each pattern (local or any Beam file system), sorted; a pattern
    that matches nothing is an error naming the flag."""
    from apache_beam.io.filesystems import FileSystems

    files = []
    for pattern in patterns:
        found = [m.path for m in FileSystems.match([pattern])[0].metadata_list]
        if not found:
            raise FileNotFoundError(f"{flag} {pattern}: no files match")
        files += found
    return sorted(set(files))


def read_lines(path: str | os.PathLike, what: str) -> list[str]:
    """Non-empty, stripped lines of a local text file (class names, templates); a missing or
    empty file is an error naming `what`."""
    file = Path(path)
    if not file.is_file():
        raise OSError(f"{what} file {path} does not exist")
    lines = [line.strip() for line in file.read_text().splitlines() if line.strip()]
    if not lines:
        raise ValueError(f"{what} file {path} is empty")
    return lines
