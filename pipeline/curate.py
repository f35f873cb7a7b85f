"""The curation job as a Beam graph: read, clean, deduplicate, match, count, balance, write.

Pass 1 counts matches per query over the whole pool; pass 2 balances against those
counts. The job keeps no state outside Beam and reads and writes through Beam's file
systems, so the same graph runs on FnApiRunner locally and on Dataflow.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from itertools import groupby

import apache_beam as beam
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.pvalue import AsDict, AsList, AsSingleton, TaggedOutput
from apache_beam.transforms.window import GlobalWindows
from apache_beam.utils import shared
from apache_beam.utils.windowed_value import WindowedValue

from common import faults
from common.io import is_local, remove_if_exists, remove_tree, write_atomic
from common.memory import keep_large_buffers_mapped
from pipeline import balance, batches, plots, write
from pipeline.batches import Piece
from pipeline.clean import clean_batch
from pipeline.config import CurateConfig
from pipeline.manifest import run_manifest, sha256
from pipeline.match import check_queries, load_matcher, read_query_table
from pipeline.raw_batches import raw_batches

COUNTS = "counts"  # (name, n) partial counts, summed into stats.json
QUERY_COUNTS = "query_counts"  # (ids, pairs per query) of the tables left in files
CAPPED = "capped"
PARTS = "parts"  # indices of the part files written
NAMESPACE = "openwit.curate"
BATCH_ROWS = 65_536  # pairs per table read
# clean pairs a worker gathers before it splits them by uid range: a piece holds about
# SPLIT_BYTES / buckets of them, ~80 pairs at the 8,192 ranges of a billion pairs (a piece
# per table read would hold 8), and each piece costs ~0.1 ms beside its pairs
# (docs/curate.md, "Pieces at crawl scale")
SPLIT_BYTES = 128 * 2**20
BUCKET_BYTES = 4 * 2**20  # input bytes per uid range (~80k pairs of parquet) in the deduplication
# at most 8,192 ranges: ~1.2M pairs in each at 10 billion, with pieces of ~80 pairs; more
# ranges would make the pieces smaller still
MIN_BUCKETS, MAX_BUCKETS = 16, 2**13
CAP_GROUPS = 64  # groups of rarest queries in `cap` mode
# input bytes per deduplication round when the clean tables go through the shuffle (a remote
# work folder): a local worker receives its whole share of a shuffle at once (FnApiRunner),
# so a round of ~1M pairs of parquet bounds its memory
ROUND_BYTES = 64 * 2**20
MAX_ROUNDS = 64
# query ids below this are counted in a dense array (8 bytes each) rather than sorted
DENSE_IDS = 2**22
WORK = ".curate-work"  # in the output folder: tables between the steps, removed when the job
# ends (the README's "How the job moves data")
CLEAN = "clean-"  # work files of clean tables, removed once every uid range is matched


def _counted(counts: Counter, prefix: str, step: str) -> Iterator[TaggedOutput]:
    for reason, n in sorted(counts.items()):
        Metrics.counter(NAMESPACE, f"{step}.{reason}").inc(n)
        yield TaggedOutput(COUNTS, (f"{prefix}{reason}", n))


class TableStep(beam.DoFn):
    """A step that handles tables of pairs: large buffers are mapped on their own in its
    worker (`common.memory.keep_large_buffers_mapped`), so freed ones leave the worker."""

    def setup(self) -> None:
        keep_large_buffers_mapped()


class ReadAndClean(TableStep):
    """Clean pairs of input files, ("table" | "wat", path), as (uid range, piece) for the
    URL deduplication. A bundle's clean tables are gathered up to SPLIT_BYTES, then split by
    uid range: a piece is a range's rows of a gathered table, written to one file of `work`
    when given (`batches.write_pieces`), else sent as IPC bytes. Reading skips and cleaning
    drops go to `counts` by reason."""

    def __init__(self, c: CurateConfig, buckets: int, work: str | None):
        self.c, self.buckets, self.work = c, buckets, work
        self.read = Metrics.counter(NAMESPACE, "read")

    def start_bundle(self) -> None:
        self.inputs: list[str] = []  # read in this bundle, in order: named in clean files
        self.gathered: list[pa.Table] = []
        self.gathered_bytes = self.splits = 0

    def process(self, element: tuple[str, str]) -> Iterator[tuple[int, Piece] | TaggedOutput]:
        kind, path = element
        c = self.c
        self.inputs.append(f"{kind}:{path}")
        batches_read = raw_batches(
            kind, path, c.url_col, c.text_col, BATCH_ROWS, c.max_record_bytes
        )
        for raw, skipped in batches_read:
            self.read.inc(raw.num_rows + sum(skipped.values()))
            yield from _counted(skipped, "skipped.", "skipped")
            yield TaggedOutput(COUNTS, ("raw", raw.num_rows))
            table, dropped = clean_batch(raw, c.max_text_chars, c.allow_loopback)
            yield from _counted(dropped, "dropped.", "dropped")
            if table.num_rows:
                self.gathered.append(table)
                self.gathered_bytes += table.nbytes
            if self.gathered_bytes >= SPLIT_BYTES:
                yield from self.split()

    def finish_bundle(self) -> Iterator[WindowedValue]:
        for piece in self.split():
            yield GlobalWindows.windowed_value(piece)
        # Arrow's allocator keeps what the gathering freed; the matching would find it
        # still resident (+200 MiB per worker at 1M pairs, measured in docs/curate.md)
        pa.default_memory_pool().release_unused()

    def split(self) -> Iterator[tuple[int, Piece]]:
        """The gathered tables' pieces, one per uid range they reach."""
        table = batches.concat(self.gathered)
        self.gathered, self.gathered_bytes = [], 0
        if table is None:
            return
        by_range = batches.split_by(table, batches.range_index(table, self.buckets))
        ranges, tables = zip(*by_range, strict=True)
        if self.work is None:
            pieces = [batches.to_ipc(t) for t in tables]
        else:  # named after the bundle's inputs so far and the split's place: a retry overwrites
            path = clean_file(self.work, self.inputs, self.splits)
            pieces = batches.write_pieces(path, list(tables))
        self.splits += 1
        yield from zip(ranges, pieces, strict=True)


def clean_file(work: str, inputs: list[str], n: int) -> str:
    """The file of a bundle's `n`th split, after it read `inputs`, in the work folder."""
    digest = hashlib.blake2b("\n".join(inputs).encode(), digest_size=8).hexdigest()
    return FileSystems.join(work, f"{CLEAN}{digest}-{n:05d}.arrow")


def tables_in_files(work: str) -> bool:
    """Whether clean tables wait in the work folder for the deduplication (on a local disk),
    rather than travel through its shuffle (a remote one, where each uid range would read
    a piece of every table: the shuffle service does that far better)."""
    return is_local(work)


def bucket_count(total_bytes: int) -> int:
    """Uid ranges for the URL deduplication: a power of two, about BUCKET_BYTES of input in
    each, at least MIN_BUCKETS (so every local worker gets a share)."""
    wanted = max(MIN_BUCKETS, math.ceil(total_bytes / BUCKET_BYTES))
    return min(MAX_BUCKETS, 1 << (wanted - 1).bit_length())


def input_bytes(c: CurateConfig) -> int:
    """The inputs' total size, from listing the patterns as given (one listing each, no
    input read): the job sizes its rounds and uid ranges from it at launch."""
    patterns = [p for flag in ("pairs", "wat") for p in c.inputs.get(flag) or []]
    found = FileSystems.match(patterns or [*c.tables, *c.wats])
    return sum(m.size_in_bytes for r in found for m in r.metadata_list)


def round_count(total_bytes: int, round_bytes: int = ROUND_BYTES) -> int:
    """Deduplication rounds: one per `round_bytes` of input, at most MAX_ROUNDS."""
    return max(1, min(MAX_ROUNDS, math.ceil(total_bytes / round_bytes)))


class ReadPairs(beam.PTransform):
    """Read and clean tables and WAT files: ((uid range, piece) of clean pairs, counts); the
    pieces wait in files of `work` when given."""

    def __init__(self, config: CurateConfig, buckets: int, work: str | None = None):
        super().__init__()
        self.config, self.buckets, self.work = config, buckets, work

    def expand(self, pbegin: beam.pvalue.PBegin) -> tuple[beam.PCollection, beam.PCollection]:
        c = self.config
        files = [("table", p) for p in c.tables] + [("wat", p) for p in c.wats]
        files = pbegin | "Files" >> beam.Create(files) | "SpreadFiles" >> beam.Reshuffle()
        read_and_clean = ReadAndClean(c, self.buckets, self.work)
        read = files | "ReadAndClean" >> beam.ParDo(read_and_clean).with_outputs(
            COUNTS, main="clean"
        )
        return read.clean, read[COUNTS]


Counts = tuple[np.ndarray, np.ndarray]  # (sorted query ids, pairs per query)


@dataclass(frozen=True)
class TableFile:
    """A table of pairs sorted by uid, waiting in a file (`batches.write_file`): what travels
    through Beam instead of its pairs."""

    path: str
    rows: int
    spans: list[tuple[int, int]]  # first and last uid prefix of each record batch
    carried: list[str]  # the distinct values of its `carried` column


def leave_kept_in_file(path: str, table: pa.Table) -> Iterator[TableFile | TaggedOutput]:
    """Write kept pairs sorted by uid to `path`: its TableFile, to `query_counts` its pairs
    per query, and to `counts` its rows (`lost_pairs` checks them against the parts)."""
    yield write_table_file(path, table)
    yield TaggedOutput(QUERY_COUNTS, query_counts(table))
    yield TaggedOutput(COUNTS, ("check.kept_in_files", table.num_rows))


def write_table_file(path: str, table: pa.Table) -> TableFile:
    """Write a table of pairs sorted by uid to `path`; its TableFile."""
    spans = batches.write_file(path, table)
    return TableFile(path, table.num_rows, spans, pc.unique(table.column("carried")).to_pylist())


def query_counts(table: pa.Table) -> Counts:
    """The (sorted ids, pairs) of the queries a table's pairs match."""
    return counted(table.column("query_ids").combine_chunks().flatten().to_numpy())


def counted(ids: np.ndarray, n: np.ndarray | None = None) -> Counts:
    """(sorted distinct ids, how many times each occurs, or the sum of `n` over it): by a
    dense count when the ids are those `openwit queries build` writes (0 to a few
    million), by a sort otherwise."""
    weights = None if n is None else n.astype(np.float64)
    if len(ids) and ids.min() >= 0 and ids.max() < DENSE_IDS:
        seen = np.bincount(ids)
        sums = seen if n is None else np.bincount(ids, weights=weights)
        unique = np.flatnonzero(seen)
        return unique.astype(ids.dtype), sums[unique].astype(np.int64)
    unique, inverse = np.unique(ids, return_inverse=True)
    return unique, np.bincount(inverse, weights=weights, minlength=len(unique)).astype(np.int64)


def in_folder(work: str, name: str, index: int) -> str:
    return FileSystems.join(work, f"{name}-{index:05d}.arrow")


class _DeduplicateAndMatch(TableStep):
    """One uid range: one pair per URL (the smallest text, then source and its record, then
    carried values, so the same one whatever the order), then the pairs whose text contains a
    query, with the matched ids, left in a file of the work folder. The automaton is built
    once per worker process. Pairs per query go out once per bundle, summed over its
    ranges: FnApiRunner does not lift a combine across the rounds' Flatten, and a sum per
    range would send it one array per range, up to 16 bytes per query each."""

    def __init__(self, queries: str, handle: shared.Shared, work: str):
        self.queries, self.handle, self.work = queries, handle, work

    def setup(self):
        super().setup()
        self.micros = Metrics.counter(NAMESPACE, "match_microseconds")
        self.matched = Metrics.counter(NAMESPACE, "matched")
        self.matcher = self.handle.acquire(lambda: load_matcher(self.queries), tag=self.queries)

    def start_bundle(self):
        self.per_query: list[Counts] = []
        self.pieces = batches.Pieces()

    def process(self, element: tuple[int, Iterable[Piece]]):
        table = batches.concat(self.pieces.read(element[1]))
        if table is None:
            return
        yield TaggedOutput(COUNTS, ("check.grouped", table.num_rows))
        table = one_per_url(table)
        start = time.perf_counter()
        query_ids = self.matcher.match_column(table.column("text").combine_chunks())
        self.micros.inc(int((time.perf_counter() - start) * 1e6))
        matched = table.append_column("query_ids", query_ids).filter(
            pc.greater(pc.list_value_length(query_ids), 0)
        )
        yield TaggedOutput(COUNTS, ("unique", table.num_rows))
        yield TaggedOutput(COUNTS, ("matched", matched.num_rows))
        self.matched.inc(matched.num_rows)
        if matched.num_rows:
            yield write_table_file(in_folder(self.work, "matched", element[0]), matched)
            self.per_query = add_counts(self.per_query, query_counts(matched))
        faults.reached("curate: a uid range matched")

    def finish_bundle(self):
        self.pieces.close()
        if self.per_query:  # emptied: a worker keeps this DoFn (one per round) to the end
            summed, self.per_query = sum_counts(self.per_query), []
            yield TaggedOutput(QUERY_COUNTS, GlobalWindows.windowed_value(summed))


def one_per_url(table: pa.Table) -> pa.Table:
    """One pair per uid, sorted by uid (`key` first): of pairs that share a URL, the one with
    the smallest text, then source and its record, then carried values, so the same one
    whatever the order."""
    ties = ["text", "source", "source_row", *batches.carried_columns(table)]
    ties = [(c, "ascending") for c in ties]
    table = table.sort_by([("key", "ascending"), ("uid", "ascending"), *ties])
    return table.filter(batches.first_of_runs(table.column("uid")))


class DeduplicateAndMatch(beam.PTransform):
    """Shuffle clean pairs by uid range, then deduplicate and match each range: (files of
    matched pairs, counts, pairs per query). Only whole tables or their file names travel,
    never single pairs.

    The ranges go through `rounds` shuffles (range index mod rounds), each with its share of
    the pool: the local runner hands a worker its whole share of a shuffle at once, so when
    the tables themselves travel, more rounds bound a worker's memory; on Dataflow they run
    side by side.
    """

    def __init__(self, queries: str, work: str, rounds: int = 1):
        super().__init__()
        self.queries, self.work, self.rounds = queries, work, rounds

    def expand(self, clean: beam.PCollection) -> tuple[beam.PCollection, ...]:
        match = _DeduplicateAndMatch(self.queries, shared.Shared(), self.work)
        parts = clean | "SplitRounds" >> beam.Partition(lambda e, n: e[0] % n, self.rounds)
        rounds = [
            part
            | f"GroupByUidRange{r}" >> beam.GroupByKey()
            | f"DeduplicateAndMatch{r}"
            >> beam.ParDo(match).with_outputs(COUNTS, QUERY_COUNTS, main="matched")
            for r, part in enumerate(parts)
        ]
        return tuple(
            [done[tag] for done in rounds] | f"All{tag.title()}" >> beam.Flatten()
            for tag in ("matched", COUNTS, QUERY_COUNTS)
        )


class QueryCounts(beam.CombineFn):
    """Pairs per query, summed over the (sorted ids, counts) arrays of tables. Arrays are
    gathered and summed SUM_EVERY at a time (`add_counts`), not one by one."""

    def create_accumulator(self) -> list[Counts]:
        return []

    def add_input(self, acc: list[Counts], counts: Counts) -> list[Counts]:
        return add_counts(acc, counts)

    def merge_accumulators(self, accs: Iterable[list[Counts]]) -> list[Counts]:
        return [sum_counts([c for acc in accs for c in acc])]

    def extract_output(self, acc: list[Counts]) -> Counts:
        return sum_counts(acc)


SUM_EVERY = 8  # per-query arrays gathered before they are summed into one


def add_counts(gathered: list[Counts], counts: Counts) -> list[Counts]:
    """`counts` added to arrays gathered so far, summed into one every SUM_EVERY arrays: a
    bundle of many uid ranges holds a few arrays, not one per range (16 bytes per query
    each: 0.4 GiB per worker at 30M pairs when each range's array waited to the bundle's
    end)."""
    gathered.append(counts)
    return [sum_counts(gathered)] if len(gathered) >= SUM_EVERY else gathered


def sum_counts(counts: list[Counts]) -> Counts:
    """One (sorted ids, counts) from several, the counts of equal ids added."""
    ids = np.concatenate([np.zeros(0, np.int64), *(c[0] for c in counts)])
    n = np.concatenate([np.zeros(0, np.int64), *(c[1] for c in counts)])
    return counted(ids, n)


class CountPerQuery(beam.PTransform):
    def expand(self, counts: beam.PCollection) -> beam.PCollection:
        return counts | "Count" >> beam.CombineGlobally(QueryCounts())


def over_t(counts: tuple[np.ndarray, np.ndarray], t: int) -> balance.OverT:
    ids, n = counts
    return balance.OverT(ids[n > t], n[n > t])


def kept_path(matched: TableFile) -> str:
    """`kept-N.arrow` beside `matched-N.arrow`."""
    folder, name = FileSystems.split(matched.path)
    return FileSystems.join(folder, name.replace("matched-", "kept-", 1))


class _SampleMetaclip(TableStep):
    def __init__(self, t: int, seed: int):
        self.t, self.seed = t, seed

    def process(self, matched: TableFile, over: balance.OverT):
        table = batches.read_file(matched.path)
        yield TaggedOutput(COUNTS, ("check.balanced", table.num_rows))
        miss = balance.miss_column(table.column("query_ids").combine_chunks(), over, self.t)
        draws = balance.draws(self.seed, table.column("uid").to_pylist())
        keep = balance.keep_metaclip_column(draws, miss)
        if keep.any():
            kept = with_draws(table.filter(pa.array(keep)), 1.0 - miss[keep], draws[keep])
            yield from leave_kept_in_file(kept_path(matched), kept)


def with_draws(table: pa.Table, probability: np.ndarray, draws: np.ndarray) -> pa.Table:
    """Provenance of kept pairs: each one's keep probability and the draw it was compared
    with (`balance.uniform`)."""
    table = table.append_column("keep_probability", pa.array(probability, pa.float64()))
    return table.append_column("draw", pa.array(draws, pa.float64()))


class _SplitCapped(TableStep):
    """`cap` mode: pairs whose queries all have more than t matches go, with their rarest
    query and hash, to `capped` by rarest query; the others are kept (their rarest query
    has at most t pairs)."""

    def __init__(self, seed: int, buckets: int):
        self.seed, self.buckets = seed, buckets

    def process(self, matched: TableFile, over: balance.OverT):
        table = batches.read_file(matched.path)
        yield TaggedOutput(COUNTS, ("check.balanced", table.num_rows))
        capped, rarest = balance.rarest_column(table.column("query_ids").combine_chunks(), over)
        if (~capped).any():  # its rarest query has at most t pairs: kept for sure
            free = table.filter(pa.array(~capped))
            draws = balance.draws(self.seed, free.column("uid").to_pylist())
            yield from leave_kept_in_file(
                kept_path(matched), with_draws(free, np.ones(free.num_rows), draws)
            )
        if capped.any():
            table, rarest = table.filter(pa.array(capped)), rarest[capped]
            hashes = balance.pair_hashes(self.seed, table.column("uid").to_pylist())
            table = table.append_column("rarest", pa.array(rarest, pa.int64()))
            table = table.append_column("hash", pa.array(hashes, pa.uint64()))
            yield TaggedOutput(COUNTS, ("check.capped_sent", table.num_rows))
            for bucket, rows in batches.split_by(table, rarest % self.buckets):
                yield TaggedOutput(CAPPED, (bucket, batches.to_ipc(rows)))


class _KeepFirstT(TableStep):
    """The t pairs of smallest (hash, uid) attributed to each query of a group, left in a
    file of the work folder."""

    def __init__(self, t: int, work: str):
        self.t, self.work = t, work

    def process(self, element: tuple[int, Iterable[bytes]]):
        table = batches.concat(batches.from_ipc(b) for b in element[1])
        yield TaggedOutput(COUNTS, ("check.capped_received", table.num_rows))
        order = [("rarest", "ascending"), ("hash", "ascending"), ("uid", "ascending")]
        table = table.sort_by(order)
        first = np.flatnonzero(batches.first_of_runs(table.column("rarest")))
        rank = np.arange(table.num_rows) - np.repeat(first, np.diff([*first, table.num_rows]))
        kept = table.filter(pa.array(rank < self.t))
        counts = np.diff([*first, table.num_rows])  # pairs attributed to each rarest query
        share = np.minimum(1.0, self.t / np.repeat(counts, counts))[rank < self.t]
        draws = balance.hashes_to_draws(kept.column("hash").to_numpy())
        kept = with_draws(kept.drop_columns(["rarest", "hash"]), share, draws)
        kept = kept.sort_by([("key", "ascending"), ("uid", "ascending")])
        yield from leave_kept_in_file(in_folder(self.work, "capped", element[0]), kept)


class Balance(beam.PTransform):
    """Pass 2: sample the matched pairs against the per-query counts of pass 1: (files of
    kept pairs, their pairs per query, counts). Only the counts of queries with more than t
    matches travel to the workers, as a side input."""

    def __init__(self, mode: str, t: int, seed: int, work: str):
        super().__init__()
        self.mode, self.t, self.seed, self.work = mode, t, seed, work

    def expand(
        self, matched_and_counts: tuple[beam.PCollection, beam.PCollection]
    ) -> tuple[beam.PCollection, beam.PCollection, beam.PCollection]:
        matched, counts = matched_and_counts
        over = AsSingleton(counts | "OverT" >> beam.Map(over_t, self.t))
        if self.mode == "metaclip":
            sample = _SampleMetaclip(self.t, self.seed)
            kept = matched | "Sample" >> beam.ParDo(sample, over).with_outputs(
                QUERY_COUNTS, COUNTS, main="kept"
            )
            return kept.kept, kept[QUERY_COUNTS], kept[COUNTS]
        split = matched | "Split" >> beam.ParDo(
            _SplitCapped(self.seed, CAP_GROUPS), over
        ).with_outputs(CAPPED, QUERY_COUNTS, COUNTS, main="free")
        capped = (
            split[CAPPED]
            | "GroupByRarestQuery" >> beam.GroupByKey()
            | "CapPerQuery"
            >> beam.ParDo(_KeepFirstT(self.t, self.work)).with_outputs(
                QUERY_COUNTS, COUNTS, main="kept"
            )
        )
        pairs = {
            "": (split.free, capped.kept),
            "PerQuery": (split[QUERY_COUNTS], capped[QUERY_COUNTS]),
            "Counts": (split[COUNTS], capped[COUNTS]),
        }
        return tuple(both | f"AllKept{name}" >> beam.Flatten() for name, both in pairs.items())


def batches_by_shard(kept: TableFile, n_shards: int) -> Iterator[tuple[int, tuple[str, int]]]:
    """(shard, (path, batch index)) for each shard that each record batch of a file may
    have rows of (`write.shard_of` of its first and last uid, and the shards between)."""
    shards = batches.range_of(np.array(kept.spans, np.uint64), n_shards).tolist()
    for index, (first, last) in enumerate(shards):
        for shard in range(first, last + 1):
            yield shard, (kept.path, index)


def _write_part(
    out: str, index: int, n_shards: int, table: pa.Table | None, carried: list[str], run: str
) -> Iterator[tuple[str, int] | TaggedOutput]:
    rows = write.write_part(out, index, n_shards, table, batches.carried_names(carried), run)
    Metrics.counter(NAMESPACE, "written").inc(rows)
    yield "kept", rows
    yield TaggedOutput(PARTS, index)


class _WritePart(TableStep):
    def __init__(self, out: str):
        self.out = out

    def process(
        self,
        element: tuple[int, Iterable[tuple[str, int]]],
        n_shards: int,
        carried: list,
        manifest: dict,
    ) -> Iterator[tuple[str, int] | TaggedOutput]:
        index, refs = element
        by_file = groupby(sorted(refs), key=lambda ref: ref[0])
        tables = (batches.read_file(p, [i for _, i in group]) for p, group in by_file)
        table = batches.concat(t.filter(batches.range_index(t, n_shards) == index) for t in tables)
        yield from _write_part(self.out, index, n_shards, table, carried, manifest["id"])


class _WriteEmptyParts(beam.DoFn):
    """The part of each shard no pair went to, with no rows."""

    def __init__(self, out: str):
        self.out = out

    def process(self, n_shards: int, carried: list, manifest: dict, written: list[int]):
        for index in sorted(set(range(n_shards)) - set(written)):
            yield from _write_part(self.out, index, n_shards, None, carried, manifest["id"])


class WriteParts(beam.PTransform):
    """Shards by uid range, each sorted by uid, from the files of kept pairs: the shuffle
    carries only (shard, file, record batch) names, and each writer reads the batches of
    its shard. Every shard is written, even an empty one (after the others, so that no
    Flatten sits in front of the shuffle)."""

    def __init__(self, out: str, rows_per_shard: int, manifest: beam.PCollection):
        super().__init__()
        self.out, self.rows_per_shard, self.manifest = out, rows_per_shard, manifest

    def expand(self, kept: beam.PCollection) -> tuple[beam.PCollection, beam.PCollection]:
        """("kept", rows) of each part written: those with pairs, then the empty ones."""
        per_shard = self.rows_per_shard
        n_shards = (
            kept
            | "Rows" >> beam.Map(lambda f: f.rows)
            | "CountKept" >> beam.CombineGlobally(sum)
            | "Shards" >> beam.Map(lambda n: max(1, math.ceil(n / per_shard)))
        )
        carried = (
            kept
            | "CarriedNames" >> beam.FlatMap(lambda f: f.carried)
            | "DistinctNames" >> beam.Distinct()
        )
        carried, manifest = AsList(carried), AsSingleton(self.manifest)
        written = (
            kept
            | "KeyByShard" >> beam.FlatMap(batches_by_shard, AsSingleton(n_shards))
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
        if lost := lost_pairs(counts):
            raise RuntimeError(f"{lost}: nothing is marked finished; run the job again")
        queries = read_query_table(c.queries)
        table = write.query_counts_table(queries, matched_counts, kept_counts)
        write_atomic(FileSystems.join(c.out, "query_counts.parquet"), write.parquet_bytes(table))
        png = plots.balance_plot(matched_counts[1], kept_counts[1], c.max_per_query)
        write_atomic(FileSystems.join(c.out, "balance.png"), png)
        inputs = [{**f, "sha256": digests[f["path"]]} for f in manifest["inputs"]]
        body = write.stats_json({**manifest, "inputs": inputs})
        write_atomic(FileSystems.join(c.out, "manifest.json"), body)
        remove_tree(FileSystems.join(c.out, WORK))  # every part is written
        matched_queries = int(np.count_nonzero(matched_counts[1]))
        stats = summary_stats(c, counts, queries.num_rows, matched_queries)
        write_atomic(FileSystems.join(c.out, "stats.json"), write.stats_json(stats))
        yield stats


def lost_pairs(counts: dict[str, int]) -> str | None:
    """Pairs that left one step and did not reach the next, by the job's own counts, as one
    line; None when every step got what the step before it sent. A guard against the
    runner dropping data: an earlier graph lost whole uid ranges on FnApiRunner at 10M
    pairs (docs/curate.md, Measured)."""
    get = counts.get
    for sent, received, where in (
        (clean_pairs(counts), get("check.grouped", 0), "between cleaning and deduplicating"),
        (get("matched", 0), get("check.balanced", 0), "between matching and balancing"),
        (get("check.capped_sent", 0), get("check.capped_received", 0), "in the cap per query"),
        (get("check.kept_in_files", 0), get("kept", 0), "between balancing and the parts"),
    ):
        if sent != received:
            return f"{sent - received:,} of {sent:,} pairs lost {where}"
    return None


def clean_pairs(counts: dict[str, int]) -> int:
    """Pairs read and not dropped by the cleaning."""
    return counts.get("raw", 0) - sum(n for k, n in counts.items() if k.startswith("dropped."))


def summary_stats(c: CurateConfig, counts: dict, n_queries: int, queries_matched: int) -> dict:
    """stats.json: records read, skipped and dropped by reason at each step, kept."""

    def by_reason(prefix: str) -> dict[str, int]:
        return {
            k.removeprefix(prefix): v for k, v in sorted(counts.items()) if k.startswith(prefix)
        }

    counts = {"raw": 0, "unique": 0, "matched": 0, "kept": 0, **counts}
    skipped = by_reason("skipped.")
    dropped = by_reason("dropped.")
    clean = clean_pairs(counts)
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


def build(p: beam.Pipeline, c: CurateConfig, rounds: int = 1, buckets: int = MIN_BUCKETS) -> None:
    """The whole curation graph on pipeline `p`: `buckets` uid ranges deduplicated in
    `rounds` shuffles when the clean tables travel through them, in one when they wait in
    files of the work folder (`tables_in_files`)."""
    work = FileSystems.join(c.out, WORK)
    in_files = tables_in_files(work)
    rounds = 1 if in_files else rounds
    clean, read_counts = p | "ReadPairs" >> ReadPairs(c, buckets, work if in_files else None)
    matched, match_counts, matched_per_query = clean | "DeduplicateAndMatch" >> (
        DeduplicateAndMatch(c.queries, work, rounds)
    )
    matched_counts = matched_per_query | "CountMatched" >> CountPerQuery()
    if in_files:  # every uid range is matched once the counts are summed
        folder = p | "AfterMatching" >> beam.Create([work])
        folder | "RemoveCleanTables" >> beam.Map(remove_clean_tables, AsSingleton(matched_counts))
    kept, kept_per_query, balance_counts = (matched, matched_counts) | "Balance" >> Balance(
        c.balance, c.max_per_query, c.seed, work
    )
    # made on a worker: the launcher (and a Dataflow dry run) reads no input
    manifest = p | "Run" >> beam.Create([c]) | "Manifest" >> beam.Map(run_manifest)
    written, written_empty = kept | "WriteParts" >> WriteParts(c.out, c.rows_per_shard, manifest)

    kept_counts = kept_per_query | "CountKept" >> CountPerQuery()
    counts = (
        (read_counts, match_counts, balance_counts, written, written_empty)
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


def remove_clean_tables(work: str, _: Counts) -> None:
    """Remove the files of clean tables (`clean_file`) from the work folder."""
    found = FileSystems.match([FileSystems.join(work, f"{CLEAN}*.arrow")])[0].metadata_list
    if found:
        FileSystems.delete([m.path for m in found])


def run(
    c: CurateConfig, beam_args: list[str], round_bytes: int = ROUND_BYTES
) -> tuple[dict | None, dict[str, int]]:
    """Run the job (a deduplication round per `round_bytes` of input when the clean tables
    travel through the shuffle, see `build`); its stats.json content and the Beam counters
    (None, {} for a dry run)."""
    from apache_beam.options.pipeline_options import PipelineOptions, TestOptions

    from common.beam import make_pipeline

    check_queries(c.queries)  # fail fast on a bad or empty query list, before any worker starts
    keep_large_buffers_mapped()  # the local runner holds the shuffles' data in this process
    dry_run = PipelineOptions(beam_args).view_as(TestOptions).dry_run
    if not dry_run:  # stats.json marks a finished output, diff.json a finished diff: gone
        remove_if_exists(FileSystems.join(c.out, "stats.json"))  # until this run writes them
        remove_if_exists(FileSystems.join(c.out, "diff", "diff.json"))
    p = make_pipeline(beam_args)
    total = input_bytes(c)
    build(p, c, round_count(total, round_bytes), bucket_count(total))
    result = p.run()
    result.wait_until_finish()
    if dry_run:
        return None, {}  # translated and checked by the runner, nothing run
    metrics = result.metrics().query(beam.metrics.MetricsFilter().with_namespace(NAMESPACE))
    counters: Counter = Counter()  # a counter of several steps (the rounds) is their sum
    for counter in metrics["counters"]:
        counters[counter.key.metric.name] += counter.committed
    with FileSystems.open(FileSystems.join(c.out, "stats.json")) as f:
        stats = json.load(f)
    write.remove_stale_parts(c.out, stats["shards"])
    return stats, dict(counters)
