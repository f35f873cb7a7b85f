"""The split pages-articles files of one Wikipedia XML dump.

Layout (dumps.wikimedia.org and its mirrors): `BASE/WIKI/` lists the dump dates;
`BASE/WIKI/DATE/dumpstatus.json` holds each job's status and files (job `articlesdump`:
`WIKI-DATE-pages-articlesN.xml-pAAApBBB.bz2`, with size, md5 and sha1);
`BASE/WIKI/DATE/WIKI-DATE-sha1sums.txt` is the published checksum file.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime
from pathlib import Path

import requests

from pipeline.fetch.listing import checksums, links
from pipeline.fetch.transfer import Item, get_small

log = logging.getLogger(__name__)

JOB = "articlesdump"


def split_file(wiki: str, date: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(wiki)}-{date}-pages-articles(\d+)\.xml-p(\d+)p(\d+)\.bz2")



def nearest_dates(session: requests.Session, base: str, wiki: str, date: str,
                  timeout: float, n: int = 4) -> list[str]:
    """The dump dates on the wiki's index page closest to `date` (empty if unreadable)."""
    try:
        page = get_small(session, f"{base}/{wiki}/", timeout)
    except RuntimeError:
        return []
    dates = {m[1] for href in links(page or b"") if (m := re.fullmatch(r"(\d{8})/?", href))}
    want = datetime.strptime(date, "%Y%m%d").date()

    def distance(d: str) -> int:
        try:
            return abs((datetime.strptime(d, "%Y%m%d").date() - want).days)
        except ValueError:
            return 10**9

    return sorted(sorted(dates, key=distance)[:n])


def plan(session: requests.Session, base: str, wiki: str, date: str, out: Path,
         timeout: float) -> list[Item]:
    """Items for every split pages-articles file of the dump, with size and sha1."""
    folder = f"{base}/{wiki}/{date}"
    status_raw = get_small(session, f"{folder}/dumpstatus.json", timeout)
    if status_raw is None:
        near = nearest_dates(session, base, wiki, date, timeout)
        hint = f"; nearest available: {', '.join(near)}" if near else ""
        raise RuntimeError(f"no {wiki} dump dated {date} at {folder}/ (HTTP 404){hint}")
    try:
        job = json.loads(status_raw)["jobs"][JOB]
    except (ValueError, KeyError, TypeError) as err:
        raise ValueError(f"{folder}/dumpstatus.json has no readable '{JOB}' job: {err}") from err
    if job.get("status") != "done":
        raise RuntimeError(f"the {wiki} {date} dump's {JOB} job is {job.get('status')!r}, not "
                           "'done'; wait for it or pick an earlier date")
    pattern = split_file(wiki, date)
    files = {name: meta for name, meta in job.get("files", {}).items() if pattern.fullmatch(name)}
    if not files:
        raise ValueError(f"{folder}/dumpstatus.json lists no split pages-articles files")
    sums_url = f"{folder}/{wiki}-{date}-sha1sums.txt"
    sums_raw = get_small(session, sums_url, timeout)
    published = checksums(sums_raw, sums_url) if sums_raw is not None else {}
    if sums_raw is None:
        log.warning("%s is missing; verifying against dumpstatus.json's sha1 values", sums_url)
    items = []
    for name, meta in files.items():
        sha1 = published.get(name) or meta.get("sha1")
        if published.get(name) and meta.get("sha1") and published[name] != meta["sha1"]:
            raise ValueError(f"{name}: sha1 in {sums_url} and dumpstatus.json disagree")
        if not sha1:
            raise ValueError(f"{name} has no published sha1 in {sums_url} or dumpstatus.json")
        items.append(Item(f"{folder}/{name}", out / name, meta.get("size"), ("sha1", sha1)))

    def order(item: Item) -> tuple[int, int]:
        match = pattern.fullmatch(item.dest.name)
        return int(match[1]), int(match[2])

    return sorted(items, key=order)
