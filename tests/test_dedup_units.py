"""Unit tests of the dedup building blocks: decoding, pHash, faiss search, shard reading."""

import io
import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from dedup_fixtures import image, jpeg, write_shard
from PIL import Image

from common.shards import iter_samples
from dedup.augment import MILD, augment
from dedup.detect import Nearest
from dedup.features import shard_images
from dedup.imageio import BadImage, decode
from dedup.phash import hamming, phash
from dedup.search import CosineIndex, HammingIndex, Matches, popcount_range_search


def _encode(im: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    im.save(buffer, format=fmt)
    return buffer.getvalue()


def test_every_mode_decodes_to_rgb_with_a_close_hash():
    rgb = image(3, size=96)
    reference = phash(rgb)
    grey = rgb.convert("L")
    variants = {
        "greyscale": _encode(grey, "PNG"),
        "cmyk": _encode(rgb.convert("CMYK"), "JPEG"),
        "palette": _encode(rgb.convert("P"), "PNG"),
        "rgba": _encode(rgb.convert("RGBA"), "PNG"),
        "16-bit": _encode(Image.fromarray(np.asarray(grey).astype(np.uint16) * 257), "PNG"),
    }
    for name, data in variants.items():
        decoded = decode(data, name)
        assert decoded.mode == "RGB" and decoded.size == rgb.size, name
        assert hamming(phash(decoded), reference) <= 6, name
    sixteen = decode(variants["16-bit"], "16-bit")
    assert np.array_equal(np.asarray(sixteen)[..., 0], np.asarray(grey))


def test_tiny_huge_corrupt_and_truncated_images():
    assert phash(decode(_encode(Image.new("RGB", (1, 1), (9, 9, 9)), "PNG"), "1x1")).shape == (8,)
    assert phash(image(1), hash_size=16).shape == (32,)
    bomb = _encode(Image.new("1", (12000, 12000)), "PNG")  # 144 Mpixel, a few kB on disk
    with pytest.raises(BadImage) as err:
        decode(bomb, "bomb.png")
    assert err.value.reason == "too large" and "bomb.png" in str(err.value)
    with pytest.raises(BadImage) as err:
        decode(b"not an image at all", "junk.jpg")
    assert err.value.reason == "undecodable"
    data = jpeg(image(2, size=128))
    with pytest.raises(BadImage) as err:
        decode(data[: len(data) // 2], "cut.jpg")
    assert err.value.reason == "undecodable"


def _pairs(m: Matches) -> list[tuple[int, int, int]]:
    return sorted(zip(m.train.tolist(), m.eval.tolist(), m.distance.tolist(), strict=True))


def _near_copies(rng, eval_codes: np.ndarray, n_train: int, max_flips: int) -> np.ndarray:
    """Random training codes whose first rows are evaluation codes with 0..max_flips bits
    flipped (bits drawn without replacement, so every distance up to max_flips occurs)."""
    nbytes = eval_codes.shape[1]
    train = rng.integers(0, 256, (n_train, nbytes), dtype=np.uint8)
    copies = min(len(eval_codes), n_train)
    train[:copies] = eval_codes[:copies]
    for row in range(copies):
        for bit in rng.choice(nbytes * 8, row % (max_flips + 1), replace=False):
            train[row, bit // 8] ^= np.uint8(1 << (bit % 8))
    return train


def test_faiss_hamming_search_equals_numpy_popcount():
    rng = np.random.default_rng(0)
    for nbytes, radius in ((8, 6), (32, 100)):
        eval_codes = rng.integers(0, 256, (300, nbytes), dtype=np.uint8)
        train = _near_copies(rng, eval_codes, 2000, 8)
        found = HammingIndex(eval_codes, radius, method="flat").search(train)
        expected = popcount_range_search(train, eval_codes, radius)
        assert len(expected.train) >= 200
        assert _pairs(found) == _pairs(expected)


@pytest.mark.parametrize(
    "nbytes, radius, widths",
    [
        (8, 8, (22, 21, 21)),  # the default search: dense offset tables, 2 flips per chunk
        (8, 0, (64,)),  # exact matches through one sorted table of whole codes
        (8, 10, (16, 16, 16, 16)),
        (8, 7, (13, 13, 13, 13, 12)),  # unequal widths
        (32, 8, (52, 52, 51, 51, 50)),  # 256-bit codes, sorted (binary-search) tables
        (2, 3, (8, 8)),  # 16-bit codes (hash size 4)
    ],
)
def test_pigeonhole_search_is_exact(nbytes, radius, widths):
    from dedup.pigeonhole import PigeonholeIndex, Plan

    rng = np.random.default_rng(radius)
    eval_codes = rng.integers(0, 256, (400, nbytes), dtype=np.uint8)
    eval_codes[1] = eval_codes[0]  # two evaluation rows with the same code
    train = _near_copies(rng, eval_codes, 3000, radius + 3)
    plan = Plan(widths, radius // len(widths))
    found = Matches(*PigeonholeIndex(eval_codes, radius, plan).search(train))
    expected = popcount_range_search(train, eval_codes, radius)
    assert len(expected.train) >= 300 * (radius + 1) // (radius + 4)
    assert _pairs(found) == _pairs(expected)


def test_hamming_index_picks_pigeonhole_tables_only_where_cheaper():
    rng = np.random.default_rng(3)
    small = rng.integers(0, 256, (50, 8), dtype=np.uint8)
    large = rng.integers(0, 256, (10_000, 8), dtype=np.uint8)
    assert HammingIndex(small, 8).method == "flat"  # a scan of 50 codes beats any table
    index = HammingIndex(large, 8)
    assert index.method == "pigeonhole"
    train = _near_copies(rng, large, 5000, 10)
    assert _pairs(index.search(train)) == _pairs(popcount_range_search(train, large, 8))
    with pytest.raises(ValueError, match="no pigeonhole plan"):
        HammingIndex(small, 8, method="pigeonhole")


def test_hash_size_mismatch_is_a_clear_error():
    index = HammingIndex(np.zeros((3, 8), np.uint8), 8)
    with pytest.raises(ValueError, match="hash size mismatch"):
        index.search(np.zeros((2, 32), np.uint8))


def test_cosine_search_flat_and_ivf():
    rng = np.random.default_rng(1)
    base = rng.normal(size=(400, 32)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    queries = base[:50] + 0.05 * rng.normal(size=(50, 32)).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    sims = queries @ base.T
    expected = set(zip(*np.nonzero(sims >= 0.9), strict=True))
    flat = CosineIndex(base, 0.9).search(queries)
    assert set(zip(flat.train.tolist(), flat.eval.tolist(), strict=True)) == {
        (int(a), int(b)) for a, b in expected
    }
    ivf = CosineIndex(base, 0.9, ivf_lists=4, nprobe=4).search(queries)
    assert {(i, i) for i in range(50)} <= {(t, e) for t, e, _ in _pairs(ivf)}
    with pytest.raises(ValueError, match="embedding size mismatch"):
        CosineIndex(base, 0.9).search(queries[:, :16])


def test_nearest_keeps_the_closest_across_batches():
    nearest = Nearest(3, higher_is_closer=False)
    nearest.update(Matches(np.array([0, 1]), np.array([0, 0]), np.array([5, 3])), ["a", "b"])
    nearest.update(Matches(np.array([0, 0]), np.array([0, 2]), np.array([4, 1])), ["c"])
    assert nearest.ref == ["b", None, "c"]
    assert nearest.distance[0] == 3 and not nearest.found()[1]


def test_truncated_shard_keeps_earlier_samples_and_counts_the_skip(tmp_path):
    path = write_shard(tmp_path / "00000.tar", [(f"{i:04d}", jpeg(image(i))) for i in range(10)])
    data = Path(path).read_bytes()
    cut = tmp_path / "cut.tar"
    cut.write_bytes(data[: len(data) // 2])
    skips = Counter()
    samples = list(iter_samples(str(cut), skips))
    assert 0 < len(samples) < 10 and skips["corrupt shard"] == 1
    assert [s.key for s in samples] == [f"{i:04d}" for i in range(len(samples))]
    assert samples[0].meta()["uid"] == "uid-0000"


def test_mild_copies_stay_close_and_distinct_images_do_not():
    rng = random.Random(0)
    originals = [image(i, size=128) for i in range(12)]
    copies = [augment(im, MILD, rng) for im in originals]
    near = [hamming(phash(a), phash(b)) for a, b in zip(originals, copies, strict=True)]
    assert np.median(near) <= 8
    assert (
        augment(originals[0], MILD, random.Random(5)).tobytes()
        == augment(originals[0], MILD, random.Random(5)).tobytes()
    )


def test_calibrated_threshold_is_the_lowest_cosine_meeting_the_precision():
    from dedup.calibrate import copy_scores, threshold_for

    positives = np.array([0.90, 0.95, 0.97, 0.99])
    negatives = np.array([0.50, 0.93, 0.96])
    # precision at each copy's score: 0.99 -> 1/1, 0.97 -> 2/2, 0.95 -> 3/4 (0.96 is not a
    # copy), 0.90 -> 4/6 (0.93 and 0.96)
    assert threshold_for(positives, negatives, 0.99) == 0.97
    assert threshold_for(positives, negatives, 0.75) == 0.95
    assert threshold_for(positives, negatives, 0.6) == 0.90
    with pytest.raises(ValueError, match="does not separate copies"):
        threshold_for(np.array([0.1, 0.2]), np.array([0.3]), 0.99)
    originals = np.eye(3, dtype=np.float32)
    copies = np.array([[0.8, 0.6, 0], [0, 1, 0], [0.6, 0, 0.8]], np.float32)
    pos, neg = copy_scores(originals, copies)
    assert np.allclose(pos, [0.8, 1.0, 0.8]) and np.allclose(neg, [0.6, 0.0, 0.6])


@pytest.mark.parametrize("bits", [16, 64, 256])
@pytest.mark.parametrize("radius", [0, 2, 4, 6, 8, 10, 12])
@pytest.mark.parametrize("n", [1_000, 10_000, 100_000, 1_000_000])
def test_every_chosen_plan_keeps_the_pigeonhole_guarantee(bits, radius, n):
    """m chunks each stored with f flips find every code within r bits iff m·(f + 1) > r:
    a pair missed on every chunk differs there by at least f + 1 bits, m·(f + 1) in all."""
    from dedup.pigeonhole import plan_for

    plan = plan_for(bits, radius, n)
    if plan is None:
        return  # a flat scan is chosen; exact by construction
    assert sum(plan.widths) == bits
    assert len(plan.widths) * (plan.flips + 1) > radius


def test_pigeonhole_finds_pairs_exactly_at_the_radius():
    """r = 8 in 4 chunks needs 2 flips per chunk: a copy 2 bits off in each chunk is found."""
    from dedup.pigeonhole import PigeonholeIndex, plan_for

    plan = plan_for(64, 8, 100_000)
    assert (len(plan.widths), plan.flips) == (4, 2)
    rng = np.random.default_rng(8)
    eval_codes = rng.integers(0, 256, (500, 8), dtype=np.uint8)
    bits = np.unpackbits(eval_codes[:1], axis=1, bitorder="little")
    for start in (0, 16, 32, 48):  # 2 bits in each 16-bit chunk: distance exactly 8
        bits[0, start : start + 2] ^= 1
    copy = np.packbits(bits, axis=1, bitorder="little")
    found = PigeonholeIndex(eval_codes, 8, plan).search(copy)
    assert 0 in set(found[1].tolist())


def test_training_images_are_an_equal_share_of_each_shard(tmp_path):
    sizes = [3, 10, 10, 10]  # shard s holds images of red level 60 * s
    for s, n in enumerate(sizes):
        red = jpeg(Image.new("RGB", (32, 32), (60 * s, 0, 0)))
        write_shard(tmp_path / f"{s:05d}.tar", [(f"{s}-{j:03d}", red) for j in range(n)])

    def taken(limit: int) -> Counter:
        images, _ = shard_images(str(tmp_path), limit, 32)
        return Counter(round(im.getpixel((16, 16))[0] / 60) for im in images)

    assert taken(8) == {0: 2, 1: 2, 2: 2, 3: 2}
    # shard 0 holds 3 of its 5: the others share what it left (17 over 3: 6, then 11 over 2)
    assert taken(20) == {0: 3, 1: 6, 2: 6, 3: 5}
    assert taken(100) == {0: 3, 1: 10, 2: 10, 3: 10}
    assert taken(2) == {0: 1, 1: 1}
