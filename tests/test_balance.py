"""MetaCLIP's balancing (`pipeline.balance`) against hand-computed numbers and a plain
reference of the README's rule: keep a pair when blake2b-64(f"{seed}:{uid}") / 2**64 is below
1 − ∏(1 − t / max(count, t)) over its matched queries."""

from __future__ import annotations

import hashlib

import pytest

from pipeline import balance


def reference_draw(seed: int, uid: str) -> float:
    digest = hashlib.blake2b(f"{seed}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2.0**64


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
