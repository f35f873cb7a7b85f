"""Benchmark `openwit queries build`: memory and speed as the dump grows.

Dumps in the real export format are generated once (`synthetic.LongTail`: a Zipf
vocabulary with an unbounded tail of rare words and names, so that distinct words and
bigrams keep growing with the dump) as files of --part-mb (250) MB of XML; a size of S MB
reads the first S/250 files. For each size, in the same run:
  * beam: the real job (`openwit queries build`, N worker processes), with peak RSS of every
    process in its tree sampled from /proc (VmHWM) once a second;
  * plain (sizes up to --plain-up-to): one Python process that computes the same list with
    in-memory Counters (same parsing, same bigram rule, same PMI and merge), no Beam; its
    queries.txt must equal the job's byte for byte.
--min-pmi is scaled with the dump so that, as with the default 30 bits on the full English
dump (N ≈ 4·10⁹ words), only words seen about 4 times or fewer can form a bigram.

    python bench/queries_build.py --sizes 250 1000 4000 --workers 2 --plain-up-to 250
"""

from __future__ import annotations

import argparse
import bz2
import contextlib
import gzip
import json
import math
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from queries import counting, merge, pageviews, synthetic, wikitext, wordnet
from queries.text import WORD

HERE = Path(__file__).parent
PROGRESS = re.compile(r"INFO queries.progress: (\S+): [\d,]+ pages, ([\d,.]+) MB of XML")
WORDS_PER_XML_BYTE = 0.13  # measured on LongTail dumps: plain-text words per byte of XML
FULL_DUMP_WORDS_PER_BIGRAM_WORD = 4e9 / 2**30  # N / 2^min_pmi on English Wikipedia


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


def decode(path: Path) -> dict:
    """XML bytes of a dump file and the seconds Python's bz2 takes to decompress it alone
    (kept next to the file)."""
    sidecar = path.with_name(path.name + ".json")
    if not sidecar.exists():
        size, start = 0, time.perf_counter()
        with bz2.open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                size += len(chunk)
        seconds = time.perf_counter() - start
        sidecar.write_text(json.dumps({"xml_bytes": size, "bz2_seconds": round(seconds, 2)}))
    return json.loads(sidecar.read_text())


def min_pmi_for(xml_bytes: int) -> int:
    """--min-pmi that gives this dump the full English dump's N / 2^min_pmi."""
    words = xml_bytes * WORDS_PER_XML_BYTE
    return math.floor(math.log2(words / FULL_DUMP_WORDS_PER_BIGRAM_WORD))


def plain_pass(paths: list[str], views: str, out: str, min_pmi: float) -> None:
    """The baseline: the same list in one process, counts in memory, no Beam."""
    words: Counter = Counter()
    pairs: Counter = Counter()
    stats: Counter = Counter()
    for path in paths:
        with open(path, "rb") as raw:
            for text in wikitext.articles(wikitext.open_dump(raw, path), stats):
                plain = wikitext.plain_text(text)
                words.update(WORD.findall(plain))
                pairs.update(counting.bigrams(plain))
    total = sum(words.values())
    candidates = [merge.ranked("unigram", w, n) for w, n in words.items() if n >= 100]
    for pair, n in pairs.items():
        first, second = pair.split(" ", 1)
        value = merge.pmi(n, words[first], words[second], total)
        if value >= min_pmi:
            candidates.append(merge.ranked("bigram", pair, value))
    for rank, pos in enumerate(wordnet.POS_FILES):
        with open(f"/usr/share/wordnet/data.{pos}", encoding="utf-8", errors="replace") as f:
            candidates += [
                merge.candidate("wordnet", (rank, offset), lemma, None)
                for offset, lemma in wordnet.synsets(f, Counter())
            ]
    titles: Counter = Counter()
    with gzip.open(views, "rb") as f:
        for line in f:
            domain, title, n = pageviews.parse_row(line)
            if pageviews.admits(domain, title, n, 50):
                titles[title] += n
    candidates += [merge.ranked("title", t, n) for t, n in titles.items() if n >= 70]
    queries, _ = merge.merge(candidates, 500_000)
    Path(out).mkdir(parents=True, exist_ok=True)
    (Path(out) / "queries.txt").write_text("".join(f"{q.query}\n" for q in queries))
    print(
        json.dumps({"words": total, "distinct_words": len(words), "distinct_bigrams": len(pairs)})
    )


def tree(pid: int) -> list[int]:
    """`pid` and all its descendants (children of any of their threads)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        with contextlib.suppress(OSError):
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
    return found


def xml_mb_read(progress: Path) -> float:
    """MB of XML read so far, from the job's latest progress line for each file."""
    latest = {}
    with contextlib.suppress(OSError), open(progress) as f:
        for line in f:
            found = PROGRESS.match(line)
            if found:
                latest[found[1]] = float(found[2].replace(",", ""))
    return round(sum(latest.values()), 1)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of one process so far."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def folder_bytes(folder: Path) -> int:
    total = 0
    for root, _, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.stat(os.path.join(root, name)).st_size
    return total


def measure(command: list[str], log: Path, watch: Path | None = None) -> dict:
    """Wall seconds, peak RSS (MB) of each process in the command's tree and peak size of
    `watch` (where the spill folder goes), sampled once a second; written to `log` (and its
    stderr to `log` with .txt) as it goes, so a run stopped early still leaves figures."""
    start = time.perf_counter()
    with open(log.with_suffix(".txt"), "w") as stderr:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        peaks: dict[str, float] = {}
        cpu: dict[str, float] = {}
        disk, series, last = 0, [], 0.0
        while True:
            running = process.poll() is None
            for pid in tree(process.pid):
                rss = peak_rss_mb(pid)
                with contextlib.suppress(OSError), open(f"/proc/{pid}/cmdline", "rb") as f:
                    name = f"{'worker' if b'sdk_worker_main' in f.read() else 'main'}-{pid}"
                    peaks[name] = max(rss or 0.0, peaks.get(name, 0.0))
                    cpu[name] = max(cpu_seconds(pid), cpu.get(name, 0.0))
            disk = max(disk, folder_bytes(watch)) if watch else 0
            figures = {
                "seconds": round(time.perf_counter() - start, 1),
                "peak_rss_mb": round(max(peaks.values(), default=0)),
                "per_process": {name: round(rss) for name, rss in peaks.items()},
                "peak_disk_mb": disk // 10**6,
                "cpu_seconds": round(sum(cpu.values()), 1),
            }
            if figures["seconds"] - last >= 30 or not running:  # memory as the dump is read
                last = figures["seconds"]
                series.append(
                    [
                        last,
                        xml_mb_read(log.with_suffix(".txt")),
                        figures["peak_rss_mb"],
                        figures["peak_disk_mb"],
                    ]
                )
            figures["seconds_xml_mb_peak_rss_mb_disk_mb"] = series
            log.write_text(json.dumps(figures, indent=1))
            if not running:
                break
            time.sleep(1)
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}; see {log.with_suffix('.txt')}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[250, 1000, 4000],
        help="MB of XML, multiples of --part-mb",
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--plain-up-to", type=int, default=250)
    parser.add_argument("--part-mb", type=int, default=250, help="MB of XML per dump file")
    parser.add_argument("--data", default=str(HERE / "out" / "tail-dumps"))
    parser.add_argument("--plain", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.plain:
        return plain_pass(args.plain[3:], args.plain[0], args.plain[1], float(args.plain[2]))
    data = Path(args.data)
    data.mkdir(parents=True, exist_ok=True)
    views = data / "pageviews-20260101-000000.gz"
    if not views.exists():
        synthetic.write_pageviews(str(views), [("en", "Main Page", 100)])
    results = []
    for size in args.sizes:
        parts = range(1, size // args.part_mb + 1)
        paths = [generate_part(data, part, args.part_mb) for part in parts]
        min_pmi = min_pmi_for(size * 10**6)  # nominal size: the XML is known after the run
        out = data / f"out-{size}"
        globs = sum((["--wiki-dump", str(p)] for p in paths), [])
        beam = [
            sys.executable,
            "-m",
            "openwit.cli",
            "-v",
            "queries",
            "build",
            *globs,
            "--pageviews",
            str(views),
            "--out",
            str(out / "beam"),
            "--min-pmi",
            str(min_pmi),
            "--direct_num_workers",
            str(args.workers),
            "--direct_running_mode",
            "multi_processing",
        ]
        row = {"beam": measure(beam, data / f"beam-{size}.json", out / "beam")}
        decoded = [decode(p) for p in paths]
        xml_mb = sum(d["xml_bytes"] for d in decoded) / 1e6
        row.update(
            xml_mb=round(xml_mb, 1),
            files=len(paths),
            min_pmi=min_pmi,
            bz2_alone_mb_s=round(xml_mb / sum(d["bz2_seconds"] for d in decoded), 1),
        )
        row["beam"]["mb_s"] = round(xml_mb / row["beam"]["seconds"], 3)
        manifest = json.loads((out / "beam" / "manifest.json").read_text())
        row["bigrams_kept"] = manifest["sources"]["bigram"].get("kept", 0)
        if size <= args.plain_up_to:
            plain = [
                sys.executable,
                __file__,
                "--plain",
                str(views),
                str(out / "plain"),
                str(min_pmi),
                *map(str, paths),
            ]
            row["plain"] = measure(plain, data / f"plain-{size}.json")
            row["plain"]["mb_s"] = round(xml_mb / row["plain"]["seconds"], 3)
            row["speed_ratio"] = round(row["plain"]["seconds"] / row["beam"]["seconds"], 2)
            row["same_list"] = (out / "plain" / "queries.txt").read_bytes() == (
                out / "beam" / "queries.txt"
            ).read_bytes()
        results.append(row)
        print(json.dumps(row), flush=True)
        result = HERE / "out" / f"queries_build-{'-'.join(map(str, args.sizes))}.json"
        result.parent.mkdir(parents=True, exist_ok=True)
        result.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
