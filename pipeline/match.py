"""MetaCLIP's substring matching of texts against the query list, by Aho-Corasick.

A query matches a text when `f" {query} "` occurs in the text's matching form
(`queries.text.pad_for_matching`: punctuation spaced out, single spaces, padded), i.e.
on word boundaries, case-sensitively. Queries get the same form, so "St. Louis" matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from queries.text import MATCH_PUNCTUATION, pad_for_matching

QUERY_COLUMNS = ("id", "query")
NO_QUERY = "the query list has no non-blank query"


class Matcher:
    """An Aho-Corasick automaton over the padded queries (a plain class: Beam's `Shared`
    needs an object that can be weak-referenced)."""

    def __init__(self, queries: Iterable[tuple[int, str]]):
        automaton = ahocorasick.Automaton()
        for query_id, query in queries:
            key = pad_for_matching(query)
            if key.strip():
                ids = automaton.get(key, ())
                automaton.add_word(key, (*ids, int(query_id)))
        if len(automaton) == 0:
            raise ValueError(NO_QUERY)
        automaton.make_automaton()
        self.automaton = automaton

    def match(self, text: str) -> tuple[int, ...]:
        """Sorted ids of the queries occurring in `text`."""
        found = {i for _, ids in self.automaton.iter(pad_for_matching(text)) for i in ids}
        return tuple(sorted(found))

    def match_column(self, texts: pa.Array) -> pa.ListArray:
        """`match` of each normalised text (`queries.text.normalize`), as a list<int64>
        column (an empty list: no match)."""
        scan = self.automaton.iter
        lengths, values = [], []
        for padded in pad_normalized(texts).to_pylist():
            found = sorted({i for _, ids in scan(padded) for i in ids})
            lengths.append(len(found))
            values += found
        offsets = np.zeros(len(lengths) + 1, np.int32)
        np.cumsum(lengths, out=offsets[1:])
        return pa.ListArray.from_arrays(pa.array(offsets), pa.array(values, pa.int64()))


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
    queries = read_queries(path)
    try:
        return Matcher(queries)
    except ValueError as err:
        raise ValueError(f"{path}: {err}") from None
