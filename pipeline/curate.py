"""The curation job as a Beam graph: read, clean, deduplicate, match, count, balance, write.

Pass 1 counts matches per query over the whole pool; pass 2 balances against those
counts. The job keeps no state outside Beam and reads and writes through Beam's file
systems, so the same graph runs on FnApiRunner locally and on Dataflow.
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict

import apache_beam as beam
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.pvalue import AsDict, AsList, AsSingleton, TaggedOutput
from apache_beam.utils import shared

from common.io import remove_if_exists, write_atomic
from pipeline import balance, batches, plots, write
from pipeline.clean import clean_batch
from pipeline.config import CurateConfig
from pipeline.manifest import run_manifest, sha256
from pipeline.match import check_queries, load_matcher, read_queries
from pipeline.raw_batches import raw_batches

COUNTS = "counts"  # (name, n) partial counts, summed into stats.json
CAPPED = "capped"
PARTS = "parts"  # indices of the part files written
NAMESPACE = "openwit.curate"
BATCH_ROWS = 65_536  # pairs per table read, and per matched table
BUCKET_BYTES = 4 * 2**20  # input bytes per uid range (~80k pairs of parquet) in the deduplication
MIN_BUCKETS, MAX_BUCKETS = 16, 2**16
CAP_GROUPS = 64  # groups of rarest queries in `cap` mode


def _counted(counts: Counter, prefix: str, step: str) -> Iterator[TaggedOutput]:
    for reason, n in sorted(counts.items()):
        Metrics.counter(NAMESPACE, f"{step}.{reason}").inc(n)
        yield TaggedOutput(COUNTS, (f"{prefix}{reason}", n))


class ReadAndClean(beam.DoFn):
    """Clean pairs of one input file, ("table" | "wat", path), as (uid range, table) for the
    URL deduplication; reading skips and cleaning drops go to `counts` by reason."""

    def __init__(self, c: CurateConfig):
        self.c = c
        self.read = Metrics.counter(NAMESPACE, "read")

    def process(
        self, element: tuple[str, str], buckets: int
    ) -> Iterator[tuple[int, bytes] | TaggedOutput]:
        kind, path = element
        c = self.c
        batches_read = raw_batches(
            kind, path, c.url_col, c.text_col, BATCH_ROWS, c.max_record_bytes
        )
        for raw, skipped in batches_read:
            self.read.inc(raw.num_rows + sum(skipped.values()))
            yield from _counted(skipped, "skipped.", "skipped")
            yield TaggedOutput(COUNTS, ("raw", raw.num_rows))
            table, dropped = clean_batch(raw, c.max_text_chars, c.allow_loopback)
            yield from _counted(dropped, "dropped.", "dropped")
            for bucket, rows in batches.split_by(table, batches.range_index(table, buckets)):
                yield bucket, batches.to_ipc(rows)


def bucket_count(total_bytes: int) -> int:
    """Uid ranges for the URL deduplication: a power of two, about BUCKET_BYTES of input in
    each, at least MIN_BUCKETS (so every local worker gets a share)."""
    wanted = max(MIN_BUCKETS, math.ceil(total_bytes / BUCKET_BYTES))
    return min(MAX_BUCKETS, 1 << (wanted - 1).bit_length())


def file_size(element: tuple[str, str]) -> int:
    return FileSystems.match([element[1]])[0].metadata_list[0].size_in_bytes


class ReadPairs(beam.PTransform):
    """Read and clean tables and WAT files: ((uid range, table) of clean pairs, counts)."""

    def __init__(self, config: CurateConfig):
        super().__init__()
        self.config = config

    def expand(self, pbegin: beam.pvalue.PBegin) -> tuple[beam.PCollection, beam.PCollection]:
        c = self.config
        files = [("table", p) for p in c.tables] + [("wat", p) for p in c.wats]
        files = pbegin | "Files" >> beam.Create(files) | "SpreadFiles" >> beam.Reshuffle()
        buckets = (
            files
            | "FileSizes" >> beam.Map(file_size)
            | "TotalSize" >> beam.CombineGlobally(sum)
            | "Buckets" >> beam.Map(bucket_count)
        )
        read = files | "ReadAndClean" >> beam.ParDo(
            ReadAndClean(c), AsSingleton(buckets)
        ).with_outputs(COUNTS, main="clean")
        return read.clean, read[COUNTS]


@beam.typehints.with_output_types(bytes)
class _DeduplicateAndMatch(beam.DoFn):
    """One uid range: one pair per URL (the smallest text, then source and its record, then
    carried values, so the same one whatever the order), then the pairs whose text contains a
    query, with the matched ids. The automaton is built once per worker process."""

    def __init__(self, queries: str, handle: shared.Shared):
        self.queries, self.handle = queries, handle

    def setup(self):
        self.micros = Metrics.counter(NAMESPACE, "match_microseconds")
        self.matcher = self.handle.acquire(lambda: load_matcher(self.queries), tag=self.queries)

    def process(self, element: tuple[int, Iterable[bytes]]):
        table = batches.concat(batches.from_ipc(b) for b in element[1])
        if table is None:
            return
        ties = ["text", "source", "source_row", *batches.carried_columns(table)]
        ties = [(c, "ascending") for c in ties]
        table = table.sort_by([("key", "ascending"), ("uid", "ascending"), *ties])
        table = table.filter(batches.first_of_runs(table.column("uid")))
        start = time.perf_counter()
        query_ids = self.matcher.match_column(table.column("text").combine_chunks())
        self.micros.inc(int((time.perf_counter() - start) * 1e6))
        matched = table.append_column("query_ids", query_ids).filter(
            pc.greater(pc.list_value_length(query_ids), 0)
        )
        yield TaggedOutput(COUNTS, ("unique", table.num_rows))
        yield TaggedOutput(COUNTS, ("matched", matched.num_rows))
        for start in range(0, matched.num_rows, BATCH_ROWS):
            yield batches.to_ipc(matched.slice(start, BATCH_ROWS))


class DeduplicateAndMatch(beam.PTransform):
    """Shuffle clean pairs by uid range, then deduplicate and match each range: (tables of
    matched pairs, counts). Only whole tables travel, never single pairs."""

    def __init__(self, queries: str):
        super().__init__()
        self.queries = queries

    def expand(self, clean: beam.PCollection) -> beam.pvalue.DoOutputsTuple:
        return (
            clean
            | "GroupByUidRange" >> beam.GroupByKey()
            | "DeduplicateAndMatch"
            >> beam.ParDo(_DeduplicateAndMatch(self.queries, shared.Shared())).with_outputs(
                COUNTS, main="matched"
            )
        )


Counts = tuple[np.ndarray, np.ndarray]  # (sorted query ids, pairs per query)


class QueryCounts(beam.CombineFn):
    """Pairs per query over tables of pairs, as (sorted ids, counts) arrays."""

    def create_accumulator(self) -> Counts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)

    def add_input(self, acc: Counts, table_bytes: bytes) -> Counts:
        ids = batches.from_ipc(table_bytes).column("query_ids").combine_chunks().values
        return self.merge_accumulators([acc, np.unique(ids.to_numpy(), return_counts=True)])

    def merge_accumulators(self, accs: Iterable[Counts]) -> Counts:
        ids = np.concatenate([a[0] for a in accs])
        counts = np.concatenate([a[1] for a in accs])
        unique, inverse = np.unique(ids, return_inverse=True)
        return unique, np.bincount(inverse, weights=counts, minlength=len(unique)).astype(np.int64)

    def extract_output(self, acc: Counts) -> Counts:
        return acc


class CountPerQuery(beam.PTransform):
    def expand(self, tables: beam.PCollection) -> beam.PCollection:
        return tables | "Count" >> beam.CombineGlobally(QueryCounts())


def over_t(counts: tuple[np.ndarray, np.ndarray], t: int) -> balance.OverT:
    ids, n = counts
    return balance.OverT(ids[n > t], n[n > t])


class _SampleMetaclip(beam.DoFn):
    def __init__(self, t: int, seed: int):
        self.t, self.seed = t, seed

    def process(self, table_bytes: bytes, over: balance.OverT):
        table = batches.from_ipc(table_bytes)
        miss = balance.miss_column(table.column("query_ids").combine_chunks(), over, self.t)
        draws = balance.draws(self.seed, table.column("uid").to_pylist())
        keep = balance.keep_metaclip_column(draws, miss)
        if keep.any():
            kept = table.filter(pa.array(keep))
            yield batches.to_ipc(with_draws(kept, 1.0 - miss[keep], draws[keep]))


def with_draws(table: pa.Table, probability: np.ndarray, draws: np.ndarray) -> pa.Table:
    """Provenance of kept pairs: each one's keep probability and the draw it was compared
    with (`balance.uniform`)."""
    table = table.append_column("keep_probability", pa.array(probability, pa.float64()))
    return table.append_column("draw", pa.array(draws, pa.float64()))


class _SplitCapped(beam.DoFn):
    """`cap` mode: pairs whose queries all have more than t matches go, with their rarest
    query and hash, to `capped` by rarest query; the others are kept (their rarest query
    has at most t pairs)."""

    def __init__(self, seed: int, buckets: int):
        self.seed, self.buckets = seed, buckets

    def process(self, table_bytes: bytes, over: balance.OverT):
        table = batches.from_ipc(table_bytes)
        capped, rarest = balance.rarest_column(table.column("query_ids").combine_chunks(), over)
        if (~capped).any():  # its rarest query has at most t pairs: kept for sure
            free = table.filter(pa.array(~capped))
            draws = balance.draws(self.seed, free.column("uid").to_pylist())
            yield batches.to_ipc(with_draws(free, np.ones(free.num_rows), draws))
        if capped.any():
            table, rarest = table.filter(pa.array(capped)), rarest[capped]
            hashes = balance.pair_hashes(self.seed, table.column("uid").to_pylist())
            table = table.append_column("rarest", pa.array(rarest, pa.int64()))
            table = table.append_column("hash", pa.array(hashes, pa.uint64()))
            for bucket, rows in batches.split_by(table, rarest % self.buckets):
                yield TaggedOutput(CAPPED, (bucket, batches.to_ipc(rows)))


class _KeepFirstT(beam.DoFn):
    """The t pairs of smallest (hash, uid) attributed to each query of a group."""

    def __init__(self, t: int):
        self.t = t

    def process(self, element: tuple[int, Iterable[bytes]]):
        table = batches.concat(batches.from_ipc(b) for b in element[1])
        order = [("rarest", "ascending"), ("hash", "ascending"), ("uid", "ascending")]
        table = table.sort_by(order)
        first = np.flatnonzero(batches.first_of_runs(table.column("rarest")))
        rank = np.arange(table.num_rows) - np.repeat(first, np.diff([*first, table.num_rows]))
        kept = table.filter(pa.array(rank < self.t))
        counts = np.diff([*first, table.num_rows])  # pairs attributed to each rarest query
        share = np.minimum(1.0, self.t / np.repeat(counts, counts))[rank < self.t]
        draws = balance.hashes_to_draws(kept.column("hash").to_numpy())
        kept = kept.drop_columns(["rarest", "hash"])
        yield batches.to_ipc(with_draws(kept, share, draws))


class Balance(beam.PTransform):
    """Pass 2: sample the matched pairs against the per-query counts of pass 1. Only the
    counts of queries with more than t matches travel to the workers, as a side input."""

    def __init__(self, mode: str, t: int, seed: int):
        super().__init__()
        self.mode, self.t, self.seed = mode, t, seed

    def expand(
        self, matched_and_counts: tuple[beam.PCollection, beam.PCollection]
    ) -> beam.PCollection:
        matched, counts = matched_and_counts
        over = AsSingleton(counts | "OverT" >> beam.Map(over_t, self.t))
        if self.mode == "metaclip":
            return matched | "Sample" >> beam.ParDo(_SampleMetaclip(self.t, self.seed), over)
        split = matched | "Split" >> beam.ParDo(
            _SplitCapped(self.seed, CAP_GROUPS), over
        ).with_outputs(CAPPED, main="free")
        capped = (
            split[CAPPED]
            | "GroupByRarestQuery" >> beam.GroupByKey()
            | "CapPerQuery" >> beam.ParDo(_KeepFirstT(self.t))
        )
        return (split.free, capped) | "AllKept" >> beam.Flatten()


class _KeyByShard(beam.DoFn):
    def process(self, table_bytes: bytes, n_shards: int):
        table = batches.from_ipc(table_bytes)
        for shard, rows in batches.split_by(table, batches.range_index(table, n_shards)):
            yield shard, batches.to_ipc(rows)


def _write_part(
    out: str, index: int, n_shards: int, table: pa.Table | None, carried: list[str], run: str
) -> Iterator[tuple[str, int] | TaggedOutput]:
    rows = write.write_part(out, index, n_shards, table, batches.carried_names(carried), run)
    Metrics.counter(NAMESPACE, "written").inc(rows)
    yield "kept", rows
    yield TaggedOutput(PARTS, index)


class _WritePart(beam.DoFn):
    def __init__(self, out: str):
        self.out = out

    def process(
        self, element: tuple[int, Iterable[bytes]], n_shards: int, carried: list, manifest: dict
    ) -> Iterator[tuple[str, int] | TaggedOutput]:
        index, tables = element
        table = batches.concat(batches.from_ipc(b) for b in tables)
        yield from _write_part(self.out, index, n_shards, table, carried, manifest["id"])


class _WriteEmptyParts(beam.DoFn):
    """The part of each shard no pair went to, with no rows."""

    def __init__(self, out: str):
        self.out = out

    def process(self, n_shards: int, carried: list, manifest: dict, written: list[int]):
        for index in sorted(set(range(n_shards)) - set(written)):
            yield from _write_part(self.out, index, n_shards, None, carried, manifest["id"])


class WriteParts(beam.PTransform):
    """Shards by uid range, each sorted by uid; every shard is written, even an empty one
    (after the others, so that no Flatten copies the pairs into the shuffle)."""

    def __init__(self, out: str, rows_per_shard: int, manifest: beam.PCollection):
        super().__init__()
        self.out, self.rows_per_shard, self.manifest = out, rows_per_shard, manifest

    def expand(self, kept: beam.PCollection) -> tuple[beam.PCollection, beam.PCollection]:
        """("kept", rows) of each part written: those with pairs, then the empty ones."""
        per_shard = self.rows_per_shard
        n_shards = (
            kept
            | "Rows" >> beam.Map(lambda b: batches.from_ipc(b).num_rows)
            | "CountKept" >> beam.CombineGlobally(sum)
            | "Shards" >> beam.Map(lambda n: max(1, math.ceil(n / per_shard)))
        )
        carried = (
            kept
            | "CarriedNames"
            >> beam.FlatMap(lambda b: pc.unique(batches.from_ipc(b).column("carried")).to_pylist())
            | "DistinctNames" >> beam.Distinct()
        )
        carried, manifest = AsList(carried), AsSingleton(self.manifest)
        written = (
            kept
            | "KeyByShard" >> beam.ParDo(_KeyByShard(), AsSingleton(n_shards))
            | "GroupByShard" >> beam.GroupByKey()
            | "Write"
            >> beam.ParDo(
                _WritePart(self.out), AsSingleton(n_shards), carried, manifest
            ).with_outputs(PARTS, main="rows")
        )
        empty = n_shards | "WriteEmpty" >> beam.ParDo(
            _WriteEmptyParts(self.out), carried, manifest, AsList(written[PARTS])
        ).with_outputs(PARTS, main="rows")
        return written.rows, empty.rows


class _WriteSummary(beam.DoFn):
    """query_counts.parquet, balance.png, manifest.json (with the inputs' sha256) and, last,
    stats.json, from the job's counts."""

    def __init__(self, config: CurateConfig):
        self.config = config

    def process(
        self,
        _: object,
        counts: dict,
        matched_counts: tuple,
        kept_counts: tuple,
        manifest: dict,
        digests: dict[str, str],
    ) -> Iterator[dict]:
        c = self.config
        matched, kept = (
            dict(zip(*(a.tolist() for a in x), strict=True)) for x in (matched_counts, kept_counts)
        )
        queries = read_queries(c.queries)
        table = write.query_counts_table(queries, matched, kept)
        write_atomic(FileSystems.join(c.out, "query_counts.parquet"), write.parquet_bytes(table))
        png = plots.balance_plot(matched.values(), kept.values(), c.max_per_query)
        write_atomic(FileSystems.join(c.out, "balance.png"), png)
        inputs = [{**f, "sha256": digests[f["path"]]} for f in manifest["inputs"]]
        body = write.stats_json({**manifest, "inputs": inputs})
        write_atomic(FileSystems.join(c.out, "manifest.json"), body)
        stats = summary_stats(c, counts, len(queries), sum(1 for v in matched.values() if v))
        write_atomic(FileSystems.join(c.out, "stats.json"), write.stats_json(stats))
        yield stats


def summary_stats(c: CurateConfig, counts: dict, n_queries: int, queries_matched: int) -> dict:
    """stats.json: records read, skipped and dropped by reason at each step, kept."""

    def by_reason(prefix: str) -> dict[str, int]:
        return {
            k.removeprefix(prefix): v for k, v in sorted(counts.items()) if k.startswith(prefix)
        }

    counts = {"raw": 0, "unique": 0, "matched": 0, "kept": 0, **counts}
    skipped = by_reason("skipped.")
    dropped = by_reason("dropped.")
    clean = counts["raw"] - sum(dropped.values())
    dropped["duplicate_url"] = clean - counts["unique"]
    dropped["no_match"] = counts["unique"] - counts["matched"]
    dropped["balanced_out"] = counts["matched"] - counts["kept"]
    params = {k: v for k, v in asdict(c).items() if k not in ("tables", "wats", "inputs", "out")}
    return {
        "read": counts["raw"] + sum(skipped.values()),
        "skipped_reading": skipped,
        "pairs_read": counts["raw"],
        "clean": clean,
        "unique_urls": counts["unique"],
        "matched": counts["matched"],
        "kept": counts["kept"],
        "dropped": dropped,
        "queries": n_queries,
        "queries_matched": queries_matched,
        "shards": max(1, math.ceil(counts["kept"] / c.rows_per_shard)),
        "input_files": {"tables": len(c.tables), "wat": len(c.wats)},
        "inputs": c.inputs,
        "parameters": params,
    }


def build(p: beam.Pipeline, c: CurateConfig) -> None:
    """The whole curation graph on pipeline `p`."""
    clean, read_counts = p | "ReadPairs" >> ReadPairs(c)
    matched, match_counts = clean | "DeduplicateAndMatch" >> DeduplicateAndMatch(c.queries)
    matched_counts = matched | "CountMatched" >> CountPerQuery()
    kept = (matched, matched_counts) | "Balance" >> Balance(c.balance, c.max_per_query, c.seed)
    # made on a worker: the launcher (and a Dataflow dry run) reads no input
    manifest = p | "Run" >> beam.Create([c]) | "Manifest" >> beam.Map(run_manifest)
    written, written_empty = kept | "WriteParts" >> WriteParts(c.out, c.rows_per_shard, manifest)

    kept_counts = kept | "CountKept" >> CountPerQuery()
    counts = (
        (read_counts, match_counts, written, written_empty)
        | "AllCounts" >> beam.Flatten()
        | "SumCounts" >> beam.CombinePerKey(sum)
    )
    digests = (
        p
        | "InputFiles" >> beam.Create([*c.tables, *c.wats])
        | "SpreadInputs" >> beam.Reshuffle()
        | "Sha256" >> beam.Map(lambda path: (path, sha256(path)))
    )
    summary = _WriteSummary(c)
    side = [AsDict(counts), AsSingleton(matched_counts), AsSingleton(kept_counts)]
    side += [AsSingleton(manifest), AsDict(digests)]
    p | "Summary" >> beam.Create([None]) | "WriteSummary" >> beam.ParDo(summary, *side)


def run(c: CurateConfig, beam_args: list[str]) -> tuple[dict | None, dict[str, int]]:
    """Run the job; its stats.json content and the Beam counters (None, {} for a dry run)."""
    from apache_beam.options.pipeline_options import PipelineOptions, TestOptions

    from common.beam import make_pipeline

    check_queries(c.queries)  # fail fast on a bad or empty query list, before any worker starts
    dry_run = PipelineOptions(beam_args).view_as(TestOptions).dry_run
    if not dry_run:  # stats.json marks a finished output, diff.json a finished diff: gone
        remove_if_exists(FileSystems.join(c.out, "stats.json"))  # until this run writes them
        remove_if_exists(FileSystems.join(c.out, "diff", "diff.json"))
    p = make_pipeline(beam_args)
    build(p, c)
    result = p.run()
    result.wait_until_finish()
    if dry_run:
        return None, {}  # translated and checked by the runner, nothing run
    metrics = result.metrics().query(beam.metrics.MetricsFilter().with_namespace(NAMESPACE))
    counters = {r.key.metric.name: r.committed for r in metrics["counters"]}
    with FileSystems.open(FileSystems.join(c.out, "stats.json")) as f:
        stats = json.load(f)
    write.remove_stale_parts(c.out, stats["shards"])
    return stats, counters
