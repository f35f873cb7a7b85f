"""Polite, resumable, verified HTTP downloads: the engine behind `openwit fetch`.

A file is streamed into `NAME.part`, continued with an HTTP Range request after a cut
(or restarted from byte 0 when the server ignores Range), and renamed to `NAME` only
after its size and published checksum match; an existing `NAME` is complete by
construction, so re-running skips it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import requests
import urllib3
from requests.adapters import HTTPAdapter
from tqdm import tqdm
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

CHUNK = 1 << 20
RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_RETRY_AFTER_S = 600
MAX_BACKOFF_S = 120.0
CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")
STREAM_ERRORS = (requests.RequestException, urllib3.exceptions.HTTPError)


@dataclass(frozen=True)
class Item:
    """One file to fetch: its URL, where it goes, and what it must match."""

    url: str
    dest: Path
    size: int | None = None
    digest: tuple[str, str] | None = None  # (hashlib algorithm, lowercase hex digest)


@dataclass(frozen=True)
class Policy:
    """How hard and how politely to try."""

    jobs: int = 2
    retries: int = 5
    backoff: float = 2.0
    timeout: float = 60.0
    checksum_attempts: int = 2


@dataclass
class Stats:
    """What a run did, for the summary line and the manifest."""

    fetched: int = 0
    skipped: int = 0
    resumed: int = 0
    range_ignored: int = 0
    stream_retries: int = 0
    checksum_retries: int = 0
    bytes_received: int = 0
    done: list[Item] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, **counts: int) -> None:
        with self.lock:
            for name, n in counts.items():
                setattr(self, name, getattr(self, name) + n)


def user_agent(contact: str | None) -> str:
    """A User-Agent naming the project (and the operator, when given)."""
    try:
        ours = version("openwit")
    except PackageNotFoundError:
        ours = "dev"
    who = f"; contact: {contact}" if contact else ""
    return f"openwit-fetch/{ours} (OpenWIT CLIP-data pipeline{who}) requests/{requests.__version__}"


def make_session(policy: Policy, contact: str | None) -> requests.Session:
    """A Session whose requests retry with backoff and honour Retry-After on 429/503."""
    retry = Retry(
        total=policy.retries,
        backoff_factor=policy.backoff,
        backoff_max=MAX_BACKOFF_S,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET", "HEAD"}),
        respect_retry_after_header=True,
        retry_after_max=MAX_RETRY_AFTER_S,
        raise_on_status=False,
    )
    adapter = HTTPAdapter(max_retries=retry, pool_connections=4, pool_maxsize=max(4, policy.jobs))
    session = requests.Session()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = user_agent(contact)
    return session


def get_small(session: requests.Session, url: str, timeout: float) -> bytes | None:
    """The body of a small index/checksum document; None when the server says 404/410."""
    try:
        resp = session.get(url, headers={"Accept-Encoding": "identity"}, timeout=(10, timeout))
    except requests.RequestException as err:
        raise RuntimeError(f"cannot read {url}: {err}") from err
    if resp.status_code in (404, 410):
        return None
    if resp.status_code >= 400:
        raise RuntimeError(f"cannot read {url}: HTTP {resp.status_code} {resp.reason}")
    return resp.content


def file_digest(path: Path, algorithm: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, algorithm).hexdigest()


class _Restart(Exception):
    """The partial file cannot be continued; start again from byte 0."""


class _Stopped(Exception):
    """The user interrupted the run; the .part file stays for the next one."""


class Downloader:
    """Fetches Items with bounded concurrency into one byte-counting progress bar."""

    def __init__(self, session: requests.Session, policy: Policy, bar: tqdm):
        self.session, self.policy, self.bar = session, policy, bar
        self.stats = Stats()
        self.stop = threading.Event()
        self._sized: set[Path] = set()

    def _progress(self, n: int, received: int = 0) -> None:
        """Move the shared bar by n bytes (negative when bytes are thrown away)."""
        with self.stats.lock:
            self.stats.bytes_received += received
            self.bar.update(n)

    def run(self, items: list[Item]) -> Stats:
        pool = ThreadPoolExecutor(max_workers=self.policy.jobs)
        try:
            for item, future in [(it, pool.submit(self.fetch, it)) for it in items]:
                try:
                    future.result()
                    self.stats.done.append(item)
                except (RuntimeError, OSError) as err:
                    log.error("%s: %s", item.dest.name, err)
                    self.stats.failed[item.dest.name] = str(err)
        except KeyboardInterrupt:
            self.stop.set()  # workers stop at their next chunk and keep their .part files
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return self.stats

    def fetch(self, item: Item) -> None:
        """Skip a complete file, else stream, verify and rename it into place."""
        if item.dest.exists() and item.size in (None, item.dest.stat().st_size):
            self.stats.add(skipped=1)
            return
        part = item.dest.with_name(item.dest.name + ".part")
        if part.exists():
            self._progress(part.stat().st_size)  # bytes a killed run left behind
        for attempt in range(1, self.policy.checksum_attempts + 1):
            self._stream(item, part)
            problem = self._verify(item, part)
            if problem is None:
                os.replace(part, item.dest)
                self.stats.add(fetched=1)
                return
            log.warning("%s: %s (attempt %d); discarded", item.dest.name, problem, attempt)
            self._progress(-part.stat().st_size)
            part.unlink()
            self.stats.add(checksum_retries=1)
        raise RuntimeError(f"{problem} after {self.policy.checksum_attempts} attempts ({item.url})")

    def _verify(self, item: Item, part: Path) -> str | None:
        size = part.stat().st_size
        if item.size is not None and size != item.size:
            return f"size {size} differs from the published {item.size}"
        if item.digest:
            algorithm, expected = item.digest
            got = file_digest(part, algorithm)
            if got != expected:
                return f"{algorithm} {got} differs from the published {expected}"
        return None

    def _stream(self, item: Item, part: Path) -> None:
        """Bring `part` to the full file, resuming after cuts; retries are bounded."""
        failures = 0
        while True:
            have = part.stat().st_size if part.exists() else 0
            if item.size is not None and have >= item.size:
                if have == item.size:
                    return
                part.unlink()
                self._progress(-have)
                continue
            try:
                self._request(item, part, have)
                return
            except _Restart as why:
                log.info("%s: %s; restarting from byte 0", item.dest.name, why)
                self._progress(-have)
                part.unlink(missing_ok=True)
            except STREAM_ERRORS as err:
                failures += 1
                if failures > self.policy.retries:
                    raise RuntimeError(
                        f"gave up after {failures} interrupted transfers: {err}") from err
                pause = min(MAX_BACKOFF_S, self.policy.backoff * 2 ** (failures - 1))
                log.info("%s: transfer cut (%s); resuming in %.1f s", item.dest.name, err, pause)
                self.stats.add(stream_retries=1)
                if self.stop.wait(pause):
                    raise _Stopped() from err

    def _request(self, item: Item, part: Path, have: int) -> None:
        """One GET appending to `part`; raises unless the body ends where the server said."""
        headers = {"Accept-Encoding": "identity"}
        if have:
            headers["Range"] = f"bytes={have}-"
        with self.session.get(item.url, headers=headers, stream=True,
                              timeout=(10, self.policy.timeout)) as resp:
            if resp.status_code == 416 and have:
                if item.size is None:
                    return  # nothing left to send: the part is the whole file
                raise _Restart("server refused the resume range")
            if resp.status_code >= 400:
                raise RuntimeError(f"HTTP {resp.status_code} {resp.reason} for {item.url}")
            start, total = self._span(resp, have)
            if have and start == 0:
                self.stats.add(range_ignored=1)
                self._progress(-have)
                log.info("%s: server ignored Range; restarting from byte 0", item.dest.name)
            elif have:
                self.stats.add(resumed=1)
            if item.size is None and total is not None and item.dest not in self._sized:
                with self.stats.lock:
                    self._sized.add(item.dest)
                    self.bar.total = (self.bar.total or 0) + total
                self.bar.refresh()
            with open(part, "ab" if start else "wb") as fh:
                while chunk := resp.raw.read1(CHUNK, decode_content=False):  # as bytes arrive
                    if self.stop.is_set():
                        raise _Stopped()
                    fh.write(chunk)
                    self._progress(len(chunk), received=len(chunk))
        end = part.stat().st_size
        if total is not None and end != total:
            raise requests.ConnectionError(f"connection closed at byte {end} of {total}")

    @staticmethod
    def _span(resp: requests.Response, have: int) -> tuple[int, int | None]:
        """(first byte the body carries, total file size or None)."""
        length = resp.headers.get("Content-Length")
        if resp.status_code != 206:
            return 0, int(length) if length else None
        match = CONTENT_RANGE.fullmatch(resp.headers.get("Content-Range", "").strip())
        if not match or int(match[1]) != have:
            raise _Restart(f"unexpected Content-Range {resp.headers.get('Content-Range')!r}")
        return have, None if match[3] == "*" else int(match[3])


def check_space(out: Path, items: Iterable[Item]) -> None:
    """Fail before downloading when the known remaining bytes cannot fit on `out`'s disk."""
    need = 0
    for item in items:
        if item.size is None or item.dest.exists():
            continue
        part = item.dest.with_name(item.dest.name + ".part")
        need += item.size - (part.stat().st_size if part.exists() else 0)
    free = shutil.disk_usage(out).free
    if need > free:
        raise OSError(f"{out} has {free / 2**30:.1f} GiB free; "
                      f"the downloads need {need / 2**30:.1f} GiB")


def download(items: list[Item], session: requests.Session, policy: Policy, desc: str,
             quiet: bool = False) -> Stats:
    """Fetch all items (bounded by policy.jobs) under one progress bar of bytes and rate."""
    known = sum(it.size or 0 for it in items)
    done = sum(it.size or 0 for it in items if it.dest.exists())
    with tqdm(total=known or None, initial=done, desc=desc, unit="B", unit_scale=True,
              unit_divisor=1024, disable=quiet, dynamic_ncols=True) as bar:
        return Downloader(session, policy, bar).run(items)
