"""Benchmark `openwit queries build` against a plain single-process Python pass.

Generates a synthetic pages-articles dump in the real format (split .bz2 files, as the
real dump comes), then measures, in the same run:
  * plain: one Python process streaming the same files through the same parsing and
    counting code (mwxml + mwparserfromhell + word/bigram Counters), no Beam;
  * beam: the real job (`openwit queries build`, FnApiRunner, N worker processes), on
    one file and on all files, to show that peak memory stays flat as the dump grows.
Throughput is MB of uncompressed XML per second; memory is the peak RSS of the largest
process in each run's process tree.

    python bench/queries_build.py --mb 200 --files 4 --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from queries import synthetic, wikitext
from queries.text import WORD

HERE = Path(__file__).parent


PAGE_BYTES = 1920  # mean XML bytes per page of `synthetic.LongTail.pages`


def part_name(part: int, pages: int) -> str:
    first = 1 + (part - 1) * pages
    return f"enwiki-20260101-pages-articles{part}.xml-p{first}p{first + pages - 1}.bz2"


def generate_part(folder: Path, part: int, mb: int) -> Path:
    """Dump file number `part` (from 1) of `mb` MB of XML; kept when already complete."""
    pages = int(mb * 1e6 / PAGE_BYTES)
    path = folder / part_name(part, pages)
    if not path.exists():
        tail = synthetic.LongTail(seed=part)
        tmp = path.with_suffix(".tmp.bz2")
        synthetic.write_dump(
            str(tmp), tail.pages(pages, 1 + (part - 1) * pages), 1 + (part - 1) * pages
        )
        tmp.rename(path)
        print(f"generated {path.name}", file=sys.stderr, flush=True)
    return path


def plain_pass(paths: list[str]) -> None:
    """The baseline: the same work in one process, no Beam."""
    unigrams: Counter = Counter()
    bigrams: Counter = Counter()
    stats: Counter = Counter()
    for path in paths:
        with open(path, "rb") as raw:
            for text in wikitext.articles(wikitext.open_dump(raw, path), stats):
                plain = wikitext.plain_text(text)
                found = WORD.findall(plain)
                unigrams.update(found)
                bigrams.update(zip(found, found[1:], strict=False))
    print(json.dumps({"articles": stats["articles"], "words": len(unigrams)}))


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of the largest process in the command's tree."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=200, help="MB of XML to generate")
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--data", default=str(HERE / "out" / "wiki"))
    parser.add_argument("--plain", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.plain:
        return plain_pass(args.plain)
    data = Path(args.data)
    paths, xml_bytes = generate(data, args.mb, args.files)
    mb = xml_bytes / 1e6

    def beam(files: list[Path], out: str) -> list[str]:
        globs = sum((["--wiki-dump", str(p)] for p in files), [])
        return [
            sys.executable,
            "-m",
            "queries.console",
            "queries",
            "build",
            *globs,
            "--pageviews",
            str(data / "pageviews-*.gz"),
            "--out",
            str(data / out),
            "--direct_num_workers",
            str(args.workers),
            "--direct_running_mode",
            "multi_processing",
        ]

    plain_s, plain_mb = measure([sys.executable, __file__, "--plain", *map(str, paths)])
    one_s, one_mb = measure(beam(paths[:1], "out-one"))
    all_s, all_mb = measure(beam(paths, "out-all"))
    result = {
        "xml_mb": round(mb, 1),
        "files": len(paths),
        "workers": args.workers,
        "plain_mb_s": round(mb / plain_s, 2),
        "plain_peak_rss_mb": round(plain_mb),
        "beam_mb_s": round(mb / all_s, 2),
        "beam_peak_rss_mb": round(all_mb),
        "beam_one_file_peak_rss_mb": round(one_mb),
        "throughput_ratio": round(plain_s / all_s, 2),
    }
    print(json.dumps(result, indent=2))
    print(
        f"\nplain single process: {mb / plain_s:.2f} MB/s, peak {plain_mb:.0f} MB\n"
        f"openwit queries build ({args.workers} workers): {mb / all_s:.2f} MB/s, "
        f"peak {all_mb:.0f} MB per process ({one_mb:.0f} MB on 1 of {len(paths)} files)\n"
        f"ratio beam/plain throughput: {plain_s / all_s:.2f}x"
    )
    (HERE / "out" / "queries_build.json").write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
