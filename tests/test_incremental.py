"""Incremental re-curation: a crawl that grows in two steps, curated with --previous each
time, equals a from-scratch curation byte for byte; its diff equals set differences taken
here from the parts; `download --only-added` fetches only the added URLs (the 127.0.0.1
server logs each request); `--drop-removed` makes training skip the removed pairs."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import open_clip
import pyarrow.parquet as pq
import pytest
from pipeline_fixtures import image_server, sample_jsons, write_parquet, write_queries

from common.shards import dropped_uids, expand_shards
from openwit.cli import main
from trainer import data

T = 40  # small, so the grown crawl balances out some pairs kept before
STEP = 240  # pairs each crawl step adds


def crawl_step(folder: Path, step: int, base: str) -> Path:
    rows = []
    for i in range(step * STEP, (step + 1) * STEP):
        animal = ("cat", "dog", "cat and a dog")[i % 3]
        rows.append({"url": f"{base}/img/{i}.jpg", "text": f"a photo of a {animal} number {i}"})
    return write_parquet(folder / f"step{step}.parquet", rows)


def curate(tmp_path: Path, steps: int, out: str, previous: str | None = None) -> Path:
    args = ["curate", "--queries", str(tmp_path / "Q"), "--out", str(tmp_path / out)]
    for step in range(steps):
        args += ["--pairs", str(tmp_path / "crawl" / f"step{step}.parquet")]
    args += ["--max-per-query", str(T), "--allow-loopback", "--direct_num_workers", "1"]
    assert main(args + (["--previous", str(tmp_path / previous)] if previous else [])) == 0
    return tmp_path / out


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def rows(folder: Path) -> dict[str, dict]:
    return {
        r["uid"]: r
        for part in sorted(folder.glob("part-*"))
        for r in pq.read_table(part).to_pylist()
    }


def tar_uids(shards: Path) -> list[str]:
    return [sample["uid"] for sample in sample_jsons(shards)]


@pytest.mark.slow
def test_a_crawl_growing_in_two_steps(tmp_path):
    write_queries(tmp_path / "Q", ["cat", "dog"])
    with image_server() as server:
        for step in range(3):
            crawl_step(tmp_path / "crawl", step, server.base)
        first = curate(tmp_path, 1, "c1")
        for steps, previous in ((2, "c1"), (3, "c2")):
            grown = curate(tmp_path, steps, f"c{steps}", previous)
            scratch = curate(tmp_path, steps, f"scratch{steps}")
            assert files(grown) == files(scratch)  # byte for byte, diff/ aside
            old, new = rows(tmp_path / previous), rows(grown)
            added = pq.read_table(grown / "diff" / "added.parquet").to_pylist()
            removed = pq.read_table(grown / "diff" / "removed.parquet").to_pylist()
            assert sorted(r["uid"] for r in added) == sorted(new.keys() - old.keys())
            assert sorted(r["uid"] for r in removed) == sorted(old.keys() - new.keys())
            assert added == [new[r["uid"]] for r in added] and removed == [
                old[r["uid"]] for r in removed
            ]
            assert added and removed  # growth added pairs and balanced out some kept ones
        unchanged = curate(tmp_path, 3, "c3-again", "c3")
        assert json.loads((unchanged / "diff" / "diff.json").read_text())["added"] == 0
        assert pq.read_table(unchanged / "diff" / "removed.parquet").num_rows == 0

        download = ["--processes", "1", "--threads", "8", "--image-size", "32", "--allow-loopback"]
        assert main(["download", str(first), "--out", str(tmp_path / "s1"), *download]) == 0
        server.paths.clear()
        c2 = tmp_path / "c2"
        args = ["download", str(c2), "--only-added", "--out", str(tmp_path / "s2"), *download]
        assert main(args) == 0
        added = pq.read_table(c2 / "diff" / "added.parquet").to_pylist()
        assert sorted(server.paths) == sorted(r["url"].split(server.base)[1] for r in added)
        assert sorted(tar_uids(tmp_path / "s2")) == sorted(r["uid"] for r in added)

    assert main(["download", str(c2), "--drop-removed", "--out", str(tmp_path / "s1")]) == 0
    removed = {r["uid"] for r in pq.read_table(c2 / "diff" / "removed.parquet").to_pylist()}
    assert (tmp_path / "s1" / "dropped_uids.txt").read_text().split() == sorted(removed)
    in_s1 = tar_uids(tmp_path / "s1")
    urls = expand_shards(str(tmp_path / "s1"))
    assert dropped_uids(urls) == removed
    stream = data.ShardStream(
        urls,
        1,
        32,
        open_clip.get_tokenizer("openwit-tiny"),
        shuffle_buffer=1,
        dropped=dropped_uids(urls),
    )
    trained = 0  # samples of the first pass over s1 that training took (batches of one)
    for _, _, info in itertools.islice(stream, len(in_s1) + 1):
        if info[1] > len(in_s1):  # the second pass has begun
            break
        trained += 1
    assert trained == len(in_s1) - len(removed & set(in_s1)) < len(in_s1)


@pytest.mark.parametrize("old_parts, new_parts", [(2, 3), (3, 1), (1, 1), (4, 0)])
def test_the_diff_merges_uid_ranges_of_any_shard_counts(tmp_path, old_parts, new_parts):
    import hashlib
    import random

    import pyarrow as pa

    from pipeline.diff import diff_parts
    from pipeline.write import part_name, shard_of

    def uid(i: int) -> str:
        return hashlib.blake2b(str(i).encode(), digest_size=16).hexdigest()

    def write(folder: Path, ids: set[int], n_parts: int) -> None:
        folder.mkdir()
        for index in range(max(n_parts, 1)):
            mine = sorted(uid(i) for i in ids if n_parts and shard_of(uid(i), n_parts) == index)
            table = pa.table({"uid": pa.array(mine, pa.string()), "n": [len(u) for u in mine]})
            pq.write_table(table, folder / part_name(index, max(n_parts, 1)))

    rng = random.Random(old_parts * 10 + new_parts)
    old = set(rng.sample(range(3000), 1200))
    new = set(rng.sample(range(3000), 1500)) if new_parts else set()
    write(tmp_path / "old", old, old_parts)
    write(tmp_path / "new", new, new_parts)
    added, removed = diff_parts(str(tmp_path / "new"), str(tmp_path / "old"))
    got_added = [u for t in added for u in t["uid"].to_pylist()]
    got_removed = [u for t in removed for u in t["uid"].to_pylist()]
    assert got_added == sorted(uid(i) for i in new - old)
    assert got_removed == sorted(uid(i) for i in old - new)
