"""A cosine threshold for an embedding backbone, calibrated on the user's own images.

Cosines mean different things for different backbones (a trained copy detector packs copies
and non-copies close to 1; CLIP does not), so no one default suits them all. Calibration
makes one copy of each image with the transformations of real copies (dedup.augment's COPY)
and scores positives, each copy against its original, and hard negatives: each image against
the most similar *other* image among the sample and a larger pool of the user's images, the
distinct image of the same kind that the audit would meet. A user's images hold natural
duplicates (the same picture at other sizes or re-encoded), which would pose as negatives:
pool images whose 16x16 greyscale thumbnails are within SAME_PICTURE_RMS grey levels of the
image are taken for those and not counted (pHash cannot tell: on near-blank drawings its bits
are noise). The
threshold is the lowest cosine at which the detections on this balanced set reach the target
precision (the CLIP paper, Appendix C, set its threshold by hand inspection).
"""

from __future__ import annotations

import io
import os
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass

import numpy as np
from PIL import Image
from tqdm import tqdm

from dedup.augment import COPY, MILD, STRONG, augment
from dedup.settings import CALIBRATION_POOL, TARGET_PRECISION

Embed = Callable[[list[Image.Image]], np.ndarray]  # PIL images -> L2-normalised vectors

EMBED_BATCH = 64
MIN_IMAGES = 8
CALIBRATION_SIDE = 256  # sampled images are shrunk to this (img2dataset's default size)
SAME_PICTURE_RMS = 8.0  # grey levels between 16x16 thumbnails of the same picture


@dataclass
class Calibration:
    min_cosine: float
    target_precision: float
    precision: float  # on the calibration set, at min_cosine
    recall_copy: float  # of copies made with dedup.augment's COPY (the positives)
    recall_mild: float
    recall_strong: float
    images: int
    pool: int  # further images searched for each image's hardest negative
    positives: list[float]  # cosine of each copy to its original
    negatives: list[float]  # cosine of each image to the most similar other image

    def summary(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k not in ("positives", "negatives")}


def embed_all(embed: Embed, images: list[Image.Image], desc: str) -> np.ndarray:
    batches = []
    with tqdm(total=len(images), desc=desc, unit="img", leave=False) as bar:
        for start in range(0, len(images), EMBED_BATCH):
            batches.append(embed(images[start : start + EMBED_BATCH]))
            bar.update(len(batches[-1]))
    return np.concatenate(batches)


def copy_scores(originals: np.ndarray, copies: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each copy's cosine to its own original, and to the closest other original."""
    sims = copies @ originals.T
    positives = np.diagonal(sims).copy()
    np.fill_diagonal(sims, -np.inf)
    return positives, sims.max(axis=1)


def hardest_negatives(originals: np.ndarray, pool: np.ndarray, same: np.ndarray) -> np.ndarray:
    """Each original's cosine to the most similar other original or pool image; `same`
    (originals x pool, bool) marks pool images that are the same picture, left out."""
    own = originals @ originals.T
    np.fill_diagonal(own, -np.inf)
    best = own.max(axis=1)
    if len(pool):
        sims = originals @ pool.T
        sims[same] = -np.inf
        best = np.maximum(best, sims.max(axis=1))
    return best


def thumbnails(images: list[Image.Image]) -> np.ndarray:
    """16x16 greyscale thumbnails (box filter) as float32 rows of 256 grey levels."""
    return np.stack(
        [
            np.asarray(im.convert("L").resize((16, 16), Image.Resampling.BOX), np.float32).ravel()
            for im in images
        ]
    )


def same_picture(images: list[Image.Image], pool: list[Image.Image]) -> np.ndarray:
    """images x pool: True where the 16x16 greyscale thumbnails differ by at most
    SAME_PICTURE_RMS grey levels (root mean square): the same picture to the eye."""
    if not pool:
        return np.zeros((len(images), 0), bool)
    a, b = thumbnails(images), thumbnails(pool)
    squared = (a**2).sum(1)[:, None] + (b**2).sum(1)[None, :] - 2 * a @ b.T
    return squared <= SAME_PICTURE_RMS**2 * a.shape[1]


@dataclass
class CopyScores:
    """Cosines of copies of each image to it, and of each image to its hardest negative."""

    positives: np.ndarray  # COPY-setting copy vs its original
    negatives: np.ndarray  # original vs the most similar other image (sample and pool)
    mild: np.ndarray  # mild copy vs its original
    strong: np.ndarray  # strong copy vs its original
    pool: int = 0

    @property
    def retrieval_top1(self) -> float:
        """How often a copy is closer to its original than the original's hardest negative."""
        return float((self.positives > self.negatives).mean())


def score_copies(
    embed: Embed,
    images: list[Image.Image],
    seed: int = 0,
    pool: list[Image.Image] = (),
) -> CopyScores:
    """Score `embed` (PIL images -> L2-normalised vectors) on copies of distinct images;
    `pool` holds more images to mine hard negatives from."""
    if len(images) < MIN_IMAGES:
        raise ValueError(f"calibration needs at least {MIN_IMAGES} images, got {len(images)}")
    rng = random.Random(seed)
    originals = embed_all(embed, images, "originals")
    copies = {
        name: embed_all(embed, [augment(im, strength, rng) for im in images], f"{name} copies")
        for name, strength in (("copy", COPY), ("mild", MILD), ("strong", STRONG))
    }
    pool = list(pool)
    vectors = embed_all(embed, pool, "pool") if pool else np.zeros((0, originals.shape[1]))
    own = [np.einsum("ij,ij->i", originals, copies[k]) for k in ("copy", "mild", "strong")]
    negatives = hardest_negatives(originals, vectors, same_picture(images, pool))
    return CopyScores(own[0], negatives, own[1], own[2], len(vectors))


def threshold_for(positives: np.ndarray, negatives: np.ndarray, target: float) -> float:
    """The lowest positive score t with precision #pos>=t / (#pos>=t + #neg>=t) >= target."""
    candidates = np.unique(positives)
    hits = len(positives) - np.searchsorted(np.sort(positives), candidates, "left")
    false = len(negatives) - np.searchsorted(np.sort(negatives), candidates, "left")
    ok = hits >= target * (hits + false)
    if not ok.any():
        raise ValueError(
            f"no cosine threshold reaches precision {target} on these images: this backbone "
            "does not separate copies from distinct images"
        )
    return float(candidates[ok][0])


def calibrate(scores: CopyScores, target: float = TARGET_PRECISION) -> Calibration:
    """The threshold for `target` precision on these scores, and what it detects."""
    threshold = threshold_for(scores.positives, scores.negatives, target)
    detected = (scores.positives >= threshold).sum()
    false = (scores.negatives >= threshold).sum()
    return Calibration(
        min_cosine=threshold,
        target_precision=target,
        precision=float(detected / (detected + false)),
        recall_copy=float(detected / len(scores.positives)),
        recall_mild=float((scores.mild >= threshold).mean()),
        recall_strong=float((scores.strong >= threshold).mean()),
        images=len(scores.positives),
        pool=scores.pool,
        positives=scores.positives.tolist(),
        negatives=scores.negatives.tolist(),
    )


def run_calibrate(
    shards: str,
    embedder_spec: str,
    out: str,
    limit: int,
    target: float = TARGET_PRECISION,
    pool: int = CALIBRATION_POOL,
) -> dict:
    """`openwit dedup calibrate`: calibrate a backbone on up to `limit` images of SHARDS, with
    hard negatives mined from up to `pool` more."""
    from common.io import write_atomic, write_json_atomic
    from dedup.embedders import load_embedder
    from dedup.features import shard_images

    embedder = load_embedder(embedder_spec)
    images, skips = shard_images(shards, limit + pool, CALIBRATION_SIDE)
    images, others = images[:limit], images[limit:]
    if len(images) < MIN_IMAGES:
        raise ValueError(
            f"{shards}: calibration needs at least {MIN_IMAGES} decodable images, found "
            f"{len(images)} (skipped: {dict(skips) or 'none'})"
        )
    calibration = calibrate(score_copies(embedder.embed, images, pool=others), target)
    result = {"embedder": embedder.name, **asdict(calibration), "skipped": dict(skips)}
    write_json_atomic(os.path.join(out, "calibration.json"), result)
    write_atomic(os.path.join(out, "calibration.png"), histogram_png(calibration))
    return result


def histogram_png(calibration: Calibration) -> bytes:
    """Cosines of copies and of the hardest distinct images, the threshold marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    scores = calibration.positives + calibration.negatives
    bins = np.linspace(min(scores), max(scores), 40)
    ax.hist(calibration.positives, bins=bins, alpha=0.6, label="copy vs its original")
    ax.hist(
        calibration.negatives,
        bins=bins,
        alpha=0.6,
        label=f"image vs the closest other image (of {calibration.images + calibration.pool - 1})",
    )
    ax.axvline(calibration.min_cosine, color="black", linestyle="--", label="threshold")
    ax.set_xlabel("cosine similarity")
    ax.set_ylabel("images")
    ax.set_title(
        f"cosine >= {calibration.min_cosine:.4f}: precision {calibration.precision:.3f}, "
        f"copy recall {calibration.recall_copy:.3f} ({calibration.images} images)"
    )
    ax.legend()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()
