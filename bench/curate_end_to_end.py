"""Benchmark (b): `openwit curate` end to end on DirectRunner (FnApiRunner, 2 worker processes).

1,000,000 synthetic pairs in parquet tables and 500,000 queries; reports pairs per second
and the peak resident memory of each process of the job (driver and workers, read from
/proc VmHWM). Baseline in the same run: a bare Aho-Corasick scan of the same texts in
one process, scaled by the worker count (the job's ceiling if only matching cost time).
With --timeline, also each stage's wall time and each worker's peak RSS during it, from
FnApiRunner's own log of the bundles it starts.

    .venv/bin/python bench/curate_end_to_end.py [--pairs 1000000] [--queries 500000] [--timeline]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from curate_synthetic import make_queries, make_texts, vocabulary, write_pairs, write_queries

from pipeline.match import load_matcher
from queries.text import pad_for_matching

# texts in each bare scan, before and after the job: about 10 s each, so that a short burst
# of another tenant's load on the machine moves the baseline less (100,000 texts, ~2 s,
# measured from 36,866 to 54,136 texts/s/core on the same quiet machine on 2026-12-01 and -02)
BASELINE_TEXTS = 500_000


def descendants(pid: int) -> set[int]:
    children = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            children |= {int(c) for c in (task / "children").read_text().split()}
    return children | {d for c in children for d in descendants(c)}


def memory_kib(pid: int, field: str = "VmHWM") -> int:
    """A process's memory figure from /proc (VmHWM: peak RSS, VmRSS: now), in KiB; 0 once
    it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# The job in this process's interpreter, with FnApiRunner's bundle log (one line as each
# stage's bundles start) written with wall-clock times to the file named by $STAGE_LOG.
LOGGED_JOB = """
import logging, os, sys
handler = logging.FileHandler(os.environ["STAGE_LOG"])
handler.setFormatter(logging.Formatter("%(created).3f %(message)s"))
bundles = logging.getLogger("apache_beam.runners.portability.fn_api_runner.fn_runner.run_bundle")
bundles.setLevel(logging.DEBUG)
bundles.addHandler(handler)
bundles.propagate = False
from openwit.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_watched(
    argv: list[str], rss: list | None = None
) -> tuple[float, dict[int, int], dict[int, float], str]:
    """Run a command; its wall time, the peak RSS (KiB) and CPU seconds (sampled every
    0.2 s) of it and each descendant, and its output. `rss` gets (time, {pid: RSS KiB})."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1 << 20
    )
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        pids = {proc.pid} | descendants(proc.pid)
        for pid in pids:
            peaks[pid] = max(peaks.get(pid, 0), memory_kib(pid))
            cpu[pid] = max(cpu.get(pid, 0.0), cpu_seconds(pid))
        if rss is not None:
            rss.append((time.time(), {pid: memory_kib(pid, "VmRSS") for pid in pids}))
        time.sleep(0.2)
    out = proc.stdout.read()
    if proc.returncode:
        sys.exit(f"openwit curate failed ({proc.returncode}):\n{out[-3000:]}")
    return time.perf_counter() - start, peaks, cpu, out


def stage_table(stage_log: Path, rss: list, workers: list[int]) -> str:
    """Stages that ran at least a second: start, seconds, and each worker's peak RSS while
    the stage ran (the runner's log gives the time each stage's bundles started)."""
    starts = []
    for line in stage_log.read_text().splitlines():
        found = re.match(r"([\d.]+) Running bundle for stage (.*)", line)
        if found:
            names = re.findall(r"ref_AppliedPTransform_([A-Za-z]+(?:-[A-Z][A-Za-z]+)?)", line)
            names = names or re.findall(r"\(+([A-Za-z]+/[A-Za-z]+)", line)
            starts.append((float(found.group(1)), " + ".join(dict.fromkeys(names[:3]))))
    end = rss[-1][0] if rss else 0.0
    t0 = rss[0][0] if rss else 0.0
    rows = ["stage | start s | seconds | worker peak RSS during it (MiB)", "---|---|---|---"]
    for (start, name), (stop, _) in zip(starts, [*starts[1:], (end, "")], strict=True):
        if stop - start < 1.0:
            continue
        during = [sample for t, sample in rss if start <= t <= stop]
        peaks = [max((s.get(w, 0) for s in during), default=0) // 1024 for w in workers]
        rows.append(f"{name} | {start - t0:.1f} | {stop - start:.1f} | {peaks}")
    return "\n".join(rows)


def bare_scan(matcher, texts: list[str]) -> tuple[float, float]:
    """Texts per second of a bare Aho-Corasick scan, by wall clock and by CPU time."""
    wall, cpu = time.perf_counter(), time.process_time()
    for t in texts:
        set(matcher.automaton.iter(pad_for_matching(t)))
    return len(texts) / (time.perf_counter() - wall), len(texts) / (time.process_time() - cpu)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--pairs", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=500_000)
    ap.add_argument("--files", type=int, default=16)
    ap.add_argument("--row-group", type=int, help="rows per parquet row group (default: one)")
    ap.add_argument("--workers", type=int, default=2, help="--direct_num_workers of the job")
    ap.add_argument("--timeline", action="store_true", help="print the per-stage table too")
    args = ap.parse_args()

    rng = np.random.default_rng(0)
    vocab = vocabulary(rng)
    queries = make_queries(rng, vocab, args.queries)
    texts = make_texts(rng, vocab, args.pairs)
    folder = Path(tempfile.mkdtemp(prefix="bench-curate-"))
    write_queries(folder / "QUERIES", queries)
    write_pairs(folder / "crawl", texts, args.files, args.row_group)
    sample = texts[:BASELINE_TEXTS]
    del texts  # 10M texts would otherwise stay in this process during the job

    matcher = load_matcher(str(folder / "QUERIES"))
    before = bare_scan(matcher, sample)

    stage_log = folder / "stages.log"
    launch = ["-c", LOGGED_JOB] if args.timeline else ["-m", "openwit.cli"]
    os.environ["STAGE_LOG"] = str(stage_log)
    argv = [
        sys.executable,
        *launch,
        "curate",
        "--pairs",
        str(folder / "crawl" / "*.parquet"),
        "--queries",
        str(folder / "QUERIES"),
        "--out",
        str(folder / "CURATED"),
        f"--direct_num_workers={args.workers}",
    ]
    rss: list = []
    seconds, peaks, cpu, out = run_watched(argv, rss if args.timeline else None)
    after = bare_scan(matcher, sample)  # the machine may be shared: baseline before and after
    bare_rate, bare_cpu_rate = (before[0] + after[0]) / 2, (before[1] + after[1]) / 2
    del matcher
    stats = json.loads((folder / "CURATED" / "stats.json").read_text())
    rate = args.pairs / seconds
    big = sorted((pid for pid in peaks if peaks[pid] > 50_000), key=lambda p: -peaks[p])
    mib = ", ".join(f"{peaks[p] / 1024:,.0f}" for p in big)
    cpus = ", ".join(f"{cpu[p]:,.1f}" for p in big)
    job_cpu = sum(cpu.values())
    ceiling = bare_rate * args.workers
    print(out.strip()[-2000:])
    print(
        f"\n{args.pairs:,} pairs, {len(queries):,} queries, {args.workers} workers: {seconds:.1f} s"
    )
    print(f"{rate:,.0f} pairs/s; matched {stats['matched']:,}, kept {stats['kept']:,}")
    print(f"peak RSS per process of the job, largest first (MiB): {mib}")
    print(f"CPU seconds of those processes: {cpus}; all processes: {job_cpu:,.1f}")
    print(
        f"bare Aho-Corasick scan (mean of before and after the job): {bare_rate:,.0f} "
        f"texts/s/core, x{args.workers}: {ceiling:,.0f}; {bare_cpu_rate:,.0f} texts per CPU-second"
    )
    print(f"job / that ceiling = {rate / ceiling:.3f}")
    print(
        f"by CPU time: job {args.pairs / job_cpu:,.0f} pairs per CPU-second, "
        f"{args.pairs / job_cpu / bare_cpu_rate:.3f} of the bare scan's texts per CPU-second"
    )
    if args.timeline:
        runner = next(iter(rss[0][1]))  # the first sample sees the job's own process only
        workers = [p for p in big if p != runner][: args.workers]
        print(stage_table(stage_log, rss, sorted(workers)))
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
