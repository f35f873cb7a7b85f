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

BALANCE_MODES = ("metaclip", "cap")


def pair_hash(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def uniform(seed: int, uid: str) -> float:
    """A deterministic draw in [0, 1) for this pair."""
    return pair_hash(seed, uid) / 2.0**64


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
