"""Features (pHash, optional embedding) of images streamed from shards in batches."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image

from common.shards import Sample, expand_shards, iter_samples
from dedup.embedders import Embedder
from dedup.imageio import DEFAULT_MAX_PIXELS, BadImage, decode
from dedup.phash import phash

if TYPE_CHECKING:
    from tqdm import tqdm

BATCH = 256
log = logging.getLogger(__name__)


@dataclass
class FeatureBatch:
    """Features of a batch of images, with their refs (`shard.tar#key` or a file path)."""

    refs: list[str]
    uids: list[str | None]
    hashes: np.ndarray  # uint8 (n, hash bytes)
    embeddings: np.ndarray | None  # float32 (n, dim), L2-normalised

    def __len__(self) -> int:
        return len(self.refs)


@dataclass
class Featurizer:
    hash_size: int = 8
    embedder: Embedder | None = None
    max_pixels: int = DEFAULT_MAX_PIXELS

    @property
    def hash_bytes(self) -> int:
        return self.hash_size * self.hash_size // 8

    def __call__(
        self, refs: list[str], uids: list[str | None], images: list[Image.Image]
    ) -> FeatureBatch:
        hashes = (
            np.stack([phash(image, self.hash_size) for image in images])
            if images
            else np.zeros((0, self.hash_bytes), np.uint8)
        )
        embeddings = self.embedder.embed(images) if self.embedder and images else None
        return FeatureBatch(refs, uids, hashes, embeddings)


def decoded_samples(
    path: str, skips: Counter, progress: tqdm | None = None, max_pixels: int = DEFAULT_MAX_PIXELS
) -> Iterator[tuple[Sample, Image.Image]]:
    """Each sample of one shard with its decoded RGB image; bad ones are counted by reason."""
    for sample in iter_samples(path, skips):
        data = sample.image_bytes()
        if progress is not None:
            progress.update(1)
        if data is None:
            log.info("skipped %s: no image file in the sample", sample.ref)
            skips["no image"] += 1
            continue
        try:
            image = decode(data, sample.ref, max_pixels)
        except BadImage as err:
            log.info("skipped %s", err)
            skips[err.reason] += 1
            continue
        yield sample, image


def shard_batches(
    path: str,
    featurizer: Featurizer,
    skips: Counter,
    progress: tqdm | None = None,
    batch_size: int = BATCH,
) -> Iterator[FeatureBatch]:
    """Decode and featurize one shard's images; bad images are counted in `skips` by reason."""
    refs, uids, images = [], [], []
    for sample, image in decoded_samples(path, skips, progress, featurizer.max_pixels):
        images.append(image)
        refs.append(sample.ref)
        uids.append(sample.meta().get("uid"))
        if len(images) == batch_size:
            yield featurizer(refs, uids, images)
            refs, uids, images = [], [], []
    if images:
        yield featurizer(refs, uids, images)


def shard_images(shards: str, limit: int, side: int) -> tuple[list[Image.Image], Counter]:
    """Up to `limit` decoded images from webdataset SHARDS, each shrunk to fit `side` pixels;
    bad ones are counted by reason."""
    images, skips = [], Counter()
    for shard in expand_shards(shards):
        for _, image in decoded_samples(shard, skips):
            image.thumbnail((side, side))
            images.append(image)
            if len(images) == limit:
                return images, skips
    return images, skips
