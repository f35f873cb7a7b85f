"""From raw crawled pairs to clean ones, a table at a time: checked, normalised URLs with
their uid, and normalised texts; each dropped pair counted by reason."""

from __future__ import annotations

import hashlib
from collections import Counter

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.urls import clean_url, plain_urls
from queries.text import normalize

# `queries.text.normalize` on ASCII text, in RE2 terms: the ASCII control characters that
# are not whitespace go, then runs of what Python's `\s` matches in ASCII become a space.
_ASCII_CONTROL = r"[\x00-\x08\x0e-\x1b\x7f]"
_ASCII_WHITESPACE = r"[\t\n\x0b\x0c\r\x1c-\x1f ]+"
_ASCII_CHANGES = r"[\x00-\x1f\x7f]|  |^ | $"  # a text these do not match is left as it is


def normalize_texts(texts: pa.ChunkedArray | pa.Array) -> pa.Array:
    """`queries.text.normalize` of each text. ASCII texts already in normal form (most)
    are found by one vectorised test and left alone; the other ASCII ones are rewritten
    by vectorised regexes; non-ASCII ones go through Python's unicodedata, so NFC and the
    control and whitespace classes are exactly the shared rule's."""
    texts = pa.concat_arrays(texts.chunks) if isinstance(texts, pa.ChunkedArray) else texts
    ascii_ = pc.fill_null(pc.string_is_ascii(texts), True)
    changes = pc.fill_null(pc.match_substring_regex(texts, _ASCII_CHANGES), False)
    out = texts
    fix = pc.and_(ascii_, changes)
    if pc.any(fix).as_py():
        fixed = pc.replace_substring_regex(pc.filter(texts, fix), _ASCII_CONTROL, "")
        fixed = pc.utf8_trim(pc.replace_substring_regex(fixed, _ASCII_WHITESPACE, " "), " ")
        out = pc.replace_with_mask(out, fix, fixed)
    other = pc.invert(ascii_)
    if pc.any(other).as_py():
        rest = [normalize(t) for t in pc.filter(texts, other).to_pylist()]
        out = pc.replace_with_mask(out, other, pa.array(rest, pa.string()))
    return out


HEX_DIGITS = np.frombuffer(b"0123456789abcdef", np.uint8)


def uids_and_keys(urls: list[str]) -> tuple[pa.StringArray, np.ndarray]:
    """`urls.url_uid` of each URL, and its first 64 bits as uint64 (the bucket key): one
    blake2b call per URL, the hex digits and the keys made with numpy."""
    blake2b = hashlib.blake2b
    joined = b"".join([blake2b(u.encode("utf-8"), digest_size=16).digest() for u in urls])
    digests = np.frombuffer(joined, np.uint8).reshape(len(urls), 16)
    keys = digests[:, :8].copy().view(">u8").ravel().astype(np.uint64)
    digits = np.empty((len(urls), 32), np.uint8)
    digits[:, 0::2], digits[:, 1::2] = HEX_DIGITS[digests >> 4], HEX_DIGITS[digests & 15]
    offsets = np.arange(0, 32 * len(urls) + 1, 32, dtype=np.int32)
    uids = pa.StringArray.from_buffers(len(urls), pa.py_buffer(offsets), pa.py_buffer(digits))
    return uids, keys


def clean_batch(
    raw: pa.Table, max_text_chars: int, allow_loopback: bool
) -> tuple[pa.Table, Counter]:
    """The clean pairs of a raw table (`pipeline.raw_batches`) and the drops by reason: the
    URL's reason first (`urls.clean_url`), then `empty_text`, then `text_too_long`."""
    dropped: Counter = Counter()
    raw_urls, bases = raw.column("url").combine_chunks(), raw.column("base").combine_chunks()
    urls = plain_urls(raw_urls, bases)
    one_by_one = pc.is_null(urls)
    if pc.any(one_by_one).as_py():
        found = [
            clean_url(url, base, allow_loopback)
            for url, base in zip(
                pc.filter(raw_urls, one_by_one).to_pylist(),
                pc.filter(bases, one_by_one).to_pylist(),
                strict=True,
            )
        ]
        dropped.update(reason for _, reason in found if reason)
        cleaned = pa.array([url or None for url, _ in found], pa.string())
        urls = pc.replace_with_mask(urls, one_by_one, cleaned)
    keep = pc.is_valid(urls)
    table = raw.filter(keep).drop_columns(["base"])
    urls = pc.filter(urls, keep)
    text = normalize_texts(table.column("text"))
    length = pc.utf8_length(text)
    empty, too_long = pc.equal(length, 0), pc.greater(length, max_text_chars)
    dropped["empty_text"] += pc.sum(empty).as_py() or 0
    dropped["text_too_long"] += pc.sum(too_long).as_py() or 0
    good = pc.invert(pc.or_(empty, too_long))
    uids, keys = uids_and_keys(pc.filter(urls, good).to_pylist())
    table = table.set_column(table.column_names.index("url"), "url", urls)
    table = table.set_column(table.column_names.index("text"), "text", text).filter(good)
    table = table.add_column(0, "key", pa.array(keys, pa.uint64()))
    return table.add_column(0, "uid", uids), +dropped
