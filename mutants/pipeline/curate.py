"""The curation job as a Beam graph: read, clean, deduplicate, match, count, balance, write.

Pass 1 counts matches per query over the whole pool; pass 2 balances against those
counts. The job keeps no state outside Beam and reads and writes through Beam's file
systems, so the same graph runs on FnApiRunner locally and on Dataflow.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import asdict

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.pvalue import AsDict, AsList, AsSingleton, TaggedOutput
from apache_beam.utils import shared

from common.io import write_atomic
from pipeline import balance, plots, write
from pipeline.clean import Pair, clean_pair, preference
from pipeline.config import CurateConfig
from pipeline.match import check_queries, load_matcher, read_queries
from pipeline.readers import read_table, read_wat

DROPPED = "dropped"
COUNTS = "counts"  # (name, n) partial counts, summed into stats.json
CAPPED = "capped"
NAMESPACE = "openwit.curate"


def _drop(reason: str, step: str) -> TaggedOutput:
    Metrics.counter(NAMESPACE, f"{step}.{reason}").inc()
    return TaggedOutput(DROPPED, reason)


class ReadFile(beam.DoFn):
    """Pairs from one input file, ("table" | "wat", path); skipped records go to `dropped`."""

    def __init__(self, url_col: str, text_col: str):
        self.url_col, self.text_col = url_col, text_col
        self.read = Metrics.counter(NAMESPACE, "read")

    def process(self, element: tuple[str, str]):
        kind, path = element
        records = read_wat(path) if kind == "wat" else read_table(path, self.url_col, self.text_col)
        pairs = 0
        for record in records:
            self.read.inc()
            if isinstance(record, str):
                yield _drop(record, "skipped")
            else:
                pairs += 1
                yield record
        yield TaggedOutput(COUNTS, ("raw", pairs))


class CleanPair(beam.DoFn):
    def __init__(self, max_text_chars: int, allow_loopback: bool):
        self.max_text_chars, self.allow_loopback = max_text_chars, allow_loopback

    def process(self, raw):
        pair = clean_pair(raw, self.max_text_chars, self.allow_loopback)
        yield _drop(pair, "dropped") if isinstance(pair, str) else pair


class ReadPairs(beam.PTransform):
    """Read tables and WAT files: (clean pairs, counts, read skips, clean drops)."""

    def __init__(self, config: CurateConfig):
        super().__init__()
        self.config = config

    def expand(self, pbegin):
        c = self.config
        files = [("table", p) for p in c.tables] + [("wat", p) for p in c.wats]
        raw = (
            pbegin
            | "Files" >> beam.Create(files)
            | "SpreadFiles" >> beam.Reshuffle()
            | "Read"
            >> beam.ParDo(ReadFile(c.url_col, c.text_col)).with_outputs(DROPPED, COUNTS, main="raw")
        )
        clean = raw.raw | "Clean" >> beam.ParDo(
            CleanPair(c.max_text_chars, c.allow_loopback)
        ).with_outputs(DROPPED, main="pairs")
        return clean.pairs, raw[COUNTS], raw[DROPPED], clean[DROPPED]


class DeduplicateByUrl(beam.PTransform):
    """One pair per normalised URL, the same one whatever the order (`clean.preference`)."""

    def expand(self, pairs):
        return (
            pairs
            | "KeyByUid" >> beam.Map(lambda p: (p.uid, p))
            | "Prefer" >> beam.CombinePerKey(lambda ps: min(ps, key=preference))
            | "Pairs" >> beam.Values()
        )


@beam.typehints.with_output_types(Pair)
class _MatchBatch(beam.DoFn):
    """Match a batch of pairs; the automaton is built once per worker process."""

    def __init__(self, queries: str, handle: shared.Shared):
        self.queries, self.handle = queries, handle

    def setup(self):
        self.micros = Metrics.counter(NAMESPACE, "match_microseconds")
        self.matcher = self.handle.acquire(lambda: load_matcher(self.queries), tag=self.queries)

    def process(self, batch: list[Pair]):
        start = time.perf_counter()
        match = self.matcher.match
        matched = [pair._replace(query_ids=ids) for pair in batch if (ids := match(pair.text))]
        self.micros.inc(int((time.perf_counter() - start) * 1e6))
        yield from matched
        yield TaggedOutput(COUNTS, ("unique", len(batch)))
        yield TaggedOutput(COUNTS, ("matched", len(matched)))


class MatchQueries(beam.PTransform):
    """Pairs whose text contains at least one query, with the matched query ids; and counts."""

    def __init__(self, queries: str):
        super().__init__()
        self.queries = queries

    def expand(self, pairs):
        return (
            pairs
            | "Batch" >> beam.BatchElements(min_batch_size=64, max_batch_size=2048)
            | "Match"
            >> beam.ParDo(_MatchBatch(self.queries, shared.Shared())).with_outputs(
                COUNTS, main="matched"
            )
        )


class CountPerQuery(beam.PTransform):
    def expand(self, pairs):
        return (
            pairs
            | "Ids" >> beam.FlatMap(lambda p: p.query_ids)
            | "Count" >> beam.combiners.Count.PerElement()
        )


class _SplitCapped(beam.DoFn):
    """`cap` mode: pairs whose queries all have more than t matches, keyed by their rarest
    query, go to `capped`; the others are kept (their rarest query has at most t pairs)."""

    def process(self, pair: Pair, over_t: dict[int, int]):
        if balance.capped(pair.query_ids, over_t):
            yield TaggedOutput(CAPPED, (balance.rarest_query(pair.query_ids, over_t), pair))
        else:
            yield pair


class Balance(beam.PTransform):
    """Pass 2: sample the matched pairs against the per-query counts of pass 1. Only the
    counts of queries with more than t matches travel to the workers, as a side input."""

    def __init__(self, mode: str, t: int, seed: int):
        super().__init__()
        self.mode, self.t, self.seed = mode, t, seed

    def expand(self, matched_and_counts):
        matched, counts = matched_and_counts
        t, seed = self.t, self.seed
        over_t = AsDict(counts | "OverT" >> beam.Filter(lambda kv: kv[1] > t))
        if self.mode == "metaclip":
            return matched | "Sample" >> beam.Filter(
                lambda p, n: balance.keep_metaclip(p.uid, p.query_ids, n, t, seed), n=over_t
            )
        split = matched | "Split" >> beam.ParDo(_SplitCapped(), over_t).with_outputs(
            CAPPED, main="free"
        )
        capped = (
            split[CAPPED]
            | "CapPerQuery"
            >> beam.combiners.Top.SmallestPerKey(
                t, key=lambda p: (balance.pair_hash(seed, p.uid), p.uid)
            )
            | "Kept" >> beam.FlatMap(lambda kv: kv[1])
        )
        return (split.free, capped) | "AllKept" >> beam.Flatten()


class _WritePart(beam.DoFn):
    def __init__(self, out: str):
        self.out = out

    def process(self, element, n_shards: int, carried: list[str]):
        index, pairs = element
        rows = write.write_part(
            self.out, index, n_shards, (p for p in pairs if p is not None), carried
        )
        Metrics.counter(NAMESPACE, "written").inc(rows)
        yield "kept", rows


class WriteParts(beam.PTransform):
    """Shards by uid range, each sorted by uid; every shard is written, even an empty one."""

    def __init__(self, out: str, rows_per_shard: int):
        super().__init__()
        self.out, self.rows_per_shard = out, rows_per_shard

    def expand(self, kept):
        per_shard = self.rows_per_shard
        n_shards = (
            kept
            | "CountKept" >> beam.combiners.Count.Globally()
            | "Shards" >> beam.Map(lambda n: max(1, math.ceil(n / per_shard)))
        )
        carried = (
            kept
            | "CarriedNames" >> beam.FlatMap(lambda p: p.extra.keys())
            | "DistinctNames" >> beam.Distinct()
        )
        keyed = kept | "KeyByShard" >> beam.Map(
            lambda p, n: (write.shard_of(p.uid, n), p), n=AsSingleton(n_shards)
        )
        every = n_shards | "EveryShard" >> beam.FlatMap(lambda n: [(i, None) for i in range(n)])
        return (
            (keyed, every)
            | "WithEmpty" >> beam.Flatten()
            | "GroupByShard" >> beam.GroupByKey()
            | "Write" >> beam.ParDo(_WritePart(self.out), AsSingleton(n_shards), AsList(carried))
        )


class _WriteSummary(beam.DoFn):
    """query_counts.parquet, balance.png and stats.json, from the job's counts."""

    def __init__(self, config: CurateConfig):
        self.config = config

    def process(self, _, counts: dict, matched: dict, kept: dict):
        c = self.config
        queries = read_queries(c.queries)
        table = write.query_counts_table(queries, matched, kept)
        write_atomic(FileSystems.join(c.out, "query_counts.parquet"), write.parquet_bytes(table))
        png = plots.balance_plot(matched.values(), kept.values(), c.max_per_query)
        write_atomic(FileSystems.join(c.out, "balance.png"), png)
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
    clean, read_counts, read_skips, clean_drops = p | "ReadPairs" >> ReadPairs(c)
    unique = clean | "DeduplicateByUrl" >> DeduplicateByUrl()
    matched, match_counts = unique | "MatchQueries" >> MatchQueries(c.queries)
    matched_counts = matched | "CountMatched" >> CountPerQuery()
    kept = (matched, matched_counts) | "Balance" >> Balance(c.balance, c.max_per_query, c.seed)
    written = kept | "WriteParts" >> WriteParts(c.out, c.rows_per_shard)

    kept_counts = kept | "CountKept" >> CountPerQuery()
    counts = (
        (
            read_counts,
            match_counts,
            written,
            read_skips | "SkipReasons" >> beam.Map(lambda r: (f"skipped.{r}", 1)),
            clean_drops | "DropReasons" >> beam.Map(lambda r: (f"dropped.{r}", 1)),
        )
        | "AllCounts" >> beam.Flatten()
        | "SumCounts" >> beam.CombinePerKey(sum)
    )
    summary = _WriteSummary(c)
    side = [AsDict(counts), AsDict(matched_counts), AsDict(kept_counts)]
    p | "Summary" >> beam.Create([None]) | "WriteSummary" >> beam.ParDo(summary, *side)


def run(c: CurateConfig, beam_args: list[str]) -> tuple[dict | None, dict[str, int]]:
    """Run the job; its stats.json content and the Beam counters (None, {} for a dry run)."""
    from apache_beam.options.pipeline_options import PipelineOptions, TestOptions

    from common.beam import make_pipeline

    check_queries(c.queries)  # fail fast on a bad or empty query list, before any worker starts
    p = make_pipeline(beam_args)
    build(p, c)
    result = p.run()
    result.wait_until_finish()
    if PipelineOptions(beam_args).view_as(TestOptions).dry_run:
        return None, {}  # translated and checked by the runner, nothing run
    metrics = result.metrics().query(beam.metrics.MetricsFilter().with_namespace(NAMESPACE))
    counters = {r.key.metric.name: r.committed for r in metrics["counters"]}
    with FileSystems.open(FileSystems.join(c.out, "stats.json")) as f:
        stats = json.load(f)
    write.remove_stale_parts(c.out, stats["shards"])
    return stats, counters
