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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_pair_hash__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_pair_hash__mutmut)
def pair_hash(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def x_pair_hash__mutmut_orig(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def x_pair_hash__mutmut_1(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = None
    return int.from_bytes(digest, "big")


def x_pair_hash__mutmut_2(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(None, digest_size=8).digest()
    return int.from_bytes(digest, "big")


def x_pair_hash__mutmut_3(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=None).digest()
    return int.from_bytes(digest, "big")


def x_pair_hash__mutmut_4(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(digest_size=8).digest()
    return int.from_bytes(digest, "big")


def x_pair_hash__mutmut_5(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), ).digest()
    return int.from_bytes(digest, "big")


def x_pair_hash__mutmut_6(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=9).digest()
    return int.from_bytes(digest, "big")


def x_pair_hash__mutmut_7(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes(None, "big")


def x_pair_hash__mutmut_8(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, None)


def x_pair_hash__mutmut_9(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes("big")


def x_pair_hash__mutmut_10(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, )


def x_pair_hash__mutmut_11(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "XXbigXX")


def x_pair_hash__mutmut_12(seed: int, uid: str) -> int:
    """A 64-bit number from the seed and the pair's key, the only source of randomness."""
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "BIG")

mutants_x_pair_hash__mutmut['_mutmut_orig'] = x_pair_hash__mutmut_orig # type: ignore # mutmut generated
mutants_x_pair_hash__mutmut['x_pair_hash__mutmut_1'] = x_pair_hash__mutmut_1 # type: ignore # mutmut generated
mutants_x_pair_hash__mutmut['x_pair_hash__mutmut_2'] = x_pair_hash__mutmut_2 # type: ignore # mutmut generated
mutants_x_pair_hash__mutmut['x_pair_hash__mutmut_3'] = x_pair_hash__mutmut_3 # type: ignore # mutmut generated
mutants_x_pair_hash__mutmut['x_pair_hash__mutmut_4'] = x_pair_hash__mutmut_4 # type: ignore # mutmut generated
mutants_x_pair_hash__mutmut['x_pair_hash__mutmut_5'] = x_pair_hash__mutmut_5 # type: ignore # mutmut generated
mutants_x_pair_hash__mutmut['x_pair_hash__mutmut_6'] = x_pair_hash__mutmut_6 # type: ignore # mutmut generated
mutants_x_pair_hash__mutmut['x_pair_hash__mutmut_7'] = x_pair_hash__mutmut_7 # type: ignore # mutmut generated
mutants_x_pair_hash__mutmut['x_pair_hash__mutmut_8'] = x_pair_hash__mutmut_8 # type: ignore # mutmut generated
mutants_x_pair_hash__mutmut['x_pair_hash__mutmut_9'] = x_pair_hash__mutmut_9 # type: ignore # mutmut generated
mutants_x_pair_hash__mutmut['x_pair_hash__mutmut_10'] = x_pair_hash__mutmut_10 # type: ignore # mutmut generated
mutants_x_pair_hash__mutmut['x_pair_hash__mutmut_11'] = x_pair_hash__mutmut_11 # type: ignore # mutmut generated
mutants_x_pair_hash__mutmut['x_pair_hash__mutmut_12'] = x_pair_hash__mutmut_12 # type: ignore # mutmut generated
mutants_x_uniform__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_uniform__mutmut)
def uniform(seed: int, uid: str) -> float:
    """A deterministic draw in [0, 1) for this pair."""
    return pair_hash(seed, uid) / 2.0**64


def x_uniform__mutmut_orig(seed: int, uid: str) -> float:
    """A deterministic draw in [0, 1) for this pair."""
    return pair_hash(seed, uid) / 2.0**64


def x_uniform__mutmut_1(seed: int, uid: str) -> float:
    """A deterministic draw in [0, 1) for this pair."""
    return pair_hash(seed, uid) * 2.0**64


def x_uniform__mutmut_2(seed: int, uid: str) -> float:
    """A deterministic draw in [0, 1) for this pair."""
    return pair_hash(None, uid) / 2.0**64


def x_uniform__mutmut_3(seed: int, uid: str) -> float:
    """A deterministic draw in [0, 1) for this pair."""
    return pair_hash(seed, None) / 2.0**64


def x_uniform__mutmut_4(seed: int, uid: str) -> float:
    """A deterministic draw in [0, 1) for this pair."""
    return pair_hash(uid) / 2.0**64


def x_uniform__mutmut_5(seed: int, uid: str) -> float:
    """A deterministic draw in [0, 1) for this pair."""
    return pair_hash(seed, ) / 2.0**64


def x_uniform__mutmut_6(seed: int, uid: str) -> float:
    """A deterministic draw in [0, 1) for this pair."""
    return pair_hash(seed, uid) / 2.0 * 64


def x_uniform__mutmut_7(seed: int, uid: str) -> float:
    """A deterministic draw in [0, 1) for this pair."""
    return pair_hash(seed, uid) / 3.0**64


def x_uniform__mutmut_8(seed: int, uid: str) -> float:
    """A deterministic draw in [0, 1) for this pair."""
    return pair_hash(seed, uid) / 2.0**65

mutants_x_uniform__mutmut['_mutmut_orig'] = x_uniform__mutmut_orig # type: ignore # mutmut generated
mutants_x_uniform__mutmut['x_uniform__mutmut_1'] = x_uniform__mutmut_1 # type: ignore # mutmut generated
mutants_x_uniform__mutmut['x_uniform__mutmut_2'] = x_uniform__mutmut_2 # type: ignore # mutmut generated
mutants_x_uniform__mutmut['x_uniform__mutmut_3'] = x_uniform__mutmut_3 # type: ignore # mutmut generated
mutants_x_uniform__mutmut['x_uniform__mutmut_4'] = x_uniform__mutmut_4 # type: ignore # mutmut generated
mutants_x_uniform__mutmut['x_uniform__mutmut_5'] = x_uniform__mutmut_5 # type: ignore # mutmut generated
mutants_x_uniform__mutmut['x_uniform__mutmut_6'] = x_uniform__mutmut_6 # type: ignore # mutmut generated
mutants_x_uniform__mutmut['x_uniform__mutmut_7'] = x_uniform__mutmut_7 # type: ignore # mutmut generated
mutants_x_uniform__mutmut['x_uniform__mutmut_8'] = x_uniform__mutmut_8 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_keep_probability__mutmut)
def keep_probability(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(counts.get(i, 0), t) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_orig(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(counts.get(i, 0), t) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_1(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = None
    return 1.0 - miss


def x_keep_probability__mutmut_2(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(None)
    return 1.0 - miss


def x_keep_probability__mutmut_3(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 + t / max(counts.get(i, 0), t) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_4(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(2.0 - t / max(counts.get(i, 0), t) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_5(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t * max(counts.get(i, 0), t) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_6(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(None, t) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_7(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(counts.get(i, 0), None) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_8(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(t) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_9(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(counts.get(i, 0), ) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_10(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(counts.get(None, 0), t) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_11(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(counts.get(i, None), t) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_12(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(counts.get(0), t) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_13(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(counts.get(i, ), t) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_14(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(counts.get(i, 1), t) for i in query_ids)
    return 1.0 - miss


def x_keep_probability__mutmut_15(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(counts.get(i, 0), t) for i in query_ids)
    return 1.0 + miss


def x_keep_probability__mutmut_16(query_ids: Sequence[int], counts: Mapping[int, int], t: int) -> float:
    """1 − ∏(1 − t / max(count, t)) over the pair's matched queries.

    `counts` needs only the queries with more than t matches (the others have p = 1), so
    the job ships just those to its workers.
    """
    miss = math.prod(1.0 - t / max(counts.get(i, 0), t) for i in query_ids)
    return 2.0 - miss

mutants_x_keep_probability__mutmut['_mutmut_orig'] = x_keep_probability__mutmut_orig # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_1'] = x_keep_probability__mutmut_1 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_2'] = x_keep_probability__mutmut_2 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_3'] = x_keep_probability__mutmut_3 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_4'] = x_keep_probability__mutmut_4 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_5'] = x_keep_probability__mutmut_5 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_6'] = x_keep_probability__mutmut_6 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_7'] = x_keep_probability__mutmut_7 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_8'] = x_keep_probability__mutmut_8 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_9'] = x_keep_probability__mutmut_9 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_10'] = x_keep_probability__mutmut_10 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_11'] = x_keep_probability__mutmut_11 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_12'] = x_keep_probability__mutmut_12 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_13'] = x_keep_probability__mutmut_13 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_14'] = x_keep_probability__mutmut_14 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_15'] = x_keep_probability__mutmut_15 # type: ignore # mutmut generated
mutants_x_keep_probability__mutmut['x_keep_probability__mutmut_16'] = x_keep_probability__mutmut_16 # type: ignore # mutmut generated
mutants_x_keep_metaclip__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_keep_metaclip__mutmut)
def keep_metaclip(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(seed, uid) < keep_probability(query_ids, counts, t)


def x_keep_metaclip__mutmut_orig(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(seed, uid) < keep_probability(query_ids, counts, t)


def x_keep_metaclip__mutmut_1(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(None, uid) < keep_probability(query_ids, counts, t)


def x_keep_metaclip__mutmut_2(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(seed, None) < keep_probability(query_ids, counts, t)


def x_keep_metaclip__mutmut_3(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(uid) < keep_probability(query_ids, counts, t)


def x_keep_metaclip__mutmut_4(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(seed, ) < keep_probability(query_ids, counts, t)


def x_keep_metaclip__mutmut_5(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(seed, uid) <= keep_probability(query_ids, counts, t)


def x_keep_metaclip__mutmut_6(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(seed, uid) < keep_probability(None, counts, t)


def x_keep_metaclip__mutmut_7(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(seed, uid) < keep_probability(query_ids, None, t)


def x_keep_metaclip__mutmut_8(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(seed, uid) < keep_probability(query_ids, counts, None)


def x_keep_metaclip__mutmut_9(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(seed, uid) < keep_probability(counts, t)


def x_keep_metaclip__mutmut_10(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(seed, uid) < keep_probability(query_ids, t)


def x_keep_metaclip__mutmut_11(
    uid: str, query_ids: Sequence[int], counts: Mapping[int, int], t: int, seed: int
) -> bool:
    return uniform(seed, uid) < keep_probability(query_ids, counts, )

mutants_x_keep_metaclip__mutmut['_mutmut_orig'] = x_keep_metaclip__mutmut_orig # type: ignore # mutmut generated
mutants_x_keep_metaclip__mutmut['x_keep_metaclip__mutmut_1'] = x_keep_metaclip__mutmut_1 # type: ignore # mutmut generated
mutants_x_keep_metaclip__mutmut['x_keep_metaclip__mutmut_2'] = x_keep_metaclip__mutmut_2 # type: ignore # mutmut generated
mutants_x_keep_metaclip__mutmut['x_keep_metaclip__mutmut_3'] = x_keep_metaclip__mutmut_3 # type: ignore # mutmut generated
mutants_x_keep_metaclip__mutmut['x_keep_metaclip__mutmut_4'] = x_keep_metaclip__mutmut_4 # type: ignore # mutmut generated
mutants_x_keep_metaclip__mutmut['x_keep_metaclip__mutmut_5'] = x_keep_metaclip__mutmut_5 # type: ignore # mutmut generated
mutants_x_keep_metaclip__mutmut['x_keep_metaclip__mutmut_6'] = x_keep_metaclip__mutmut_6 # type: ignore # mutmut generated
mutants_x_keep_metaclip__mutmut['x_keep_metaclip__mutmut_7'] = x_keep_metaclip__mutmut_7 # type: ignore # mutmut generated
mutants_x_keep_metaclip__mutmut['x_keep_metaclip__mutmut_8'] = x_keep_metaclip__mutmut_8 # type: ignore # mutmut generated
mutants_x_keep_metaclip__mutmut['x_keep_metaclip__mutmut_9'] = x_keep_metaclip__mutmut_9 # type: ignore # mutmut generated
mutants_x_keep_metaclip__mutmut['x_keep_metaclip__mutmut_10'] = x_keep_metaclip__mutmut_10 # type: ignore # mutmut generated
mutants_x_keep_metaclip__mutmut['x_keep_metaclip__mutmut_11'] = x_keep_metaclip__mutmut_11 # type: ignore # mutmut generated
mutants_x_capped__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_capped__mutmut)
def capped(query_ids: Sequence[int], over_t: Mapping[int, int]) -> bool:
    """True when every matched query has more than t matches (`over_t` holds just those);
    otherwise the pair's rarest query has at most t pairs in all and the pair is kept."""
    return all(i in over_t for i in query_ids)


def x_capped__mutmut_orig(query_ids: Sequence[int], over_t: Mapping[int, int]) -> bool:
    """True when every matched query has more than t matches (`over_t` holds just those);
    otherwise the pair's rarest query has at most t pairs in all and the pair is kept."""
    return all(i in over_t for i in query_ids)


def x_capped__mutmut_1(query_ids: Sequence[int], over_t: Mapping[int, int]) -> bool:
    """True when every matched query has more than t matches (`over_t` holds just those);
    otherwise the pair's rarest query has at most t pairs in all and the pair is kept."""
    return all(None)


def x_capped__mutmut_2(query_ids: Sequence[int], over_t: Mapping[int, int]) -> bool:
    """True when every matched query has more than t matches (`over_t` holds just those);
    otherwise the pair's rarest query has at most t pairs in all and the pair is kept."""
    return all(i not in over_t for i in query_ids)

mutants_x_capped__mutmut['_mutmut_orig'] = x_capped__mutmut_orig # type: ignore # mutmut generated
mutants_x_capped__mutmut['x_capped__mutmut_1'] = x_capped__mutmut_1 # type: ignore # mutmut generated
mutants_x_capped__mutmut['x_capped__mutmut_2'] = x_capped__mutmut_2 # type: ignore # mutmut generated
mutants_x_rarest_query__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_rarest_query__mutmut)
def rarest_query(query_ids: Sequence[int], counts: Mapping[int, int]) -> int:
    """The matched query with the fewest matches (ties: the smallest id)."""
    return min(query_ids, key=lambda i: (counts[i], i))


def x_rarest_query__mutmut_orig(query_ids: Sequence[int], counts: Mapping[int, int]) -> int:
    """The matched query with the fewest matches (ties: the smallest id)."""
    return min(query_ids, key=lambda i: (counts[i], i))


def x_rarest_query__mutmut_1(query_ids: Sequence[int], counts: Mapping[int, int]) -> int:
    """The matched query with the fewest matches (ties: the smallest id)."""
    return min(None, key=lambda i: (counts[i], i))


def x_rarest_query__mutmut_2(query_ids: Sequence[int], counts: Mapping[int, int]) -> int:
    """The matched query with the fewest matches (ties: the smallest id)."""
    return min(query_ids, key=None)


def x_rarest_query__mutmut_3(query_ids: Sequence[int], counts: Mapping[int, int]) -> int:
    """The matched query with the fewest matches (ties: the smallest id)."""
    return min(key=lambda i: (counts[i], i))


def x_rarest_query__mutmut_4(query_ids: Sequence[int], counts: Mapping[int, int]) -> int:
    """The matched query with the fewest matches (ties: the smallest id)."""
    return min(query_ids, )


def x_rarest_query__mutmut_5(query_ids: Sequence[int], counts: Mapping[int, int]) -> int:
    """The matched query with the fewest matches (ties: the smallest id)."""
    return min(query_ids, key=lambda i: None)

mutants_x_rarest_query__mutmut['_mutmut_orig'] = x_rarest_query__mutmut_orig # type: ignore # mutmut generated
mutants_x_rarest_query__mutmut['x_rarest_query__mutmut_1'] = x_rarest_query__mutmut_1 # type: ignore # mutmut generated
mutants_x_rarest_query__mutmut['x_rarest_query__mutmut_2'] = x_rarest_query__mutmut_2 # type: ignore # mutmut generated
mutants_x_rarest_query__mutmut['x_rarest_query__mutmut_3'] = x_rarest_query__mutmut_3 # type: ignore # mutmut generated
mutants_x_rarest_query__mutmut['x_rarest_query__mutmut_4'] = x_rarest_query__mutmut_4 # type: ignore # mutmut generated
mutants_x_rarest_query__mutmut['x_rarest_query__mutmut_5'] = x_rarest_query__mutmut_5 # type: ignore # mutmut generated
