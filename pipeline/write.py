"""The curated output: uid-sorted parquet shards, per-query counts and stats, written atomically."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems

from common import faults
from common.io import write_atomic
from pipeline.balance import count_of
from pipeline.batches import CARRIED

PART = re.compile(r"part-(\d{5})-of-(\d{5})\.parquet$")
FIXED_SCHEMA = [
    pa.field("uid", pa.string()),
    pa.field("url", pa.string()),
    pa.field("text", pa.string()),
    pa.field("query_ids", pa.list_(pa.int64())),
    pa.field("source", pa.string()),
    # provenance: where in `source` the pair was read, and the coin that kept it
    pa.field("source_row", pa.int64()),
    pa.field("keep_probability", pa.float64()),
    pa.field("draw", pa.float64()),
]
RUN_FIELD = pa.field("curate_run", pa.string())  # the id in the run's manifest.json


def shard_of(uid: str, n_shards: int) -> int:
    """The shard of a pair: a range of uid hashes, so it is the same whatever the workers."""
    return (int(uid[:8], 16) * n_shards) >> 32


def part_name(index: int, n_shards: int) -> str:
    return f"part-{index:05d}-of-{n_shards:05d}.parquet"


def part_table(pairs: pa.Table | None, carried: Iterable[str], run: str) -> pa.Table:
    """A part's pairs sorted by uid, with the output columns; carried input columns (all
    of the job's, null where a pair has none) are strings."""
    carried = sorted(carried)
    schema = pa.schema([*FIXED_SCHEMA, RUN_FIELD, *(pa.field(c, pa.string()) for c in carried)])
    if pairs is None:
        return schema.empty_table()
    pairs = pairs.sort_by([("key", "ascending"), ("uid", "ascending")])
    columns = [pairs.column(f.name) for f in FIXED_SCHEMA]
    columns.append(pa.array([run] * pairs.num_rows, pa.string()))
    for name in carried:
        column = CARRIED + name
        have = column in pairs.column_names
        columns.append(pairs.column(column) if have else pa.nulls(pairs.num_rows, pa.string()))
    return pa.Table.from_arrays(columns, schema=schema).combine_chunks()


def parquet_bytes(table: pa.Table) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()


def write_part(
    out: str, index: int, n_shards: int, pairs: pa.Table | None, carried: list[str], run: str
) -> int:
    """Write one part file atomically; the number of rows written."""
    table = part_table(pairs, carried, run)
    write_atomic(FileSystems.join(out, part_name(index, n_shards)), parquet_bytes(table))
    faults.reached("curate: a part written")
    return table.num_rows


def remove_stale_parts(out: str, n_shards: int) -> list[str]:
    """Delete part files left by an earlier run with another shard count."""
    found = FileSystems.match([FileSystems.join(out, "part-*.parquet")])[0].metadata_list
    stale = [m.path for m in found if (m_ := PART.search(m.path)) and int(m_.group(2)) != n_shards]
    if stale:
        FileSystems.delete(stale)
    return stale


def query_counts_table(
    queries: pa.Table, matched: tuple[np.ndarray, np.ndarray], kept: tuple[np.ndarray, np.ndarray]
) -> pa.Table:
    """Per query (by id, then query): pairs matching it in the pool, and kept pairs matching
    it; `matched` and `kept` are (sorted ids, counts)."""
    table = pa.table(
        {
            "id": queries.column("id").cast(pa.int64(), safe=False),
            "query": queries.column("query").cast(pa.string()),
        }
    ).sort_by([("id", "ascending"), ("query", "ascending")])
    ids = table.column("id").to_numpy()
    for name, (known, counts) in (("matched", matched), ("kept", kept)):
        table = table.append_column(name, pa.array(count_of(known, counts, ids), pa.int64()))
    return table.combine_chunks()


def stats_json(stats: Mapping[str, Any]) -> bytes:
    return (json.dumps(stats, indent=2, sort_keys=True) + "\n").encode()
