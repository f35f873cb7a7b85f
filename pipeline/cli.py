"""`openwit curate` and `openwit download`: command lines of the curation job and the downloader."""

from __future__ import annotations

import argparse
import os
import sys

from common.arguments import check_at_least
from common.config import defaults
from pipeline.balance import BALANCE_MODES
from pipeline.config import CurateConfig, DownloadConfig

CURATE = defaults(CurateConfig)
DOWNLOAD = defaults(DownloadConfig)
CURATE_DESCRIPTION = """Curate crawled image-text pairs: read URL+text tables and Common Crawl WAT
files, normalise and deduplicate, keep pairs whose text contains a query (MetaCLIP's
matching), cap each query at --max-per-query pairs, write parquet shards ready for
img2dataset. An Apache Beam job: runs locally on all cores by default (FnApiRunner,
--direct_num_workers N), on Dataflow with --runner DataflowRunner and its options."""

DOWNLOAD_DESCRIPTION = """Download the curated pairs' images with img2dataset into webdataset shards
(.jpg, .txt, .json with uid and query_ids), honouring X-Robots-Tag opt-outs (noai,
noimageai, noindex, noimageindex). Every request is guarded: http and https only, no internal
address on any redirect hop or DNS answer, a deadline and a size limit per image. Re-running
resumes: finished shards are skipped. Exits 1 when nothing downloads or no URL is attempted."""


def add_curate_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "curate",
        help="filter and balance crawled pairs against the query list (Beam job)",
        description=CURATE_DESCRIPTION,
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument(
        "--pairs",
        action="append",
        default=[],
        metavar="GLOB",
        help="URL+text tables: .parquet .csv .tsv .jsonl, each also .gz (repeatable)",
    )
    p.add_argument(
        "--wat",
        action="append",
        default=[],
        metavar="GLOB",
        help="Common Crawl WAT files (.warc.wat.gz; repeatable)",
    )
    p.add_argument(
        "--queries",
        metavar="QUERIES",
        help="query list: a QUERIES/ folder or its queries.parquet (required to curate)",
    )
    p.add_argument("--out", required=True, help="output folder CURATED (local or gs://)")
    p.add_argument(
        "--max-per-query",
        type=int,
        default=CURATE.max_per_query,
        metavar="T",
        help="balancing threshold t: pairs per query",
    )
    p.add_argument(
        "--balance",
        choices=BALANCE_MODES,
        default=CURATE.balance,
        help="metaclip: keep with 1-prod(1-t/max(count,t)); cap: at most t per query, "
        "each pair counted for its rarest query",
    )
    p.add_argument("--seed", type=int, default=CURATE.seed, help="seed of the sampling hash")
    p.add_argument(
        "--rows-per-shard",
        type=int,
        default=CURATE.rows_per_shard,
        help="target rows per output part file",
    )
    p.add_argument("--url-col", default=CURATE.url_col, help="URL column of the tables")
    p.add_argument("--text-col", default=CURATE.text_col, help="text column of the tables")
    p.add_argument(
        "--max-text-chars",
        type=int,
        default=CURATE.max_text_chars,
        help="texts longer than this after normalisation are dropped",
    )
    p.add_argument(
        "--explain",
        metavar="UID",
        help="run nothing: tell the story of pair UID in the curated folder --out (where it "
        "was read, what it matched, kept or dropped and why)",
    )
    p.add_argument(
        "--previous",
        metavar="CURATED_OLD",
        help="an earlier curate output of a smaller crawl: also write OUT/diff/added.parquet "
        "and removed.parquet, the pairs this run newly keeps and no longer keeps",
    )
    p.add_argument(
        "--max-record-bytes",
        type=int,
        default=CURATE.max_record_bytes,
        metavar="N",
        help="WAT records and CSV/JSONL lines longer than this are skipped unread and counted",
    )
    p.add_argument(
        "--allow-loopback",
        action="store_true",
        help="keep URLs on 127.0.0.1 (local runs and tests; other internal hosts stay refused)",
    )
    p.set_defaults(func=run_curate, accepts_beam_args=True)


def local_beam_args(beam_args: list[str]) -> list[str]:
    """Local runs use every core unless told otherwise."""
    if any(a.startswith("--runner") for a in beam_args) or any(
        a.startswith("--direct_num_workers") for a in beam_args
    ):
        return beam_args
    return [*beam_args, f"--direct_num_workers={os.cpu_count() or 1}"]


def run_curate(args: argparse.Namespace) -> int:
    from common.io import match_files
    from pipeline import curate
    from pipeline.readers import check_table

    if args.explain:
        from pipeline.explain import explain

        print("\n".join(explain(args.out, args.explain)))
        return 0
    if not args.queries:
        raise ValueError("--queries is required to curate")
    if not args.pairs and not args.wat:
        raise ValueError("give at least one --pairs or --wat input")
    names = ("max_per_query", "rows_per_shard", "max_text_chars", "max_record_bytes")
    check_at_least(args, dict.fromkeys(names, 1))
    tables = match_files(args.pairs, "--pairs")
    for path in tables:  # a corrupt file or a missing column fails here, before the job
        check_table(path, args.url_col, args.text_col, args.max_record_bytes)
    config = CurateConfig(
        tables=tables,
        wats=match_files(args.wat, "--wat"),
        queries=args.queries,
        out=args.out,
        max_per_query=args.max_per_query,
        seed=args.seed,
        balance=args.balance,
        rows_per_shard=args.rows_per_shard,
        url_col=args.url_col,
        text_col=args.text_col,
        max_text_chars=args.max_text_chars,
        max_record_bytes=args.max_record_bytes,
        allow_loopback=args.allow_loopback,
        inputs={"pairs": args.pairs, "wat": args.wat},
    )
    print(
        f"openwit curate: {len(config.tables)} tables, {len(config.wats)} WAT files, "
        f"queries {args.queries}",
        file=sys.stderr,
    )
    if args.previous:
        check_previous(args.previous, args.out)
    stats, counters = curate.run(config, local_beam_args(getattr(args, "beam_args", [])))
    if stats is None:
        print("dry run: the runner translated the job; nothing ran", file=sys.stderr)
        return 0
    print_curate_summary(stats, counters, args.out)
    if args.previous:
        from pipeline.diff import write_diff

        counts = write_diff(args.out, args.previous)
        print(
            f"against {args.previous}: {counts['added']:,} pairs added, "
            f"{counts['removed']:,} removed; wrote {args.out}/diff/"
        )
    return 0


def check_previous(previous: str, out: str) -> None:
    """--previous must be another finished curate output."""
    from pipeline.download import check_curated_finished, curated_parts, inside

    if inside(out, previous) or inside(previous, out):
        raise ValueError(f"--previous {previous}: give an earlier curate output, not --out")
    check_curated_finished(previous, curated_parts(previous))


def print_curate_summary(stats: dict, counters: dict[str, int], out: str) -> None:
    print(
        f"\nread {stats['read']:,} records: {stats['pairs_read']:,} pairs, "
        f"{stats['clean']:,} clean, {stats['unique_urls']:,} unique URLs, "
        f"{stats['matched']:,} matched, {stats['kept']:,} kept"
    )
    print(f"queries: {stats['queries']:,}, matched at least once: {stats['queries_matched']:,}")
    print(
        "dropped: "
        + (", ".join(f"{k} {v:,}" for k, v in stats["dropped"].items() if v) or "nothing")
    )
    print("beam counters: " + ", ".join(f"{k} {v:,}" for k, v in sorted(counters.items())))
    print(
        f"wrote {stats['shards']} part files, query_counts.parquet, stats.json, balance.png "
        f"to {out}"
    )


def add_download_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "download",
        help="download curated pairs' images into webdataset shards (img2dataset)",
        description=DOWNLOAD_DESCRIPTION,
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("curated", metavar="CURATED", help="the curate output folder")
    p.add_argument("--out", required=True, help="output folder SHARDS")
    p.add_argument(
        "--image-size", type=int, default=DOWNLOAD.image_size, help="resize target (pixels)"
    )
    p.add_argument(
        "--resize-mode",
        default=DOWNLOAD.resize_mode,
        choices=("no", "border", "keep_ratio", "keep_ratio_largest", "center_crop"),
        help="img2dataset's resize mode",
    )
    p.add_argument("--processes", type=int, default=DOWNLOAD.processes, help="download processes")
    p.add_argument(
        "--threads", type=int, default=DOWNLOAD.threads, help="download threads per process"
    )
    p.add_argument(
        "--timeout", type=float, default=DOWNLOAD.timeout, help="seconds per network read"
    )
    p.add_argument(
        "--deadline",
        type=float,
        default=DOWNLOAD.deadline,
        help="seconds per image in all (connecting, redirects, reading); slower ones fail",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DOWNLOAD.max_bytes,
        help="larger responses fail without being read whole",
    )
    p.add_argument("--retries", type=int, default=DOWNLOAD.retries, help="retries per failed image")
    p.add_argument(
        "--samples-per-shard", type=int, default=DOWNLOAD.samples_per_shard, help="samples per tar"
    )
    p.add_argument(
        "--max-image-pixels",
        type=int,
        default=DOWNLOAD.max_image_pixels,
        help="images declaring more pixels are refused before decoding (decompression bombs)",
    )
    p.add_argument(
        "--user-agent-token",
        default=DOWNLOAD.user_agent_token,
        help="token added to the User-Agent; X-Robots-Tag rules for it apply",
    )
    p.add_argument(
        "--ignore-opt-out",
        action="store_true",
        help="do not honour X-Robots-Tag noai/noimageai/noindex/noimageindex",
    )
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="start again instead of resuming: removes the files earlier runs recorded in "
        "download.manifest, nothing else",
    )
    p.add_argument(
        "--allow-loopback",
        action="store_true",
        help="download from 127.0.0.1 exactly (local runs and tests; other internal "
        "addresses stay refused)",
    )
    changed = p.add_mutually_exclusive_group()
    changed.add_argument(
        "--only-added",
        action="store_true",
        help="after `curate --previous`: download just CURATED/diff/added.parquet, into new "
        "shards beside the earlier ones",
    )
    changed.add_argument(
        "--drop-removed",
        action="store_true",
        help="after `curate --previous`: download nothing; list CURATED/diff/removed.parquet's "
        "uids in SHARDS/dropped_uids.txt (--out: the earlier shards), which training skips",
    )
    p.set_defaults(func=run_download)


def run_download(args: argparse.Namespace) -> int:
    from pipeline import download

    if args.drop_removed:
        n = download.drop_removed(args.curated, args.out)
        print(f"{n:,} uids in {args.out}/{download.DROPPED}: training on these shards skips them")
        return 0

    names = ("image_size", "processes", "threads", "samples_per_shard", "max_image_pixels")
    check_at_least(args, dict.fromkeys((*names, "max_bytes"), 1))
    if args.timeout <= 0 or args.deadline <= 0 or args.retries < 0:
        raise ValueError("--timeout and --deadline must be positive and --retries at least 0")
    config = DownloadConfig(
        curated=args.curated,
        out=args.out,
        image_size=args.image_size,
        resize_mode=args.resize_mode,
        processes=args.processes,
        threads=args.threads,
        timeout=args.timeout,
        deadline=args.deadline,
        max_bytes=args.max_bytes,
        retries=args.retries,
        samples_per_shard=args.samples_per_shard,
        max_image_pixels=args.max_image_pixels,
        user_agent_token=args.user_agent_token,
        honour_opt_out=not args.ignore_opt_out,
        overwrite=args.overwrite,
        allow_loopback=args.allow_loopback,
        only_added=args.only_added,
    )
    summary = download.run(config)
    download.print_summary(summary, args.out)
    if not summary["attempted"]:
        raise RuntimeError(f"{args.curated}: no URL was attempted ({download.why_none(summary)})")
    return 0 if summary["successes"] else 1
