"""MetaCLIP's substring matching of texts against the query list, by Aho-Corasick.

A query matches a text when `f" {query} "` occurs in the text's matching form
(`queries.text.pad_for_matching`: punctuation spaced out, single spaces, padded), i.e.
on word boundaries, case-sensitively. Queries get the same form, so "St. Louis" matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import ahocorasick
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from queries.text import MATCH_PUNCTUATION, pad_for_matching

QUERY_COLUMNS = ("id", "query")
NO_QUERY = "the query list has no non-blank query"


# pyahocorasick's STORE_INTS keeps a 32-bit signed value per key
VALUE_LIMIT = 2**31
PLAIN_QUERY = r"^[!-~]+( [!-~]+)*$"  # printable ASCII words separated by single spaces


class Matcher:
    """An Aho-Corasick automaton over the padded queries (a plain class: Beam's `Shared`
    needs an object that can be weak-referenced).

    Each key holds one integer (STORE_INTS: scanning is about a fifth faster than with a
    tuple per key): the query's id when the ids are distinct and below 2**31, as `openwit
    queries build` writes them, else the query's row, mapped back to its id after the
    scan. A key that several queries share ("U.S." and "U. S.") holds the first one's
    value, and `shared` lists all of theirs."""

    def __init__(self, ids: Sequence[int], keys: Sequence[str]):
        """From query ids and their matching forms (`pad_for_matching`)."""
        if len(ids) >= VALUE_LIMIT:
            raise ValueError(f"more than {VALUE_LIMIT - 1:,} queries")
        direct = len(set(ids)) == len(ids) and all(0 <= i < VALUE_LIMIT for i in ids)
        self.id_of = None if direct else list(ids)
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        shared: dict[int, list[int]] = {}
        for value, key in zip(ids if direct else range(len(ids)), keys, strict=True):
            if key.isspace():  # a blank query
                continue
            if key in automaton:
                first = automaton.get(key)
                shared.setdefault(first, [first]).append(value)
            else:
                automaton.add_word(key, value)
        if len(automaton) == 0:
            raise ValueError(NO_QUERY)
        automaton.make_automaton()
        self.automaton = automaton
        self.shared = {first: tuple(values) for first, values in shared.items()}

    @classmethod
    def of(cls, queries: Iterable[tuple[int, str]]) -> Matcher:
        """From (id, query) pairs."""
        pairs = list(queries)
        return cls([int(i) for i, _ in pairs], [pad_for_matching(q) for _, q in pairs])

    def ids(self, padded: str) -> list[int]:
        """Sorted ids of the queries occurring in a text's matching form."""
        found = {value for _, value in self.automaton.iter(padded)}
        if self.shared and not self.shared.keys().isdisjoint(found):
            found = {v for value in found for v in self.shared.get(value, (value,))}
        if self.id_of is not None:
            found = {self.id_of[value] for value in found}
        return sorted(found)

    def match(self, text: str) -> tuple[int, ...]:
        """Sorted ids of the queries occurring in `text`."""
        return tuple(self.ids(pad_for_matching(text)))

    def match_column(self, texts: pa.Array) -> pa.ListArray:
        """`match` of each normalised text (`queries.text.normalize`), as a list<int64>
        column (an empty list: no match)."""
        ids = self.ids
        lengths, values = [], []
        for padded in pad_normalized(texts).to_pylist():
            found = ids(padded)
            lengths.append(len(found))
            values += found
        offsets = np.zeros(len(lengths) + 1, np.int32)
        np.cumsum(lengths, out=offsets[1:])
        return pa.ListArray.from_arrays(pa.array(offsets), pa.array(values, pa.int64()))


def padded_queries(queries: pa.Array) -> pa.Array:
    """`pad_for_matching` of each query: vectorised (`pad_normalized`) for printable ASCII
    words separated by single spaces, the form `openwit queries build` writes; one by one
    for the others (other whitespace, non-ASCII)."""
    plain = pc.fill_null(pc.match_substring_regex(queries, PLAIN_QUERY), False)
    others = pc.invert(plain)
    one_by_one = [pad_for_matching(q) for q in pc.filter(queries, others).to_pylist()]
    padded = pc.replace_with_mask(queries, others, pa.array(one_by_one, pa.string()))
    return pc.replace_with_mask(padded, plain, pad_normalized(pc.filter(queries, plain)))


def pad_normalized(texts: pa.Array) -> pa.Array:
    """`pad_for_matching` of normalised texts, vectorised: such a text has no whitespace
    but single spaces, so spacing out the punctuation, collapsing the spaces that adds
    and trimming is the whole rule."""
    has_punctuation = pc.match_substring_regex(texts, f"[{re.escape(MATCH_PUNCTUATION)}]")
    spaced = pc.filter(texts, has_punctuation)
    for mark in MATCH_PUNCTUATION:
        spaced = pc.replace_substring(spaced, mark, f" {mark} ")
    spaced = pc.utf8_trim(pc.replace_substring_regex(spaced, " {2,}", " "), " ")
    texts = pc.replace_with_mask(texts, has_punctuation, spaced)
    return pc.binary_join_element_wise(" ", texts, " ", "")


def read_queries(path: str) -> list[tuple[int, str]]:
    """(id, query) rows of a query list (`read_query_table`)."""
    rows = read_query_table(path).to_pydict()
    return [(int(i), q) for i, q in zip(rows["id"], rows["query"], strict=True)]


def read_query_table(path: str) -> pa.Table:
    """The `id` and `query` columns of a QUERIES/queries.parquet (a file or its folder),
    without rows whose query is empty. A folder is `openwit queries build`'s output,
    finished only once it holds manifest.json."""
    import pyarrow.parquet as pq
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    if not path.endswith(".parquet"):
        folder, path = path.rstrip("/"), path.rstrip("/") + "/queries.parquet"
        if FileSystems.exists(path) and not FileSystems.exists(folder + "/manifest.json"):
            raise ValueError(
                f"{folder}: no manifest.json: queries build did not finish (run it again, or "
                "give the queries.parquet file itself)"
            )
    try:
        with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
            table = pq.read_table(f)
    except (OSError, ValueError) as err:
        raise ValueError(f"{path}: cannot read the query list ({err})") from err
    missing = [c for c in QUERY_COLUMNS if c not in table.column_names]
    if missing:
        raise ValueError(f"{path}: no column {missing[0]!r} in the query list")
    if table.num_rows == 0:
        raise ValueError(f"{path}: the query list is empty")
    table = table.select(list(QUERY_COLUMNS))
    return table.filter(pc.fill_null(pc.not_equal(table.column("query"), ""), False))


def check_queries(path: str) -> list[tuple[int, str]]:
    """The query list's rows; ValueError naming the file if it has no usable query."""
    queries = read_queries(path)
    if not any(pad_for_matching(q).strip() for _, q in queries):
        raise ValueError(f"{path}: {NO_QUERY}")
    return queries


def load_matcher(path: str) -> Matcher:
    """The matcher for a query list file (each query padded once: no `check_queries`)."""
    table = read_query_table(path)
    ids = [int(i) for i in table.column("id").to_pylist()]
    try:
        return Matcher(ids, padded_queries(table.column("query").combine_chunks()).to_pylist())
    except ValueError as err:
        raise ValueError(f"{path}: {err}") from None
