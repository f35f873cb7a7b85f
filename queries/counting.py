"""Word and bigram counts over the whole corpus, and the bigrams' PMI, in bounded memory.

    texts ─CountTerms─▶ sorted runs of word counts and of bigram counts, on disk
    word runs, by partition ─MergeWords─▶ word tables (runs), N, unigram candidates
    bigram runs, by partition of the first word ─JoinFirstWord (word table)─▶
        runs keyed by the second word ─PMI (word table)─▶ bigram candidates

Counts never travel through Beam: each bundle sums its terms in a Counter of at most
`max_keys` terms, writes it out as a run (`queries.spill`) whenever it fills, and emits
only the runs' segment names. Every later step streams sorted runs, so a worker holds at
most one table of `max_keys` terms and a buffer per run it merges.

Exact pruning. PMI(x, y) = log2(c(xy)·N / (c(x)·c(y))) (nltk's definition, as MetaCLIP)
and c(xy) ≤ c(y), so PMI(x, y) ≤ log2(N / c(x)). A bigram whose first word is more common
than N / 2^min_pmi cannot reach min_pmi; JoinFirstWord drops it before its second word is
looked up. With the default 30 bits on English Wikipedia (N ≈ 4·10⁹) that leaves only
bigrams of words seen at most 3 times.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.transforms.window import GlobalWindows

from queries import merge, spill
from queries.spill import Segment, partition_of
from queries.text import WORD

# Floating-point slack for the pruning bound: it may keep a bigram that then fails the
# exact test, never drop one that would pass it.
BOUND_SLACK = 1e-9


def bigrams(text: str) -> Iterator[str]:
    """ "first second" for adjacent words separated by whitespace only, so a bigram never
    spans punctuation."""
    previous, previous_end = None, -1
    for match in WORD.finditer(text):
        if previous is not None and text[previous_end : match.start()].isspace():
            yield f"{previous} {match.group()}"
        previous, previous_end = match.group(), match.end()


class RunBuffer:
    """Lines by partition, written out as a run whenever `max_lines` are held."""

    def __init__(self, folder: str, kind: str, max_lines: int):
        self.folder, self.kind, self.max_lines = folder, kind, max_lines
        self.parts: dict[int, list[str]] = {}
        self.size = 0

    def add(self, partition: int, line: str) -> list[tuple[int, Segment]]:
        self.parts.setdefault(partition, []).append(line)
        self.size += 1
        return self.flush() if self.size >= self.max_lines else []

    def flush(self) -> list[tuple[int, Segment]]:
        if not self.size:
            return []
        parts, self.parts, self.size = self.parts, {}, 0
        for lines in parts.values():
            lines.sort()
        return spill.write_run(spill.new_path(self.folder, self.kind), parts)


class CountInRuns(beam.DoFn):
    """Texts -> (partition, segment) of runs of `term<TAB>count` lines; a bigram goes to
    its first word's partition."""

    def __init__(self, kind: str, folder: str, partitions: int, max_keys: int):
        self.kind, self.folder = kind, folder
        self.partitions, self.max_keys = partitions, max_keys

    def start_bundle(self) -> None:
        self.counts: Counter = Counter()

    def process(self, text: str) -> Iterator[tuple[int, Segment]]:
        self.counts.update(WORD.findall(text) if self.kind == "word" else bigrams(text))
        if len(self.counts) >= self.max_keys:
            yield from self._spill()

    def finish_bundle(self) -> Iterator:
        yield from (GlobalWindows.windowed_value(item) for item in self._spill())

    def _spill(self) -> list[tuple[int, Segment]]:
        counts, self.counts = self.counts, Counter()
        runs = RunBuffer(self.folder, self.kind, len(counts) + 1)
        word = self.kind == "word"
        for term, n in counts.items():
            key = term if word else term[: term.index(" ")]
            runs.add(partition_of(key, self.partitions), f"{term}\t{n}\n")
        del counts
        return runs.flush()


class CountTerms(beam.PTransform):
    """Texts -> (partition, [segments]): the runs holding each partition's counts."""

    def __init__(self, kind: str, folder: str, partitions: int, max_keys: int):
        super().__init__()
        self.count = CountInRuns(kind, folder, partitions, max_keys)

    def expand(self, texts: beam.PCollection) -> beam.PCollection:
        return (
            texts | "CountInRuns" >> beam.ParDo(self.count) | "RunsByPartition" >> beam.GroupByKey()
        )


class MergeWords(beam.DoFn):
    """(partition, word runs) -> (partition, its word table: one sorted run of totals);
    the partition's word total on `total`, its unigram candidates on `unigrams`."""

    def __init__(self, folder: str, min_count: int):
        self.folder, self.min_count = folder, min_count

    def process(self, element: tuple[int, Iterable[Segment]]) -> Iterator:
        partition, segments = element
        total, candidates = 0, []

        def table() -> Iterator[str]:
            nonlocal total
            for word, n in spill.counts(list(segments), self.folder, partition):
                total += n
                if n >= self.min_count:
                    candidates.append(merge.ranked("unigram", word, n))
                yield f"{word}\t{n}\n"

        ((_, segment),) = spill.write_run(
            spill.new_path(self.folder, "table"), {partition: table()}
        )
        yield partition, segment
        yield pvalue.TaggedOutput("total", total)
        yield pvalue.TaggedOutput("unigrams", candidates)


def lookup(table: Segment) -> Callable[[str], int]:
    """A function word -> count over a word table, for words asked in sorted order."""
    rows = spill.summed(spill.read_segment(table))
    current = ("", 0)

    def count(word: str) -> int:
        nonlocal current
        while current[0] < word:
            current = next(rows, None)
            if current is None:
                raise ValueError(f"{table[0]}: word table lacks {word!r}")
        if current[0] != word:
            raise ValueError(f"{table[0]}: word table lacks {word!r}")
        return current[1]

    return count


class JoinFirstWord(beam.DoFn):
    """(partition, bigram runs) -> (partition of the second word, segment) of runs of
    `second first<TAB>count<TAB>first word's count`, for the bigrams seen at least
    `min_count` times whose first word is rare enough to reach `min_pmi`."""

    def __init__(self, folder: str, partitions: int, max_keys: int, min_count: int, min_pmi: float):
        self.folder, self.partitions, self.max_keys = folder, partitions, max_keys
        self.min_count, self.min_pmi = min_count, min_pmi

    def process(
        self, element: tuple[int, Iterable[Segment]], tables: dict, total: int
    ) -> Iterator[tuple[int, Segment]]:
        partition, segments = element
        first_count = lookup(tables[partition])
        runs = RunBuffer(self.folder, "joined", self.max_keys)
        last_first, reachable, count = None, False, 0
        for bigram, n in spill.counts(list(segments), self.folder, partition):
            if n < self.min_count:
                continue
            first, second = bigram.split(" ", 1)
            if first != last_first:
                last_first, count = first, first_count(first)
                bound = math.log2(total) - math.log2(count)  # PMI ≤ log2(N / c(first))
                reachable = bound + BOUND_SLACK >= self.min_pmi
            if reachable:
                yield from runs.add(
                    partition_of(second, self.partitions), f"{second} {first}\t{n}\t{count}\n"
                )
        yield from runs.flush()


def scored(
    element: tuple[int, Iterable[Segment]], tables: dict, total: int, folder: str, min_pmi: float
) -> list:
    """(partition, joined runs) -> bigram candidates with PMI >= min_pmi."""
    partition, segments = element
    second_count = lookup(tables[partition])
    candidates = []
    for line in spill.sorted_lines(list(segments), folder, partition):
        key, n, first_count = line.split("\t")
        second, first = key.split(" ", 1)
        value = merge.pmi(int(n), int(first_count), second_count(second), total)
        if value >= min_pmi:
            candidates.append(merge.ranked("bigram", f"{first} {second}", value))
    return candidates


class ScoreBigrams(beam.PTransform):
    """(bigram runs by partition, word tables, word totals) -> lists of bigram candidates:
    seen at least `min_count` times and PMI >= `min_pmi` (nltk's definition, as MetaCLIP)."""

    def __init__(self, folder: str, partitions: int, max_keys: int, min_count: int, min_pmi: float):
        super().__init__()
        self.folder, self.min_pmi = folder, min_pmi
        self.join = JoinFirstWord(folder, partitions, max_keys, min_count, min_pmi)

    def expand(
        self, inputs: tuple[beam.PCollection, beam.PCollection, beam.PCollection]
    ) -> beam.PCollection:
        pair_runs, tables, totals = inputs
        tables = beam.pvalue.AsDict(tables)
        total = beam.pvalue.AsSingleton(totals | "TotalWords" >> beam.CombineGlobally(sum))
        return (
            pair_runs
            | "JoinFirstWord" >> beam.ParDo(self.join, tables, total)
            | "BySecondWord" >> beam.GroupByKey()
            | "PMI" >> beam.Map(scored, tables, total, self.folder, self.min_pmi)
        )
