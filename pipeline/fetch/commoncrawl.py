"""WAT files of one Common Crawl snapshot.

Layout (data.commoncrawl.org): `BASE/crawl-data/CRAWL/wat.paths.gz` lists one path a
line, relative to BASE (`crawl-data/CRAWL/segments/SEG/wat/NAME.warc.wat.gz`). No
checksums are published; sizes come from the server and are checked.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path, PurePosixPath

import requests

from pipeline.fetch.transfer import Item, get_small


def read_paths(raw: bytes, crawl: str, source: str) -> list[str]:
    """The WAT paths of a wat.paths.gz, each checked to be a WAT path of this crawl."""
    try:
        text = gzip.decompress(raw).decode("utf-8")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as err:
        raise ValueError(f"{source} is not a readable gzip text file: {err}") from err
    paths, names = [], set()
    for number, line in enumerate(text.splitlines(), 1):
        path = line.strip()
        if not path:
            continue
        parts = PurePosixPath(path).parts
        if (not path.startswith(f"crawl-data/{crawl}/") or ".." in parts
                or not path.endswith(".warc.wat.gz")):
            raise ValueError(
                f"{source}: line {number} is not a WAT path of {crawl}: {path[:120]!r}")
        if parts[-1] in names:
            raise ValueError(f"{source}: line {number} repeats the file name {parts[-1]}")
        names.add(parts[-1])
        paths.append(path)
    if not paths:
        raise ValueError(f"{source} lists no WAT files")
    return paths


def select(paths: list[str], limit: int | None, shard: tuple[int, int] | None) -> list[str]:
    if shard:
        index, count = shard
        return paths[index::count]
    return paths[:limit] if limit else paths


def plan(session: requests.Session, base: str, crawl: str, out: Path, limit: int | None,
         shard: tuple[int, int] | None, timeout: float) -> tuple[list[Item], int]:
    """(Items for the selected WAT files, number of paths the crawl lists)."""
    url = f"{base}/crawl-data/{crawl}/wat.paths.gz"
    raw = get_small(session, url, timeout)
    if raw is None:
        raise RuntimeError(f"no crawl {crawl} at {url} (HTTP 404); crawl names are listed at "
                           "https://index.commoncrawl.org/collinfo.json")
    paths = read_paths(raw, crawl, url)
    chosen = select(paths, limit, shard)
    return [Item(f"{base}/{p}", out / PurePosixPath(p).name) for p in chosen], len(paths)
