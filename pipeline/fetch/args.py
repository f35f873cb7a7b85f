"""Checked command-line values for `openwit fetch` (kept light: `openwit --help` imports it)."""

from __future__ import annotations

import math
import re
from argparse import ArgumentTypeError
from datetime import date, datetime

from common.arguments import number

WIKIMEDIA_DUMPS = "https://dumps.wikimedia.org"
PAGEVIEWS = "https://dumps.wikimedia.org/other/pageviews"
COMMON_CRAWL = "https://data.commoncrawl.org"


def dump_date(text: str) -> str:
    """A YYYYMMDD dump date."""
    try:
        datetime.strptime(text, "%Y%m%d")
    except ValueError:
        raise ArgumentTypeError(f"{text!r} is not a YYYYMMDD date (e.g. 20240601)") from None
    return text


def day(text: str) -> date:
    """A YYYY-MM-DD day."""
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise ArgumentTypeError(f"{text!r} is not a YYYY-MM-DD date") from None


def hours(spec: str) -> list[int]:
    """'0-23', '8', '0,6,12-14' -> sorted hours; anything outside 0..23 is an error."""
    chosen: set[int] = set()
    for part in spec.split(","):
        match = re.fullmatch(r"\s*(\d{1,2})\s*(?:-\s*(\d{1,2})\s*)?", part)
        low, high = (int(match[1]), int(match[2] or match[1])) if match else (-1, -1)
        if not match or not 0 <= low <= high <= 23:
            raise ArgumentTypeError(f"{spec!r}: use hours 0-23, as ranges or lists (0-23, 8,12-14)")
        chosen.update(range(low, high + 1))
    return sorted(chosen)


def crawl(text: str) -> str:
    """A Common Crawl snapshot name."""
    if not re.fullmatch(r"CC-MAIN-\d{4}-\d{2}", text):
        raise ArgumentTypeError(f"{text!r} is not a crawl name like CC-MAIN-2024-51")
    return text


def shard(text: str) -> tuple[int, int]:
    """'I/N' (0 <= I < N): this machine takes every N-th path starting at I."""
    match = re.fullmatch(r"(\d+)/(\d+)", text.strip())
    if not match or not 0 <= int(match[1]) < int(match[2]):
        raise ArgumentTypeError(f"{text!r}: use I/N with 0 <= I < N, e.g. 0/8 ... 7/8")
    return int(match[1]), int(match[2])


seconds = number(0, math.inf, "a number of seconds >= 0")
positive_seconds = number(0, math.inf, "a number of seconds > 0", above=True)
