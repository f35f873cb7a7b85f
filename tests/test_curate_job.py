"""The curation job run for real on Beam (FnApiRunner), checked against a plain-Python reference."""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from pipeline_fixtures import make_crawl, write_parquet, write_queries

from openwit import cli
from pipeline.curate import CurateConfig, run
from pipeline.write import shard_of
from queries.text import normalize, pad_for_matching

T = 40


def uid(url: str) -> str:
    return hashlib.blake2b(url.encode(), digest_size=16).hexdigest()


def draw(seed: int, u: str) -> tuple[int, float]:
    """MetaCLIP's coin for a pair, made deterministic: a 64-bit hash of seed and uid."""
    h = int.from_bytes(hashlib.blake2b(f"{seed}:{u}".encode(), digest_size=8).digest(), "big")
    return h, h / 2.0**64


def reference(crawl: dict, t: int, mode: str, seed: int = 0) -> tuple[dict, dict, set]:
    """MetaCLIP's plain loop over entries, then balancing, in plain Python."""
    matched = {}
    for url, text in crawl["pairs"]:
        padded = pad_for_matching(normalize(text))
        ids = tuple(i for i, q in enumerate(crawl["queries"]) if f" {q} " in padded)
        if ids:
            matched[uid(url)] = ids
    counts: dict[int, int] = {}
    for ids in matched.values():
        for i in ids:
            counts[i] = counts.get(i, 0) + 1
    if mode == "metaclip":
        kept = set()
        for u, ids in matched.items():
            miss = 1.0
            for i in ids:
                miss *= 1.0 - t / max(counts[i], t)
            if draw(seed, u)[1] < 1.0 - miss:
                kept.add(u)
    else:
        by_query: dict[int, list] = {}
        for u, ids in matched.items():
            rarest = min(ids, key=lambda i: (counts[i], i))
            by_query.setdefault(rarest, []).append((draw(seed, u)[0], u))
        kept = {u for group in by_query.values() for _, u in sorted(group)[:t]}
    return matched, counts, kept


def config(tmp_path: Path, crawl: dict, out: str = "out", **kw) -> CurateConfig:
    return CurateConfig(
        tables=crawl["tables"],
        wats=crawl["wats"],
        queries=str(tmp_path / "QUERIES"),
        out=str(tmp_path / out),
        max_per_query=T,
        **kw,
    )


def read_parts(out: Path) -> list[dict]:
    rows = []
    parts = sorted(out.glob("part-*.parquet"))
    for index, part in enumerate(parts):
        table = pq.read_table(part).to_pylist()
        assert [r["uid"] for r in table] == sorted(r["uid"] for r in table)
        assert all(shard_of(r["uid"], len(parts)) == index for r in table)
        rows += table
    return rows


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("crawl")
    return folder, make_crawl(folder)


@pytest.mark.parametrize("mode, seed", [("metaclip", 0), ("cap", 0), ("metaclip", 7), ("cap", 7)])
def test_job_matches_the_plain_reference_exactly(crawl, mode, seed):
    folder, data = crawl
    c = config(folder, data, f"out-{mode}-{seed}", balance=mode, rows_per_shard=300, seed=seed)
    stats, counters = run(c, [])
    matched, counts, kept = reference(data, T, mode, seed)
    if seed:  # another seed keeps other pairs
        assert kept != reference(data, T, mode, 0)[2]
    n = len(data["pairs"])

    rows = read_parts(Path(c.out))
    assert {r["uid"] for r in rows} == kept
    assert len(rows) == len(kept)
    assert all(tuple(r["query_ids"]) == matched[r["uid"]] for r in rows)
    assert {r["source"] for r in rows} == set(data["tables"] + data["wats"])
    assert len(list(Path(c.out).glob("part-*.parquet"))) == math.ceil(len(kept) / 300)

    assert stats["pairs_read"] == n + data["duplicates"]
    assert stats["unique_urls"] == n
    assert stats["dropped"]["duplicate_url"] == data["duplicates"]
    assert stats["matched"] == len(matched) and stats["kept"] == len(kept)
    assert stats["dropped"]["no_match"] == n - len(matched)
    assert counters["read"] == stats["read"] and counters["written"] == len(kept)
    assert json.loads((Path(c.out) / "stats.json").read_text()) == stats

    qc = pq.read_table(Path(c.out) / "query_counts.parquet").to_pylist()
    assert [r["query"] for r in qc] == data["queries"]
    assert {r["id"]: r["matched"] for r in qc if r["matched"]} == counts
    kept_per_query = Counter(i for r in rows for i in r["query_ids"])
    assert {r["id"]: r["kept"] for r in qc if r["kept"]} == kept_per_query
    assert max(counts.values()) > 5 * T  # the balancing had work to do
    if mode == "cap":  # the guarantee: at most T pairs attributed to each query
        attributed = Counter(min(r["query_ids"], key=lambda i: (counts[i], i)) for r in rows)
        assert max(attributed.values()) == T
    assert (Path(c.out) / "balance.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
def test_cli_on_two_workers_is_byte_identical_and_reruns_cleanly(crawl, capsys):
    folder, data = crawl
    one = config(folder, data, "one-worker", rows_per_shard=250)
    run(one, ["--direct_num_workers=1"])
    out = folder / "two-workers"
    argv = [
        "curate",
        "--pairs",
        str(folder / "crawl" / "*"),
        "--wat",
        data["wats"][0],
        "--queries",
        str(folder / "QUERIES"),
        "--out",
        str(out),
        "--max-per-query",
        str(T),
        "--rows-per-shard",
        "250",
        "--direct_num_workers",
        "2",  # explicit, so a 1-core machine compares 1 with 2 workers too
    ]
    assert cli.main(argv) == 0
    printed = capsys.readouterr().out
    assert "kept" in printed and "duplicate_url" in printed and "beam counters" in printed

    def contents(path: Path) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(path.iterdir()) if p.name != "stats.json"}

    first = contents(out)
    assert first == contents(folder / "one-worker")
    stats = json.loads((out / "stats.json").read_text())
    assert stats["kept"] == json.loads((folder / "one-worker" / "stats.json").read_text())["kept"]

    # A killed run leaves partial output; the re-run ends with exactly the same files.
    parts = sorted(out.glob("part-*"))
    assert len(parts) == math.ceil(stats["kept"] / 250) > 2
    parts[1].unlink()
    parts[2].write_bytes(b"half-written")
    (out / "part-00000-of-00009.parquet").write_bytes(b"from an earlier run")
    run(config(folder, data, "two-workers", rows_per_shard=250), ["--direct_num_workers=2"])
    assert contents(out) == first


def test_shuffled_tables_rounds_and_small_file_batches_change_no_output(crawl, monkeypatch):
    """Clean tables sent through the shuffle (as on a remote work folder) in 3 rounds, and
    the job's table files in record batches of 7 rows (so a part gathers many batches and a
    batch feeds several parts): the same files as clean tables waiting in local files, one
    round, whole tables; the work folder is gone at the end."""
    from pipeline import batches, curate
    from pipeline.curate import WORK, input_bytes, round_count

    folder, data = crawl
    one = config(folder, data, "one-round", rows_per_shard=250)
    run(one, [])
    size = sum(Path(p).stat().st_size for p in data["tables"] + data["wats"])
    many = config(folder, data, "three-rounds", rows_per_shard=250)
    assert input_bytes(many) == size
    assert [round_count(size, b) for b in (size, size - 1, size // 3 + 1)] == [1, 2, 3]
    monkeypatch.setattr(batches, "FILE_ROWS", 7)
    monkeypatch.setattr(curate, "tables_in_files", lambda work: False)
    written = []  # the clean tables' pieces: none in files, every one as bytes
    monkeypatch.setattr(batches, "write_pieces", lambda path, tables: written.append(path))
    stats, counters = run(many, [], round_bytes=size // 3 + 1)
    assert written == []
    assert counters["matched"] == stats["matched"]  # the three rounds' counters, summed

    def contents(out: str) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(Path(out).iterdir())}

    assert contents(many.out) == contents(one.out)
    assert len([n for n in contents(one.out) if n.startswith("part-")]) > 3
    assert not (Path(many.out) / WORK).exists()


def test_pairs_the_runner_drops_fail_the_job_unfinished(crawl, monkeypatch):
    """A record batch that never reaches its part writer (as a runner that drops data
    would): the job fails naming the loss, and writes no stats.json."""
    from pipeline import curate

    every = curate.batches_by_shard

    def lossy(kept, n_shards):
        refs = list(every(kept, n_shards))
        return refs[1:] if "kept-00003" in kept.path else refs

    monkeypatch.setattr(curate, "batches_by_shard", lossy)
    folder, data = crawl
    c = config(folder, data, "lossy", rows_per_shard=250)
    with pytest.raises(Exception, match=r"pairs lost between balancing and the parts"):
        run(c, [])
    assert not (Path(c.out) / "stats.json").exists()


def test_bad_inputs_are_errors_naming_them(tmp_path, capsys):
    write_queries(tmp_path / "EMPTY", [])
    write_queries(tmp_path / "Q", ["cat"])
    write_parquet(tmp_path / "p.parquet", [{"link": "http://e.org/a.jpg", "text": "cat"}])
    write_parquet(tmp_path / "ok.parquet", [{"url": "http://e.org/a.jpg", "text": "cat"}])
    base = ["curate", "--pairs", str(tmp_path / "ok.parquet"), "--out", str(tmp_path / "out")]
    assert (
        cli.main([*base, "--queries", str(tmp_path / "Q"), "--pairs", str(tmp_path / "p.parquet")])
        == 1
    )  # checked before the job starts
    assert "p.parquet: no column 'url' (columns: link, text)" in capsys.readouterr().err
    assert cli.main([*base, "--queries", str(tmp_path / "EMPTY")]) == 1
    assert "EMPTY/queries.parquet: the query list is empty" in capsys.readouterr().err
    assert cli.main([*base, "--queries", str(tmp_path / "Q"), "--pairs", "nothing/*.csv"]) == 1
    assert "--pairs nothing/*.csv: no files match" in capsys.readouterr().err
    assert cli.main([*base, "--queries", str(tmp_path / "Q"), "--max-per-query", "0"]) == 1
    assert "--max-per-query must be at least 1" in capsys.readouterr().err
    c = CurateConfig(
        tables=[str(tmp_path / "p.parquet")],
        wats=[],
        queries=str(tmp_path / "Q"),
        out=str(tmp_path / "out"),
    )
    with pytest.raises(ValueError, match=r"p.parquet: no column 'url'"):
        run(c, [])


def test_internal_hosts_dropped_unless_loopback_allowed(tmp_path):
    write_queries(tmp_path / "Q", ["cat"])
    rows = [
        {"url": u, "text": "a cat"}
        for u in ("http://127.0.0.1:8000/a.jpg", "http://10.0.0.7/b.jpg", "http://e.org/c.jpg")
    ]
    write_parquet(tmp_path / "p.parquet", rows)

    def kept_urls(allow: bool) -> list[str]:
        c = CurateConfig(
            tables=[str(tmp_path / "p.parquet")],
            wats=[],
            queries=str(tmp_path / "Q"),
            out=str(tmp_path / f"out{allow}"),
            allow_loopback=allow,
        )
        stats, _ = run(c, [])
        assert stats["dropped"]["internal_host"] == 3 - stats["kept"]
        return sorted(r["url"] for r in read_parts(Path(c.out)))

    assert kept_urls(False) == ["http://e.org/c.jpg"]
    assert kept_urls(True) == ["http://127.0.0.1:8000/a.jpg", "http://e.org/c.jpg"]


def test_job_request_stays_small_and_translates_for_dataflow(tmp_path, capsys):
    """The automaton is built on the workers: the graph carries the query list's path, not
    the list, so a large list leaves the job request (Dataflow's limit: 20 MB) small."""
    import apache_beam as beam

    from pipeline.curate import build

    write_queries(tmp_path / "Q", [f"query{i} word{i}" for i in range(200_000)])
    write_parquet(tmp_path / "p.parquet", [{"url": "http://e.org/a.jpg", "text": "query1 word1"}])
    assert (tmp_path / "Q" / "queries.parquet").stat().st_size > 1_000_000
    c = CurateConfig(
        tables=[str(tmp_path / "p.parquet")],
        wats=[],
        queries=str(tmp_path / "Q"),
        out="gs://bucket/CURATED",
    )
    p = beam.Pipeline()
    build(p, c)
    assert len(p.to_runner_api().SerializeToString()) < 200_000

    argv = [
        "curate",
        "--pairs",
        str(tmp_path / "p.parquet"),
        "--queries",
        str(tmp_path / "Q"),
        "--out",
        "gs://bucket/CURATED",
        "--runner",
        "DataflowRunner",
        "--project",
        "demo-project",
        "--region",
        "us-central1",
        "--temp_location",
        "gs://bucket/tmp",
        "--dry_run=True",
        "--no_auth",
    ]
    assert cli.main(argv) == 0
    assert "dry run: the runner translated the job" in capsys.readouterr().err


def test_every_shard_is_written_even_one_no_pair_went_to(tmp_path):
    write_queries(tmp_path / "Q", ["cat"])
    urls = [f"http://e.org/{i}.jpg" for i in range(12)]
    rows = [{"url": u, "text": "a cat" if i < 6 else "a dog"} for i, u in enumerate(urls)]
    write_parquet(tmp_path / "p.parquet", rows)
    cats = [uid(u) for u in urls[:6]]
    # 6 shards: a pair's shard is its uid's first 32 bits scaled to [0, 6)
    by_shard = {i: sorted(u for u in cats if int(u[:8], 16) * 6 >> 32 == i) for i in range(6)}
    assert any(not v for v in by_shard.values())  # this crawl leaves some shard empty
    pairs = [str(tmp_path / "p.parquet")]
    c = CurateConfig(pairs, [], str(tmp_path / "Q"), str(tmp_path / "out"), rows_per_shard=1)
    stats, _ = run(c, ["--direct_num_workers=2"])
    assert stats["kept"] == 6 and stats["shards"] == 6
    parts = sorted(p.name for p in (tmp_path / "out").glob("part-*.parquet"))
    assert parts == [f"part-{i:05d}-of-00006.parquet" for i in range(6)]
    for i, name in enumerate(parts):
        table = pq.read_table(tmp_path / "out" / name)
        assert table.column("uid").to_pylist() == by_shard[i]
        assert "query_ids" in table.column_names  # an empty part has the schema too

    write_queries(tmp_path / "NONE", ["bird"])  # nothing matches: one empty part
    c = CurateConfig(
        [str(tmp_path / "p.parquet")], [], str(tmp_path / "NONE"), str(tmp_path / "o2")
    )
    assert run(c, [])[0]["kept"] == 0
    (part,) = (tmp_path / "o2").glob("part-*.parquet")
    assert part.name == "part-00000-of-00001.parquet"
    assert pq.read_table(part).num_rows == 0
