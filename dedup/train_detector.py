"""`openwit dedup train-detector`: a copy-detection embedding trained the paper's way.

A small ResNet (torchvision's basic residual blocks; width and depth are flags, small enough
by default to train on 10,000 images in minutes on 2 CPU cores) maps an image to an
L2-normalised descriptor; InfoNCE at a fixed temperature of 0.07 pulls each image and a copy
of it (dedup.augment's COPY: the transformations of real copies) together and pushes the other
images of the batch away. The result is saved as TorchScript, usable as `--embedder` by every dedup
command, with the cosine threshold calibrated on held-out images against hard negatives from
the training images (dedup.calibrate) stored in it as `min_cosine`.
"""

from __future__ import annotations

import logging
import os
import random
import warnings
from collections.abc import Callable
from dataclasses import asdict

import numpy as np
import torch
import torch.nn.functional as F
from torchvision.models.resnet import BasicBlock
from tqdm import tqdm

from common.io import atomic_path
from dedup.augment import COPY, augment
from dedup.calibrate import calibrate, score_copies
from dedup.embedders import descriptor_batch
from dedup.features import shard_images
from dedup.settings import TrainConfig

log = logging.getLogger(__name__)
TEMPERATURE = 0.07
MIN_HOLDOUT = 8  # held-out images for the retrieval check and the threshold calibration


def resnet_trunk(width: int, layers: tuple[int, ...]) -> torch.nn.Sequential:
    """A small ResNet: a 3x3 stem and a max-pool (a quarter of the side), then stages of
    torchvision's basic residual blocks at widths width, 2·width, 4·width..., each stage after
    the first halving the side."""
    stem = [
        torch.nn.Conv2d(3, width, 3, stride=2, padding=1, bias=False),
        torch.nn.BatchNorm2d(width),
        torch.nn.ReLU(inplace=True),
        torch.nn.MaxPool2d(3, stride=2, padding=1),
    ]
    blocks, channels = [], width
    for stage, depth in enumerate(layers):
        planes, stride = width * 2**stage, 1 if stage == 0 else 2
        for i in range(depth):
            down = None
            if i == 0 and (stride != 1 or channels != planes):
                down = torch.nn.Sequential(
                    torch.nn.Conv2d(channels, planes, 1, stride=stride, bias=False),
                    torch.nn.BatchNorm2d(planes),
                )
            blocks.append(BasicBlock(channels, planes, stride if i == 0 else 1, down))
            channels = planes
    return torch.nn.Sequential(*stem, *blocks)


class Descriptor(torch.nn.Module):
    """ImageNet-normalised images -> L2-normalised descriptors: a small ResNet, generalised-mean
    pooling (p = 3, as copy-detection descriptors use) and a linear projection."""

    def __init__(self, config: TrainConfig):
        super().__init__()
        self.image_size = config.image_size
        self.min_cosine = float("nan")  # the calibrated threshold, set after training
        self.trunk = resnet_trunk(config.width, tuple(config.layers))
        self.project = torch.nn.Linear(
            config.width * 2 ** (len(config.layers) - 1), config.embed_dim
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        features = self.trunk(x).clamp(min=1e-6).pow(3).mean(dim=(2, 3)).pow(1.0 / 3)
        return F.normalize(self.project(features), dim=-1)


def info_nce(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Symmetric InfoNCE over a batch of (view a, view b) pairs at the fixed temperature."""
    logits = a @ b.T / TEMPERATURE
    target = torch.arange(len(a))
    return (F.cross_entropy(logits, target) + F.cross_entropy(logits.T, target)) / 2


class ViewPairs(torch.utils.data.IterableDataset):
    """Batches of (image, real copy of it) for random training images, made in a DataLoader
    worker so that augmentation overlaps the training step."""

    def __init__(self, images: list, config: TrainConfig):
        self.images, self.config = images, config

    def __iter__(self):
        info = torch.utils.data.get_worker_info()
        rng = random.Random(self.config.seed + (info.id if info else 0))
        size = self.config.image_size
        batch = min(self.config.batch_size, len(self.images))
        while True:
            chosen = rng.sample(self.images, batch)
            copies = [augment(im, COPY, rng) for im in chosen]
            yield descriptor_batch(chosen, size), descriptor_batch(copies, size)


def embed_with(model: torch.nn.Module, size: int) -> Callable[[list], np.ndarray]:
    def embed(images: list) -> np.ndarray:
        with torch.inference_mode():
            return model(descriptor_batch(images, size)).numpy()

    return embed


def check_holdout(
    model: torch.nn.Module, holdout: list, pool: list, config: TrainConfig
) -> tuple[float, dict | None]:
    """Held-out copy retrieval top-1 and the dedup.calibrate threshold, with hard negatives
    mined from `pool` (None, with a warning, if no threshold reaches the target precision)."""
    scores = score_copies(embed_with(model, config.image_size), holdout, config.seed, pool)
    try:
        return scores.retrieval_top1, calibrate(scores).summary()
    except ValueError as err:
        log.warning(
            "no threshold stored in the descriptor: %s; train longer or on more images", err
        )
        return scores.retrieval_top1, None


def fit(model: Descriptor, train: list, config: TrainConfig) -> float:
    """InfoNCE over `config.steps` batches of view pairs; the last loss."""
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.lr, weight_decay=1e-4)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, config.lr, config.steps)
    views = torch.utils.data.DataLoader(
        ViewPairs(train, config),
        batch_size=None,
        num_workers=config.workers,
        prefetch_factor=4 if config.workers else None,
    )
    loss = torch.tensor(float("nan"))
    # the augmenting workers have their own cores; more threads than cores thrash on 2 CPUs
    threads = torch.get_num_threads()
    torch.set_num_threads(max(1, (os.cpu_count() or 1) - config.workers))
    model.train()
    bar = tqdm(total=config.steps, desc="train-detector", unit="step")
    for step, (a, b) in enumerate(views):
        if step == config.steps:
            break
        loss = info_nce(model(a), model(b))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        schedule.step()
        bar.update(1)
        bar.set_postfix(loss=f"{loss.item():.3f}")
    bar.close()
    torch.set_num_threads(threads)
    model.eval()
    return float(loss.item())


def train_detector(shards: str, out: str, config: TrainConfig) -> dict:
    """Train, calibrate and save the descriptor as TorchScript at `out`; a summary."""
    images, skips = shard_images(shards, config.max_images, config.image_size * 3 // 2)
    if len(images) < 2 * MIN_HOLDOUT:
        raise ValueError(
            f"train-detector needs at least {2 * MIN_HOLDOUT} usable images in {shards}, "
            f"found {len(images)}"
        )
    random.Random(config.seed).shuffle(images)
    torch.manual_seed(config.seed)
    held = max(MIN_HOLDOUT, int(len(images) * config.holdout))
    train, holdout = images[:-held], images[-held:]
    model = Descriptor(config)
    loss = fit(model, train, config)
    top1, calibration = check_holdout(model, holdout, train, config)
    if calibration:
        model.min_cosine = calibration["min_cosine"]
    with warnings.catch_warnings():
        warnings.simplefilter(
            "ignore", FutureWarning
        )  # torch.jit is deprecated, still SSCD's format
        scripted = torch.jit.script(model)
        with atomic_path(out) as tmp:
            torch.jit.save(scripted, tmp)
    return {
        "steps": config.steps,
        "images": len(images),
        "skipped": dict(skips),
        "final_loss": loss,
        "retrieval_top1": top1,
        "calibration": calibration,
        "config": asdict(config),
    }
