"""Streaming webdataset shards into (images, tokens) batches for training.

Each rank and DataLoader worker reads its own slice of an endless, seeded sequence of
shards (a fresh permutation per pass, or draws with replacement with `resample`),
shuffles samples in a buffer, decodes, applies resize + random square crop, tokenizes
and batches. Broken tars, incomplete samples and undecodable images are counted and
skipped with a warning. Every batch carries its worker's position (raw samples taken)
and skip count, so a checkpoint can record exactly where each worker was and a resumed
run replays the same stream from there.
"""

from __future__ import annotations

import io
import json
import logging
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import count, islice

import torch
import webdataset as wds
from PIL import Image
from torch.utils.data import DataLoader, IterableDataset, get_worker_info
from torchvision import transforms

from common.shards import (
    IMAGE_ERRORS,
    IMAGE_EXTENSIONS,
    TEXT_EXTENSION,
    expand_shards,
    image_key,
    total_samples,
)

log = logging.getLogger(__name__)


def check_shards(spec: str, workers: int, world_size: int, resample: bool) -> tuple[list[str], int]:
    """(shard list, sample count) after checking that the shards exist, that the first holds image
    and text keys, and that there are enough shards for every rank's workers."""
    urls = expand_shards(spec)
    readers = max(1, workers) * world_size
    if len(urls) < readers and not resample:
        raise ValueError(
            f"{len(urls)} shards in {spec!r} for {world_size} rank(s) x {max(1, workers)} "
            f"worker(s): "
            f"need at least {readers} (use fewer --workers, more shards, or --resample)"
        )
    try:
        first = next(
            iter(wds.DataPipeline(wds.SimpleShardList(urls[:1]), wds.tarfile_to_samples())), None
        )
    except Exception as err:  # tarfile and webdataset raise many types for a damaged shard
        raise ValueError(f"cannot read shard {urls[0]}: {err}") from err
    if first is None:
        raise ValueError(f"shard {urls[0]} holds no samples")
    if image_key(first) is None or TEXT_EXTENSION not in first:
        keys = sorted(k for k in first if not k.startswith("__"))
        raise ValueError(
            f"shard {urls[0]}: samples need an image ({'/'.join(IMAGE_EXTENSIONS)}) and a "
            f"{TEXT_EXTENSION} key, found {keys}"
        )
    n_samples = total_samples(urls)
    if n_samples is None:
        raise ValueError(
            f"cannot count the samples of remote shards {spec!r}: pass --samples-per-epoch"
        )
    return urls, n_samples


class SquareCrop:
    """A random square crop whose position comes from `self.rng`, seeded per sample, so that a
    resumed run crops exactly as an uninterrupted one."""

    def __init__(self, size: int):
        self.size = size
        self.rng = random.Random(0)

    def __call__(self, image: Image.Image) -> Image.Image:
        w, h = image.size
        x = self.rng.randint(0, max(0, w - self.size))
        y = self.rng.randint(0, max(0, h - self.size))
        return image.crop((x, y, x + self.size, y + self.size))


def train_transform(size: int) -> tuple[Callable, SquareCrop]:
    """The paper's only augmentation: resize the shorter side, then a random square crop."""
    import open_clip

    crop = SquareCrop(size)
    pipeline = transforms.Compose(
        [
            transforms.Resize(size, interpolation=transforms.InterpolationMode.BICUBIC),
            crop,
            transforms.ToTensor(),
            transforms.Normalize(open_clip.OPENAI_DATASET_MEAN, open_clip.OPENAI_DATASET_STD),
        ]
    )
    return pipeline, crop


@dataclass
class ReaderState:
    """Where one rank's stream is: raw samples taken and samples skipped per worker, and batches
    taken in all (the DataLoader visits workers round-robin, so this says whose turn is next)."""

    positions: list[int]
    skipped: list[int]
    batches: int = 0

    @classmethod
    def fresh(cls, workers: int) -> ReaderState:
        return cls([0] * max(1, workers), [0] * max(1, workers))

    def record(self, info: torch.Tensor) -> None:
        """Note a batch taken by training (`info` as ShardStream yields it)."""
        worker, position, skipped = info.tolist()[:3]
        self.positions[worker], self.skipped[worker] = position, skipped
        self.batches += 1


@dataclass
class ShardStream(IterableDataset):
    """Endless (images, tokens, info) batches for one rank; info = [worker, position, skipped,
    cpu]: the worker that made the batch, the raw samples it has taken, the samples it skipped,
    and the CPU microseconds its process has used."""

    urls: list[str]
    batch_size: int
    image_size: int
    tokenizer: Callable
    seed: int = 0
    rank: int = 0
    world_size: int = 1
    resample: bool = False
    shuffle_buffer: int = 1000
    resume: ReaderState | None = None  # continue where a checkpointed stream was
    dropped: frozenset[str] = frozenset()  # uids to skip (`openwit download --drop-removed`)

    def shard_order(self) -> Iterator[dict]:
        """The endless shard sequence shared by all ranks and workers (each takes every n-th)."""
        for pass_ in count():
            rng = random.Random(self.seed * 1_000_003 + pass_)
            if self.resample:
                order = [rng.choice(self.urls) for _ in self.urls]
            else:
                order = list(self.urls)
                rng.shuffle(order)
            yield from ({"url": u} for u in order)

    def __iter__(self):
        info = get_worker_info()
        workers = info.num_workers if info else 1
        # a resumed loader starts at its worker 0: it plays the worker whose turn was next
        rotation = self.resume.batches % workers if self.resume else 0
        worker = ((info.id if info else 0) + rotation) % workers
        reader = self.rank * workers + worker
        stats = {"skipped": 0, "errors_in_a_row": 0}

        def on_error(exn: Exception) -> bool:
            stats["skipped"] += 1
            stats["errors_in_a_row"] += 1
            log.warning("skipping broken shard data: %r", exn)
            if stats["errors_in_a_row"] > 2 * len(self.urls):  # a whole pass yielded nothing
                raise RuntimeError(f"no readable samples in {len(self.urls)} shards: {exn}")
            return True

        shards = islice(self.shard_order(), reader, None, self.world_size * workers)
        samples = wds.tarfile_to_samples(handler=on_error)(shards)
        stream_seed = (self.seed * 1_000_003 + reader) * 1_000_003
        samples = wds.shuffle(
            self.shuffle_buffer, initial=self.shuffle_buffer, rng=random.Random(stream_seed)
        )(samples)
        transform, crop = train_transform(self.image_size)
        position = self.resume.positions[worker] if self.resume else 0
        stats["skipped"] = self.resume.skipped[worker] if self.resume else 0
        images, texts = [], []
        for sample in islice(samples, position, None):
            position += 1
            stats["errors_in_a_row"] = 0
            crop.rng.seed(stream_seed + position)
            decoded = None if self._is_dropped(sample) else self._decode(sample, transform)
            if decoded is None:
                stats["skipped"] += 1
                continue
            images.append(decoded[0])
            texts.append(decoded[1])
            if len(images) == self.batch_size:
                cpu_us = int(time.process_time() * 1e6)  # this worker's CPU time (trainer.threads)
                yield (
                    torch.stack(images),
                    self.tokenizer(texts),
                    torch.tensor([worker, position, stats["skipped"], cpu_us]),
                )
                images, texts = [], []

    def _is_dropped(self, sample: dict) -> bool:
        if not self.dropped:
            return False
        try:
            uid = json.loads(sample.get("json", b"{}")).get("uid")
        except (ValueError, AttributeError):
            return False
        return uid in self.dropped

    @staticmethod
    def _decode(sample: dict, transform: Callable) -> tuple[torch.Tensor, str] | None:
        where = f"{sample.get('__key__')} in {sample.get('__url__')}"
        image = image_key(sample)
        if image is None or TEXT_EXTENSION not in sample:
            log.warning(
                "skipping incomplete sample %s: keys %s",
                where,
                sorted(k for k in sample if not k.startswith("__")),
            )
            return None
        try:
            with Image.open(io.BytesIO(sample[image])) as opened:
                tensor = transform(opened.convert("RGB"))
            text = sample[TEXT_EXTENSION].decode("utf-8")
        except IMAGE_ERRORS as err:
            log.warning("skipping undecodable sample %s: %s", where, err)
            return None
        return tensor, text


def make_loader(stream: ShardStream, workers: int, pin_memory: bool = False) -> DataLoader:
    """A DataLoader over `stream` (already batched); workers are visited round-robin, in order."""
    return DataLoader(
        stream,
        batch_size=None,
        num_workers=workers,
        pin_memory=pin_memory,
        prefetch_factor=4 if workers else None,
        persistent_workers=False,
    )
