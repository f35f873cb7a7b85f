"""Crawled pairs of one input file as Arrow tables, with the records skipped by reason.

A raw table has `url`, `text`, `base` (the page URL relative image URLs resolve against,
WAT only), `source`, `source_row` (the record's position in a table, or its WAT record's
offset), `carried` and `carried:NAME` columns (see `pipeline.batches`).
Parquet columns are checked with vectorised Arrow compute; CSV, JSONL and WAT records go
through the row readers of `pipeline.readers`, which keep every reading rule.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.batches import CARRIED, NAMES_SEP
from pipeline.readers import (
    MAX_RAW_TEXT_CHARS,
    RawPair,
    WatColumns,
    check_columns,
    make_pair,
    parquet_file,
    read_table,
    read_wat_images,
    table_format,
)

# Output columns; a carried input column with one of these names is renamed `input_NAME`.
FIXED_COLUMNS = ("uid", "url", "text", "query_ids", "source")
STRING_TYPES = (pa.string(), pa.large_string())
Batch = tuple[pa.Table, Counter]  # raw pairs, and records skipped by reason


def output_name(column: str) -> str:
    return f"input_{column}" if column in FIXED_COLUMNS else str(column)


def as_text(value: Any) -> str | None:
    """A carried value as the string it is written as."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return json.dumps(value, default=str) if isinstance(value, list | dict) else str(value)


def raw_batches(
    kind: str, path: str, url_col: str, text_col: str, rows: int, max_bytes: int
) -> Iterator[Batch]:
    """Tables of at most `rows` raw pairs from one file ("table" or "wat"); WAT records and
    table lines over `max_bytes` are skipped."""
    if kind == "table" and table_format(path) == "parquet":
        yield from _parquet_batches(path, url_col, text_col, rows)
        return
    if kind == "wat":
        for images, skipped in read_wat_images(path, rows, max_bytes):
            yield wat_table(images, path), skipped
        return
    records = read_table(path, url_col, text_col, max_bytes)
    pairs: list[RawPair] = []
    skipped: Counter = Counter()
    for record in records:
        if isinstance(record, str):
            skipped[record] += 1
            continue
        pairs.append(record)
        if len(pairs) == rows:
            yield rows_table(pairs, path), skipped
            pairs, skipped = [], Counter()
    if pairs or skipped:
        yield rows_table(pairs, path), skipped


def wat_table(images: WatColumns, source: str) -> pa.Table:
    """A raw table from WAT images; `page_url` and `title` are carried."""
    n = len(images.url)
    return pa.table(
        {
            "url": pa.array(images.url, pa.string()),
            "text": pa.array(images.text, pa.string()),
            "base": pa.array(images.base, pa.string()),
            "source": pa.repeat(pa.scalar(source, pa.string()), n),
            "source_row": pa.array(images.offset, pa.int64()),
            "carried": pa.repeat(pa.scalar(f"page_url{NAMES_SEP}title", pa.string()), n),
            f"{CARRIED}page_url": pa.array(images.page_url, pa.string()),
            f"{CARRIED}title": pa.array(images.title, pa.string()),
        }
    )


def rows_table(pairs: list[RawPair], source: str) -> pa.Table:
    """A raw table from row-read pairs; each row names its own carried columns."""
    extras = [{output_name(k): as_text(v) for k, v in p.extra.items()} for p in pairs]
    names = sorted({k for e in extras for k in e})
    columns = {
        "url": pa.array([p.url for p in pairs], pa.string()),
        "text": pa.array([p.text for p in pairs], pa.string()),
        "base": pa.array([p.base for p in pairs], pa.string()),
        "source": pa.array([source] * len(pairs), pa.string()),
        "source_row": pa.array([p.row for p in pairs], pa.int64()),
        "carried": pa.array([NAMES_SEP.join(sorted(e)) for e in extras], pa.string()),
    }
    for name in names:
        columns[CARRIED + name] = pa.array([e.get(name) for e in extras], pa.string())
    return pa.table(columns)


def _parquet_batches(path: str, url_col: str, text_col: str, rows: int) -> Iterator[Batch]:
    try:
        with parquet_file(path) as parquet:
            check_columns(path, parquet.schema_arrow.names, url_col, text_col)
            offset = 0
            for batch in parquet.iter_batches(batch_size=rows):
                batch.validate(full=True)  # invalid UTF-8 fails the file, as a row read does
                table = pa.Table.from_batches([batch])
                yield _parquet_table(table, path, url_col, text_col, offset)
                offset += batch.num_rows
    except (OSError, ValueError, pa.ArrowInvalid) as err:
        raise ValueError(f"{path}: unreadable parquet file ({err})") from err


def _parquet_table(table: pa.Table, source: str, url_col: str, text_col: str, offset: int) -> Batch:
    url, text = table.column(url_col), table.column(text_col)
    if url.type not in STRING_TYPES or text.type not in STRING_TYPES:
        return _slow_rows(table.to_pylist(), source, url_col, text_col, offset)
    url, text = url.cast(pa.string()), text.cast(pa.string())
    missing_url = pc.fill_null(pc.equal(url, ""), True)
    missing_text = pc.and_not(pc.fill_null(pc.equal(text, ""), True), missing_url)
    too_long = pc.fill_null(pc.greater(pc.utf8_length(text), MAX_RAW_TEXT_CHARS), False)
    too_long = pc.and_not(too_long, pc.or_(missing_url, missing_text))
    skipped = Counter(
        {
            reason: pc.sum(mask).as_py() or 0
            for reason, mask in (
                ("missing_url", missing_url),
                ("missing_text", missing_text),
                ("text_too_long", too_long),
            )
        }
    )
    keep = pc.invert(pc.or_(pc.or_(missing_url, missing_text), too_long))
    others = [c for c in table.column_names if c not in (url_col, text_col)]
    names = {c: output_name(c) for c in others}
    columns = {
        "url": url,
        "text": text,
        "base": pa.nulls(table.num_rows, pa.string()),
        "source": pa.array([source] * table.num_rows, pa.string()),
        "source_row": pa.array(range(offset, offset + table.num_rows), pa.int64()),
        "carried": pa.array([NAMES_SEP.join(sorted(names.values()))] * table.num_rows),
    }
    for column in others:  # later input columns win a renaming clash, as a row dict does
        columns[CARRIED + names[column]] = _as_text_column(table.column(column))
    return pa.table(columns).filter(keep), +skipped


def _as_text_column(column: pa.ChunkedArray) -> pa.ChunkedArray | pa.Array:
    if column.type in STRING_TYPES:
        return column.cast(pa.string())
    return pa.array([as_text(v) for v in column.to_pylist()], pa.string())


def _slow_rows(
    rows: Iterable[dict], source: str, url_col: str, text_col: str, offset: int
) -> Batch:
    pairs, skipped = [], Counter()
    for position, row in enumerate(rows, offset):
        pair = make_pair(row, url_col, text_col, source)
        if isinstance(pair, str):
            skipped[pair] += 1
        else:
            pairs.append(pair._replace(row=position))
    return rows_table(pairs, source), skipped
