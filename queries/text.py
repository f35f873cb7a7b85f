"""Text normalisation shared by the query builder and the curation job.

`normalize` is applied to every crawled caption; `pad_for_matching` is MetaCLIP's
matching form: a query matches a text when `f" {query} "` occurs in the padded text.
"""

from __future__ import annotations

import re
import unicodedata

# The punctuation MetaCLIP spaces out before matching (MetaCLIP, substr_matching.py).
MATCH_PUNCTUATION = ",.;:?!`"
_SPACE_OUT = str.maketrans({c: f" {c} " for c in MATCH_PUNCTUATION})
_WHITESPACE = re.compile(r"\s+")
# Words for counting: letters/digits, with inner apostrophes or hyphens ("don't", "x-ray").
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def strip_control(text: str) -> str:
    """Drop control and format characters (Unicode category C*), keeping whitespace."""
    return "".join(
        ch for ch in text if ch.isspace() or not unicodedata.category(ch).startswith("C")
    )


def normalize(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", strip_control(unicodedata.normalize("NFC", text))).strip()


def pad_for_matching(text: str) -> str:
    """MetaCLIP's matching form: punctuation spaced out, single spaces, padded both sides."""
    return f" {_WHITESPACE.sub(' ', text.translate(_SPACE_OUT)).strip()} "


def is_punctuation_only(text: str) -> bool:
    """True for strings made only of punctuation, symbols or spaces (e.g. "!", "--")."""
    return all(unicodedata.category(ch)[0] in "PSZ" for ch in text)


def words(text: str) -> list[str]:
    """The words of a text, case kept, in order."""
    return WORD.findall(text)
