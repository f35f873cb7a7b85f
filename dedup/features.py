"""Features (pHash, optional embedding) of images streamed from shards in batches."""

from __future__ import annotations

import logging
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image

from common.shards import Sample, expand_shards, iter_samples
from dedup.embedders import Embedder
from dedup.imageio import DEFAULT_MAX_PIXELS, BadImage, decode, unpadded
from dedup.phash import phash
from dedup.verify import grey_thumbnail

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
    thumbs: list[np.ndarray] | None = None  # grey thumbnails for the alignment check

    def __len__(self) -> int:
        return len(self.refs)


@dataclass
class Featurizer:
    hash_size: int = 8
    embedder: Embedder | None = None
    max_pixels: int = DEFAULT_MAX_PIXELS
    hashes: bool = True  # False: no pHash (an embedding search needs none; it is ~1/4 of the work)
    thumbnails: bool = False  # grey thumbnails for the alignment check (dedup/verify.py)
    # training images, which `openwit download` may have padded: the embeddings and the
    # thumbnails see the picture without img2dataset's white bands, pHash the image as stored
    # (docs/dedup.md, "White bands trimmed")
    unpad: bool = True

    @property
    def hash_bytes(self) -> int:
        return self.hash_size * self.hash_size // 8 if self.hashes else 0

    def __call__(
        self, refs: list[str], uids: list[str | None], images: list[Image.Image]
    ) -> FeatureBatch:
        hashes = (
            np.stack([phash(image, self.hash_size) for image in images])
            if images and self.hashes
            else np.zeros((len(images), self.hash_bytes), np.uint8)
        )
        trim = self.unpad and (self.embedder is not None or self.thumbnails)
        pictures = [unpadded(image) for image in images] if trim else images
        embeddings = self.embedder.embed(pictures) if self.embedder and images else None
        thumbs = [grey_thumbnail(picture) for picture in pictures] if self.thumbnails else None
        return FeatureBatch(refs, uids, hashes, embeddings, thumbs)


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


def featurized_shards(
    shards: list[str],
    featurizer: Featurizer,
    workers: int,
    skips: Counter,
    progress: tqdm | None = None,
) -> Iterator[FeatureBatch]:
    """Feature batches of each shard, in shard order. With `workers` > 1, that many processes
    share the shards, each with its own copy of the embedder on one torch thread, and the
    progress moves a shard at a time."""
    if workers <= 1 or len(shards) < 2:
        for shard in shards:
            yield from shard_batches(shard, featurizer, skips, progress)
        return
    with worker_pool(featurizer, workers) as pool:
        pending: deque[Future] = deque()
        for shard in shards:
            pending.append(pool.submit(_featurize_shard, shard))
            if len(pending) > 2 * workers:  # a bounded read-ahead: results wait in memory
                yield from _collect(pending.popleft(), skips, progress)
        while pending:
            yield from _collect(pending.popleft(), skips, progress)


def _collect(future: Future, skips: Counter, progress: tqdm | None) -> list[FeatureBatch]:
    batches, shard_skips = future.result()
    skips.update(shard_skips)
    if progress is not None:
        progress.update(sum(map(len, batches)) + sum(shard_skips.values()))
    return batches


@contextmanager
def worker_pool(featurizer: Featurizer, workers: int) -> Iterator[Executor]:
    """`workers` spawned processes holding `featurizer` (see `_start_worker`); tasks still
    queued are cancelled when the caller stops early."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")  # torch's threads do not survive a fork
    pool = ProcessPoolExecutor(workers, context, _start_worker, (featurizer,))
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_worker_featurizer: Featurizer | None = None


def _start_worker(featurizer: Featurizer) -> None:
    """Keep this process's featurizer (its embedder was loaded again from its spec while
    unpickling); one torch thread per process, as the processes share the cores."""
    global _worker_featurizer
    _worker_featurizer = featurizer
    if featurizer.embedder is not None:
        import torch

        torch.set_num_threads(1)


def worker_featurizer() -> Featurizer:
    assert _worker_featurizer is not None, "called outside a worker_pool process"
    return _worker_featurizer


def _featurize_shard(shard: str) -> tuple[list[FeatureBatch], Counter]:
    skips: Counter = Counter()
    return list(shard_batches(shard, worker_featurizer(), skips)), skips


def shard_images(shards: str, limit: int, side: int) -> tuple[list[Image.Image], Counter]:
    """Up to `limit` decoded images from webdataset SHARDS, an equal share from the start of
    each shard (a shard short of its share leaves more to the others), so that a crawl written
    in order is not learned from its first shards alone; each is shrunk to fit `side` pixels,
    and bad ones are counted by reason."""
    images, skips = [], Counter()
    paths = expand_shards(shards)
    for done, shard in enumerate(paths):
        share = -(-(limit - len(images)) // (len(paths) - done))  # ceiling division
        if share == 0:
            break
        for taken, (_, image) in enumerate(decoded_samples(shard, skips), 1):
            image = unpadded(image)  # as the Featurizer will embed it
            image.thumbnail((side, side))
            images.append(image)
            if taken == share:
                break
    return images, skips
