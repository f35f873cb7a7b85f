"""Benchmark (b): `openwit curate` end to end on DirectRunner (FnApiRunner, 2 worker processes).

1,000,000 synthetic pairs in parquet tables and 500,000 queries; reports pairs per second
and the peak resident memory of each process of the job (driver and workers, read from
/proc VmHWM). Baseline in the same run: a bare Aho-Corasick scan of the same texts in
one process, scaled by the worker count (the job's ceiling if only matching cost time).

    .venv/bin/python bench/curate_end_to_end.py [--pairs 1000000] [--queries 500000]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
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


def descendants(pid: int) -> set[int]:
    children = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            children |= {int(c) for c in (task / "children").read_text().split()}
    return children | {d for c in children for d in descendants(c)}


def peak_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
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


def run_watched(argv: list[str]) -> tuple[float, dict[int, int], dict[int, float], str]:
    """Run a command; its wall time, the peak RSS (KiB) and CPU seconds (sampled every
    0.2 s) of it and each descendant, and its output."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1 << 20
    )
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        for pid in {proc.pid} | descendants(proc.pid):
            peaks[pid] = max(peaks.get(pid, 0), peak_kib(pid))
            cpu[pid] = max(cpu.get(pid, 0.0), cpu_seconds(pid))
        time.sleep(0.2)
    out = proc.stdout.read()
    if proc.returncode:
        sys.exit(f"openwit curate failed ({proc.returncode}):\n{out[-3000:]}")
    return time.perf_counter() - start, peaks, cpu, out


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
    ap.add_argument("--workers", type=int, default=2, help="--direct_num_workers of the job")
    args = ap.parse_args()

    rng = np.random.default_rng(0)
    vocab = vocabulary(rng)
    queries = make_queries(rng, vocab, args.queries)
    texts = make_texts(rng, vocab, args.pairs)
    folder = Path(tempfile.mkdtemp(prefix="bench-curate-"))
    write_queries(folder / "QUERIES", queries)
    write_pairs(folder / "crawl", texts, args.files)
    sample = texts[:100_000]
    del texts  # 10M texts would otherwise stay in this process during the job

    matcher = load_matcher(str(folder / "QUERIES"))
    before = bare_scan(matcher, sample)

    argv = [
        sys.executable,
        "-m",
        "openwit.cli",
        "curate",
        "--pairs",
        str(folder / "crawl" / "*.parquet"),
        "--queries",
        str(folder / "QUERIES"),
        "--out",
        str(folder / "CURATED"),
        f"--direct_num_workers={args.workers}",
    ]
    seconds, peaks, cpu, out = run_watched(argv)
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
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
