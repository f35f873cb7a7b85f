"""Progress of reading one dump file: a log line every so often, and Beam counters.

A full English dump takes hours (README, queries section); each file says how many pages
it has read, how fast the XML goes and how long the file still needs, e.g.

    enwiki-...-p1p41242.bz2: 12,500 pages, 310.4 MB of XML at 1.25 MB/s; 38% read, ~7 min left

On Dataflow the same figures are the step's counters `pages`, `articles` and `xml_bytes`.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import time
from typing import BinaryIO

from apache_beam.metrics import Metrics

log = logging.getLogger("queries.progress")
NAMESPACE = "openwit.queries"


class CountingReader(io.RawIOBase):
    """A readable stream that counts the bytes read through it."""

    def __init__(self, inner: BinaryIO):
        self.inner, self.bytes = inner, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:
        n = self.inner.readinto(buffer) or 0
        self.bytes += n
        return n


class FileProgress:
    """Pages, MB/s of XML and the time left for one file, logged every `every` seconds."""

    def __init__(
        self, name: str, raw: BinaryIO, size: int, xml: CountingReader, every: float = 30.0
    ):
        self.name, self.raw, self.size, self.xml, self.every = name, raw, size, xml, every
        self.started = self.last = time.monotonic()
        self.counted = {"pages": 0, "articles": 0, "xml_bytes": 0}
        self.counters = {k: Metrics.counter(NAMESPACE, k) for k in self.counted}

    def update(self, stats: dict, final: bool = False) -> None:
        """Called after each page with the file's counts so far."""
        now = time.monotonic()
        if not final and now - self.last < self.every:
            return
        self.last = now
        figures = {
            "pages": stats["pages"],
            "articles": stats["articles"],
            "xml_bytes": self.xml.bytes,
        }
        for key, value in figures.items():
            self.counters[key].inc(value - self.counted[key])
        self.counted = figures
        rate = self.xml.bytes / 1e6 / max(now - self.started, 1e-9)
        head = (
            f"{self.name}: {stats['pages']:,} pages, {self.xml.bytes / 1e6:,.1f} MB of XML "
            f"at {rate:.2f} MB/s"
        )
        if final:
            log.info("%s; done", head)
            return
        done = self.raw.tell() / self.size if self.size else 0.0
        left = (now - self.started) * (1 - done) / done if done > 0 else float("nan")
        log.info("%s; %.0f%% read, ~%s left", head, 100 * done, duration(left))


class ProgressOnly(logging.Filter):
    """Passes a local worker's progress lines, rewritten as plain lines, and drops the rest of
    the job service's worker records unless `verbose`."""

    verbose = False

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if "queries/progress.py" not in text:
            return self.verbose or record.levelno >= logging.WARNING
        found = re.search(r'message: "((?:[^"\\]|\\.)*)"', text)
        if found:
            record.msg, record.args = codecs.escape_decode(found.group(1))[0].decode(), ()
            record.name = log.name
        return True


PROGRESS_ONLY = ProgressOnly()


def show_local_workers(verbose: bool) -> None:
    """Local runs: worker processes send their log records to Beam's job service, which logs
    each one at INFO as a whole LogEntry; show the progress lines among them as plain lines,
    at any log level (the rest only with --verbose, as before)."""
    service = logging.getLogger("apache_beam.runners.portability.local_job_service")
    service.setLevel(logging.INFO)
    PROGRESS_ONLY.verbose = verbose
    if PROGRESS_ONLY not in service.filters:
        service.addFilter(PROGRESS_ONLY)
    log.setLevel(logging.INFO)


def duration(seconds: float) -> str:
    if seconds != seconds:  # not known yet
        return "?"
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
