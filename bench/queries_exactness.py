"""Byte-identity of `openwit queries build` against a reference copy of the code.

Builds the query list for a few dumps (the test suite's inputs, the demo's sample, a
long-tail synthetic dump) under several parameter sets, with the code in CODE (a folder
holding a `queries` package, e.g. an export of an earlier commit) and a worker count,
and stores each output folder under OUT/<dump>/<params>/ for comparison with `--compare`.

    python bench/queries_exactness.py --code bench/out/base_code --out bench/out/exact-base
    python bench/queries_exactness.py --code . --workers 2 --out bench/out/exact-new \\
        --compare bench/out/exact-base
"""

from __future__ import annotations

import argparse
import bz2
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
PARAMS = {
    "test": ["--min-word-count", "6", "--min-bigram-count", "5", "--min-pmi", "1"],
    "default": [],
    "demo": ["--min-word-count", "20", "--min-bigram-count", "3", "--min-pmi", "10"],
    "low": ["--min-word-count", "3", "--min-bigram-count", "1", "--min-pmi", "8"],
    "zero": ["--min-word-count", "2", "--min-bigram-count", "2", "--min-pmi", "0"],
}
COMPARED = ("queries.parquet", "queries.txt", "sources.png")


def make_inputs(root: Path) -> dict[str, tuple[str, str]]:
    """Dumps (glob of dump files, glob of pageview files), generated once."""
    from pipeline.demo import make_wikipedia

    from queries.synthetic import write_pageviews
    from tests.test_queries import ARTICLE, PAGES, Page, make_wordnet, write_dump

    done = root / "inputs.json"
    if done.exists():
        return json.loads(done.read_text())
    dumps = root / "test" / "dumps"
    dumps.mkdir(parents=True)
    write_dump(str(dumps / "enwiki-20260101-pages-articles1.xml-p1p5.bz2"), PAGES)
    write_dump(str(dumps / "enwiki-20260101-pages-articles2.xml-p6p6"), [Page("Park", ARTICLE)], 6)
    full = bz2.compress((dumps / "enwiki-20260101-pages-articles2.xml-p6p6").read_bytes())
    (dumps / "enwiki-20260101-pages-articles3.xml-p7p7.bz2").write_bytes(full[: len(full) // 2])
    views = root / "test" / "views"
    views.mkdir()
    write_pageviews(
        str(views / "pageviews-20260101-000000.gz"),
        [("en", "Golden Gate Bridge", 60), ("en", "Golden Gate", 40), ("en", "Popular", 80)],
    )
    with gzip.open(views / "pageviews-20260101-020000.gz", "ab") as f:
        f.write(b"en Broken\nen Bad_Count x 0\n")
    make_wordnet(root / "wordnet")
    make_wikipedia(root / "demo", 400)
    inputs = {
        "test": (f"{dumps}/enwiki-*", f"{views}/*.gz"),
        "demo": (f"{root}/demo/enwiki-*.bz2", f"{root}/demo/pageviews-*.gz"),
    }
    tail = root / "tail"
    if (HERE / "queries_build.py").exists():
        from bench.queries_build import generate_part

        tail.mkdir()
        for part in (1, 2):
            generate_part(tail, part, mb=6)
        write_pageviews(str(tail / "pageviews-20260101-000000.gz"), [("en", "Main Page", 100)])
        inputs["tail"] = (f"{tail}/enwiki-*.bz2", f"{tail}/pageviews-*.gz")
    done.write_text(json.dumps(inputs))
    return inputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--inputs", default=str(HERE / "out" / "exact-inputs"))
    parser.add_argument("--compare")
    parser.add_argument("--dumps", nargs="+", help="only these dumps (default: all)")
    parser.add_argument("--params", nargs="+", help="only these parameter sets")
    parser.add_argument("--extra", nargs=argparse.REMAINDER, default=[])
    args = parser.parse_args()
    inputs = make_inputs(Path(args.inputs))
    env = {**os.environ, "PYTHONPATH": str(Path(args.code).resolve())}
    different = []
    for dump, (wiki, views) in sorted(inputs.items()):
        for name, flags in PARAMS.items():
            if (args.dumps and dump not in args.dumps) or (args.params and name not in args.params):
                continue
            out = Path(args.out).resolve() / dump / name
            command = [
                sys.executable,
                "-m",
                "openwit.cli",
                "queries",
                "build",
                "--wiki-dump",
                wiki,
                "--pageviews",
                views,
                "--wordnet",
                f"{Path(args.inputs).resolve()}/wordnet",
                "--out",
                str(out),
                *flags,
                "--direct_num_workers",
                str(args.workers),
                *args.extra,
            ]
            if args.workers > 1:
                command += ["--direct_running_mode", "multi_processing"]
            subprocess.run(
                command,
                env=env,
                check=True,
                cwd=args.code,  # its package first
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            status = "built"
            if args.compare:
                ref = Path(args.compare) / dump / name
                same = all((ref / f).read_bytes() == (out / f).read_bytes() for f in COMPARED)
                manifests = [json.loads((d / "manifest.json").read_text()) for d in (ref, out)]
                for m in manifests:
                    m["parameters"].pop("out")
                    m.pop("versions")
                same = same and manifests[0] == manifests[1]
                status = "identical" if same else "DIFFERENT"
                if not same:
                    different.append(f"{dump}/{name}")
            lines = (out / "queries.txt").read_text().count("\n")
            print(f"{dump:<6} {name:<8} {lines:>7} queries  {status}", flush=True)
    if different:
        raise SystemExit(f"different: {different}")


if __name__ == "__main__":
    main()
