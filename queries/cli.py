"""`openwit queries build`: command line for the query-list job."""

from __future__ import annotations

import argparse
import json
import math
import sys
from importlib.metadata import version

from common.arguments import check_at_least
from common.config import defaults
from queries.config import WORDNET_DIR, BuildConfig

BUILD = defaults(BuildConfig)

DESCRIPTION = """Build the CLIP query list (~500,000 entries) from WordNet, English Wikipedia
(unigrams, high-PMI bigrams) and pageview-ranked article titles, as an Apache Beam job.
Runs locally by default (FnApiRunner; --direct_num_workers N for N processes); any other
Beam runner through the standard pipeline options, e.g. --runner DataflowRunner ..."""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    queries = subparsers.add_parser("queries", help="build the query list (Beam job)")
    actions = queries.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = actions.add_parser(
        "build",
        help="build QUERIES/ from Wikipedia, pageviews and WordNet",
        description=DESCRIPTION,
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    build.add_argument(
        "--wiki-dump",
        action="append",
        required=True,
        metavar="GLOB",
        help="pages-articles dump files (.xml, .xml.bz2; repeatable)",
    )
    build.add_argument(
        "--pageviews",
        action="append",
        required=True,
        metavar="GLOB",
        help="hourly pageview files (pageviews-*.gz; repeatable)",
    )
    build.add_argument(
        "--wordnet",
        default=WORDNET_DIR,
        help="WordNet 3.0 database folder (data.noun, data.verb, ...)",
    )
    build.add_argument("--out", required=True, help="output folder (local or gs://)")
    build.add_argument(
        "--min-word-count",
        type=int,
        default=BUILD.min_word_count,
        help="unigrams: occurrences in article text",
    )
    build.add_argument("--min-pmi", type=float, default=BUILD.min_pmi, help="bigrams: PMI in bits")
    build.add_argument(
        "--min-bigram-count",
        type=int,
        default=BUILD.min_bigram_count,
        help="bigrams: occurrences before PMI is considered",
    )
    build.add_argument(
        "--min-title-views",
        type=int,
        default=BUILD.min_title_views,
        help="titles: views summed over the pageview files",
    )
    build.add_argument(
        "--min-row-views",
        type=int,
        default=BUILD.min_row_views,
        help="titles: a pageview row counts only with this many views",
    )
    build.add_argument(
        "--max-queries",
        type=int,
        default=BUILD.max_queries,
        help="cap: the first N entries in source order are kept",
    )
    build.add_argument(
        "--count-shards",
        type=int,
        default=BUILD.count_shards,
        help="hash partitions of the word and bigram counts (more for more workers)",
    )
    build.add_argument(
        "--keys-in-memory",
        type=int,
        default=BUILD.keys_in_memory,
        help="distinct words or bigrams a worker sums in memory before it writes"
        " them to the spill folder (about 150 MB per million)",
    )
    build.add_argument(
        "--spill-dir",
        default=BUILD.spill_dir,
        metavar="DIR",
        help="spilled counts go to a new folder DIR/run-<random>, local or gs://"
        " (default: OUT/_spill-<random>), deleted at the end",
    )
    build.set_defaults(func=run_build, accepts_beam_args=True)


def check_wordnet(folder: str) -> None:
    from apache_beam.io.filesystems import FileSystems

    from queries.wordnet import POS_FILES

    for pos in POS_FILES:
        found = FileSystems.match([FileSystems.join(folder, f"data.{pos}")])[0].metadata_list
        if not found or found[0].size_in_bytes == 0:
            raise FileNotFoundError(
                f"--wordnet {folder}: missing or empty data.{pos}; install Debian's wordnet-base"
                " or point --wordnet at a WordNet 3.0 database folder"
            )


def run_build(args: argparse.Namespace) -> int:
    from apache_beam.io.filesystems import FileSystems

    from common.beam import make_pipeline
    from common.io import match_files, remove_if_exists
    from queries.build import build_query_list, spill_folder
    from queries.progress import show_local_workers

    check_at_least(
        args,
        {
            "min_word_count": 1,
            "min_bigram_count": 1,
            "min_title_views": 1,
            "min_row_views": 0,
            "max_queries": 1,
            "count_shards": 1,
            "keys_in_memory": 1,
        },
    )
    if not math.isfinite(args.min_pmi):  # NaN would quietly keep no bigram
        raise ValueError(f"--min-pmi must be a finite number of bits, not {args.min_pmi}")
    check_wordnet(args.wordnet)
    config = BuildConfig(
        wiki_dumps=match_files(args.wiki_dump, "--wiki-dump"),
        pageviews=match_files(args.pageviews, "--pageviews"),
        wordnet=args.wordnet,
        out=args.out,
        min_word_count=args.min_word_count,
        min_pmi=args.min_pmi,
        min_bigram_count=args.min_bigram_count,
        min_title_views=args.min_title_views,
        min_row_views=args.min_row_views,
        max_queries=args.max_queries,
        count_shards=args.count_shards,
        keys_in_memory=args.keys_in_memory,
        spill_dir=spill_folder(args.out, args.spill_dir),
        versions={
            p: version(p)
            for p in ("openwit", "apache-beam", "mwparserfromhell", "mwxml", "pyarrow")
        },
    )
    manifest = FileSystems.join(args.out, "manifest.json")
    remove_if_exists(manifest)  # the folder is complete again only when the job finishes
    print(
        f"openwit queries build: {len(config.wiki_dumps)} dump files, "
        f"{len(config.pageviews)} pageview files, WordNet at {args.wordnet}",
        file=sys.stderr,
    )
    show_local_workers(getattr(args, "verbose", False))
    try:
        with make_pipeline(args.beam_args) as pipeline:
            build_query_list(pipeline, config)
    finally:
        remove_tree(config.spill_dir)
    with FileSystems.open(manifest) as f:
        print_summary(json.load(f), args.out)
    return 0


def remove_tree(folder: str) -> None:
    """Delete a folder and what it holds (local or any Beam file system)."""
    from apache_beam.io.filesystems import FileSystems

    from common.io import is_local

    if not is_local(folder):
        FileSystems.delete([folder.rstrip("/") + "/"])  # a prefix: everything under it
    elif FileSystems.exists(folder):
        FileSystems.delete([folder])


def print_summary(manifest: dict, out: str) -> None:
    from queries.merge import SOURCES

    print(f"\n{'source':<10}{'candidates':>12}{'kept':>10}{'duplicates':>12}{'over cap':>10}")
    for source in SOURCES:
        n = manifest["sources"][source]
        print(
            f"{source:<10}{n.get('candidates', 0):>12,}{n.get('kept', 0):>10,}"
            f"{n.get('dropped_duplicate', 0):>12,}{n.get('dropped_over_cap', 0):>10,}"
        )
    print(f"{'total':<10}{'':>12}{manifest['total_queries']:>10,}")
    for part in ("read", "skipped"):
        print(
            f"\n{part}: "
            + (", ".join(f"{k} {v:,}" for k, v in manifest[part].items()) or "nothing")
        )
    for bad in manifest["bad_files"]:
        print(f"warning: {bad}")
    print(f"\nwrote {out}/queries.parquet, queries.txt, sources.png, manifest.json")
