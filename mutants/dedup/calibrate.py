"""A cosine threshold for an embedding backbone, calibrated on the user's own images.

Cosines mean different things for different backbones (a trained copy detector packs copies
and non-copies close to 1; CLIP does not), so no one default suits them all. Calibration
makes one mild copy of each image (dedup.augment, the paper's transformations) and scores:
positives, each copy against its original; negatives, each copy against the most similar
other original, the hardest distinct image in the sample. The threshold is the lowest cosine
at which the detections on this balanced set reach the target precision.
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

from dedup.augment import MILD, STRONG, augment
from dedup.settings import TARGET_PRECISION

Embed = Callable[[list[Image.Image]], np.ndarray]  # PIL images -> L2-normalised vectors

EMBED_BATCH = 64
MIN_IMAGES = 8
CALIBRATION_SIDE = 512  # sampled images are shrunk to fit this before copies are made


@dataclass
class Calibration:
    min_cosine: float
    target_precision: float
    precision: float  # on the calibration set, at min_cosine
    recall_mild: float
    recall_strong: float
    images: int
    positives: list[float]  # cosine of each mild copy to its original
    negatives: list[float]  # cosine of each mild copy to its nearest other original

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


@dataclass
class CopyScores:
    """Cosines of one mild and one strong copy of each image (see copy_scores)."""

    positives: np.ndarray  # mild copy vs its original
    negatives: np.ndarray  # mild copy vs the closest other original
    strong: np.ndarray  # strong copy vs its original

    @property
    def retrieval_top1(self) -> float:
        """How often a mild copy's nearest original is its own."""
        return float((self.positives > self.negatives).mean())


def score_copies(embed: Embed, images: list[Image.Image], seed: int = 0) -> CopyScores:
    """Score `embed` (PIL images -> L2-normalised vectors) on copies of distinct images."""
    if len(images) < MIN_IMAGES:
        raise ValueError(f"calibration needs at least {MIN_IMAGES} images, got {len(images)}")
    rng = random.Random(seed)
    originals = embed_all(embed, images, "originals")
    mild = embed_all(embed, [augment(im, MILD, rng) for im in images], "mild copies")
    strong = embed_all(embed, [augment(im, STRONG, rng) for im in images], "strong copies")
    return CopyScores(*copy_scores(originals, mild), copy_scores(originals, strong)[0])


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
        recall_mild=float(detected / len(scores.positives)),
        recall_strong=float((scores.strong >= threshold).mean()),
        images=len(scores.positives),
        positives=scores.positives.tolist(),
        negatives=scores.negatives.tolist(),
    )


def run_calibrate(
    shards: str, embedder_spec: str, out: str, limit: int, target: float = TARGET_PRECISION
) -> dict:
    """`openwit dedup calibrate`: calibrate a backbone on up to `limit` images of SHARDS."""
    from common.io import write_atomic, write_json_atomic
    from dedup.embedders import load_embedder
    from dedup.features import shard_images

    embedder = load_embedder(embedder_spec)
    images, skips = shard_images(shards, limit, CALIBRATION_SIDE)
    if len(images) < MIN_IMAGES:
        raise ValueError(
            f"{shards}: calibration needs at least {MIN_IMAGES} decodable images, found "
            f"{len(images)} (skipped: {dict(skips) or 'none'})"
        )
    calibration = calibrate(score_copies(embedder.embed, images), target)
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
    ax.hist(calibration.positives, bins=bins, alpha=0.6, label="mild copy vs its original")
    ax.hist(calibration.negatives, bins=bins, alpha=0.6, label="vs the closest other image")
    ax.axvline(calibration.min_cosine, color="black", linestyle="--", label="threshold")
    ax.set_xlabel("cosine similarity")
    ax.set_ylabel("images")
    ax.set_title(
        f"cosine >= {calibration.min_cosine:.4f}: precision {calibration.precision:.3f}, "
        f"mild-copy recall {calibration.recall_mild:.3f} ({calibration.images} images)"
    )
    ax.legend()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()
