"""MetaCLIP's balancing, made deterministic: every coin is a hash of the seed and the pair.

`metaclip`: a query with `count` matches has p = t / max(count, t); a pair is kept when
any of its matched queries' coins succeeds, P(keep) = 1 − ∏(1 − p).
`cap`: each pair is attributed to its rarest matched query and at most t pairs are kept
per query (those with the smallest hashes), so the cap holds exactly.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from typing import NamedTuple

import numpy as np
import pyarrow as pa

BALANCE_MODES = ("metaclip", "cap")


def pair_hash(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def uniform(seed: int, uid: str) -> float:
    """A deterministic draw in [0, 1) for this pair."""
    return pair_hash(seed, uid) / 2.0**64


def pair_hashes(seed: int, uids: Sequence[str]) -> np.ndarray:
    """`pair_hash` of each uid, as uint64."""
    prefix, blake2b = f"{seed}:".encode(), hashlib.blake2b
    digests = b"".join([blake2b(prefix + u.encode(), digest_size=8).digest() for u in uids])
    return np.frombuffer(digests, ">u8").astype(np.uint64)


def draws(seed: int, uids: Sequence[str]) -> np.ndarray:
    """`uniform` of each uid."""
    return hashes_to_draws(pair_hashes(seed, uids))


def hashes_to_draws(hashes: np.ndarray) -> np.ndarray:
    """The draws in [0, 1) of `pair_hashes`, as `uniform` makes them."""
    return hashes / 2.0**64


def keep_probability(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(counts.get(i, 0), t) for i in query_ids)
    return 1.0 - miss


def keep_metaclip(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(seed, uid) < keep_probability(query_ids, counts, t)


def capped(query_ids: Sequence[int], over_t: Mapping[int, int]) -> bool:
    """True when every matched query has more than t matches (`over_t` holds just those);
    otherwise the pair's rarest query has at most t pairs in all and the pair is kept."""
    return all(i in over_t for i in query_ids)


def rarest_query(query_ids: Sequence[int], counts: Mapping[int, int]) -> int:
    """The matched query with the fewest matches (ties: the smallest id)."""
    return min(query_ids, key=lambda i: (counts[i], i))


class OverT(NamedTuple):
    """Queries with more than t matches, sorted by id, and their counts."""

    ids: np.ndarray
    counts: np.ndarray

    def lookup(self, ids: np.ndarray) -> np.ndarray:
        """The count of each id, 0 for one with at most t matches."""
        return count_of(self.ids, self.counts, ids)


def count_of(known: np.ndarray, counts: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """The count of each of `ids` among (sorted `known` ids, their `counts`); 0 if absent."""
    if not len(known):
        return np.zeros(len(ids), np.int64)
    at = np.minimum(np.searchsorted(known, ids), len(known) - 1)
    return np.where(known[at] == ids, counts[at], 0)


def miss_column(query_ids: pa.ListArray, over_t: OverT, t: int) -> np.ndarray:
    """∏(1 − t / max(count, t)) of each row, 1 − `keep_probability`, with the same
    floating-point operations in the same order: the product runs over each row's ids left
    to right."""
    offsets = query_ids.offsets.to_numpy()
    lengths = np.diff(offsets)
    factors = 1.0 - t / np.maximum(over_t.lookup(query_ids.values.to_numpy()), t)
    miss = np.ones(len(lengths))
    for k in range(int(lengths.max(initial=0))):
        rows = np.flatnonzero(lengths > k)
        miss[rows] = miss[rows] * factors[offsets[rows] + k]
    return miss


def keep_metaclip_column(draws: np.ndarray, miss: np.ndarray) -> np.ndarray:
    """`keep_metaclip` of each row from its draw (`draws`) and its `miss_column` value."""
    return (miss == 0.0) | (draws < 1.0 - miss)  # miss 0: some query has at most t matches


def rarest_column(query_ids: pa.ListArray, over_t: OverT) -> tuple[np.ndarray, np.ndarray]:
    """`cap` mode per row: whether all its queries have more than t matches (`capped`),
    and its rarest query (`rarest_query`; meaningful where capped)."""
    offsets = query_ids.offsets.to_numpy()
    ids = query_ids.values.to_numpy()
    counts = over_t.lookup(ids)
    rows = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
    order = np.lexsort((ids, counts, rows))  # by row, then count, then id
    first = order[offsets[:-1]]
    capped = np.logical_and.reduceat(counts > 0, offsets[:-1]) if len(ids) else np.zeros(0, bool)
    return capped, ids[first]
