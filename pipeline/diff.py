"""What a re-curation changed (`openwit curate --previous CURATED_OLD`): the pairs it newly
keeps and the pairs kept before that it no longer keeps (their queries grew, so balancing
keeps a smaller share of them).

The re-curation itself is a whole curation of the grown crawl, so it equals a from-scratch
run byte for byte: balancing depends on every pair's query counts, which the new input
changes. The diff is what makes the expensive stage incremental: `openwit download
--only-added` fetches just the added pairs, and `--drop-removed` lists the removed ones for
the trainer to skip. Both sides' parts are uid ranges in order, each sorted by uid, so their
concatenations are sorted and one merge pass finds the differences, one part at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pyarrow as pa
import pyarrow.compute as pc
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from common.io import write_atomic
from pipeline.write import parquet_bytes

DIFF = "diff"  # CURATED/diff/: added.parquet, removed.parquet, diff.json


def _parts(curated: str) -> Iterator[pa.Table]:
    import pyarrow.parquet as pq

    found = FileSystems.match([FileSystems.join(curated, "part-*.parquet")])[0].metadata_list
    for m in sorted(found, key=lambda m: m.path):
        with FileSystems.open(m.path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
            table = pq.read_table(f)
        if table.num_rows:
            yield table


def diff_parts(new: str, old: str) -> tuple[list[pa.Table], list[pa.Table]]:
    """(added, removed): rows of `new`'s parts whose uid `old` lacks, and the reverse. Old
    parts are read only as far as the new part being compared reaches."""
    added, removed = [], []
    olds = _parts(old)
    pending: list[pa.Table] = []  # old rows read but not yet compared
    highest_old, more = "", True
    for part in _parts(new):
        high = part["uid"][-1].as_py()
        while more and highest_old <= high:
            table = next(olds, None)
            more = table is not None
            if more:
                pending.append(table)
                highest_old = table["uid"][-1].as_py()
        if not pending:
            added.append(part)
            continue
        buffer = pa.concat_tables(pending, promote_options="permissive")
        upto = pc.less_equal(buffer["uid"], high)
        window, rest = buffer.filter(upto), buffer.filter(pc.invert(upto))
        pending = [rest] if rest.num_rows else []
        added.append(part.filter(pc.invert(pc.is_in(part["uid"], window["uid"]))))
        removed.append(window.filter(pc.invert(pc.is_in(window["uid"], part["uid"]))))
    removed += [*pending, *olds]
    return [t for t in added if t.num_rows], [t for t in removed if t.num_rows]


def write_diff(new: str, old: str) -> dict:
    """Write NEW/diff/added.parquet, removed.parquet and diff.json; the counts."""
    added, removed = diff_parts(new, old)
    folder = FileSystems.join(new, DIFF)
    counts = {"previous": old, "added": 0, "removed": 0}
    for name, tables in (("added", added), ("removed", removed)):
        table = _concat(tables, new if name == "added" else old)
        counts[name] = table.num_rows
        write_atomic(FileSystems.join(folder, f"{name}.parquet"), parquet_bytes(table))
    body = json.dumps(counts, indent=2, sort_keys=True) + "\n"
    write_atomic(FileSystems.join(folder, "diff.json"), body.encode())
    return counts


def _concat(tables: list[pa.Table], curated: str) -> pa.Table:
    """One table; an empty diff keeps the parts' columns (from any part of `curated`)."""
    if tables:
        return pa.concat_tables(tables, promote_options="permissive")
    schema = next(_parts(curated), pa.table({"uid": pa.array([], pa.string())})).schema
    return schema.empty_table()
