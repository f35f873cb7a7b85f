"""Provenance from a WAT record to a tar member and back: each downloaded sample's .json
names the input and the record it came from, the run and the coin that kept it; reading
the WAT file at that offset gives the record; `openwit curate --explain` tells the story
of a kept pair and of a balanced-out one."""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import zlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from pipeline_fixtures import (
    image_server,
    sample_jsons,
    warc_record,
    wat_page,
    write_parquet,
    write_queries,
)

from openwit.cli import main

T = 15
SEED = 3


def draw(uid: str) -> float:
    """MetaCLIP's coin, made deterministic: a 64-bit hash of the seed and the uid."""
    h = hashlib.blake2b(f"{SEED}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes(h, "big") / 2.0**64


def uid_of(url: str) -> str:
    return hashlib.blake2b(url.encode(), digest_size=16).hexdigest()


@pytest.mark.slow
def test_a_sample_leads_back_to_its_wat_record_and_explain_tells_its_story(tmp_path, capsys):
    write_queries(tmp_path / "Q", ["cat", "dog"])
    with image_server() as server:
        records = []
        for page in range(40):
            links = [
                {"path": "IMG@/src", "url": f"/img/{page * 3 + k}.jpg", "alt": f"a cat {k}"}
                for k in range(3)
            ]
            records.append(warc_record(wat_page(f"{server.base}/page{page}.html", links)))
        wat = tmp_path / "crawl" / "c.warc.wat.gz"
        wat.parent.mkdir()
        members = [gzip.compress(r) for r in records]  # one member per record, as CC writes
        wat.write_bytes(b"".join(members))
        rows = [
            {"url": f"{server.base}/img/{500 + i}.jpg", "text": f"a dog {i}"} for i in range(60)
        ]
        table = write_parquet(tmp_path / "crawl" / "t.parquet", rows)
        curated, shards = tmp_path / "CURATED", tmp_path / "SHARDS"
        args = [
            "curate",
            "--wat",
            str(wat),
            "--pairs",
            str(table),
            "--queries",
            str(tmp_path / "Q"),
        ]
        args += ["--max-per-query", str(T), "--seed", str(SEED), "--allow-loopback"]
        assert main([*args, "--direct_num_workers", "1", "--out", str(curated)]) == 0
        download = ["--processes", "1", "--threads", "8", "--image-size", "32", "--allow-loopback"]
        assert main(["download", str(curated), "--out", str(shards), *download]) == 0

    manifest = json.loads((curated / "manifest.json").read_text())
    for f in manifest["inputs"]:  # sizes and sha256 of each input, checked by hashlib here
        data = Path(f["path"]).read_bytes()
        assert (f["bytes"], f["sha256"]) == (len(data), hashlib.sha256(data).hexdigest())
    counts = dict(
        zip(
            *pq.read_table(curated / "query_counts.parquet", columns=["id", "matched"])
            .to_pydict()
            .values(),
            strict=True,
        )
    )
    got = sample_jsons(shards)
    assert got and {s["curate_run"] for s in got} == {manifest["id"]}
    for s in got:
        miss = math.prod(1 - T / max(counts[i], T) for i in s["query_ids"])
        assert s["keep_probability"] == pytest.approx(1 - miss)
        assert s["draw"] == pytest.approx(draw(s["uid"])) and s["draw"] < s["keep_probability"]

    from_wat = [s for s in got if s["source"] == str(wat)]
    from_table = [s for s in got if s["source"] == str(table)]
    assert from_wat and from_table
    offsets = [sum(map(len, members[:i])) for i in range(len(members))]
    raw = wat.read_bytes()
    for s in from_wat:  # the offset is the record's gzip member: decode it alone
        assert s["source_row"] in offsets
        record = zlib.decompressobj(wbits=31).decompress(raw[s["source_row"] :])
        page = json.loads(record.split(b"\r\n\r\n", 1)[1].rsplit(b"\r\n\r\n", 1)[0])
        links = page["Envelope"]["Payload-Metadata"]["HTTP-Response-Metadata"]["HTML-Metadata"]
        assert s["url"].removeprefix(server.base) in [x["url"] for x in links["Links"]]
        assert s["page_url"] == page["Envelope"]["WARC-Header-Metadata"]["WARC-Target-URI"]
    for s in from_table:
        assert rows[s["source_row"]]["url"] == s["url"]

    kept = from_wat[0]
    capsys.readouterr()
    assert main(["curate", "--explain", kept["uid"], "--out", str(curated)]) == 0
    story = capsys.readouterr().out
    assert f"pair {kept['uid']}: KEPT by curate run {manifest['id']}" in story
    assert f"read from {wat}, record at byte {kept['source_row']}" in story
    assert f"draw {draw(kept['uid']):.6f}" in story

    kept_uids = {s["uid"] for s in got}
    urls = [f"{server.base}/img/{500 + i}.jpg" for i in range(60)]  # 60 dogs, T = 15
    dropped = next(u for u in urls if uid_of(u) not in kept_uids)
    assert main(["curate", "--explain", uid_of(dropped), "--out", str(curated)]) == 0
    story = capsys.readouterr().out
    p = T / counts[1]
    assert f"NOT KEPT by curate run {manifest['id']}" in story and "balanced out" in story
    assert f"keep probability {p:.6f}" in story and draw(uid_of(dropped)) >= p
    assert f"read from {table}, record {urls.index(dropped)}" in story
