"""Exact Hamming range search by the pigeonhole principle (multi-index hashing).

Split b-bit codes into m disjoint chunks. Two codes within r bits of each other differ in at
most s = r // m bits in at least one chunk. The evaluation side is small, so every one of its
chunks is stored with all its variants within s bits (sorted, one table per chunk); a training
code then needs m exact lookups, and the few candidates these return are checked with a full
popcount. Exact: it returns the same pairs as a brute-force search (tests check this).
Norouzi, Punjani and Fleet, "Fast Exact Search in Hamming Space with Multi-Index Hashing"
(2014) describe the query-side variant; storing the variants on the small side instead keeps
the per-query work to m lookups.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from math import comb

import numpy as np

MAX_TABLE_BYTES = 256 * 2**20  # all chunk tables of one index together
DENSE_BITS = 22  # chunks this narrow get a direct offset array instead of a binary search
# Per-query costs in nanoseconds, measured on the 2-core development machine (numpy 2,
# faiss-cpu 1 thread); a flat scan's cost per pair is divided by faiss's thread count.
NS_DENSE_LOOKUP, NS_SORTED_LOOKUP, NS_CANDIDATE, NS_FLAT_PAIR = 90.0, 400.0, 15.0, 0.5


@dataclass(frozen=True)
class Plan:
    """m chunks of the given widths, each stored with its variants within `flips` bits."""

    widths: tuple[int, ...]
    flips: int

    @property
    def variants(self) -> list[int]:
        return [sum(comb(w, i) for i in range(self.flips + 1)) for w in self.widths]

    def memory(self, n: int) -> int:
        """Bytes of the tables: a row (and, for wide chunks, a key) per variant, plus the
        dense offset arrays."""
        total = 0
        for width, variants in zip(self.widths, self.variants, strict=True):
            dense = width <= DENSE_BITS
            total += n * variants * (4 if dense else 12) + (8 * 2**width if dense else 0)
        return total

    def cost(self, n: int) -> float:
        """Estimated nanoseconds per query (lookups plus candidates for uniform codes)."""
        ns = 0.0
        for width, variants in zip(self.widths, self.variants, strict=True):
            lookup = NS_DENSE_LOOKUP if width <= DENSE_BITS else NS_SORTED_LOOKUP
            ns += lookup + NS_CANDIDATE * n * variants / 2.0**width
        return ns


def plan_for(bits: int, radius: int, n: int, threads: int = 1) -> Plan | None:
    """The cheapest pigeonhole plan, or None where a flat scan of `n` codes is cheaper."""
    best, best_cost = None, NS_FLAT_PAIR * n / threads
    for m in range(max(1, -(-bits // 64)), bits + 1):
        widths = tuple(bits // m + (i < bits % m) for i in range(m))
        plan = Plan(widths, radius // m)
        if plan.memory(n) > MAX_TABLE_BYTES:
            continue
        if plan.cost(n) < best_cost:
            best, best_cost = plan, plan.cost(n)
    return best


def chunk_keys(codes: np.ndarray, widths: tuple[int, ...]) -> list[np.ndarray]:
    """Each chunk of the (n, bytes) uint8 codes as one uint64 per row."""
    bits = np.unpackbits(codes, axis=1, bitorder="little")
    keys, start = [], 0
    for width in widths:
        packed = np.packbits(bits[:, start : start + width], axis=1, bitorder="little")
        padded = np.zeros((len(codes), 8), np.uint8)
        padded[:, : packed.shape[1]] = packed
        keys.append(padded.view(np.uint64).ravel())
        start += width
    return keys


def flip_masks(width: int, flips: int) -> np.ndarray:
    """Every mask of `width` bits with at most `flips` bits set."""
    masks = [
        sum(1 << bit for bit in chosen)
        for count in range(flips + 1)
        for chosen in combinations(range(width), count)
    ]
    return np.array(masks, dtype=np.uint64)


class ChunkTable:
    """The variant keys of one chunk, grouped by key, and the evaluation row of each.

    Narrow chunks (<= DENSE_BITS) keep a direct offset per possible key; wider ones keep the
    sorted keys and binary-search them.
    """

    def __init__(self, keys: np.ndarray, width: int, flips: int):
        masks = flip_masks(width, flips)
        variants = (keys[:, None] ^ masks[None, :]).ravel()
        self.keys, self.offsets = None, None
        if width <= DENSE_BITS and len(variants) < 2**32:
            # sort (key, position) packed in one uint64: twice as fast as an argsort
            packed = (variants << np.uint64(32)) | np.arange(len(variants), dtype=np.uint64)
            packed.sort()
            order = packed & np.uint64(0xFFFFFFFF)
            counts = np.bincount(variants.astype(np.int64), minlength=2**width)
            self.offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        else:
            order = np.argsort(variants)
            self.keys = variants[order]
        self.rows = (order // np.uint64(len(masks))).astype(np.int32)

    def lookup(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query position, evaluation row) of every stored variant equal to a query key."""
        if self.offsets is not None:
            left, right = self.offsets[keys], self.offsets[keys + np.uint64(1)]
        else:
            left = np.searchsorted(self.keys, keys, "left")
            right = np.searchsorted(self.keys, keys, "right")
        counts = right - left
        queries = np.repeat(np.arange(len(keys)), counts)
        starts = np.repeat(left - np.cumsum(counts) + counts, counts)
        return queries, self.rows[starts + np.arange(len(queries))]


class PigeonholeIndex:
    """All (training, evaluation) pairs within `radius` bits, found through chunk tables."""

    def __init__(self, codes: np.ndarray, radius: int, plan: Plan):
        self.codes, self.radius, self.plan = codes, radius, plan
        self.tables = [
            ChunkTable(keys, width, plan.flips)
            for keys, width in zip(chunk_keys(codes, plan.widths), plan.widths, strict=True)
        ]

    def search(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(training row, evaluation row, distance), each pair once, sorted by training row."""
        found_q, found_e = [], []
        for table, keys in zip(self.tables, chunk_keys(codes, self.plan.widths), strict=True):
            queries, rows = table.lookup(keys)
            found_q.append(queries)
            found_e.append(rows)
        queries, rows = np.concatenate(found_q), np.concatenate(found_e)
        distance = hamming(codes, queries, self.codes, rows)
        keep = distance <= self.radius
        pair = queries[keep].astype(np.int64) * len(self.codes) + rows[keep]
        pair, first = np.unique(pair, return_index=True)  # a pair close in several chunks
        return pair // len(self.codes), pair % len(self.codes), distance[keep][first]


def as_words(codes: np.ndarray) -> np.ndarray:
    """uint8 codes as 64-bit words when they are whole words (one popcount per word)."""
    return codes.view(np.uint64) if codes.shape[1] % 8 == 0 else codes


def hamming(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """Hamming distance between rows left[li] and right[ri] of uint8 code matrices."""
    left, right = as_words(left), as_words(right)
    distance = np.zeros(len(li), np.int32)
    for word in range(left.shape[1]):
        distance += np.bitwise_count(left[li, word] ^ right[ri, word])
    return distance
