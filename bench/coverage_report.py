"""Benchmark: `openwit report coverage` for 500,000 queries and 1,000,000 curated pairs.

Writes a synthetic curated set (query_counts.parquet, stats.json, queries.parquet with
Zipf-like match counts), a download of every pair (img2dataset's NNNNN.parquet metadata:
1–3 query ids per sample, 85% successes, three failure reasons) and an audit report with
1,000 flagged samples. Then times the whole command (table, page, writes) against a bare
read of the same parquet columns, in one process. Goal: under 60 s on 2 cores.

    PYTHONPATH=. .venv/bin/python bench/coverage_report.py [--queries 500000] [--pairs 1000000]
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from openwit.cli import main

SOURCES = np.array(["wordnet", "unigram", "bigram", "title"])
REASONS = np.array(["HTTP Error 404: Not Found", "timed out", "deadline"])


def write_inputs(root: Path, n_queries: int, n_pairs: int, per_shard: int) -> None:
    rng = np.random.default_rng(0)
    queries = root / "QUERIES"
    queries.mkdir()
    ids = np.arange(n_queries)
    words = [f"q{i}" for i in ids]
    pq.write_table(
        pa.table(
            {
                "id": ids,
                "query": words,
                "source": SOURCES[rng.integers(0, 4, n_queries)],
                "stat": rng.random(n_queries) * 1000,
            }
        ),
        queries / "queries.parquet",
    )
    (queries / "manifest.json").write_text("{}\n")
    # each pair matches 1-3 queries, Zipf-distributed: a head of huge queries, a long tail
    n_ids = rng.integers(1, 4, n_pairs)
    flat = np.minimum(rng.zipf(1.3, n_ids.sum()) - 1, n_queries - 1)
    offsets = np.concatenate([[0], np.cumsum(n_ids)])
    matched = np.bincount(flat, minlength=n_queries)
    curated = root / "CURATED"
    curated.mkdir()
    pq.write_table(
        pa.table(
            {"id": ids, "query": words, "matched": matched, "kept": np.minimum(matched, 20_000)}
        ),
        curated / "query_counts.parquet",
    )
    parameters = {"queries": str(queries), "max_per_query": 20_000}
    (curated / "stats.json").write_text(json.dumps({"parameters": parameters}))
    shards = root / "SHARDS"
    shards.mkdir()
    (shards / "download.manifest").write_text('{"complete": true, "files": []}')
    ok = rng.random(n_pairs) < 0.85
    reasons = REASONS[rng.integers(0, 3, n_pairs)]
    for shard, start in enumerate(range(0, n_pairs, per_shard)):
        stop = min(start + per_shard, n_pairs)
        lists = pa.ListArray.from_arrays(
            pa.array(offsets[start : stop + 1] - offsets[start], pa.int32()),
            pa.array(flat[offsets[start] : offsets[stop]]),
        )
        table = {
            "key": [f"{shard:05d}{i:04d}" for i in range(stop - start)],
            "query_ids": lists,
            "status": np.where(ok[start:stop], "success", "failed_to_download"),
            "error_message": [
                None if k else r for k, r in zip(ok[start:stop], reasons[start:stop], strict=True)
            ],
        }
        pq.write_table(pa.table(table), shards / f"{shard:05d}.parquet")
    audit = root / "REPORT"
    audit.mkdir()
    nearest = [
        {"train": f"/s/{i % 100:05d}.tar#{i % 100:05d}{i % per_shard:04d}", "overlap": True}
        for i in range(1000)
    ]
    (audit / "report.json").write_text(json.dumps({"datasets": {"x": {"nearest": nearest}}}))


def bare_read(root: Path) -> float:
    started = time.perf_counter()
    pq.read_table(root / "CURATED" / "query_counts.parquet")
    pq.read_table(root / "QUERIES" / "queries.parquet")
    for part in sorted((root / "SHARDS").glob("*.parquet")):
        pq.read_table(part, columns=["query_ids", "key", "status", "error_message"])
    return time.perf_counter() - started


def main_bench() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--queries", type=int, default=500_000)
    ap.add_argument("--pairs", type=int, default=1_000_000)
    ap.add_argument("--per-shard", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_inputs(root, args.queries, args.pairs, args.per_shard)
        bare = bare_read(root)
        started, cpu = time.perf_counter(), time.process_time()
        command = ["report", "coverage", str(root / "CURATED"), str(root / "SHARDS")]
        assert main([*command, "--audit", str(root / "REPORT")]) == 0
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        page = (root / "CURATED" / "coverage" / "coverage.html").stat().st_size
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"coverage report, {args.queries:,} queries, {args.pairs:,} pairs: {wall:.1f} s wall, "
        f"{cpu:.1f} s CPU, peak RSS {peak:,.0f} MiB, page {page / 1e6:.1f} MB; bare read of the "
        f"same columns {bare:.1f} s; ratio {wall / bare:.1f}x the bare read; goal < 60 s: "
        f"{'met' if wall < 60 else 'NOT met'}"
    )


if __name__ == "__main__":
    main_bench()
