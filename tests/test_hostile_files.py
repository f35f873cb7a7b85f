"""Crawl files cut short, or holding huge records: every record before a cut, and on either
side of a huge one, is kept; the cut and the skip are counted; memory stays bounded.

Expected counts come from the test's own reference: zlib (not the code under test) decodes
the cut bytes, and the records wholly inside what it decodes are the ones to keep."""

from __future__ import annotations

import gzip
import json
import tracemalloc
import zlib
from pathlib import Path

import pytest
from pipeline_fixtures import warc_record, wat_page

from pipeline.readers import read_table, read_wat_images

N = 400


def image_record(i: int) -> bytes:
    links = [{"path": "IMG@/src", "url": f"http://e.org/{i}.jpg", "alt": f"photo {i}"}]
    return warc_record(wat_page(f"http://e.org/page{i}.html", links))


def decodable_prefix(compressed: bytes) -> bytes:
    """What a gzip decoder can recover from `compressed`, every member, by zlib alone."""
    out, rest = b"", compressed
    while rest:
        member = zlib.decompressobj(wbits=31)
        try:
            out += member.decompress(rest)
        except zlib.error:
            break
        if not member.eof:
            break
        rest = member.unused_data
    return out


def whole_records(prefix: bytes, records: list[bytes]) -> int:
    """How many of `records`, laid end to end, lie wholly inside `prefix`."""
    end = n = 0
    for record in records:
        end += len(record)
        if end > len(prefix):
            break
        n += 1
    return n


def wat_urls(path: Path, **kwargs) -> tuple[list[str], list[str]]:
    got = list(read_wat_images(str(path), rows=10, **kwargs))
    return [url for images, _ in got for url in images.url], [
        r for _, skipped in got for r in skipped.elements()
    ]


@pytest.mark.parametrize("cut_at", [0.5, 0.83])
def test_a_cut_wat_keeps_every_record_before_the_cut_and_counts_the_cut(tmp_path, cut_at):
    records = [image_record(i) for i in range(N)]
    members = [gzip.compress(r) for r in records]  # one gzip member per record, as CC writes
    whole = b"".join(members)
    cut = whole[: int(len(whole) * cut_at) + 3]
    (tmp_path / "cut.warc.wat.gz").write_bytes(cut)
    kept = whole_records(decodable_prefix(cut), records)
    assert 0 < kept < N

    urls, reasons = wat_urls(tmp_path / "cut.warc.wat.gz")
    assert urls == [f"http://e.org/{i}.jpg" for i in range(kept)]
    assert reasons.count("truncated_file") == 1
    assert set(reasons) <= {"truncated_file", "wat_truncated_record"}


def test_a_cut_single_member_wat_keeps_what_decodes(tmp_path):
    records = [image_record(i) for i in range(N)]
    whole = gzip.compress(b"".join(records))
    cut = whole[: len(whole) // 2]
    (tmp_path / "one.warc.wat.gz").write_bytes(cut)
    kept = whole_records(decodable_prefix(cut), records)
    assert 0 < kept < N

    urls, reasons = wat_urls(tmp_path / "one.warc.wat.gz")
    assert urls == [f"http://e.org/{i}.jpg" for i in range(kept)]
    assert reasons.count("truncated_file") == 1


def test_a_whole_wat_counts_no_cut(tmp_path):
    path = tmp_path / "whole.warc.wat.gz"
    path.write_bytes(b"".join(gzip.compress(image_record(i)) for i in range(N)))
    urls, reasons = wat_urls(path)
    assert len(urls) == N and reasons == []


def test_wat_records_over_the_limit_are_skipped_unread_and_their_neighbours_kept(tmp_path):
    huge = warc_record(b"{" + b" " * 3_000_000 + b"}")  # 3 MB of JSON whitespace
    lying = warc_record(b"{}", length=10**15)  # declares a petabyte, at the end of the file
    records = [image_record(0), huge, image_record(1), lying]
    path = tmp_path / "big.warc.wat.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in records))
    tracemalloc.start()
    urls, reasons = wat_urls(path, max_bytes=1 << 20)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert urls == ["http://e.org/0.jpg", "http://e.org/1.jpg"]
    assert reasons == ["record_too_long", "record_too_long"]
    assert peak < 2_000_000  # the 3 MB record never sat in memory

    urls, reasons = wat_urls(path, max_bytes=4 << 20)  # under a higher limit it is read
    assert urls == ["http://e.org/0.jpg", "http://e.org/1.jpg"]
    assert reasons == ["wat_bad_json", "record_too_long"]  # read, not an envelope; the petabyte


def jsonl_lines(n: int) -> list[bytes]:
    return [
        json.dumps({"url": f"http://t.org/{i}.jpg", "text": f"a cat {i}"}).encode() + b"\n"
        for i in range(n)
    ]


def table_rows(path: Path, **kwargs) -> tuple[list[str], list[str]]:
    got = list(read_table(str(path), "url", "text", **kwargs))
    return [p.url for p in got if not isinstance(p, str)], [p for p in got if isinstance(p, str)]


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_a_cut_table_keeps_every_whole_line_before_the_cut(tmp_path, kind):
    if kind == "jsonl":
        header, lines = [], jsonl_lines(3000)
    else:
        header = [b"url,text\n"]
        lines = [f"http://t.org/{i}.jpg,a cat {i}\n".encode() for i in range(3000)]
    whole = gzip.compress(b"".join(header + lines))
    cut = whole[: len(whole) * 2 // 3]
    path = tmp_path / f"cut.{kind}.gz"
    path.write_bytes(cut)
    kept = whole_records(decodable_prefix(cut), header + lines) - len(header)
    assert 0 < kept < 3000

    urls, reasons = table_rows(path)
    assert urls == [f"http://t.org/{i}.jpg" for i in range(kept)]
    assert reasons == ["truncated_file"]  # the cut line is part of the cut, not a bad row


def test_a_table_cut_inside_its_header_has_no_rows_and_counts_the_cut(tmp_path):
    (tmp_path / "cut.csv.gz").write_bytes(gzip.compress(b"url,text\n" * 1000)[:12])
    assert table_rows(tmp_path / "cut.csv.gz") == ([], ["truncated_file"])


def test_a_corrupt_gzip_keeps_what_decodes_before_the_damage(tmp_path):
    lines = jsonl_lines(2000)
    members = [gzip.compress(b"".join(lines[:1000])), gzip.compress(b"".join(lines[1000:]))]
    damaged = bytearray(members[1])
    damaged[10:30] = b"\xff" * 20  # the second member's deflate data
    (tmp_path / "bad.jsonl.gz").write_bytes(members[0] + bytes(damaged))
    urls, reasons = table_rows(tmp_path / "bad.jsonl.gz")
    assert urls == [f"http://t.org/{i}.jpg" for i in range(1000)]
    assert reasons == ["corrupt_compression"]


def test_a_huge_line_is_skipped_in_bounded_memory_and_its_neighbours_kept(tmp_path):
    lines = jsonl_lines(4)
    huge = json.dumps({"url": "http://t.org/huge.jpg", "text": "x" * 40_000_000}).encode()
    path = tmp_path / "huge.jsonl.gz"
    path.write_bytes(gzip.compress(b"".join([lines[0], lines[1], huge + b"\n", *lines[2:]]), 1))
    tracemalloc.start()
    urls, reasons = table_rows(path, max_bytes=1 << 20)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert urls == [f"http://t.org/{i}.jpg" for i in range(4)]
    assert reasons == ["record_too_long"]
    assert peak < 8_000_000  # a 40 MB line, read in 1 MB pieces


def test_a_huge_csv_line_is_skipped_alone(tmp_path):
    body = 'url,text\nhttp://t.org/0.jpg,a\nhttp://t.org/big.jpg,"' + "y" * 5000 + '"\n'
    body += "http://t.org/1.jpg,b\n"
    (tmp_path / "t.csv").write_text(body)
    urls, reasons = table_rows(tmp_path / "t.csv", max_bytes=1000)
    assert urls == ["http://t.org/0.jpg", "http://t.org/1.jpg"]
    assert reasons == ["record_too_long"]


def test_curate_keeps_what_precedes_each_cut_and_counts_it(tmp_path):
    from pipeline_fixtures import write_queries

    from pipeline.curate import CurateConfig, run

    records = [image_record(i) for i in range(N)]
    wat = b"".join(gzip.compress(r) for r in records)
    wat = wat[: len(wat) // 2]
    lines = jsonl_lines(1000)
    huge = json.dumps({"url": "http://t.org/huge.jpg", "text": "cat " * 600_000}).encode()
    table = gzip.compress(b"".join([*lines[:10], huge + b"\n", *lines[10:]]))
    table = table[: len(table) * 3 // 4]
    (tmp_path / "c.warc.wat.gz").write_bytes(wat)
    (tmp_path / "p.jsonl.gz").write_bytes(table)
    from_wat = whole_records(decodable_prefix(wat), records)
    from_table = whole_records(decodable_prefix(table), [*lines[:10], huge + b"\n", *lines[10:]])
    write_queries(tmp_path / "Q", ["photo", "cat"])

    c = CurateConfig(
        tables=[str(tmp_path / "p.jsonl.gz")],
        wats=[str(tmp_path / "c.warc.wat.gz")],
        queries=str(tmp_path / "Q"),
        out=str(tmp_path / "out"),
        max_record_bytes=1 << 20,
    )
    stats, _ = run(c, ["--direct_num_workers=1"])
    skipped = stats["skipped_reading"]
    assert skipped["truncated_file"] == 2 and skipped["record_too_long"] == 1
    assert set(skipped) <= {"truncated_file", "record_too_long", "wat_truncated_record"}
    assert stats["pairs_read"] == from_wat + from_table - 1  # the huge line is not a pair
    assert stats["kept"] == stats["pairs_read"]  # every pair read matches, none over the cap
    assert stats["queries_matched"] == 2
