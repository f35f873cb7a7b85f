"""A duplicate detector (pHash or embedding, with its threshold) and the streamed search.

The evaluation side is indexed once; training features stream past it in batches, and for
every evaluation image the closest training image within a widened radius is kept, so the
report can show near-misses beside the duplicates.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from common.shards import expand_shards
from dedup.embedders import Embedder
from dedup.features import FeatureBatch, Featurizer, featurized_shards
from dedup.index import index_batches, is_index, read_manifest
from dedup.search import CosineIndex, HammingIndex, Matches
from dedup.settings import (
    DEFAULT_HASH_SIZE,
    DEFAULT_MAX_HAMMING,
    DEFAULT_MAX_PIXELS,
    DEFAULT_MIN_ALIGNED,
    DEFAULT_MIN_COSINE,
)

if TYPE_CHECKING:
    from tqdm import tqdm

log = logging.getLogger(__name__)
MARGIN_BITS = 4  # near-misses kept for the gallery and the distance plot
MARGIN_COSINE = 0.05
PARALLEL_MIN_BYTES = 64 * 2**20  # smaller training sides are read in one process: starting
# the others (torch, the embedder) costs seconds


@dataclass
class Detector:
    kind: str = "phash"  # "phash" or "embedding"
    hash_size: int = DEFAULT_HASH_SIZE
    max_hamming: int = DEFAULT_MAX_HAMMING
    min_cosine: float | None = None  # None: the embedder's calibrated threshold, else the default
    embedder: Embedder | None = None
    ivf_lists: int = 0
    max_pixels: int = DEFAULT_MAX_PIXELS
    verify_top: int = 0  # embedding: the alignment check of this many nearest (dedup/verify.py)
    min_aligned: float = DEFAULT_MIN_ALIGNED
    workers: int = 1  # processes reading the training shards and running the alignment check

    threshold_source: str = field(default="--min-cosine", init=False)

    def __post_init__(self):
        if self.kind == "embedding" and self.embedder is None:
            raise ValueError(
                "the embedding detector needs --embedder (a checkpoint, config or TorchScript file)"
            )
        if self.kind == "embedding" and self.min_cosine is None:
            self.min_cosine, self.threshold_source = self.embedder.min_cosine, "calibrated"
            if self.min_cosine is None:
                self.min_cosine, self.threshold_source = DEFAULT_MIN_COSINE, "uncalibrated default"
            if self.threshold_source == "uncalibrated default" and not self.verifies:
                log.warning(
                    "%s carries no calibrated threshold; using cosine >= %.2f, which suits few "
                    "backbones: run `openwit dedup calibrate` and pass --min-cosine",
                    self.embedder.name,
                    DEFAULT_MIN_COSINE,
                )
        if not 0 <= self.max_hamming <= self.hash_size**2:
            raise ValueError(f"--max-hamming {self.max_hamming} outside 0..{self.hash_size**2}")

    @property
    def higher_is_closer(self) -> bool:
        return self.kind == "embedding"

    @property
    def verifies(self) -> bool:
        return self.kind == "embedding" and self.verify_top > 0

    @property
    def threshold(self) -> float:
        if self.verifies:
            return self.min_aligned
        return self.min_cosine if self.higher_is_closer else self.max_hamming

    @property
    def unit(self) -> str:
        if self.verifies:
            return "aligned similarity"
        return "cosine" if self.higher_is_closer else "Hamming"

    def featurizer(self, hashes: bool | None = None, training: bool = True) -> Featurizer:
        """What this detector compares (and, for the alignment check, grey thumbnails);
        `hashes` (default: pHash detectors only) adds pHash. Training images lose the white
        bands img2dataset may have padded them with; evaluation images are used as they are."""
        hashes = not self.higher_is_closer if hashes is None else hashes
        return Featurizer(
            self.hash_size, self.embedder, self.max_pixels, hashes, self.verifies, training
        )

    def vectors(self, batch: FeatureBatch) -> np.ndarray:
        return batch.embeddings if self.higher_is_closer else batch.hashes

    def build(self, vectors: np.ndarray, margin: bool = False) -> HammingIndex | CosineIndex:
        """A faiss index of the evaluation side; `margin` widens the radius for near-misses."""
        if self.higher_is_closer:
            radius = self.min_cosine - (MARGIN_COSINE if margin else 0.0)
            return CosineIndex(vectors, radius, self.ivf_lists)
        radius = min(self.hash_size**2, self.max_hamming + (MARGIN_BITS if margin else 0))
        return HammingIndex(vectors, radius)

    def is_duplicate(self, distance: np.ndarray) -> np.ndarray:
        distance = np.asarray(distance, dtype=np.float64)
        return distance >= self.threshold if self.higher_is_closer else distance <= self.max_hamming

    def describe(self) -> dict:
        if self.verifies:
            return {
                "detector": "embedding + alignment",
                "embedder": self.embedder.name,
                "verify_top": self.verify_top,
                "min_aligned": self.min_aligned,
                "threshold_source": "--min-aligned",
            }
        if self.higher_is_closer:
            return {
                "detector": "embedding",
                "embedder": self.embedder.name,
                "min_cosine": self.min_cosine,
                "threshold_source": self.threshold_source,
            }
        return {"detector": "phash", "hash_size": self.hash_size, "max_hamming": self.max_hamming}


@dataclass
class Nearest:
    """For each evaluation row: the closest training ref seen so far and its distance."""

    size: int
    higher_is_closer: bool
    distance: np.ndarray = field(init=False)
    ref: list[str | None] = field(init=False)

    def __post_init__(self):
        self.distance = np.full(self.size, -np.inf if self.higher_is_closer else np.inf)
        self.ref = [None] * self.size

    def update(self, matches: Matches, refs: list[str]) -> None:
        if not len(matches.eval):
            return
        score = -matches.distance if self.higher_is_closer else matches.distance
        order = np.lexsort((score, matches.eval))
        rows, first = np.unique(matches.eval[order], return_index=True)
        for row, pick in zip(rows, order[first], strict=True):
            d = float(matches.distance[pick])
            better = d > self.distance[row] if self.higher_is_closer else d < self.distance[row]
            if better:
                self.distance[row], self.ref[row] = d, refs[matches.train[pick]]

    def found(self) -> np.ndarray:
        return np.isfinite(self.distance)


def indexed_batches(path: str, detector: Detector) -> Iterator[FeatureBatch]:
    """An INDEX's features, checked against this detector's hash size and embedder."""
    if detector.higher_is_closer:
        indexed = read_manifest(path).get("embedder")
        if indexed != detector.embedder.name:
            raise ValueError(
                f"{path} holds embeddings of {indexed!r}, this run uses "
                f"{detector.embedder.name!r}; pass the images or re-index"
            )
    return index_batches(path, detector.hash_size, detector.higher_is_closer)


def train_batches(
    source: str, detector: Detector, skips: Counter, progress: tqdm | None = None
) -> Iterator[FeatureBatch]:
    """Features of the training side: read from an INDEX or computed from SHARDS."""
    if is_index(source):
        for batch in indexed_batches(source, detector):
            if progress is not None:
                progress.update(len(batch))
            yield batch
        return
    shards = expand_shards(source)
    workers = reading_processes(shards, detector)
    yield from featurized_shards(shards, detector.featurizer(), workers, skips, progress)


def reading_processes(shards: list[str], detector: Detector) -> int:
    """Processes reading the training shards: `detector.workers` once the shards are large
    enough to pay for starting them; one for a CLIP tower, which already uses every core
    through torch's threads and whose copy in each process would multiply its memory."""
    if detector.embedder is not None and detector.embedder.kind == "clip":
        return 1
    size = sum(os.path.getsize(shard) for shard in shards if os.path.isfile(shard))
    return detector.workers if size >= PARALLEL_MIN_BYTES else 1
