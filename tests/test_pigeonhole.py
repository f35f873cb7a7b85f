"""The pigeonhole search's building blocks (`dedup.pigeonhole`) against hand-computed values.

The end-to-end exactness and the guarantee m·(f + 1) > r for every chosen plan are tested in
tests/test_dedup_units.py; here: the cost model's two estimates, the plans it picks in
cases worked out by hand, the bit layout of the chunk keys, the chunk tables' lookups, and
the types of the search's output.
"""

from __future__ import annotations

import numpy as np
import pytest

from dedup.pigeonhole import ChunkTable, PigeonholeIndex, Plan, chunk_keys, plan_for

# Variants of a chunk stored with f flips: sum of C(w, i) for i <= f, by hand.
V8_2 = 1 + 8 + 28  # an 8-bit chunk within 2 flips: 37
V23_1, V22_1 = 24, 23  # 23- and 22-bit chunks within 1 flip


def test_memory_estimate_is_rows_keys_and_dense_offsets_by_hand():
    """4 bytes a row per variant; chunks wider than 22 bits add an 8-byte key per variant and
    no offset array; chunks up to 22 bits add an 8-byte offset per possible key."""
    assert Plan((8, 8), 2).memory(100) == 2 * (100 * V8_2 * 4 + 8 * 2**8)  # 33,696
    assert Plan((22,), 0).memory(100) == 100 * 4 + 8 * 2**22  # 22 bits is still dense
    assert Plan((23,), 0).memory(100) == 100 * 12  # 23 bits: sorted keys, no offsets
    assert Plan((23, 22), 1).memory(10) == 10 * V23_1 * 12 + 10 * V22_1 * 4 + 8 * 2**22


@pytest.mark.parametrize("width, flips", [(8, 2), (22, 1), (23, 1)])  # 22: the widest dense
def test_memory_estimate_is_what_the_tables_hold(width, flips):
    rng = np.random.default_rng(width)
    keys = rng.integers(0, 2**width, 100, dtype=np.uint64)
    table = ChunkTable(keys, width, flips)
    held = table.rows.nbytes
    held += table.offsets.nbytes if table.offsets is not None else table.keys.nbytes
    # the offset array has 2**width + 1 entries, one more than the estimate counts
    assert 0 <= held - Plan((width,), flips).memory(100) <= 8


def test_cost_estimate_is_lookups_plus_expected_candidates_by_hand():
    """Per chunk: a lookup (90 ns dense, up to 22 bits; 400 ns binary search) plus 15 ns for
    each of the n · variants / 2**width candidates uniform codes give."""
    assert Plan((8, 8), 2).cost(100) == pytest.approx(2 * (90 + 15 * 100 * V8_2 / 256))
    wide = 400 + 15 * 1000 * V23_1 / 2**23
    dense = 90 + 15 * 1000 * V22_1 / 2**22
    assert Plan((23, 22), 1).cost(1000) == pytest.approx(wide + dense, rel=1e-12)


def test_plan_for_picks_the_cheapest_plan_or_the_flat_scan_by_hand():
    """64-bit codes, r = 8, n = 1000. Flat scan: 0.5 ns a pair / threads. Three chunks
    (22, 21, 21) with 2 flips: 254 and 232 variants, 3 · 90 + 15 · 1000 · (254 / 2**22 +
    2 · 232 / 2**21) = 274.2 ns; four 16-bit chunks cost 391 ns; two 32-bit chunks with 4
    flips need 994 MB (over the 256 MiB cap)."""
    assert plan_for(64, 8, 1000) == Plan((22, 21, 21), 2)  # 274 ns < 500 ns (1 thread)
    assert plan_for(64, 8, 1000, threads=2) is None  # a 250 ns scan is cheaper
    assert plan_for(64, 8, 1000, threads=4) is None  # 125 ns


@pytest.mark.parametrize(
    "bits, n, widths",
    [
        # one sorted table of whole codes: 400 ns; (22, 21, 21) costs 270 + 143 = 413 ns
        (64, 8_000_000, (64,)),
        # four 64-bit chunks: 1600 ns; 13 dense chunks (20 and 19 bits) would cost 1656 ns
        (256, 2_000_000, (64, 64, 64, 64)),
        # 520 bits in 9 chunks of 58 or 57: 3600 ns; 8 chunks of 65 would not fit a key, and
        # 10 or 11 chunks cost more; any dense plan is over the memory cap
        (520, 2_000_000, (58,) * 7 + (57,) * 2),
    ],
)
def test_no_chunk_is_wider_than_its_64_bit_key(bits, n, widths):
    """Exact duplicates (r = 0) of many codes: fewest chunks win, but a chunk's key is one
    uint64, so no chunk may exceed 64 bits."""
    assert plan_for(bits, 0, n) == Plan(widths, 0)


def test_chunk_keys_are_consecutive_bit_ranges_lowest_bit_first():
    """Bit j of byte k is code bit 8k + j. Bytes 0xA1, 0x81 set bits 0, 5, 7, 8 and 15:
    chunk (0..3) holds bit 0, so 1; chunk (4..15) holds bits 5, 7, 8, 15 at 1, 3, 4, 11."""
    codes = np.array([[0xA1, 0x81]], np.uint8)
    assert [k.tolist() for k in chunk_keys(codes, (4, 12))] == [[1], [2 + 8 + 16 + 2048]]
    assert [k.tolist() for k in chunk_keys(codes, (8, 8))] == [[0xA1], [0x81]]


@pytest.mark.parametrize("width", [4, 23])  # a dense offset table and a sorted one
def test_chunk_table_lookup_returns_exactly_the_rows_within_the_flips(width):
    """Rows 0b0000 and 0b0011 stored with 1 flip: key 0 is row 0's own; 1 and 2 are one flip
    from both; 3 is row 1's own; 8 is one flip from row 0; 5 is two flips from both."""
    table = ChunkTable(np.array([0b0000, 0b0011], np.uint64), width, 1)
    queries, rows = table.lookup(np.array([0, 1, 2, 5, 3, 8], np.uint64))
    found = sorted(zip(queries.tolist(), rows.tolist(), strict=True))
    assert found == [(0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (4, 1), (5, 0)]


def test_search_finds_all_zero_codes_and_returns_integer_rows_and_distances():
    """16-bit codes in two 8-bit chunks, r = 1 (0 flips per chunk): chunk keys of 0 are
    found, and rows and distances come back as integers (they index arrays downstream)."""
    eval_codes = np.array([[0x00, 0x00], [0xFF, 0xFF]], np.uint8)
    train = np.array([[0x00, 0x00], [0x01, 0x00], [0x03, 0x00], [0xFF, 0x7F]], np.uint8)
    index = PigeonholeIndex(eval_codes, 1, Plan((8, 8), 0))
    train_rows, eval_rows, distance = index.search(train)
    found = list(zip(train_rows.tolist(), eval_rows.tolist(), distance.tolist(), strict=True))
    assert found == [(0, 0, 0), (1, 0, 1), (3, 1, 1)]  # row 2 is 2 bits from row 0
    for array in (train_rows, eval_rows, distance):
        assert np.issubdtype(array.dtype, np.integer), array.dtype
