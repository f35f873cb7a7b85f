"""Per-query coverage of a curated set (`openwit report coverage`): for each entry of the
query list, how many pairs matched it, how many balancing kept, how many images downloaded
and why the others failed, and how many the audit flagged or decontamination removed.

Everything is computed with pyarrow over whole columns (group-bys over exploded
`query_ids`), so 500,000 queries and millions of samples take seconds.
"""

from __future__ import annotations

import json
import os

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from common.shards import DOWNLOAD_MANIFEST

SAMPLE_COLUMNS = ["query_ids", "key", "status", "error_message"]
SUCCESS = "success"  # img2dataset's status of a downloaded sample


def read_curated(curated: str, queries: str | None) -> tuple[pa.Table, int]:
    """`query_counts.parquet` with each query's `source` and `stat` from the query list (the
    one curate used, unless `queries` is given), and the cap `t` curate balanced with."""
    counts_path = os.path.join(curated, "query_counts.parquet")
    stats_path = os.path.join(curated, "stats.json")
    for path in (counts_path, stats_path):
        if not os.path.exists(path):
            raise FileNotFoundError(f"{path} does not exist: give a finished curate output")
    with open(stats_path) as f:
        parameters = json.load(f)["parameters"]
    table = pq.read_table(counts_path, columns=["id", "query", "matched", "kept"])
    path = queries or parameters["queries"]
    path = path if path.endswith(".parquet") else os.path.join(path, "queries.parquet")
    if os.path.exists(path):
        sources = pq.read_table(path, columns=["id", "source", "stat"])
        table = table.join(sources, "id", join_type="left outer")
    else:
        table = table.append_column("source", pa.nulls(table.num_rows, pa.string()))
        table = table.append_column("stat", pa.nulls(table.num_rows, pa.float64()))
    return table.sort_by("id"), int(parameters["max_per_query"])


def read_samples(shards: str) -> pa.Table:
    """img2dataset's per-shard metadata (`NNNNN.parquet`) of a download: one row per pair it
    was given, with `shard` (the file stem) added."""
    manifest = os.path.join(shards, DOWNLOAD_MANIFEST)
    if not os.path.exists(manifest):
        raise FileNotFoundError(f"{shards}: no {DOWNLOAD_MANIFEST}: not an openwit download")
    names = sorted(n for n in os.listdir(shards) if n.endswith(".parquet") and n[:-8].isdigit())
    tables = []
    for name in names:
        table = pq.read_table(os.path.join(shards, name), columns=SAMPLE_COLUMNS)
        shard = pa.array([name.removesuffix(".parquet")] * table.num_rows, pa.string())
        tables.append(table.append_column("shard", shard))
    if not tables:
        raise FileNotFoundError(f"{shards}: no NNNNN.parquet metadata files")
    return pa.concat_tables(tables)


def per_query(samples: pa.Table, mask: pa.Array | None = None) -> pa.Table:
    """`id`, `n`: samples per query id (a sample counts once for each of its query ids)."""
    if mask is not None:
        samples = samples.filter(mask)
    ids = pc.list_flatten(samples.column("query_ids"))
    return (
        pa.table({"id": ids})
        .group_by("id")
        .aggregate([([], "count_all")])
        .rename_columns(["id", "n"])
    )


def top_failure(samples: pa.Table) -> pa.Table:
    """`id`, `top_failure`: each query's most frequent download error (ties: the first by
    text), among its failed samples."""
    failed = samples.filter(pc.not_equal(samples.column("status"), SUCCESS))
    lists = failed.column("query_ids")
    reason = pc.fill_null(failed.column("error_message"), "unknown")
    exploded = pa.table(
        {"id": pc.list_flatten(lists), "reason": pc.take(reason, pc.list_parent_indices(lists))}
    )
    counted = exploded.group_by(["id", "reason"]).aggregate([([], "count_all")])
    order = [("id", "ascending"), ("count_all", "descending"), ("reason", "ascending")]
    first = counted.sort_by(order).group_by("id", use_threads=False)
    return first.aggregate([("reason", "first")]).rename_columns(["id", "top_failure"])


def refs_per_query(samples: pa.Table, refs: list[str]) -> pa.Table:
    """`id`, `n` for the samples named by `refs` (`…/SHARD.tar#KEY`, as the dedup commands
    write them)."""
    shard_key = [ref.rsplit("#", 1) for ref in refs if "#" in ref]
    wanted = pa.table(
        {
            "shard": [os.path.basename(s).removesuffix(".tar") for s, _ in shard_key],
            "key": [k for _, k in shard_key],
        }
    )
    rows = samples.select(["shard", "key"]).append_column(
        "row", pa.array(range(samples.num_rows), pa.int64())
    )
    wanted = wanted.group_by(["shard", "key"]).aggregate([])
    found = rows.join(wanted, ["shard", "key"], join_type="inner")
    return per_query(samples.take(found.column("row")))


def flagged_refs(report: str) -> list[str]:
    """The training samples an audit matched to an evaluation image (`report.json`)."""
    path = os.path.join(report, "report.json") if os.path.isdir(report) else report
    with open(path) as f:
        datasets = json.load(f)["datasets"]
    return [row["train"] for d in datasets.values() for row in d["nearest"] if row["overlap"]]


def removed_refs(decontaminated: str) -> list[str]:
    """The training samples `openwit dedup decontaminate` removed (`removed.txt`)."""
    with open(os.path.join(decontaminated, "removed.txt")) as f:
        return [line.split()[0] for line in f if line.strip()]


def coverage_table(
    curated: str,
    shards: str | None = None,
    audit: str | None = None,
    decontaminated: str | None = None,
    queries: str | None = None,
) -> tuple[pa.Table, int]:
    """One row per query: `id`, `query`, `source`, `stat`, `matched`, `kept`, `cap_share`
    (kept / t), and with SHARDS `downloaded`, `failed`, `top_failure`; with an audit report
    `flagged`; with a decontaminated folder `removed`. Also the cap t."""
    table, cap = read_curated(curated, queries)
    table = table.append_column("cap_share", pc.divide(pc.cast(table["kept"], pa.float64()), cap))
    if shards is None:
        return table, cap
    samples = read_samples(shards)
    ok = pc.equal(samples.column("status"), SUCCESS)
    columns = {
        "downloaded": per_query(samples, ok),
        "failed": per_query(samples, pc.invert(ok)),
        "flagged": refs_per_query(samples, flagged_refs(audit)) if audit else None,
        "removed": refs_per_query(samples, removed_refs(decontaminated))
        if decontaminated
        else None,
    }
    for name, counts in columns.items():
        if counts is not None:
            table = _with_count(table, counts, name)
    table = table.join(top_failure(samples), "id", join_type="left outer")
    return table.sort_by("id"), cap


def _with_count(table: pa.Table, counts: pa.Table, name: str) -> pa.Table:
    joined = table.join(counts.rename_columns(["id", name]), "id", join_type="left outer")
    return joined.set_column(
        joined.schema.get_field_index(name), name, pc.fill_null(joined[name], 0)
    )
