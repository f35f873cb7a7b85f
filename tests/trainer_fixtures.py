"""Shared helpers for the trainer tests: tiny synthetic shards and a tiny open_clip model."""

from __future__ import annotations

import torch

from trainer import synthetic

TINY = "openwit-tiny"


def make_shards(folder, n_shards: int = 2, per_shard: int = 64, seed: int = 0) -> str:
    """Write synthetic shards; return their brace pattern."""
    synthetic.write_shards(folder, n_shards, per_shard, seed=seed, size=48)
    return str(folder / f"{{00000..{n_shards - 1:05d}}}.tar")


def tiny_batch(n: int, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """(images, tokens) of `n` rendered, captioned samples, preprocessed for the tiny model."""
    import open_clip

    from trainer import models

    preprocess = models.eval_transform(32)
    tokenizer = open_clip.get_tokenizer(TINY)
    rows = list(synthetic.samples(n, seed, size=48))
    images = torch.stack([preprocess(image) for _, _, image in rows])
    tokens = tokenizer([f"a {colour} {shape}" for colour, shape, _ in rows])
    return images, tokens


def tiny_model(seed: int = 0) -> torch.nn.Module:
    from trainer import models

    torch.manual_seed(seed)
    return models.create(TINY)[2]


def train_config(shards: str, out, **overrides):
    """A TrainConfig for quick CPU runs of the tiny model."""
    from trainer.config import TrainConfig

    base = dict(
        train_data=shards,
        out=str(out),
        model=TINY,
        batch_size=16,
        epochs=1,
        workers=0,
        warmup=2,
        log_every=1,
        shuffle_buffer=50,
        device="cpu",
        progress=False,
        save_every_steps=0,
    )
    return TrainConfig(**{**base, **overrides})
