"""MetaCLIP's balancing (`pipeline.balance`) against hand-computed numbers and a plain
reference of the README's rule: keep a pair when blake2b-64(f"{seed}:{uid}") / 2**64 is below
1 − ∏(1 − t / max(count, t)) over its matched queries."""

from __future__ import annotations

import hashlib

import numpy as np
import pyarrow as pa
import pytest

from pipeline import balance


def reference_draw(seed: int, uid: str) -> float:
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2.0**64


def keep_column(uids: list[str], column: pa.ListArray, over: balance.OverT, t: int, seed: int):
    draws = balance.draws(seed, uids)
    return balance.keep_metaclip_column(draws, balance.miss_column(column, over, t))


def test_keep_probability_by_hand():
    counts = {1: 40_000, 2: 100_000, 3: 5}
    t = 20_000
    assert balance.keep_probability([3], counts, t) == 1.0  # under the cap: always kept
    assert balance.keep_probability([1], counts, t) == pytest.approx(0.5)
    assert balance.keep_probability([2], counts, t) == pytest.approx(0.2)
    # 1 − (1 − 0.5)(1 − 0.2) = 0.6, not 1 − min(0.5, 0.8) = 0.5
    assert balance.keep_probability([1, 2], counts, t) == pytest.approx(0.6)
    assert balance.keep_probability([1, 3], counts, t) == 1.0


def test_the_draw_is_the_seeded_hash():
    for seed in (0, 1, 12345):
        for uid in ("a", "0f3c", "uid-with-dashes"):
            assert balance.uniform(seed, uid) == reference_draw(seed, uid)


def test_the_batch_draws_and_hashes_are_the_seeded_hash():
    uids = [f"{i:x}" for i in range(5000)] + ["é", ""]
    for seed in (0, 7):
        assert balance.draws(seed, uids).tolist() == [reference_draw(seed, u) for u in uids]
        hashes = balance.pair_hashes(seed, uids)
        assert hashes.dtype == np.uint64
        assert hashes.tolist() == [balance.pair_hash(seed, u) for u in uids]
        draws = balance.hashes_to_draws(hashes).tolist()
        assert draws == [reference_draw(seed, u) for u in uids]
    assert balance.draws(0, []).shape == (0,)


def test_seed_changes_which_pairs_are_kept():
    counts, t = {1: 40_000}, 20_000  # p = 0.5
    uids = [f"u{i}" for i in range(400)]
    kept = {
        seed: {u for u in uids if balance.keep_metaclip(u, [1], counts, t, seed)} for seed in (0, 1)
    }
    for seed, found in kept.items():
        assert found == {u for u in uids if reference_draw(seed, u) < 0.5}
    assert kept[0] != kept[1]
    assert 150 < len(kept[0]) < 250  # about half


def test_cap_mode_attributes_a_pair_to_its_rarest_query():
    counts = {1: 30, 2: 10, 3: 10}
    assert balance.rarest_query([1, 2], counts) == 2
    assert balance.rarest_query([3, 2], counts) == 2  # ties: smallest id
    assert balance.capped([1, 2], {1: 30, 2: 25}) is True
    assert balance.capped([1, 2], {1: 30}) is False  # query 2 is under the cap


def test_queries_missing_from_the_counts_are_under_the_cap():
    # the job ships only the counts of queries over t; any other query keeps its pairs
    assert balance.keep_probability([9], {}, 20_000) == 1.0
    assert balance.keep_probability([9, 1], {1: 40_000}, 20_000) == 1.0


def test_a_draw_equal_to_the_keep_probability_is_not_kept():
    """Kept when draw < p, so that P(keep) = p for a uniform draw in [0, 1). A draw d >= 0.5
    is k / 2**53; with count = 2**62 and t = d · 2**62, p = t / count is exactly d, and
    1 − (1 − p) is exact too. One step of t higher, p is just above d and the pair is kept."""
    uid = next(u for u in (f"u{i}" for i in range(100)) if reference_draw(0, u) >= 0.5)
    draw, count = reference_draw(0, uid), 2**62
    t = int(draw * 2**62)
    assert t / count == draw
    over = balance.OverT(np.array([1], np.int64), np.array([count], np.int64))
    column = pa.array([[1]], pa.list_(pa.int64()))
    assert balance.keep_probability([1], {1: count}, t) == draw
    assert not balance.keep_metaclip(uid, [1], {1: count}, t, 0)
    assert keep_column([uid], column, over, t, 0).tolist() == [False]
    above = t + 2**9  # p = draw + 2**-53
    assert balance.keep_metaclip(uid, [1], {1: count}, above, 0)
    assert keep_column([uid], column, over, above, 0).tolist() == [True]


def test_over_t_lookup_gives_integer_counts_and_zero_for_other_ids():
    over = balance.OverT(np.array([2, 5], np.int64), np.array([40, 400], np.int64))
    got = over.lookup(np.array([1, 2, 3, 5, 9], np.int64))  # 9: above every id over t
    assert got.tolist() == [0, 40, 0, 400, 0] and got.dtype == np.int64
    none = balance.OverT(np.zeros(0, np.int64), np.zeros(0, np.int64))
    got = none.lookup(np.array([3, 7], np.int64))
    assert got.tolist() == [0, 0] and got.dtype == np.int64


def test_no_query_over_the_cap_keeps_every_pair_and_caps_none():
    """A small crawl: no query has more than t matches, so p = 1 for every pair (MetaCLIP)
    and, in cap mode, every pair's rarest query is under the cap."""
    none = balance.OverT(np.zeros(0, np.int64), np.zeros(0, np.int64))
    column = pa.array([[3], [3, 7], [7]], pa.list_(pa.int64()))
    keep = keep_column(["a", "b", "c"], column, none, 10, 0)
    assert keep.tolist() == [True, True, True]
    capped, _ = balance.rarest_column(column, none)
    assert capped.tolist() == [False, False, False]


def test_an_empty_batch_gives_empty_boolean_results():
    over = balance.OverT(np.array([1], np.int64), np.array([40], np.int64))
    column = pa.array([], pa.list_(pa.int64()))
    keep = keep_column([], column, over, 10, 0)
    assert keep.shape == (0,) and keep.dtype == bool
    capped, rarest = balance.rarest_column(column, over)
    assert capped.shape == (0,) and capped.dtype == bool and rarest.shape == (0,)


def test_a_query_vastly_over_the_cap_keeps_no_pair_with_a_larger_draw():
    """p = 1 / 2**60 (t = 1, count 2**60): a pair is kept only if its draw is below p; these
    draws are all far above it. (1 − p rounds to 1.0 here, which must not read as p = 1.)"""
    uids = [f"u{i}" for i in range(10)]
    assert all(reference_draw(0, u) > 2**-60 for u in uids)
    over = balance.OverT(np.array([1], np.int64), np.array([2**60], np.int64))
    column = pa.array([[1]] * len(uids), pa.list_(pa.int64()))
    assert not any(balance.keep_metaclip(u, [1], {1: 2**60}, 1, 0) for u in uids)
    assert keep_column(uids, column, over, 1, 0).tolist() == [False] * 10
