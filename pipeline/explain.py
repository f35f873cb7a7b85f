"""`openwit curate --explain UID --out CURATED`: the story of one pair.

A kept pair is found in its part (parts are uid ranges, so one part is read) with its
provenance: the input and record it came from, the queries it matched, its keep
probability and the draw compared with it. A pair that was not kept is looked for in the
run's inputs (from CURATED/manifest.json): every record with that URL, the one that won
the URL deduplication, what it matched, and why balancing dropped it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipeline import balance
from pipeline.write import part_name, shard_of


def _json(curated: str, name: str) -> dict:
    path = FileSystems.join(curated, name)
    if not FileSystems.exists(path):
        raise FileNotFoundError(f"{path} does not exist: give a finished curate output")
    with FileSystems.open(path) as f:
        return json.load(f)


def _table(path: str) -> pa.Table:
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
        return pq.read_table(f)


def explain(curated: str, uid: str) -> list[str]:
    """Lines telling what happened to the pair `uid`."""
    stats, manifest = _json(curated, "stats.json"), _json(curated, "manifest.json")
    n = stats["shards"]
    part = _table(FileSystems.join(curated, part_name(shard_of(uid, n), n)))
    found = part.filter(pc.equal(part["uid"], uid)).to_pylist()
    counts = _table(FileSystems.join(curated, "query_counts.parquet")).to_pydict()
    named = zip(counts["query"], counts["matched"], strict=True)
    queries = dict(zip(counts["id"], named, strict=True))
    params = manifest["parameters"]
    if found:
        return _kept(found[0], queries, params)
    return _not_kept(uid, manifest, queries)


def _source_line(row: dict) -> str:
    page = row.get("page_url") or row.get("carried:page_url")  # set for WAT records only
    where = "record at byte" if page else "record"
    return f"read from {row['source']}, {where} {row['source_row']}" + (
        f" (page {page})" if page else ""
    )


def _matched_line(ids: list[int], queries: dict) -> str:
    names = ", ".join(f"{queries[i][0]!r} (id {i}, {queries[i][1]:,} pairs)" for i in ids)
    return f"matched {len(ids)} quer{'y' if len(ids) == 1 else 'ies'}: {names}"


def _kept(row: dict, queries: dict, params: dict) -> list[str]:
    rule = (
        "1 − ∏(1 − t / max(count, t))"
        if params["balance"] == "metaclip"
        else "the share of its rarest query's pairs the cap keeps"
    )
    return [
        f"pair {row['uid']}: KEPT by curate run {row['curate_run']}",
        f"  url  {row['url']}",
        f"  text {row['text']!r}",
        f"  {_source_line(row)}",
        f"  {_matched_line(row['query_ids'], queries)}",
        f"  keep probability {row['keep_probability']:.6f} ({rule}, t = "
        f"{params['max_per_query']:,}); draw {row['draw']:.6f} (seed {params['seed']}): kept",
    ]


def _occurrences(uid: str, manifest: dict) -> Iterator[dict]:
    """Every clean record of the run's inputs whose URL has this uid."""
    from pipeline.clean import clean_batch
    from pipeline.curate import BATCH_ROWS
    from pipeline.raw_batches import raw_batches

    p = manifest["parameters"]
    for f in manifest["inputs"]:
        args = (f["kind"], f["path"], p["url_col"], p["text_col"], BATCH_ROWS)
        for raw, _ in raw_batches(*args, p["max_record_bytes"]):
            clean, _ = clean_batch(raw, p["max_text_chars"], p["allow_loopback"])
            yield from clean.filter(pc.equal(clean["uid"], uid)).to_pylist()


def _not_kept(uid: str, manifest: dict, queries: dict) -> list[str]:
    from pipeline.match import load_matcher

    found = sorted(
        _occurrences(uid, manifest), key=lambda r: (r["text"], r["source"], r["source_row"])
    )
    lines = [f"pair {uid}: NOT KEPT by curate run {manifest['id']}"]
    if not found:
        return [
            *lines,
            "  no clean record of the inputs has this uid (a URL dropped while "
            "cleaning has none: run with the URL's normalised form in mind)",
        ]
    first = found[0]
    lines += [
        f"  url  {first['url']}",
        f"  {len(found)} record(s) with this URL; the one kept "
        f"by the URL deduplication (smallest text, then source):",
        f"  text {first['text']!r}",
        f"  {_source_line(first)}",
    ]
    ids = list(load_matcher(manifest["queries"]["path"]).match(first["text"]))
    if not ids:
        return [*lines, "  matched no query: dropped (no_match)"]
    return [*lines, f"  {_matched_line(ids, queries)}", *_balanced_out(uid, ids, queries, manifest)]


def _balanced_out(uid: str, ids: list[int], queries: dict, manifest: dict) -> list[str]:
    p = manifest["parameters"]
    t, seed = p["max_per_query"], p["seed"]
    counts = {i: queries[i][1] for i in ids}
    draw = balance.uniform(seed, uid)
    if p["balance"] == "metaclip":
        prob = balance.keep_probability(ids, counts, t)
        return [
            f"  keep probability {prob:.6f} (1 − ∏(1 − t / max(count, t)), t = {t:,}); "
            f"draw {draw:.6f} (seed {seed}) is not below it: balanced out"
        ]
    rarest = balance.rarest_query(ids, counts)
    return [
        f"  its rarest query {queries[rarest][0]!r} has {counts[rarest]:,} pairs; the cap "
        f"keeps the {t:,} with the smallest hashes, and this pair's (draw {draw:.6f}, "
        f"seed {seed}) is not among them: balanced out"
    ]
