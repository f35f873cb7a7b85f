"""Benchmark: the deduplication's pieces at crawl scale, before and after they grew.

A piece is one uid range's rows of the clean pairs a worker read; on a remote output
(Dataflow) every piece crosses the deduplication's shuffle as bytes. A piece costs a fixed
part beside its pairs, so its size decides what the shuffle costs per pair at scale. For
pools of 10M, 1B and 10B pairs of parquet (the synthetic crawls' bytes per pair) this
prints the uid ranges the job picks and the pairs per piece:

- before (until 2026-12-02): a piece per table read (65,536 pairs), ranges of 4 MiB of
  input up to 65,536 of them, Arrow's own IPC compression (zstd set up per buffer);
- now: a worker's clean tables gathered to SPLIT_BYTES before the split, up to
  MAX_BUCKETS ranges, the stream compressed in one call (`batches.to_ipc`).

Then it times the piece path on real clean tables of synthetic pairs at each geometry:
split by range, to bytes, through Beam's coder both ways, decoded, concatenated. Printed
per pair, and as a ratio to the same path at 10M pairs in the same run (the size the
README's projection was measured at).

    PYTHONPATH=. .venv/bin/python bench/curate_pieces.py
"""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyarrow as pa
from apache_beam.coders import FastPrimitivesCoder
from curate_synthetic import make_texts, vocabulary, write_pairs

from pipeline import batches
from pipeline.clean import clean_batch
from pipeline.curate import BATCH_ROWS, SPLIT_BYTES, bucket_count
from pipeline.raw_batches import raw_batches

POOLS = {"10M": 10**7, "1B": 10**9, "10B": 10**10}
ARROW_ZSTD = pa.ipc.IpcWriteOptions(compression="zstd")
CODER = FastPrimitivesCoder()


def buckets_before(total_bytes: int) -> int:
    """The uid ranges the job picked before: 4 MiB of input each, 16 to 65,536."""
    wanted = max(16, math.ceil(total_bytes / (4 * 2**20)))
    return min(2**16, 1 << (wanted - 1).bit_length())


def ipc_before(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema, options=ARROW_ZSTD) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def from_ipc_before(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(data).read_all()


def piece_path(
    table: pa.Table,
    ranges: int,
    to_bytes: Callable[[pa.Table], bytes],
    from_bytes: Callable[[bytes], pa.Table],
) -> tuple[float, int, int]:
    """CPU seconds to send a table's pieces through a shuffle and rebuild them; the number
    of pieces and their bytes."""
    start = time.process_time()
    split = batches.split_by(table, batches.range_index(table, ranges))
    sent = [CODER.encode((r, to_bytes(t))) for r, t in split]
    got = [from_bytes(CODER.decode(e)[1]) for e in sent]
    assert batches.concat(got).num_rows == table.num_rows
    return time.process_time() - start, len(sent), sum(map(len, sent))


def clean_tables(folder: Path, pairs: int) -> tuple[list[pa.Table], float]:
    """Clean tables of `pairs` synthetic pairs as the job reads them, and parquet bytes per
    pair."""
    texts = make_texts(np.random.default_rng(0), vocabulary(np.random.default_rng(0)), pairs)
    paths = write_pairs(folder, texts, max(1, pairs // BATCH_ROWS))
    tables = []
    for path in paths:
        for raw, _ in raw_batches("table", str(path), "url", "text", BATCH_ROWS, 1 << 20):
            tables.append(clean_batch(raw, 1000, False)[0])
    return tables, sum(p.stat().st_size for p in paths) / pairs


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--repeat", type=int, default=3, help="best of this many timings")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-pieces-") as folder:
        tables, parquet_bytes = clean_tables(Path(folder), 1_200_000)
    one_table = tables[0]  # a piece per table read, as before
    gathered, size = [], 0
    for t in tables:  # gathered as ReadAndClean does
        if size >= SPLIT_BYTES:
            break
        gathered.append(t)
        size += t.nbytes
    gathered = batches.concat(gathered).combine_chunks()
    print(
        f"{parquet_bytes:.0f} parquet bytes per pair; a table read {one_table.num_rows:,} pairs,"
        f" gathered {gathered.num_rows:,} pairs ({gathered.nbytes / 2**20:,.0f} MiB)"
    )
    rows = []
    for name, pairs in POOLS.items():
        total = int(pairs * parquet_bytes)
        before, now = buckets_before(total), bucket_count(total)
        old = min(
            piece_path(one_table, before, ipc_before, from_ipc_before) for _ in range(args.repeat)
        )
        new = min(
            piece_path(gathered, now, batches.to_ipc, batches.from_ipc) for _ in range(args.repeat)
        )
        rows.append((name, before, now, old, one_table.num_rows, new, gathered.num_rows))
    base_old = rows[0][3][0] / rows[0][4]
    base_new = rows[0][5][0] / rows[0][6]
    print(
        "| pool | uid ranges before / now | pairs per piece before / now | piece path, µs per "
        "pair, before / now | bytes per pair before / now | × the 10M figure before / now |"
    )
    print("|---|---|---|---|---|---|")
    for name, before, now, (s_old, n_old, b_old), r_old, (s_new, n_new, b_new), r_new in rows:
        us_old, us_new = 1e6 * s_old / r_old, 1e6 * s_new / r_new
        print(
            f"| {name} | {before:,} / {now:,} | {r_old / n_old:,.1f} / {r_new / n_new:,.1f} | "
            f"{us_old:.2f} / {us_new:.2f} | {b_old / r_old:.0f} / {b_new / r_new:.0f} | "
            f"{us_old / (1e6 * base_old):.1f} / {us_new / (1e6 * base_new):.1f} |"
        )


if __name__ == "__main__":
    main()
