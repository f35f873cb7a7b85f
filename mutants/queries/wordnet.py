"""WordNet 3.0, read straight from its database files (Debian's `wordnet-base`).

The `data.POS` format (wndb(5WN)): license lines start with two spaces; every other line is
one synset: `offset lex_filenum ss_type w_cnt word lex_id [word lex_id ...] p_cnt ...`,
with `w_cnt` in hexadecimal. The head lemma is the first word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

POS_FILES = ("noun", "verb", "adj", "adv")  # the order synsets are listed in
ADJECTIVE_MARKER = re.compile(r"\((a|p|ip)\)$")  # syntactic markers on adjectives


def head_lemma(line: str) -> str:
    """The synset's head lemma as nltk names it (MetaCLIP's source): lower-cased,
    adjective marker dropped, `_` read as a space. Raises ValueError on a malformed line."""
    fields = line.split(" ")
    if len(fields) < 6 or not fields[0].isdigit() or int(fields[3], 16) < 1:
        raise ValueError(f"not a synset line: {line[:60]!r}")
    return ADJECTIVE_MARKER.sub("", fields[4]).replace("_", " ").lower()


def synsets(lines: Iterable[str], stats: Counter) -> Iterator[tuple[int, str]]:
    """(offset, head lemma) of every synset in one data file; bad lines counted in `stats`."""
    for line in lines:
        if line.startswith("  ") or not line.strip():
            continue
        try:
            lemma = head_lemma(line)
        except ValueError:
            stats["wordnet_malformed_line"] += 1
            continue
        stats["wordnet_synsets"] += 1
        yield int(line.split(" ", 1)[0]), lemma
