"""Pairs in Arrow tables, the unit the curation job moves: one element is a batch of pairs.

A batch travels between steps as zstd-compressed Arrow IPC bytes, or waits in an Arrow IPC
file whose name travels instead (a `Piece`: one or the other).
Columns: `uid` (hex), `key` (its first 64 bits, uint64), `url`, `text`, `source`,
`carried` (the names of the row's carried input columns, joined by NUL), then one
`carried:NAME` string column per carried input column; later steps add `query_ids`.
"""

from __future__ import annotations

import contextlib
import resource
import struct
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from apache_beam.io.filesystems import FileSystems

from common.io import atomic_path, is_local, write_atomic

CARRIED = "carried:"  # prefix of carried input columns, so no input name collides
NAMES_SEP = "\x00"
# zstd: a third of the bytes through every shuffle and the local runner's buffers, for
# less CPU than the uncompressed copies it saves (measured in the README). The stream is
# written plain and compressed in one call: Arrow's own IPC compression sets up zstd for
# each column buffer, ~0.7 ms per table written and read, against ~0.1 ms this way for the
# small pieces of a billion-pair pool (measured in docs/curate.md)
ZSTD = pa.Codec("zstd")
# files of the work folder: zstd per column buffer where they cross a network (batches of
# FILE_ROWS rows, so its set-up is small beside them); lz4 on a local disk: a third of
# zstd's CPU to write and read, for files half as large again (measured in the README)
IPC_OPTIONS = pa.ipc.IpcWriteOptions(compression="zstd")
LOCAL_FILE_OPTIONS = pa.ipc.IpcWriteOptions(compression="lz4")
SIZE = struct.Struct("<Q")  # the plain stream's length, before the compressed bytes


def to_ipc(table: pa.Table) -> bytes:
    """A table as bytes: its Arrow IPC stream's length, then the stream zstd-compressed."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    stream = sink.getvalue()
    return SIZE.pack(stream.size) + ZSTD.compress(stream, asbytes=True)


def from_ipc(data: bytes) -> pa.Table:
    """The table `to_ipc` wrote."""
    (size,) = SIZE.unpack_from(data)
    stream = ZSTD.decompress(memoryview(data)[SIZE.size :], decompressed_size=size)
    return pa.ipc.open_stream(stream).read_all()


def concat(tables: Iterable[pa.Table]) -> pa.Table | None:
    """One table from several with possibly different carried columns (missing: null)."""
    tables = [t for t in tables if t.num_rows]
    if not tables:
        return None
    return pa.concat_tables(tables, promote_options="default")


def carried_columns(table: pa.Table) -> list[str]:
    return sorted(c for c in table.column_names if c.startswith(CARRIED))


def uid_prefix(table: pa.Table | pa.RecordBatch) -> np.ndarray:
    """The top 32 bits of each row's uid, as uint64 (room to multiply by a count)."""
    return table.column("key").to_numpy() >> np.uint64(32)


def range_index(table: pa.Table, n: int) -> np.ndarray:
    """Each row's range of uid hashes among n equal ranges (`write.shard_of`, vectorised)."""
    return range_of(uid_prefix(table), n)


def range_of(prefixes: np.ndarray, n: int) -> np.ndarray:
    """The range of each uid prefix (`uid_prefix`) among n equal ranges."""
    return (prefixes * np.uint64(n)) >> np.uint64(32)


def split_by(table: pa.Table, index: np.ndarray) -> Iterator[tuple[int, pa.Table]]:
    """(value, rows with that value) for each distinct value of `index`, in order: one
    stable sort of the table by `index`, then a zero-copy slice per value."""
    order = np.argsort(index, kind="stable")
    values, starts = np.unique(index[order], return_index=True)
    ends = [*starts[1:], len(order)]
    table = table.take(pa.array(order))
    for value, start, end in zip(values, starts, ends, strict=True):
        yield int(value), table.slice(start, end - start)


def first_of_runs(column: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """True where a sorted column's value differs from the previous row's (compared by
    Arrow: no Python object per value)."""
    first = np.ones(len(column), dtype=bool)
    if len(column) > 1:
        changed = pc.not_equal(column[1:], column[:-1])
        first[1:] = np.asarray(pc.fill_null(changed, True).to_numpy(zero_copy_only=False))
    return first


def carried_names(values: Iterable[str]) -> list[str]:
    """The sorted output column names from `carried` values of kept rows."""
    return sorted({n for v in values if v for n in v.split(NAMES_SEP)})


# Tables of pairs between the matching, the balancing and the part writers wait in files
# (see the README's "How the job moves data"): only their names travel through Beam.
FILE_ROWS = 8_192  # rows per record batch in such a file: a part writer reads only its batches


def write_file(path: str, table: pa.Table) -> list[tuple[int, int]]:
    """Write a table sorted by `key` as an Arrow IPC file, atomically, in record batches of
    FILE_ROWS rows; the first and last uid prefix (`uid_prefix`) of each batch. A local
    file is written in place under a temporary name (no copy of it in memory)."""
    if is_local(path):
        with atomic_path(path) as tmp, pa.OSFile(tmp, "wb") as sink:
            return _write_batches(sink, table, LOCAL_FILE_OPTIONS)
    sink = pa.BufferOutputStream()
    spans = _write_batches(sink, table, IPC_OPTIONS)
    write_atomic(path, sink.getvalue().to_pybytes())
    return spans


def _write_batches(
    sink: pa.NativeFile, table: pa.Table, options: pa.ipc.IpcWriteOptions
) -> list[tuple[int, int]]:
    spans = []
    with pa.ipc.new_file(sink, table.schema, options=options) as writer:
        for batch in table.combine_chunks().to_batches(max_chunksize=FILE_ROWS):
            writer.write_batch(batch)
            prefix = uid_prefix(batch)
            spans.append((int(prefix[0]), int(prefix[-1])))
    return spans


def read_file(path: str, indices: Iterable[int] | None = None) -> pa.Table:
    """The record batches `indices` (all when None) of a file of `write_file`."""
    if is_local(path):
        reader = pa.ipc.open_file(pa.memory_map(path))
    else:
        with FileSystems.open(path) as f:
            reader = pa.ipc.open_file(pa.py_buffer(f.read()))
    if indices is None:
        return reader.read_all()
    return read_batches(reader, indices)


def read_batches(reader: pa.ipc.RecordBatchFileReader, indices: Iterable[int]) -> pa.Table:
    """The record batches `indices` of an open IPC file, as one table."""
    return pa.Table.from_batches([reader.get_batch(i) for i in indices], reader.schema)


# Clean tables on their way to the deduplication wait in local files when the work folder
# is on this machine (the shuffle then carries their names): one file per table a worker
# gathered (`curate.SPLIT_BYTES`), one record batch per uid range, uncompressed, so that
# reading a range's batch is a plain read (~7 us against ~60 with lz4; not memory-mapped,
# as mapped pages would count in the worker's RSS) and the file is written at memory speed
# (measured in docs/curate.md). Each range reads one batch of every file, so open files
# are kept for reuse.
Piece = bytes | tuple[str, int]  # a table as IPC bytes, or record batch i of a local file
WANTED_FILES = 16_384  # the descriptor limit a worker asks for


def open_files_limit() -> int:
    """Files a worker keeps open for reading pieces: a quarter of its descriptor limit (the
    rest for sockets and other files), 16 to 4,096. The soft limit is raised first as far
    as the hard one allows, up to WANTED_FILES (many systems start processes at 1,024)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    unlimited = resource.RLIM_INFINITY
    wanted = WANTED_FILES if hard == unlimited else min(hard, WANTED_FILES)
    if soft != unlimited and soft < wanted:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
    return max(16, min(4096, (WANTED_FILES if soft == unlimited else soft) // 4))


def write_pieces(path: str, tables: list[pa.Table]) -> list[tuple[str, int]]:
    """Write each table (of one schema) as one record batch of a local Arrow IPC file,
    atomically; the (path, batch index) of each."""
    schema = tables[0].schema
    with (
        atomic_path(path) as tmp,
        pa.OSFile(tmp, "wb") as sink,
        pa.ipc.new_file(sink, schema) as writer,
    ):
        for table in tables:
            columns = [column.combine_chunks() for column in table.columns]
            writer.write_batch(pa.RecordBatch.from_arrays(columns, schema=schema))
    return [(path, i) for i in range(len(tables))]


class Pieces:
    """Reads the tables of pieces; keeps up to `limit` local files open between reads (the
    least recently read closed first)."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit = limit or open_files_limit()
        self.open: OrderedDict[str, pa.ipc.RecordBatchFileReader] = OrderedDict()

    def read(self, pieces: Iterable[Piece]) -> Iterator[pa.Table]:
        """IPC bytes decoded, then the record batches named, one file at a time."""
        refs = []
        for piece in pieces:
            if isinstance(piece, bytes):
                yield from_ipc(piece)
            else:
                refs.append(piece)
        for path, group in groupby(sorted(refs), key=itemgetter(0)):
            yield read_batches(self.reader(path), [i for _, i in group])

    def reader(self, path: str) -> pa.ipc.RecordBatchFileReader:
        reader = self.open.pop(path, None) or pa.ipc.open_file(pa.OSFile(path))
        self.open[path] = reader  # the most recently used last
        if len(self.open) > self.limit:
            self.open.popitem(last=False)
        return reader

    def close(self) -> None:
        self.open.clear()
