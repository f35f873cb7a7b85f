"""Word and bigram counting over the whole corpus, in hash shards.

Per-term elements would cost Beam a few microseconds each, millions of times over. Instead
each bundle sums its counts in a Counter, splits it into `shards` pieces by a stable hash
(of the word, or of a bigram's first word) and emits (shard, Counter); one CombinePerKey
merges each shard. Joining bigrams with their words' counts is then a join of shards:
memory per worker is one shard of the vocabulary, element count is bundles × shards.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator

import apache_beam as beam
from apache_beam.transforms.window import GlobalWindows

from queries import merge
from queries.text import WORD

Shard = tuple[int, Counter]


def shard_of(word: str, shards: int) -> int:
    """A stable shard number (Python's own hash differs between processes)."""
    return zlib.crc32(word.encode()) % shards


def bigrams(text: str) -> Iterator[str]:
    """ "first second" for adjacent words separated by whitespace only, so a bigram never
    spans punctuation."""
    previous, previous_end = None, -1
    for match in WORD.finditer(text):
        if previous is not None and text[previous_end : match.start()].isspace():
            yield f"{previous} {match.group()}"
        previous, previous_end = match.group(), match.end()


class CountInShards(beam.DoFn):
    """Text -> (shard, Counter of terms), flushed at the end of each bundle and whenever
    `max_keys` distinct terms are held, so memory stays bounded however large the dump."""

    def __init__(self, kind: str, shards: int, max_keys: int = 500_000):
        self.kind, self.shards, self.max_keys = kind, shards, max_keys

    def start_bundle(self) -> None:
        self.counts: Counter = Counter()

    def process(self, text: str) -> Iterator[Shard]:
        self.counts.update(WORD.findall(text) if self.kind == "word" else bigrams(text))
        if len(self.counts) > self.max_keys:
            yield from self._split()

    def finish_bundle(self) -> Iterator:
        yield from (GlobalWindows.windowed_value(shard) for shard in self._split())

    def _split(self) -> Iterator[Shard]:
        pieces: dict[int, Counter] = {}
        for term, n in self.counts.items():
            key = term if self.kind == "word" else term.split(" ", 1)[0]
            pieces.setdefault(shard_of(key, self.shards), Counter())[term] = n
        self.counts = Counter()
        yield from pieces.items()


class MergeCounts(beam.CombineFn):
    def create_accumulator(self) -> Counter:
        return Counter()

    def add_input(self, total: Counter, counts: Counter) -> Counter:
        total.update(counts)
        return total

    def merge_accumulators(self, totals) -> Counter:
        first, *rest = totals
        for other in rest:
            first.update(other)
        return first

    def extract_output(self, total: Counter) -> Counter:
        return total


class CountTerms(beam.PTransform):
    """Texts -> (shard, Counter) of words or bigrams over the whole corpus."""

    def __init__(self, kind: str, shards: int):
        super().__init__()
        self.kind, self.shards = kind, shards

    def expand(self, texts):
        return (
            texts
            | "CountInShards" >> beam.ParDo(CountInShards(self.kind, self.shards))
            | "MergeShards" >> beam.CombinePerKey(MergeCounts())
        )


def with_first_count(joined, shards: int, min_count: int) -> Iterator[Shard]:
    """Shard s of bigrams (keyed by first word) and of words -> bigrams seen at least
    `min_count` times, with their first word's count, re-sharded by their second word."""
    _, sides = joined
    words = sides["words"][0] if sides["words"] else {}
    pieces: dict[int, dict] = {}
    for pairs in sides["pairs"]:
        for bigram, n in pairs.items():
            if n >= min_count:
                first, second = bigram.split(" ", 1)
                pieces.setdefault(shard_of(second, shards), {})[bigram] = (n, words[first])
    yield from pieces.items()


def scored(joined, total_words: int, min_pmi: float) -> list[merge.Candidate]:
    """Shard s of (bigram -> counts) and of words -> bigram candidates with PMI >= min_pmi."""
    _, sides = joined
    words = sides["words"][0] if sides["words"] else {}
    candidates = []
    for pairs in sides["pairs"]:
        for bigram, (n, first_count) in pairs.items():
            value = merge.pmi(n, first_count, words[bigram.split(" ", 1)[1]], total_words)
            if value >= min_pmi:
                candidates.append(merge.ranked("bigram", bigram, value))
    return candidates


class ScoreBigrams(beam.PTransform):
    """Bigram candidates: seen at least `min_count` times and PMI >= `min_pmi` (nltk's
    definition, as MetaCLIP), each word's count joined shard by shard."""

    def __init__(self, shards: int, min_count: int, min_pmi: float):
        super().__init__()
        self.shards, self.min_count, self.min_pmi = shards, min_count, min_pmi

    def expand(self, counts):
        pair_shards, word_shards = counts
        total = (
            word_shards
            | "ShardTotals" >> beam.Map(lambda kv: sum(kv[1].values()))
            | "TotalWords" >> beam.CombineGlobally(sum)
        )
        by_second = (
            {"pairs": pair_shards, "words": word_shards}
            | "JoinFirstWord" >> beam.CoGroupByKey()
            | "AddFirstCount" >> beam.FlatMap(with_first_count, self.shards, self.min_count)
        )
        return (
            {"pairs": by_second, "words": word_shards}
            | "JoinSecondWord" >> beam.CoGroupByKey()
            | "PMI" >> beam.Map(scored, beam.pvalue.AsSingleton(total), self.min_pmi)
        )
