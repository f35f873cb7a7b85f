"""Merging the four sources into one list, as MetaCLIP describes it (Demystifying CLIP Data).

Sources are taken in the order WordNet → unigrams → bigrams → titles; within a source,
WordNet keeps its database order and the others go by their statistic, highest first
(ties by the query string). A query enters once, at its first appearance; empty strings
and lone punctuation never enter. The cap keeps the first `max_queries` entries of that
order, so a smaller cap always yields a prefix of a larger one.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from queries.text import is_punctuation_only, normalize

SOURCES = ("wordnet", "unigram", "bigram", "title")


# (source, position within the source, query, statistic: count, PMI, views or None).
# A plain tuple, not a NamedTuple: Beam encodes tuples natively but pickles a NamedTuple
# one by one, and the job ships hundreds of thousands of these.
Candidate = tuple[str, tuple, str, float | None]


def candidate(source: str, order: tuple, query: str, stat: float | None) -> Candidate:
    return (source, order, query, stat)


class Query(NamedTuple):
    id: int
    query: str
    source: str
    stat: float | None


def pmi(pair_count: int, first_count: int, second_count: int, total_words: int) -> float:
    """Pointwise mutual information in bits, as nltk's BigramAssocMeasures.pmi (MetaCLIP)."""
    return math.log2(pair_count * total_words) - math.log2(first_count * second_count)


def ranked(source: str, query: str, stat: float) -> Candidate:
    """A candidate ordered by its statistic, highest first."""
    return (source, (-stat, query), query, stat)


def merge(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[0]], c[1])):
        tally = counts[source]
        tally["candidates"] += 1
        query = normalize(raw)
        if not query or is_punctuation_only(query):
            tally["dropped_empty_or_punctuation"] += 1
        elif query in seen:
            tally["dropped_duplicate"] += 1
        elif len(queries) >= max_queries:
            tally["dropped_over_cap"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}
