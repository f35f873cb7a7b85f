"""`openwit audit --detector trained`: the copy detector trained on the training shards, its
hard-negative calibration, its cache, the alignment check of its nearest matches, and the
gallery around the threshold."""

import io
import json
import os
import random
from pathlib import Path

import numpy as np
import pytest
import torch
from dedup_fixtures import descriptor, jpeg, write_eval_folder, write_shard
from PIL import Image

from bench.real_copies import padded_by_download
from dedup.audit import featurize_evalset
from dedup.augment import Strength, augment
from dedup.calibrate import hardest_negatives, same_picture
from dedup.detect import Detector
from dedup.embedders import load_embedder
from dedup.evalsets import open_evalset
from dedup.features import shard_images
from dedup.imageio import unpadded
from dedup.phash import phash
from dedup.report import around_threshold
from dedup.settings import DEFAULT_MIN_ALIGNED
from dedup.verify import Candidates, aligned_similarity, best_aligned, blurred, grey_thumbnail
from openwit.cli import main

PLANTED = [0, 1, 2, 3, 4, 5]  # evaluation mosaics with a copy in the training shards
DISTINCT = [6, 7, 8, 9, 10, 11]  # evaluation mosaics with none
# every kind of change of a real copy, milder than training's COPY so that 80 steps suffice
PLANTED_COPY = Strength(0.8, 1.1, 0.5, 2.0, 0.1, (40, 90), flip=0.5, border=0.5, text=0.5)


def mosaic(seed: int, size: int = 96, side: int = 6) -> Image.Image:
    """A distinct image per seed: a side x side grid of random colours."""
    cells = np.random.default_rng(seed).integers(0, 256, (side, side, 3), dtype=np.uint8)
    return Image.fromarray(cells).resize((size, size), Image.Resampling.NEAREST)


@pytest.fixture(scope="module")
def beds(tmp_path_factory):
    """An evaluation folder of 12 mosaics and training shards of 320 other mosaics plus one
    copy (crop, rescale, aspect, JPEG, colour, flip, rotation, border, text) of each PLANTED
    one."""
    root = tmp_path_factory.mktemp("copies")
    evals = {i: mosaic(1000 + i) for i in PLANTED + DISTINCT}
    folder = write_eval_folder(root / "eval", {"mosaics": [evals[i] for i in sorted(evals)]})
    rng = random.Random(0)
    samples = [(f"m{i:03d}", jpeg(mosaic(i))) for i in range(320)]
    samples += [(f"copy{i}", jpeg(augment(evals[i], PLANTED_COPY, rng))) for i in PLANTED]
    rng.shuffle(samples)
    os.makedirs(root / "shards")
    write_shard(root / "shards/00000.tar", samples[:163])
    write_shard(root / "shards/00001.tar", samples[163:])
    expected = sorted(str(Path(folder) / "mosaics" / f"{i:04d}.jpg") for i in PLANTED)
    return {"root": root, "eval": folder, "shards": str(root / "shards"), "expected": expected}


def audit(beds, out, *flags):
    args = ["audit", "--train", beds["shards"], "--eval", f"mosaics={beds['eval']}"]
    return main(
        [*args, "--detector", "trained", "--detector-steps", "80", "--out", str(out), *flags]
    )


@pytest.mark.filterwarnings("ignore::FutureWarning")  # torch.jit, still SSCD's format
def test_trained_detector_finds_the_planted_copies_and_not_the_distinct_images(beds, capsys):
    threads = torch.get_num_threads()
    out = beds["root"] / "report"
    assert audit(beds, out) == 0
    assert torch.get_num_threads() == threads  # training's thread setting is undone
    printed = capsys.readouterr().out
    assert "copy detector trained" in printed and "calibrated cosine >=" in printed
    assert sorted((out / "mosaics.overlap.txt").read_text().split()) == beds["expected"]
    report = json.loads((out / "report.json").read_text())["datasets"]["mosaics"]
    assert report["detector"] == "embedding + alignment" and report["verify_top"] == 10
    assert report["threshold"] == DEFAULT_MIN_ALIGNED
    matched = {r["eval"]: r["train"] for r in report["nearest"] if r["overlap"]}
    assert {e: t.rsplit("#", 1)[1] for e, t in matched.items()} == {
        str(Path(beds["eval"]) / "mosaics" / f"{i:04d}.jpg"): f"copy{i}" for i in PLANTED
    }
    meta = json.loads((out / "detector.pt.json").read_text())
    assert meta["calibration"]["pool"] > 0  # hard negatives came from the other images
    gallery = (out / "gallery.html").read_text()
    assert "class='threshold'" in gallery and "aligned similarity &ge; 0.9" in gallery
    # a second run on the same shards reuses the descriptor instead of training again; with
    # no alignment check its calibrated cosine decides, and finds the same copies
    before = (out / "detector.pt").stat().st_mtime_ns
    assert audit(beds, out, "--verify-top", "0") == 0
    assert "copy detector reused" in capsys.readouterr().out
    assert (out / "detector.pt").stat().st_mtime_ns == before
    assert sorted((out / "mosaics.overlap.txt").read_text().split()) == beds["expected"]
    report = json.loads((out / "report.json").read_text())["datasets"]["mosaics"]
    assert report["detector"] == "embedding" and report["threshold_source"] == "calibrated"
    assert meta["calibration"]["min_cosine"] == report["threshold"]
    # --min-aligned decides: no re-encoded copy aligns perfectly, so at 1.0 none is found
    assert audit(beds, out, "--min-aligned", "1.0") == 0
    assert (out / "mosaics.overlap.txt").read_text().split() == []
    report = json.loads((out / "report.json").read_text())["datasets"]["mosaics"]
    assert report["threshold"] == 1.0 and report["threshold_source"] == "--min-aligned"


def thumbnail(image: Image.Image) -> np.ndarray:
    """What the alignment check compares."""
    return blurred(grey_thumbnail(image))


def drawing(shape: str, colour: tuple, size: int = 160) -> Image.Image:
    """Clip art: one filled shape with an outline and a dark mark at its lower left, on white."""
    from PIL import ImageDraw

    image = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    box = (size * 0.2, size * 0.15, size * 0.8, size * 0.75)
    if shape == "circle":
        draw.ellipse(box, fill=colour, outline="black", width=4)
    elif shape == "square":
        draw.rectangle(box, fill=colour, outline="black", width=4)
    else:
        draw.polygon(
            [(size * 0.5, size * 0.1), (size * 0.85, size * 0.8), (size * 0.15, size * 0.8)],
            fill=colour,
            outline="black",
            width=4,
        )
    draw.rectangle((size * 0.12, size * 0.6, size * 0.4, size * 0.9), fill=(40, 40, 40))
    return image


def copy_of(image: Image.Image, flip: bool, border: bool) -> Image.Image:
    """A copy by hand: 64% of the area cropped off-centre, stretched 10% wider, flipped or
    not, framed or not, brightened, and re-encoded at JPEG quality 40."""
    from PIL import ImageEnhance, ImageOps

    w, h = image.size
    out = image.crop((int(w * 0.1), int(h * 0.15), int(w * 0.9), int(h * 0.95)))
    out = out.resize((int(out.width * 1.1), out.height), Image.Resampling.BICUBIC)
    out = ImageOps.mirror(out) if flip else out
    out = ImageOps.expand(out, border=12, fill=(30, 90, 200)) if border else out
    out = ImageEnhance.Brightness(out).enhance(1.2)
    return Image.open(io.BytesIO(jpeg(out, 40))).convert("RGB")


@pytest.mark.parametrize("flip", [False, True])
@pytest.mark.parametrize("border", [False, True])
def test_alignment_check_passes_a_copy_and_fails_another_drawing_of_the_kind(flip, border):
    original = drawing("circle", (220, 40, 40))
    others = [drawing("square", (220, 40, 40)), drawing("triangle", (220, 40, 40))]
    copy = thumbnail(copy_of(original, flip, border))
    assert aligned_similarity(thumbnail(original), copy) >= DEFAULT_MIN_ALIGNED
    for other in others:  # the same layout, outline, colour and mark; another shape
        assert aligned_similarity(thumbnail(other), copy) < DEFAULT_MIN_ALIGNED


def test_a_small_detail_of_an_image_is_not_a_copy_of_it():
    original = mosaic(5, 144)  # 6x6 cells of 24 px
    detail = original.crop((48, 48, 96, 96)).resize((144, 144), Image.Resampling.NEAREST)
    # 2x2 of the 36 cells: a ninth of the area, under the half that copies keep
    assert aligned_similarity(thumbnail(original), thumbnail(detail)) < DEFAULT_MIN_ALIGNED
    assert aligned_similarity(thumbnail(original), thumbnail(original)) > 0.99


def test_a_smooth_image_does_not_match_a_small_plain_part():
    # a photograph's smooth crop (a dark gradient) against an icon whose dark screen is a
    # sixth of it: a copy keeps half its original, so its inner part covers >= 29% of it
    gradient = np.linspace(20, 70, 160, dtype=np.float32)[:, None].repeat(160, axis=1)
    smooth = Image.fromarray(gradient.astype(np.uint8)).convert("RGB")
    icon = drawing("square", (220, 40, 40))
    screen = smooth.resize((66, 66), Image.Resampling.BILINEAR)  # 17% of the 160-px icon
    icon.paste(screen, (47, 47))
    assert aligned_similarity(thumbnail(icon), thumbnail(smooth)) < DEFAULT_MIN_ALIGNED


def test_a_copy_keeping_half_the_area_still_aligns():
    original = mosaic(4, 144, side=12)  # cells of 12 px: a larger placement scores < 0.8
    half = original.crop((10, 30, 112, 132))  # 102 x 102 of 144 x 144: 50.2% of the area
    copy = Image.open(io.BytesIO(jpeg(half.resize((144, 144)), 40))).convert("RGB")
    assert aligned_similarity(thumbnail(original), thumbnail(copy)) >= DEFAULT_MIN_ALIGNED


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_a_copy_rotated_and_re_encoded_still_aligns(seed):
    # copies turn by up to 5 degrees and are re-encoded at JPEG quality down to 30; the
    # thumbnails' blur absorbs the moved edges (unblurred, these score 0.85-0.88)
    original = mosaic(seed, 144, side=8)
    turned = original.rotate(3, resample=Image.Resampling.BILINEAR, fillcolor=(128, 128, 128))
    copy = Image.open(io.BytesIO(jpeg(turned, 30))).convert("RGB")
    assert aligned_similarity(thumbnail(original), thumbnail(copy)) >= DEFAULT_MIN_ALIGNED


def test_a_blank_image_is_not_a_copy_of_anything():
    # a flat part correlates with every flat region (1.0 by OpenCV's convention): a blank
    # training image, or one that is blank after JPEG, carries no evidence
    blank = Image.new("RGB", (96, 96), "white")
    near_blank = Image.open(io.BytesIO(jpeg(Image.new("RGB", (96, 96), (250, 250, 250)), 30)))
    for original in (drawing("circle", (220, 40, 40)), blank):
        for candidate in (blank, near_blank.convert("RGB")):
            assert aligned_similarity(thumbnail(original), thumbnail(candidate)) == -1.0


def stored_by_img2dataset(image: Image.Image) -> Image.Image:
    """The image as `openwit download` stores it: img2dataset's `border` mode at its size."""
    return Image.open(io.BytesIO(padded_by_download(jpeg(image)))).convert("RGB")


@pytest.mark.parametrize("wide", [True, False])
def test_img2dataset_white_bands_are_trimmed(wide):
    picture = mosaic(3, 240, side=10).crop((0, 0, 240, 150))  # 240 x 150: 160 of 256 rows
    picture = picture if wide else picture.transpose(Image.Transpose.ROTATE_90)
    stored = stored_by_img2dataset(picture)
    assert stored.size == (256, 256)
    expected = (256, 160) if wide else (160, 256)
    trimmed = unpadded(stored)  # JPEG's ringing at the picture's edge keeps a row or two
    assert abs(trimmed.width - expected[0]) <= 3 and abs(trimmed.height - expected[1]) <= 3


def test_white_that_is_not_img2dataset_padding_is_kept():
    on_white = drawing("circle", (220, 40, 40))  # white on all four sides
    one_band = mosaic(1, 160)
    one_band.paste((255, 255, 255), (0, 0, 160, 8))  # a white sky: the top only
    uneven = mosaic(2, 160)
    uneven.paste((255, 255, 255), (0, 0, 160, 10))
    uneven.paste((255, 255, 255), (0, 130, 160, 160))  # 10 rows against 30: not centred
    thin = mosaic(4, 160)
    thin.paste((255, 255, 255), (0, 0, 160, 3))
    thin.paste((255, 255, 255), (0, 157, 160, 160))  # 3 rows each: a drawing's white edge
    for image in (on_white, one_band, uneven, thin, Image.new("RGB", (64, 64), "white")):
        assert unpadded(image).size == image.size


def test_a_copy_stored_between_white_bands_aligns_once_they_are_trimmed():
    # a wide copy is padded to a square by `openwit download`; the bands are not in the
    # original (with them, these four score 0.39-0.58)
    for seed in range(4):
        original = mosaic(seed, 240, side=10).crop((0, 0, 240, 144))
        stored = stored_by_img2dataset(original.crop((20, 10, 220, 134)))
        aligned = aligned_similarity(thumbnail(original), thumbnail(unpadded(stored)))
        assert aligned >= DEFAULT_MIN_ALIGNED


@pytest.mark.filterwarnings("ignore::FutureWarning")  # torch.jit, still SSCD's format
def test_training_images_are_compared_without_bands_and_evaluation_images_as_they_are(
    tmp_path,
):
    stored = stored_by_img2dataset(mosaic(5, 240, side=10).crop((0, 0, 240, 150)))
    picture = unpadded(stored)
    embedder = load_embedder(descriptor(tmp_path / "layout.pt"))
    detector = Detector("embedding", embedder=embedder, verify_top=10)
    batch = detector.featurizer(hashes=True)(["a"], [None], [stored])
    assert np.allclose(batch.embeddings, embedder.embed([picture]), atol=1e-6)
    assert not np.allclose(batch.embeddings, embedder.embed([stored]), atol=1e-3)
    assert np.array_equal(batch.thumbs[0], grey_thumbnail(picture))
    assert np.array_equal(batch.hashes[0], phash(stored))  # pHash: the image as stored
    assert not np.array_equal(phash(stored), phash(picture))  # so the line above tells
    # the audit's evaluation side: the user's own files, not padded by `openwit download`
    evalset = open_evalset("e", write_eval_folder(tmp_path / "eval", {"a": [stored]}), False)
    data = featurize_evalset(evalset, detector, None)
    assert data.thumbs[0].shape == (64, 64)  # bands kept; trimmed, it would be 40 x 64


def test_the_descriptor_trains_on_the_picture(tmp_path):
    stored = stored_by_img2dataset(mosaic(6, 240, side=10).crop((0, 0, 240, 150)))
    write_shard(tmp_path / "00000.tar", [("a", jpeg(stored))])
    (image,), _ = shard_images(str(tmp_path / "00000.tar"), 10, 256)
    assert abs(image.height - 160) <= 3 and image.width == 256


def test_a_copy_is_placed_at_its_own_aspect_ratio():
    original = mosaic(0, 240, side=10).crop((0, 0, 240, 144))
    crop = original.crop((20, 10, 220, 134))  # 200 x 124: 72% of the area
    stretched = crop.resize((248, 124))  # 24% wider: within what copies are allowed
    squeezed = crop.resize((124, 248))  # a 3:1 change: a smooth crop could fit anywhere so
    assert aligned_similarity(thumbnail(original), thumbnail(stretched)) >= DEFAULT_MIN_ALIGNED
    assert aligned_similarity(thumbnail(original), thumbnail(squeezed)) == -1.0


def test_alignment_check_gives_the_same_matches_in_two_processes():
    shapes = ("circle", "square")
    originals = [grey_thumbnail(drawing(shape, (220, 40, 40))) for shape in shapes] * 9
    candidates = Candidates(np.eye(2, dtype=np.float32)[[0, 1] * 9], top=2)  # both, each
    candidates.update(np.eye(2, dtype=np.float32), ["copy of circle", "triangle"])
    thumbs = {
        "copy of circle": grey_thumbnail(copy_of(drawing("circle", (220, 40, 40)), True, True)),
        "triangle": grey_thumbnail(drawing("triangle", (220, 40, 40))),
    }
    one = best_aligned(candidates, originals, thumbs, workers=1)
    two = best_aligned(candidates, originals, thumbs, workers=2)  # 18 images: two tasks
    assert one[1] == two[1] and np.array_equal(one[0], two[0])
    circles = one[0][0::2]  # each circle's best candidate is its copy, above the threshold
    assert set(one[1][0::2]) == {"copy of circle"} and (circles >= DEFAULT_MIN_ALIGNED).all()


def test_candidates_keep_the_highest_cosines_across_batches():
    originals = np.array([[1, 0], [0, 1]], np.float32)
    candidates = Candidates(originals, top=2)
    candidates.update(np.array([[1, 0], [0.6, 0.8]], np.float32), ["a", "b"])
    candidates.update(np.array([[0.8, 0.6], [0, 1]], np.float32), ["c", "d"])
    candidates.update(np.zeros((0, 2), np.float32), [])
    # original 0: a 1.0, b 0.6, c 0.8, d 0.0 -> a, c; original 1: a 0, b 0.8, c 0.6, d 1 -> d, b
    found = [
        dict(zip(r, c, strict=True))
        for r, c in zip(candidates.refs, candidates.cosine, strict=True)
    ]
    assert found[0] == pytest.approx({"a": 1.0, "c": 0.8})
    assert found[1] == pytest.approx({"d": 1.0, "b": 0.8})


def test_candidates_are_the_exact_top_cosines_over_many_batches():
    rng = np.random.default_rng(0)
    unit = lambda x: x / np.linalg.norm(x, axis=1, keepdims=True)  # noqa: E731
    originals = unit(rng.standard_normal((50, 16)).astype(np.float32))
    training = unit(rng.standard_normal((1000, 16)).astype(np.float32))
    candidates = Candidates(originals, top=10)
    for start in range(0, 1000, 37):
        names = [f"t{i}" for i in range(start, min(start + 37, 1000))]
        candidates.update(training[start : start + 37], names)
    expected = np.argsort(-(originals @ training.T), axis=1)[:, :10]  # the plain reference
    for row, refs in zip(expected, candidates.refs, strict=True):
        assert set(refs) == {f"t{i}" for i in row}


def test_candidates_keep_the_thumbnails_of_their_training_images():
    candidates = Candidates(np.array([[1, 0], [0, 1]], np.float32), top=1)
    grey = {name: np.full((2, 2), i, np.uint8) for i, name in enumerate("abcdefg")}

    def feed(names: str, rows: list[list[float]]) -> None:
        candidates.update(np.array(rows, np.float32), list(names), [grey[n] for n in names])

    feed("ab", [[0.5, 0.0], [0.0, 0.5]])  # a for original 0, b for original 1
    feed("cd", [[0.1, 0.1], [0.6, 0.0]])  # d takes original 0; c enters nowhere
    assert set(candidates.thumbs) == {"a", "b", "d"}  # a, no longer a candidate, is kept...
    assert candidates.thumbs["d"] is grey["d"]
    feed("ef", [[0.7, 0.0], [0.0, 0.7]])  # 5 kept > 2 x (2 x 1) candidates: ...until a prune
    assert set(candidates.thumbs) == {"e", "f"}
    assert candidates.refs.ravel().tolist() == ["e", "f"]


def test_trained_detector_needs_images_not_an_index(beds, tmp_path, capsys):
    index = tmp_path / "index"
    assert main(["dedup", "index", beds["shards"], "--out", str(index)]) == 0
    args = ["audit", "--train", str(index), "--eval", f"mosaics={beds['eval']}"]
    assert main([*args, "--detector", "trained", "--out", str(tmp_path / "r")]) != 0
    assert "is an INDEX: `--detector trained` trains on images" in capsys.readouterr().err


def test_hard_negatives_are_the_closest_other_images_but_not_the_same_picture():
    originals = np.array([[1, 0, 0], [0, 1, 0]], np.float32)
    pool = np.array([[0.6, 0.8, 0], [0.8, 0.6, 0], [0, 0, 1]], np.float32)
    none = np.zeros((2, 3), bool)
    # original 0: other original 0.0, pool 0.6, 0.8, 0 -> 0.8; original 1: 0.0, 0.8, 0.6 -> 0.8
    assert np.allclose(hardest_negatives(originals, pool, none), [0.8, 0.8])
    same = np.array([[False, True, False], [False, False, False]])  # pool 1 is picture 0
    assert np.allclose(hardest_negatives(originals, pool, same), [0.6, 0.8])
    assert np.allclose(hardest_negatives(originals, pool[:0], none[:, :0]), [0.0, 0.0])
    # a re-encoded, slightly resized picture is the same picture; another mosaic is not
    a, b = mosaic(1), mosaic(2)
    resized = Image.open(io.BytesIO(jpeg(a.resize((90, 90)), 80))).convert("RGB")
    assert same_picture([a], [resized, b]).tolist() == [[True, False]]


def test_gallery_shows_the_pairs_on_either_side_of_the_threshold():
    rows = [{"distance": d, "overlap": d >= 0.9} for d in (0.99, 0.97, 0.95, 0.91, 0.88, 0.85)]
    above, below = around_threshold(rows, 2)
    assert [r["distance"] for r in above] == [0.95, 0.91]
    assert [r["distance"] for r in below] == [0.88, 0.85]
    assert around_threshold(rows, 0) == ([], [])
