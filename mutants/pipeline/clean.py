"""From a raw crawled pair to a clean one: a checked, normalised URL and a normalised text."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import apache_beam as beam

from pipeline.readers import RawPair
from pipeline.urls import clean_url, url_uid
from queries.text import normalize

# Output columns; a carried input column with one of these names is renamed `input_NAME`.
FIXED_COLUMNS = ("uid", "url", "text", "query_ids", "source")


class Pair(NamedTuple):
    uid: str
    url: str
    text: str
    source: str
    extra: dict[str, Any]
    query_ids: tuple[int, ...] = ()


class PairCoder(beam.coders.Coder):
    """Encodes a Pair as a plain tuple: Beam's default coder pickles NamedTuples one at a
    time, which costs more than matching the text."""

    _tuple = beam.coders.FastPrimitivesCoder()

    def encode(self, pair: Pair) -> bytes:
        return self._tuple.encode(tuple(pair))

    def decode(self, data: bytes) -> Pair:
        return Pair(*self._tuple.decode(data))


beam.coders.registry.register_coder(Pair, PairCoder)

# ASCII control characters that are not whitespace (str.isspace counts \x1c-\x1f as space).
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
_WHITESPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """`queries.text.normalize`, with a fast path for ASCII (already NFC, few controls)."""
    if text.isascii():
        return _WHITESPACE.sub(" ", _ASCII_CONTROL.sub("", text)).strip()
    return normalize(text)


def carried(extra: dict[str, Any]) -> dict[str, Any]:
    return {f"input_{k}" if k in FIXED_COLUMNS else str(k): v for k, v in extra.items()}


def clean_pair(raw: RawPair, max_text_chars: int, allow_loopback: bool = False) -> Pair | str:
    """A clean Pair, or the reason the raw pair is dropped."""
    url, reason = clean_url(raw.url, raw.base, allow_loopback)
    if reason:
        return reason
    text = normalize_text(raw.text)
    if not text:
        return "empty_text"
    if len(text) > max_text_chars:
        return "text_too_long"
    return Pair(url_uid(url), url, text, raw.source, carried(raw.extra))


def preference(pair: Pair) -> tuple:
    """Which of several pairs with one URL is kept: the smallest of this key."""
    return (pair.text, pair.source, sorted((k, repr(v)) for k, v in pair.extra.items()))
