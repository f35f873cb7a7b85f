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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_strip_control__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_strip_control__mutmut)
def strip_control(text: str) -> str:
    """Drop control and format characters (Unicode category C*), keeping whitespace."""
    return "".join(
        ch for ch in text if ch.isspace() or not unicodedata.category(ch).startswith("C")
    )


def x_strip_control__mutmut_orig(text: str) -> str:
    """Drop control and format characters (Unicode category C*), keeping whitespace."""
    return "".join(
        ch for ch in text if ch.isspace() or not unicodedata.category(ch).startswith("C")
    )


def x_strip_control__mutmut_1(text: str) -> str:
    """Drop control and format characters (Unicode category C*), keeping whitespace."""
    return "".join(
        None
    )


def x_strip_control__mutmut_2(text: str) -> str:
    """Drop control and format characters (Unicode category C*), keeping whitespace."""
    return "XXXX".join(
        ch for ch in text if ch.isspace() or not unicodedata.category(ch).startswith("C")
    )


def x_strip_control__mutmut_3(text: str) -> str:
    """Drop control and format characters (Unicode category C*), keeping whitespace."""
    return "".join(
        ch for ch in text if ch.isspace() and not unicodedata.category(ch).startswith("C")
    )


def x_strip_control__mutmut_4(text: str) -> str:
    """Drop control and format characters (Unicode category C*), keeping whitespace."""
    return "".join(
        ch for ch in text if ch.isspace() or unicodedata.category(ch).startswith("C")
    )


def x_strip_control__mutmut_5(text: str) -> str:
    """Drop control and format characters (Unicode category C*), keeping whitespace."""
    return "".join(
        ch for ch in text if ch.isspace() or not unicodedata.category(ch).startswith(None)
    )


def x_strip_control__mutmut_6(text: str) -> str:
    """Drop control and format characters (Unicode category C*), keeping whitespace."""
    return "".join(
        ch for ch in text if ch.isspace() or not unicodedata.category(None).startswith("C")
    )


def x_strip_control__mutmut_7(text: str) -> str:
    """Drop control and format characters (Unicode category C*), keeping whitespace."""
    return "".join(
        ch for ch in text if ch.isspace() or not unicodedata.category(ch).startswith("XXCXX")
    )


def x_strip_control__mutmut_8(text: str) -> str:
    """Drop control and format characters (Unicode category C*), keeping whitespace."""
    return "".join(
        ch for ch in text if ch.isspace() or not unicodedata.category(ch).startswith("c")
    )

mutants_x_strip_control__mutmut['_mutmut_orig'] = x_strip_control__mutmut_orig # type: ignore # mutmut generated
mutants_x_strip_control__mutmut['x_strip_control__mutmut_1'] = x_strip_control__mutmut_1 # type: ignore # mutmut generated
mutants_x_strip_control__mutmut['x_strip_control__mutmut_2'] = x_strip_control__mutmut_2 # type: ignore # mutmut generated
mutants_x_strip_control__mutmut['x_strip_control__mutmut_3'] = x_strip_control__mutmut_3 # type: ignore # mutmut generated
mutants_x_strip_control__mutmut['x_strip_control__mutmut_4'] = x_strip_control__mutmut_4 # type: ignore # mutmut generated
mutants_x_strip_control__mutmut['x_strip_control__mutmut_5'] = x_strip_control__mutmut_5 # type: ignore # mutmut generated
mutants_x_strip_control__mutmut['x_strip_control__mutmut_6'] = x_strip_control__mutmut_6 # type: ignore # mutmut generated
mutants_x_strip_control__mutmut['x_strip_control__mutmut_7'] = x_strip_control__mutmut_7 # type: ignore # mutmut generated
mutants_x_strip_control__mutmut['x_strip_control__mutmut_8'] = x_strip_control__mutmut_8 # type: ignore # mutmut generated
mutants_x_normalize__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_normalize__mutmut)
def normalize(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", strip_control(unicodedata.normalize("NFC", text))).strip()


def x_normalize__mutmut_orig(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", strip_control(unicodedata.normalize("NFC", text))).strip()


def x_normalize__mutmut_1(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(None, strip_control(unicodedata.normalize("NFC", text))).strip()


def x_normalize__mutmut_2(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", None).strip()


def x_normalize__mutmut_3(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(strip_control(unicodedata.normalize("NFC", text))).strip()


def x_normalize__mutmut_4(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", ).strip()


def x_normalize__mutmut_5(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub("XX XX", strip_control(unicodedata.normalize("NFC", text))).strip()


def x_normalize__mutmut_6(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", strip_control(None)).strip()


def x_normalize__mutmut_7(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", strip_control(unicodedata.normalize(None, text))).strip()


def x_normalize__mutmut_8(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", strip_control(unicodedata.normalize("NFC", None))).strip()


def x_normalize__mutmut_9(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", strip_control(unicodedata.normalize(text))).strip()


def x_normalize__mutmut_10(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", strip_control(unicodedata.normalize("NFC", ))).strip()


def x_normalize__mutmut_11(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", strip_control(unicodedata.normalize("XXNFCXX", text))).strip()


def x_normalize__mutmut_12(text: str) -> str:
    """Unicode NFC, control characters out, whitespace collapsed to single spaces."""
    return _WHITESPACE.sub(" ", strip_control(unicodedata.normalize("nfc", text))).strip()

mutants_x_normalize__mutmut['_mutmut_orig'] = x_normalize__mutmut_orig # type: ignore # mutmut generated
mutants_x_normalize__mutmut['x_normalize__mutmut_1'] = x_normalize__mutmut_1 # type: ignore # mutmut generated
mutants_x_normalize__mutmut['x_normalize__mutmut_2'] = x_normalize__mutmut_2 # type: ignore # mutmut generated
mutants_x_normalize__mutmut['x_normalize__mutmut_3'] = x_normalize__mutmut_3 # type: ignore # mutmut generated
mutants_x_normalize__mutmut['x_normalize__mutmut_4'] = x_normalize__mutmut_4 # type: ignore # mutmut generated
mutants_x_normalize__mutmut['x_normalize__mutmut_5'] = x_normalize__mutmut_5 # type: ignore # mutmut generated
mutants_x_normalize__mutmut['x_normalize__mutmut_6'] = x_normalize__mutmut_6 # type: ignore # mutmut generated
mutants_x_normalize__mutmut['x_normalize__mutmut_7'] = x_normalize__mutmut_7 # type: ignore # mutmut generated
mutants_x_normalize__mutmut['x_normalize__mutmut_8'] = x_normalize__mutmut_8 # type: ignore # mutmut generated
mutants_x_normalize__mutmut['x_normalize__mutmut_9'] = x_normalize__mutmut_9 # type: ignore # mutmut generated
mutants_x_normalize__mutmut['x_normalize__mutmut_10'] = x_normalize__mutmut_10 # type: ignore # mutmut generated
mutants_x_normalize__mutmut['x_normalize__mutmut_11'] = x_normalize__mutmut_11 # type: ignore # mutmut generated
mutants_x_normalize__mutmut['x_normalize__mutmut_12'] = x_normalize__mutmut_12 # type: ignore # mutmut generated
mutants_x_pad_for_matching__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_pad_for_matching__mutmut)
def pad_for_matching(text: str) -> str:
    """MetaCLIP's matching form: punctuation spaced out, single spaces, padded both sides."""
    return f" {_WHITESPACE.sub(' ', text.translate(_SPACE_OUT)).strip()} "


def x_pad_for_matching__mutmut_orig(text: str) -> str:
    """MetaCLIP's matching form: punctuation spaced out, single spaces, padded both sides."""
    return f" {_WHITESPACE.sub(' ', text.translate(_SPACE_OUT)).strip()} "


def x_pad_for_matching__mutmut_1(text: str) -> str:
    """MetaCLIP's matching form: punctuation spaced out, single spaces, padded both sides."""
    return f" {_WHITESPACE.sub(None, text.translate(_SPACE_OUT)).strip()} "


def x_pad_for_matching__mutmut_2(text: str) -> str:
    """MetaCLIP's matching form: punctuation spaced out, single spaces, padded both sides."""
    return f" {_WHITESPACE.sub(' ', None).strip()} "


def x_pad_for_matching__mutmut_3(text: str) -> str:
    """MetaCLIP's matching form: punctuation spaced out, single spaces, padded both sides."""
    return f" {_WHITESPACE.sub(text.translate(_SPACE_OUT)).strip()} "


def x_pad_for_matching__mutmut_4(text: str) -> str:
    """MetaCLIP's matching form: punctuation spaced out, single spaces, padded both sides."""
    return f" {_WHITESPACE.sub(' ', ).strip()} "


def x_pad_for_matching__mutmut_5(text: str) -> str:
    """MetaCLIP's matching form: punctuation spaced out, single spaces, padded both sides."""
    return f" {_WHITESPACE.sub('XX XX', text.translate(_SPACE_OUT)).strip()} "


def x_pad_for_matching__mutmut_6(text: str) -> str:
    """MetaCLIP's matching form: punctuation spaced out, single spaces, padded both sides."""
    return f" {_WHITESPACE.sub(' ', text.translate(None)).strip()} "

mutants_x_pad_for_matching__mutmut['_mutmut_orig'] = x_pad_for_matching__mutmut_orig # type: ignore # mutmut generated
mutants_x_pad_for_matching__mutmut['x_pad_for_matching__mutmut_1'] = x_pad_for_matching__mutmut_1 # type: ignore # mutmut generated
mutants_x_pad_for_matching__mutmut['x_pad_for_matching__mutmut_2'] = x_pad_for_matching__mutmut_2 # type: ignore # mutmut generated
mutants_x_pad_for_matching__mutmut['x_pad_for_matching__mutmut_3'] = x_pad_for_matching__mutmut_3 # type: ignore # mutmut generated
mutants_x_pad_for_matching__mutmut['x_pad_for_matching__mutmut_4'] = x_pad_for_matching__mutmut_4 # type: ignore # mutmut generated
mutants_x_pad_for_matching__mutmut['x_pad_for_matching__mutmut_5'] = x_pad_for_matching__mutmut_5 # type: ignore # mutmut generated
mutants_x_pad_for_matching__mutmut['x_pad_for_matching__mutmut_6'] = x_pad_for_matching__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_punctuation_only__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_punctuation_only__mutmut)
def is_punctuation_only(text: str) -> bool:
    """True for strings made only of punctuation, symbols or spaces (e.g. "!", "--")."""
    return all(unicodedata.category(ch)[0] in "PSZ" for ch in text)


def x_is_punctuation_only__mutmut_orig(text: str) -> bool:
    """True for strings made only of punctuation, symbols or spaces (e.g. "!", "--")."""
    return all(unicodedata.category(ch)[0] in "PSZ" for ch in text)


def x_is_punctuation_only__mutmut_1(text: str) -> bool:
    """True for strings made only of punctuation, symbols or spaces (e.g. "!", "--")."""
    return all(None)


def x_is_punctuation_only__mutmut_2(text: str) -> bool:
    """True for strings made only of punctuation, symbols or spaces (e.g. "!", "--")."""
    return all(unicodedata.category(None)[0] in "PSZ" for ch in text)


def x_is_punctuation_only__mutmut_3(text: str) -> bool:
    """True for strings made only of punctuation, symbols or spaces (e.g. "!", "--")."""
    return all(unicodedata.category(ch)[1] in "PSZ" for ch in text)


def x_is_punctuation_only__mutmut_4(text: str) -> bool:
    """True for strings made only of punctuation, symbols or spaces (e.g. "!", "--")."""
    return all(unicodedata.category(ch)[0] not in "PSZ" for ch in text)


def x_is_punctuation_only__mutmut_5(text: str) -> bool:
    """True for strings made only of punctuation, symbols or spaces (e.g. "!", "--")."""
    return all(unicodedata.category(ch)[0] in "XXPSZXX" for ch in text)


def x_is_punctuation_only__mutmut_6(text: str) -> bool:
    """True for strings made only of punctuation, symbols or spaces (e.g. "!", "--")."""
    return all(unicodedata.category(ch)[0] in "psz" for ch in text)

mutants_x_is_punctuation_only__mutmut['_mutmut_orig'] = x_is_punctuation_only__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_punctuation_only__mutmut['x_is_punctuation_only__mutmut_1'] = x_is_punctuation_only__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_punctuation_only__mutmut['x_is_punctuation_only__mutmut_2'] = x_is_punctuation_only__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_punctuation_only__mutmut['x_is_punctuation_only__mutmut_3'] = x_is_punctuation_only__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_punctuation_only__mutmut['x_is_punctuation_only__mutmut_4'] = x_is_punctuation_only__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_punctuation_only__mutmut['x_is_punctuation_only__mutmut_5'] = x_is_punctuation_only__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_punctuation_only__mutmut['x_is_punctuation_only__mutmut_6'] = x_is_punctuation_only__mutmut_6 # type: ignore # mutmut generated
mutants_x_words__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_words__mutmut)
def words(text: str) -> list[str]:
    """The words of a text, case kept, in order."""
    return WORD.findall(text)


def x_words__mutmut_orig(text: str) -> list[str]:
    """The words of a text, case kept, in order."""
    return WORD.findall(text)


def x_words__mutmut_1(text: str) -> list[str]:
    """The words of a text, case kept, in order."""
    return WORD.findall(None)

mutants_x_words__mutmut['_mutmut_orig'] = x_words__mutmut_orig # type: ignore # mutmut generated
mutants_x_words__mutmut['x_words__mutmut_1'] = x_words__mutmut_1 # type: ignore # mutmut generated
