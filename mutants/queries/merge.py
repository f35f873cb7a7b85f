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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


def candidate(source: str, order: tuple, query: str, stat: float | None) -> Candidate:
    return (source, order, query, stat)


class Query(NamedTuple):
    id: int
    query: str
    source: str
    stat: float | None
mutants_x_pmi__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_pmi__mutmut)
def pmi(pair_count: int, first_count: int, second_count: int, total_words: int) -> float:
    """Pointwise mutual information in bits, as nltk's BigramAssocMeasures.pmi (MetaCLIP)."""
    return math.log2(pair_count * total_words) - math.log2(first_count * second_count)


def x_pmi__mutmut_orig(pair_count: int, first_count: int, second_count: int, total_words: int) -> float:
    """Pointwise mutual information in bits, as nltk's BigramAssocMeasures.pmi (MetaCLIP)."""
    return math.log2(pair_count * total_words) - math.log2(first_count * second_count)


def x_pmi__mutmut_1(pair_count: int, first_count: int, second_count: int, total_words: int) -> float:
    """Pointwise mutual information in bits, as nltk's BigramAssocMeasures.pmi (MetaCLIP)."""
    return math.log2(pair_count * total_words) + math.log2(first_count * second_count)


def x_pmi__mutmut_2(pair_count: int, first_count: int, second_count: int, total_words: int) -> float:
    """Pointwise mutual information in bits, as nltk's BigramAssocMeasures.pmi (MetaCLIP)."""
    return math.log2(None) - math.log2(first_count * second_count)


def x_pmi__mutmut_3(pair_count: int, first_count: int, second_count: int, total_words: int) -> float:
    """Pointwise mutual information in bits, as nltk's BigramAssocMeasures.pmi (MetaCLIP)."""
    return math.log2(pair_count / total_words) - math.log2(first_count * second_count)


def x_pmi__mutmut_4(pair_count: int, first_count: int, second_count: int, total_words: int) -> float:
    """Pointwise mutual information in bits, as nltk's BigramAssocMeasures.pmi (MetaCLIP)."""
    return math.log2(pair_count * total_words) - math.log2(None)


def x_pmi__mutmut_5(pair_count: int, first_count: int, second_count: int, total_words: int) -> float:
    """Pointwise mutual information in bits, as nltk's BigramAssocMeasures.pmi (MetaCLIP)."""
    return math.log2(pair_count * total_words) - math.log2(first_count / second_count)

mutants_x_pmi__mutmut['_mutmut_orig'] = x_pmi__mutmut_orig # type: ignore # mutmut generated
mutants_x_pmi__mutmut['x_pmi__mutmut_1'] = x_pmi__mutmut_1 # type: ignore # mutmut generated
mutants_x_pmi__mutmut['x_pmi__mutmut_2'] = x_pmi__mutmut_2 # type: ignore # mutmut generated
mutants_x_pmi__mutmut['x_pmi__mutmut_3'] = x_pmi__mutmut_3 # type: ignore # mutmut generated
mutants_x_pmi__mutmut['x_pmi__mutmut_4'] = x_pmi__mutmut_4 # type: ignore # mutmut generated
mutants_x_pmi__mutmut['x_pmi__mutmut_5'] = x_pmi__mutmut_5 # type: ignore # mutmut generated
mutants_x_ranked__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ranked__mutmut)
def ranked(source: str, query: str, stat: float) -> Candidate:
    """A candidate ordered by its statistic, highest first."""
    return (source, (-stat, query), query, stat)


def x_ranked__mutmut_orig(source: str, query: str, stat: float) -> Candidate:
    """A candidate ordered by its statistic, highest first."""
    return (source, (-stat, query), query, stat)


def x_ranked__mutmut_1(source: str, query: str, stat: float) -> Candidate:
    """A candidate ordered by its statistic, highest first."""
    return (source, (+stat, query), query, stat)

mutants_x_ranked__mutmut['_mutmut_orig'] = x_ranked__mutmut_orig # type: ignore # mutmut generated
mutants_x_ranked__mutmut['x_ranked__mutmut_1'] = x_ranked__mutmut_1 # type: ignore # mutmut generated
mutants_x_merge__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_merge__mutmut)
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


def x_merge__mutmut_orig(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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


def x_merge__mutmut_1(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = None
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


def x_merge__mutmut_2(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = None
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


def x_merge__mutmut_3(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = None
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


def x_merge__mutmut_4(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = None
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


def x_merge__mutmut_5(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(None)}
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


def x_merge__mutmut_6(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(None, key=lambda c: (rank[c[0]], c[1])):
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


def x_merge__mutmut_7(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=None):
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


def x_merge__mutmut_8(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(key=lambda c: (rank[c[0]], c[1])):
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


def x_merge__mutmut_9(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, ):
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


def x_merge__mutmut_10(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: None):
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


def x_merge__mutmut_11(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[1]], c[1])):
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


def x_merge__mutmut_12(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[0]], c[2])):
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


def x_merge__mutmut_13(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[0]], c[1])):
        tally = None
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


def x_merge__mutmut_14(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[0]], c[1])):
        tally = counts[source]
        tally["candidates"] = 1
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


def x_merge__mutmut_15(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[0]], c[1])):
        tally = counts[source]
        tally["candidates"] -= 1
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


def x_merge__mutmut_16(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[0]], c[1])):
        tally = counts[source]
        tally["XXcandidatesXX"] += 1
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


def x_merge__mutmut_17(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[0]], c[1])):
        tally = counts[source]
        tally["CANDIDATES"] += 1
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


def x_merge__mutmut_18(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[0]], c[1])):
        tally = counts[source]
        tally["candidates"] += 2
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


def x_merge__mutmut_19(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[0]], c[1])):
        tally = counts[source]
        tally["candidates"] += 1
        query = None
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


def x_merge__mutmut_20(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[0]], c[1])):
        tally = counts[source]
        tally["candidates"] += 1
        query = normalize(None)
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


def x_merge__mutmut_21(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[0]], c[1])):
        tally = counts[source]
        tally["candidates"] += 1
        query = normalize(raw)
        if not query and is_punctuation_only(query):
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


def x_merge__mutmut_22(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[0]], c[1])):
        tally = counts[source]
        tally["candidates"] += 1
        query = normalize(raw)
        if query or is_punctuation_only(query):
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


def x_merge__mutmut_23(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
    """The query list, and per source: candidates, kept, and dropped by reason."""
    counts: dict[str, Counter] = {source: Counter() for source in SOURCES}
    queries: list[Query] = []
    seen: set[str] = set()
    rank = {source: i for i, source in enumerate(SOURCES)}
    for source, _, raw, stat in sorted(candidates, key=lambda c: (rank[c[0]], c[1])):
        tally = counts[source]
        tally["candidates"] += 1
        query = normalize(raw)
        if not query or is_punctuation_only(None):
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


def x_merge__mutmut_24(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["dropped_empty_or_punctuation"] = 1
        elif query in seen:
            tally["dropped_duplicate"] += 1
        elif len(queries) >= max_queries:
            tally["dropped_over_cap"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_25(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["dropped_empty_or_punctuation"] -= 1
        elif query in seen:
            tally["dropped_duplicate"] += 1
        elif len(queries) >= max_queries:
            tally["dropped_over_cap"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_26(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["XXdropped_empty_or_punctuationXX"] += 1
        elif query in seen:
            tally["dropped_duplicate"] += 1
        elif len(queries) >= max_queries:
            tally["dropped_over_cap"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_27(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["DROPPED_EMPTY_OR_PUNCTUATION"] += 1
        elif query in seen:
            tally["dropped_duplicate"] += 1
        elif len(queries) >= max_queries:
            tally["dropped_over_cap"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_28(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["dropped_empty_or_punctuation"] += 2
        elif query in seen:
            tally["dropped_duplicate"] += 1
        elif len(queries) >= max_queries:
            tally["dropped_over_cap"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_29(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
        elif query not in seen:
            tally["dropped_duplicate"] += 1
        elif len(queries) >= max_queries:
            tally["dropped_over_cap"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_30(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["dropped_duplicate"] = 1
        elif len(queries) >= max_queries:
            tally["dropped_over_cap"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_31(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["dropped_duplicate"] -= 1
        elif len(queries) >= max_queries:
            tally["dropped_over_cap"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_32(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["XXdropped_duplicateXX"] += 1
        elif len(queries) >= max_queries:
            tally["dropped_over_cap"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_33(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["DROPPED_DUPLICATE"] += 1
        elif len(queries) >= max_queries:
            tally["dropped_over_cap"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_34(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["dropped_duplicate"] += 2
        elif len(queries) >= max_queries:
            tally["dropped_over_cap"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_35(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
        elif len(queries) > max_queries:
            tally["dropped_over_cap"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_36(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["dropped_over_cap"] = 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_37(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["dropped_over_cap"] -= 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_38(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["XXdropped_over_capXX"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_39(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["DROPPED_OVER_CAP"] += 1
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_40(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["dropped_over_cap"] += 2
        else:
            seen.add(query)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_41(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            seen.add(None)
            queries.append(Query(len(queries), query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_42(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            queries.append(None)
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_43(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            queries.append(Query(None, query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_44(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            queries.append(Query(len(queries), None, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_45(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            queries.append(Query(len(queries), query, None, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_46(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            queries.append(Query(len(queries), query, source, None))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_47(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            queries.append(Query(query, source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_48(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            queries.append(Query(len(queries), source, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_49(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            queries.append(Query(len(queries), query, stat))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_50(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            queries.append(Query(len(queries), query, source, ))
            tally["kept"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_51(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["kept"] = 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_52(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["kept"] -= 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_53(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["XXkeptXX"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_54(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["KEPT"] += 1
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_55(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
            tally["kept"] += 2
    return queries, {source: dict(sorted(c.items())) for source, c in counts.items()}


def x_merge__mutmut_56(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
    return queries, {source: dict(None) for source, c in counts.items()}


def x_merge__mutmut_57(candidates: Iterable[Candidate], max_queries: int) -> tuple[list[Query], dict]:
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
    return queries, {source: dict(sorted(None)) for source, c in counts.items()}

mutants_x_merge__mutmut['_mutmut_orig'] = x_merge__mutmut_orig # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_1'] = x_merge__mutmut_1 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_2'] = x_merge__mutmut_2 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_3'] = x_merge__mutmut_3 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_4'] = x_merge__mutmut_4 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_5'] = x_merge__mutmut_5 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_6'] = x_merge__mutmut_6 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_7'] = x_merge__mutmut_7 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_8'] = x_merge__mutmut_8 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_9'] = x_merge__mutmut_9 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_10'] = x_merge__mutmut_10 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_11'] = x_merge__mutmut_11 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_12'] = x_merge__mutmut_12 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_13'] = x_merge__mutmut_13 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_14'] = x_merge__mutmut_14 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_15'] = x_merge__mutmut_15 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_16'] = x_merge__mutmut_16 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_17'] = x_merge__mutmut_17 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_18'] = x_merge__mutmut_18 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_19'] = x_merge__mutmut_19 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_20'] = x_merge__mutmut_20 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_21'] = x_merge__mutmut_21 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_22'] = x_merge__mutmut_22 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_23'] = x_merge__mutmut_23 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_24'] = x_merge__mutmut_24 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_25'] = x_merge__mutmut_25 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_26'] = x_merge__mutmut_26 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_27'] = x_merge__mutmut_27 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_28'] = x_merge__mutmut_28 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_29'] = x_merge__mutmut_29 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_30'] = x_merge__mutmut_30 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_31'] = x_merge__mutmut_31 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_32'] = x_merge__mutmut_32 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_33'] = x_merge__mutmut_33 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_34'] = x_merge__mutmut_34 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_35'] = x_merge__mutmut_35 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_36'] = x_merge__mutmut_36 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_37'] = x_merge__mutmut_37 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_38'] = x_merge__mutmut_38 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_39'] = x_merge__mutmut_39 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_40'] = x_merge__mutmut_40 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_41'] = x_merge__mutmut_41 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_42'] = x_merge__mutmut_42 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_43'] = x_merge__mutmut_43 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_44'] = x_merge__mutmut_44 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_45'] = x_merge__mutmut_45 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_46'] = x_merge__mutmut_46 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_47'] = x_merge__mutmut_47 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_48'] = x_merge__mutmut_48 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_49'] = x_merge__mutmut_49 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_50'] = x_merge__mutmut_50 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_51'] = x_merge__mutmut_51 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_52'] = x_merge__mutmut_52 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_53'] = x_merge__mutmut_53 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_54'] = x_merge__mutmut_54 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_55'] = x_merge__mutmut_55 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_56'] = x_merge__mutmut_56 # type: ignore # mutmut generated
mutants_x_merge__mutmut['x_merge__mutmut_57'] = x_merge__mutmut_57 # type: ignore # mutmut generated
