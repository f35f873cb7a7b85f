"""`openwit dedup train-detector`: a copy-detection embedding trained the paper's way.

A ResNet-50-style encoder (torchvision's ResNet with bottleneck blocks; depth and width are
flags) maps an image to an L2-normalised descriptor; InfoNCE at a fixed temperature of 0.07
pulls two augmented copies of the same image together and pushes other images away. The
result is saved as TorchScript, usable as `--embedder` by every dedup command, with the cosine
threshold calibrated on held-out images (dedup.calibrate) stored in it as `min_cosine`.
"""

from __future__ import annotations

import logging
import random
import warnings
from dataclasses import asdict

import numpy as np
import torch
import torch.nn.functional as F
from torchvision.models.resnet import Bottleneck, ResNet
from tqdm import tqdm

from common.io import atomic_path
from dedup.augment import STRONG, augment
from dedup.calibrate import calibrate, score_copies
from dedup.embedders import IMAGENET_MEAN, IMAGENET_STD
from dedup.features import shard_images
from dedup.settings import TrainConfig

log = logging.getLogger(__name__)
TEMPERATURE = 0.07
MIN_HOLDOUT = 8  # held-out images for the retrieval check and the threshold calibration


class Descriptor(torch.nn.Module):
    """ImageNet-normalised images -> L2-normalised descriptors (a ResNet with bottlenecks)."""

    def __init__(self, config: TrainConfig):
        super().__init__()
        self.image_size = config.image_size
        self.min_cosine = float("nan")  # the calibrated threshold, set after training
        self.net = ResNet(
            Bottleneck,
            list(config.layers),
            num_classes=config.embed_dim,
            width_per_group=config.width,
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.nn.functional.normalize(self.net(x), dim=-1)


def _to_tensor(images: list, size: int) -> torch.Tensor:
    arrays = [np.asarray(im.resize((size, size)), dtype=np.float32) / 255.0 for im in images]
    batch = torch.from_numpy(np.stack(arrays)).permute(0, 3, 1, 2)
    mean = torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1)
    return (batch - mean) / torch.tensor(IMAGENET_STD).view(1, 3, 1, 1)


def info_nce(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Symmetric InfoNCE over a batch of (view a, view b) pairs at the fixed temperature."""
    logits = a @ b.T / TEMPERATURE
    target = torch.arange(len(a))
    return (F.cross_entropy(logits, target) + F.cross_entropy(logits.T, target)) / 2


def check_holdout(
    model: torch.nn.Module, holdout: list, config: TrainConfig
) -> tuple[float, dict | None]:
    """Held-out copy retrieval top-1 and the dedup.calibrate threshold (None, with a warning,
    if no threshold reaches the target precision)."""

    def embed(images: list) -> np.ndarray:
        with torch.inference_mode():
            return model(_to_tensor(images, config.image_size)).numpy()

    scores = score_copies(embed, holdout, config.seed)
    try:
        return scores.retrieval_top1, calibrate(scores).summary()
    except ValueError as err:
        log.warning(
            "no threshold stored in the descriptor: %s; train longer or on more images", err
        )
        return scores.retrieval_top1, None


def train_detector(shards: str, out: str, config: TrainConfig) -> dict:
    images, skips = shard_images(shards, config.max_images, 2 * config.image_size)
    if len(images) < 2 * MIN_HOLDOUT:
        raise ValueError(
            f"train-detector needs at least {2 * MIN_HOLDOUT} usable images in {shards}, "
            f"found {len(images)}"
        )
    rng = random.Random(config.seed)
    torch.manual_seed(config.seed)
    held = max(MIN_HOLDOUT, int(len(images) * config.holdout))
    train, holdout = images[:-held], images[-held:]
    model = Descriptor(config)
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.lr, weight_decay=1e-4)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, config.steps)
    batch_size = min(config.batch_size, len(train))
    loss = torch.tensor(float("nan"))
    model.train()
    for _ in (bar := tqdm(range(config.steps), desc="train-detector", unit="step")):
        chosen = rng.sample(train, batch_size)
        a = model(_to_tensor([augment(im, STRONG, rng) for im in chosen], config.image_size))
        b = model(_to_tensor([augment(im, STRONG, rng) for im in chosen], config.image_size))
        loss = info_nce(a, b)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        schedule.step()
        bar.set_postfix(loss=f"{loss.item():.3f}")
    model.eval()
    top1, calibration = check_holdout(model, holdout, config)
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
        "final_loss": float(loss.item()),
        "retrieval_top1": top1,
        "calibration": calibration,
        "config": asdict(config),
    }
