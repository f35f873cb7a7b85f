"""`openwit report coverage`: per-query coverage of a curated set, as a table and a page."""

from __future__ import annotations

import argparse
import os
import time

DESCRIPTION = """Per-query coverage of a curated set: for each entry of the query list, its
source, the pairs that matched it, the pairs balancing kept, the share of the cap reached,
and with SHARDS the images downloaded, the failures and their commonest reason; with
--audit the training samples the audit matched to an evaluation image; with
--decontaminated the ones decontamination removed. Writes coverage.parquet (one row per
query) and coverage.html (head/tail curve, never-matched entries per source and the ones to
crawl next, the downloads that failed most, a search box)."""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help="reports over a curated set: coverage")
    kinds = report.add_subparsers(dest="report", required=True, metavar="REPORT")
    p = kinds.add_parser(
        "coverage",
        help="per-query coverage: matched, kept, downloaded, flagged",
        description=DESCRIPTION,
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("curated", metavar="CURATED", help="a finished `openwit curate` output")
    p.add_argument("shards", metavar="SHARDS", nargs="?", help="its `openwit download` output")
    p.add_argument("--audit", metavar="REPORT", help="an `openwit audit` output (needs SHARDS)")
    p.add_argument(
        "--decontaminated",
        metavar="CLEAN",
        help="an `openwit dedup decontaminate` output of SHARDS (needs SHARDS)",
    )
    p.add_argument("--queries", help="the query list (default: the one curate used)")
    p.add_argument("--out", help="output folder (default: CURATED/coverage)")
    p.set_defaults(func=run_coverage)


def run_coverage(args: argparse.Namespace) -> int:
    from common.io import write_atomic, write_text_atomic
    from pipeline.coverage import coverage_table
    from pipeline.coverage_page import render, summary_lines
    from pipeline.write import parquet_bytes

    if (args.audit or args.decontaminated) and not args.shards:
        raise ValueError("--audit and --decontaminated need SHARDS, to map samples to queries")
    started = time.monotonic()
    table, cap = coverage_table(
        args.curated, args.shards, args.audit, args.decontaminated, args.queries
    )
    out = args.out or os.path.join(args.curated, "coverage")
    os.makedirs(out, exist_ok=True)
    write_atomic(os.path.join(out, "coverage.parquet"), parquet_bytes(table))
    write_text_atomic(os.path.join(out, "coverage.html"), render(table, cap))
    for line in summary_lines(table, cap):
        print(line)
    print(f"wrote {out}/coverage.parquet and coverage.html in {time.monotonic() - started:.1f} s")
    return 0
