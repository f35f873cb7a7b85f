"""Hourly pageview files for a range of days.

Layout (dumps.wikimedia.org/other/pageviews): `BASE/YYYY/YYYY-MM/` is a directory page
listing `pageviews-YYYYMMDD-HHMMSS.gz` with byte sizes; a month folder that publishes
`md5sums.txt` gets its files checked against it, otherwise sizes are checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import requests

from pipeline.fetch.listing import checksums, links
from pipeline.fetch.transfer import Item, get_small

HOURLY = re.compile(r"pageviews-(\d{8})-(\d{2})\d{4}\.gz")
CHECKSUM_FILE = "md5sums.txt"



def days(first: date, last: date) -> Iterator[date]:
    for n in range((last - first).days + 1):
        yield first + timedelta(days=n)


def plan(session: requests.Session, base: str, first: date, last: date, hours: list[int],
         out: Path, timeout: float) -> tuple[list[Item], list[str]]:
    """(Items for the published hours in range, 'YYYY-MM-DD HH:00' hours not published)."""
    if last < first:
        raise ValueError(f"--to {last} is before --from {first}")
    wanted = {(d.strftime("%Y%m%d"), h) for d in days(first, last) for h in hours}
    items: list[Item] = []
    for month in sorted({(d.year, d.month) for d in days(first, last)}):
        folder = f"{base}/{month[0]:04d}/{month[0]:04d}-{month[1]:02d}/"
        page = get_small(session, folder, timeout)
        if page is None:
            raise RuntimeError(f"no pageview folder for {month[0]:04d}-{month[1]:02d} at "
                               f"{folder} (HTTP 404)")
        listed = links(page)
        md5: dict[str, str] = {}
        if CHECKSUM_FILE in listed:
            sums_raw = get_small(session, folder + CHECKSUM_FILE, timeout)
            md5 = checksums(sums_raw, folder + CHECKSUM_FILE) if sums_raw else {}
        for name, size in sorted(listed.items()):
            match = HOURLY.fullmatch(name)
            if match and (match[1], int(match[2])) in wanted:
                wanted.discard((match[1], int(match[2])))
                digest = ("md5", md5[name]) if name in md5 else None
                items.append(Item(folder + name, out / name, size, digest))
    missing = [f"{datetime.strptime(d, '%Y%m%d'):%Y-%m-%d} {h:02d}:00" for d, h in sorted(wanted)]
    return items, missing
