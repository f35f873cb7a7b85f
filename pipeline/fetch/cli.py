"""`openwit fetch {wikipedia,pageviews,wat}`: get the raw inputs onto local disk."""

from __future__ import annotations

import argparse
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from common.arguments import count, positive
from common.io import write_json_atomic
from pipeline.fetch import args as checked

if TYPE_CHECKING:  # heavy imports stay out of `openwit --help`
    import requests

    from pipeline.fetch.transfer import Item, Policy, Stats

log = logging.getLogger(__name__)

WIKIMEDIA_UA_NOTE = (
    "Wikimedia's User-Agent policy asks automated clients for contact details "
    "and may block generic ones: pass --contact EMAIL_OR_URL (or set "
    "OPENWIT_CONTACT)"
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    fetch = subparsers.add_parser(
        "fetch",
        help="download the raw inputs: Wikipedia dumps, pageviews, Common Crawl WAT",
        description="Download the raw inputs, resumably and verified: a file appears under "
        "its own name only once its size and published checksum match, so a "
        "re-run continues where a killed one stopped.",
    )
    sources = fetch.add_subparsers(dest="source", metavar="SOURCE", required=True)

    wiki = sources.add_parser(
        "wikipedia",
        help="the split pages-articles files of one Wikipedia dump",
        description="Fetch WIKI-DATE-pages-articlesN.xml-pAAApBBB.bz2 as the dump's "
        "dumpstatus.json lists them, checked against its sha1sums file.",
    )
    wiki.add_argument(
        "--date",
        required=True,
        type=checked.dump_date,
        help="dump date, YYYYMMDD (as listed at BASE/WIKI/)",
    )
    wiki.add_argument("--wiki", default="enwiki", help="wiki database name (default: enwiki)")
    _common(wiki, checked.WIKIMEDIA_DUMPS, jobs=2)
    wiki.set_defaults(func=run_wikipedia)

    views = sources.add_parser(
        "pageviews",
        help="hourly pageview files for a range of days",
        description="Fetch BASE/YYYY/YYYY-MM/pageviews-YYYYMMDD-HH0000.gz for each day and hour.",
    )
    views.add_argument(
        "--from", dest="first", required=True, type=checked.day, help="first day, YYYY-MM-DD"
    )
    views.add_argument(
        "--to", dest="last", required=True, type=checked.day, help="last day, YYYY-MM-DD"
    )
    views.add_argument(
        "--hours",
        default="0-23",
        type=checked.hours,
        help="hours of each day (UTC), ranges or lists: 0-23 (default), 0,12, 8-11",
    )
    _common(views, checked.PAGEVIEWS, jobs=2)
    views.set_defaults(func=run_pageviews)

    wat = sources.add_parser(
        "wat",
        help="WAT files of one Common Crawl snapshot",
        description="Fetch the WAT files listed in BASE/crawl-data/CRAWL/wat.paths.gz.",
    )
    wat.add_argument(
        "--crawl", required=True, type=checked.crawl, help="snapshot name, e.g. CC-MAIN-2024-51"
    )
    pick = wat.add_mutually_exclusive_group()
    pick.add_argument("--limit", type=positive, help="only the first N files of the list")
    pick.add_argument(
        "--shard",
        type=checked.shard,
        metavar="I/N",
        help="this machine's share: every N-th file starting at I (0 <= I < N)",
    )
    _common(wat, checked.COMMON_CRAWL, jobs=4)
    wat.set_defaults(func=run_wat)


def _common(parser: argparse.ArgumentParser, base: str, jobs: int) -> None:
    parser.add_argument("--out", required=True, type=Path, help="folder for the files")
    parser.add_argument("--base-url", default=base, help=f"site or mirror root (default: {base})")
    parser.add_argument(
        "--jobs",
        type=positive,
        default=jobs,
        help=f"files downloaded at once (default: {jobs})",
    )
    parser.add_argument(
        "--retries",
        type=count,
        default=5,
        help="retries per request and per interrupted transfer (default: 5)",
    )
    parser.add_argument(
        "--backoff",
        type=checked.seconds,
        default=2.0,
        help="base of the exponential backoff in seconds (default: 2)",
    )
    parser.add_argument(
        "--timeout",
        type=checked.positive_seconds,
        default=60.0,
        help="seconds without data before a transfer counts as cut (default: 60)",
    )
    parser.add_argument(
        "--contact",
        default=os.environ.get("OPENWIT_CONTACT"),
        help="email or URL added to the User-Agent (default: $OPENWIT_CONTACT)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def _session(args: argparse.Namespace) -> tuple[requests.Session, Policy]:
    from pipeline.fetch.transfer import Policy, make_session

    policy = Policy(
        jobs=args.jobs, retries=args.retries, backoff=args.backoff, timeout=args.timeout
    )
    return make_session(policy, args.contact), policy


def run_wikipedia(args: argparse.Namespace) -> int:
    from pipeline.fetch import wikipedia

    if not args.contact:
        log.warning(WIKIMEDIA_UA_NOTE)
    session, policy = _session(args)
    base = args.base_url.rstrip("/")
    args.out.mkdir(parents=True, exist_ok=True)
    items = wikipedia.plan(session, base, args.wiki, args.date, args.out, args.timeout)
    _fetch(
        args,
        session,
        policy,
        items,
        f"wikipedia-{args.wiki}-{args.date}",
        {"wiki": args.wiki, "date": args.date},
    )
    return 0


def run_pageviews(args: argparse.Namespace) -> int:
    from pipeline.fetch import pageviews

    if not args.contact:
        log.warning(WIKIMEDIA_UA_NOTE)
    session, policy = _session(args)
    args.out.mkdir(parents=True, exist_ok=True)
    items, missing = pageviews.plan(
        session,
        args.base_url.rstrip("/"),
        args.first,
        args.last,
        args.hours,
        args.out,
        args.timeout,
    )
    request = {
        "from": str(args.first),
        "to": str(args.last),
        "hours": args.hours,
        "not_published": missing,
    }
    _fetch(args, session, policy, items, f"pageviews-{args.first}_{args.last}", request)
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise RuntimeError(f"{len(missing)} requested hours are not published: {shown}")
    return 0


def run_wat(args: argparse.Namespace) -> int:
    from pipeline.fetch import commoncrawl

    session, policy = _session(args)
    args.out.mkdir(parents=True, exist_ok=True)
    items, listed = commoncrawl.plan(
        session,
        args.base_url.rstrip("/"),
        args.crawl,
        args.out,
        args.limit,
        args.shard,
        args.timeout,
    )
    part = f"-shard{args.shard[0]}of{args.shard[1]}" if args.shard else ""
    request = {"crawl": args.crawl, "listed": listed, "limit": args.limit, "shard": args.shard}
    _fetch(args, session, policy, items, f"wat-{args.crawl}{part}", request)
    return 0


def _fetch(
    args: argparse.Namespace,
    session: requests.Session,
    policy: Policy,
    items: list[Item],
    label: str,
    request: dict,
) -> None:
    """Download, print the summary, write OUT/fetch-LABEL.json; raise if any file failed."""
    from pipeline.fetch.transfer import check_space, download

    check_space(args.out, items)
    started = time.monotonic()
    stats = download(items, session, policy, desc=label, quiet=args.quiet)
    seconds = time.monotonic() - started
    mib = stats.bytes_received / 2**20
    print(
        f"fetch {label}: {len(items)} files in {args.out}: {stats.fetched} fetched "
        f"({mib:,.1f} MiB in {seconds:.1f} s, {mib / max(seconds, 1e-9):,.1f} MiB/s), "
        f"{stats.skipped} already complete, {len(stats.failed)} failed; "
        f"{stats.resumed} resumed with Range, {stats.range_ignored} restarted (Range ignored), "
        f"{stats.stream_retries} interrupted transfers, "
        f"{stats.checksum_retries} checksum retries"
    )
    _write_manifest(args.out / f"fetch-{label}.json", label, request, stats, session)
    if stats.failed:
        first = next(iter(stats.failed.items()))
        raise RuntimeError(
            f"{len(stats.failed)} of {len(items)} files failed (first: {first[0]}: {first[1]})"
        )


def _write_manifest(
    path: Path, label: str, request: dict, stats: Stats, session: requests.Session
) -> None:
    """What was fetched from where, with which checks; written atomically."""
    files = [
        {
            "name": it.dest.name,
            "url": it.url,
            "bytes": it.dest.stat().st_size,
            "checksum": f"{it.digest[0]}:{it.digest[1]}" if it.digest else None,
        }
        for it in stats.done
    ]
    names = (
        "fetched",
        "skipped",
        "resumed",
        "range_ignored",
        "stream_retries",
        "checksum_retries",
        "bytes_received",
    )
    counts = {name: getattr(stats, name) for name in names}
    body = {
        "source": label,
        "request": request,
        "user_agent": session.headers["User-Agent"],
        "counts": counts,
        "failed": stats.failed,
        "files": files,
    }
    write_json_atomic(path, body, indent=1)
