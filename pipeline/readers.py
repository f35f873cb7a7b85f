"""Readers for crawled pairs: URL+text tables and Common Crawl WAT files.

Each reader yields `RawPair`s, or a reason string for a record it skips; whole files
that cannot be read raise ValueError naming the file. Files are opened through Beam's
file systems, so `gs://` paths work; `.gz` is decompressed by extension.
"""

from __future__ import annotations

import contextlib
import csv
import json
from collections import Counter
from collections.abc import Iterator
from typing import Any, BinaryIO, NamedTuple
from urllib.parse import urljoin

import orjson
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from fastwarc.warc import ArchiveIterator, WarcRecordType

from pipeline.config import MAX_RECORD_BYTES
from pipeline.streams import TOO_LONG, Gunzip, bounded_lines, gzip_complete, open_stream

TABLE_FORMATS = ("parquet", "csv", "tsv", "jsonl", "json")
# Longer raw texts are dropped before normalisation (a 1 MB caption is not a caption).
MAX_RAW_TEXT_CHARS = 100_000


class RawPair(NamedTuple):
    url: str
    text: str
    base: str | None  # the page URL relative image URLs resolve against (WAT only)
    source: str
    extra: dict[str, Any]
    row: int = 0  # the record's position among the file's records (provenance)


Read = RawPair | str  # a pair, or the reason a record was skipped


def table_format(path: str) -> str:
    """The table format of a path from its extension (`.gz` allowed), or ValueError."""
    name = path.lower().removesuffix(".gz")
    for fmt in TABLE_FORMATS:
        if name.endswith("." + fmt):
            return "jsonl" if fmt == "json" else fmt
    raise ValueError(f"{path}: unknown table format (expected one of {', '.join(TABLE_FORMATS)})")


def _is_utf8(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def make_pair(row: dict[str, Any], url_col: str, text_col: str, source: str) -> Read:
    """A RawPair from one table row; other columns are carried as `extra`."""
    url, text = row.get(url_col), row.get(text_col)
    if url is None or url == "":
        return "missing_url"
    if text is None or text == "":
        return "missing_text"
    try:
        url = url.decode("utf-8") if isinstance(url, bytes) else str(url)
        text = text.decode("utf-8") if isinstance(text, bytes) else str(text)
    except UnicodeDecodeError:
        return "non_utf8"
    if not (_is_utf8(url) and _is_utf8(text)):
        return "non_utf8"
    if len(text) > MAX_RAW_TEXT_CHARS:
        return "text_too_long"
    extra = {k: v for k, v in row.items() if k not in (url_col, text_col)}
    return RawPair(url, text, None, source, extra)


def check_columns(path: str, columns: list[str], url_col: str, text_col: str) -> None:
    missing = [c for c in (url_col, text_col) if c not in columns]
    if missing:
        raise ValueError(
            f"{path}: no column {missing[0]!r} (columns: {', '.join(map(str, columns))}); "
            "set --url-col/--text-col"
        )


@contextlib.contextmanager
def parquet_file(path: str) -> Iterator[Any]:
    """A pyarrow ParquetFile opened through Beam's file systems."""
    import pyarrow.parquet as pq

    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
        yield pq.ParquetFile(f)


def _rows_parquet(path: str, url_col: str, text_col: str) -> Iterator[dict[str, Any]]:
    try:
        with parquet_file(path) as parquet:
            check_columns(path, parquet.schema_arrow.names, url_col, text_col)
            for batch in parquet.iter_batches(batch_size=8192):
                yield from batch.to_pylist()
    except (OSError, ValueError) as err:
        raise ValueError(f"{path}: unreadable parquet file ({err})") from err


def _lines(path: str, max_bytes: int, skipped: Counter) -> Iterator[str]:
    """The lines of a (maybe gzipped) file, each at most `max_bytes`; a cut or corrupt gzip
    ends them, counted in `skipped`. surrogateescape keeps undecodable bytes visible, so
    each bad row is skipped alone."""
    stream, gunzip = open_stream(path)
    with stream:
        for line in bounded_lines(stream, max_bytes, skipped, gunzip):
            yield line.decode("utf-8", "surrogateescape")
    if gunzip and gunzip.cut:
        skipped[gunzip.cut] += 1


def _rows_delimited(
    path: str, delimiter: str, url_col: str, text_col: str, max_bytes: int
) -> Iterator[Any]:
    skipped: Counter = Counter()
    csv.field_size_limit(max_bytes)  # a quoted field over many lines is bounded too
    reader = csv.reader(_lines(path, max_bytes, skipped), delimiter=delimiter)
    header = next(reader, None)
    if header is not None:
        check_columns(path, header, url_col, text_col)
        yield from _delimited_rows(reader, header)
    yield from skipped.elements()


def _delimited_rows(reader: Iterator[list[str]], header: list[str]) -> Iterator[Any]:
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as err:  # the reader goes on at the next line
            yield TOO_LONG if "field limit" in str(err) else "bad_row"
            continue
        if len(fields) != len(header):
            yield "bad_row"
            continue
        yield dict(zip(header, fields, strict=True))


def _rows_jsonl(path: str, max_bytes: int) -> Iterator[Any]:
    skipped: Counter = Counter()
    for line in _lines(path, max_bytes, skipped):
        if not line.strip():
            continue
        if not _is_utf8(line):
            yield "non_utf8"
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            yield "bad_json_line"
            continue
        yield row if isinstance(row, dict) else "bad_json_line"
    yield from skipped.elements()


def read_table(
    path: str, url_col: str, text_col: str, max_bytes: int = MAX_RECORD_BYTES
) -> Iterator[Read]:
    """Pairs from a parquet, CSV, TSV or JSONL table (each optionally gzipped); lines over
    `max_bytes`, and the rest of a cut gzip, are skipped and counted."""
    fmt = table_format(path)
    if fmt == "parquet":
        rows: Iterator[Any] = _rows_parquet(path, url_col, text_col)
    elif fmt == "jsonl":
        rows = _rows_jsonl(path, max_bytes)
    else:
        rows = _rows_delimited(path, "," if fmt == "csv" else "\t", url_col, text_col, max_bytes)
    try:
        for position, row in enumerate(rows):
            pair = row if isinstance(row, str) else make_pair(row, url_col, text_col, path)
            yield pair if isinstance(pair, str) else pair._replace(row=position)
    except (OSError, UnicodeError) as err:
        raise ValueError(f"{path}: unreadable table ({err})") from err


def check_table(path: str, url_col: str, text_col: str, max_bytes: int = MAX_RECORD_BYTES) -> None:
    """Open a table and read its first row: an unknown format, a corrupt file or a missing
    column raises ValueError naming the file."""
    rows = read_table(path, url_col, text_col, max_bytes)
    next(rows, None)
    rows.close()


class WatColumns(NamedTuple):
    """Images of WAT pages, as columns: URL and text, the URL relative ones resolve against
    (the page URL or its <base>), the page URL, the title, and where the page's record
    starts in the file, as FastWARC reports it."""

    url: list[str]
    text: list[str]
    base: list[str]
    page_url: list[str]
    title: list[str | None]
    offset: list[int]


IMG_SRC = "IMG@/src"


def wat_columns() -> WatColumns:
    return WatColumns([], [], [], [], [], [])


def wat_images(payload: bytes, offset: int, out: WatColumns) -> list[str]:
    """Append the images of one WAT metadata record starting at `offset` to `out`; return
    the reasons others are skipped."""
    try:
        envelope = orjson.loads(payload)["Envelope"]
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return ["wat_bad_json"]
    try:
        page = envelope["WARC-Header-Metadata"].get("WARC-Target-URI")
        html = envelope["Payload-Metadata"]["HTTP-Response-Metadata"]["HTML-Metadata"]
    except (KeyError, TypeError, AttributeError):
        return []  # not an HTML response: no images
    links = html.get("Links") if isinstance(html, dict) else None
    if not isinstance(links, list) or not isinstance(page, str):
        return []
    head = html.get("Head")
    base = head.get("Base") if isinstance(head, dict) else None
    base = urljoin_safe(page, base) if isinstance(base, str) and base else page
    urls, texts, bases, pages, titles, offsets = out
    skipped: list[str] = []
    # most links are anchors, picked out in one comprehension; orjson makes exact dicts and
    # strs, and `s and not s.isspace()` is `s.strip()` without the copy
    for link in [k for k in links if type(k) is dict and k.get("path") == IMG_SRC]:
        url, alt, title = link.get("url"), link.get("alt"), link.get("title")
        if type(url) is not str or not url or url.isspace():
            skipped.append("missing_url")
            continue
        text = alt if type(alt) is str and alt and not alt.isspace() else title
        if type(text) is not str or not text or text.isspace():
            skipped.append("missing_text")
        elif len(text) > MAX_RAW_TEXT_CHARS:
            skipped.append("text_too_long")
        else:
            urls.append(url)
            texts.append(text)
            bases.append(base)
            pages.append(page)
            titles.append(title if type(title) is str else None)
            offsets.append(offset)
    return skipped


def urljoin_safe(page: str, base: str) -> str:
    try:
        return urljoin(page, base)
    except ValueError:
        return page


def wat_payloads(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | str]]:
    """(offset, payload) of each metadata record of a WAT stream, by FastWARC; a reason
    instead of the payload for a truncated record or one over `max_bytes` (FastWARC reads
    past its body without keeping it). FastWARC resynchronises on the next record header
    past bytes between records (its quirks mode), so such junk costs no valid record."""
    records = ArchiveIterator(
        stream,
        record_types=WarcRecordType.metadata,
        parse_http=False,
        quirks_mode=True,
        fsspec_args=False,
    )
    for record in records:
        if record.content_length > max_bytes:
            yield record.stream_pos, TOO_LONG
            continue
        payload = record.reader.read()
        if len(payload) < record.content_length:
            yield record.stream_pos, "wat_truncated_record"
        else:
            yield record.stream_pos, payload


def read_wat_images(
    path: str, rows: int, max_bytes: int = MAX_RECORD_BYTES
) -> Iterator[tuple[WatColumns, Counter]]:
    """The images of a WAT file's metadata records (`IMG@/src` with its alt, else title,
    one per entry), about `rows` at a time, with the records and images skipped by reason;
    a cut gzip's cut is counted in the last. Columns, not a tuple per image: thousands of
    live tuples would make Python's garbage collector walk them again and again."""
    images, skipped = wat_columns(), Counter()
    try:
        with contextlib.ExitStack() as stack:
            source, gunzip = _wat_source(path, stack)
            for offset, payload in wat_payloads(source, max_bytes):
                if isinstance(payload, str):
                    skipped[payload] += 1
                    continue
                reasons = wat_images(payload, offset, images)
                if reasons:
                    skipped.update(reasons)
                if len(images.url) >= rows:
                    yield images, skipped
                    images, skipped = wat_columns(), Counter()
        if gunzip and gunzip.cut:
            skipped[gunzip.cut] += 1
    except (EOFError, OSError) as err:
        raise ValueError(f"{path}: unreadable WAT file ({err})") from err
    if images.url or skipped:
        yield images, skipped


def _wat_source(path: str, stack: contextlib.ExitStack) -> tuple[str | BinaryIO, Gunzip | None]:
    """What FastWARC reads: a whole local file by itself (fastest); a gzip file whose end is
    cut or odd through `Gunzip`, which keeps every record before the cut; others through
    Beam's file systems."""
    if path.lower().endswith(".gz") and not gzip_complete(path):
        stream, gunzip = open_stream(path)
        stack.enter_context(stream)
        return gunzip, gunzip
    if "://" not in path:
        return path, None
    stream = FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
    return stack.enter_context(stream), None
