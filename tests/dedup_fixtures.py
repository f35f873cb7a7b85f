"""Test data for the dedup tests: synthetic images, webdataset shards, evaluation folders, and a
stand-in TorchScript descriptor."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import torch
from PIL import Image
from webdataset.writer import TarWriter

from trainer.synthetic import COLOURS, SHAPES, render


def jpeg(image: Image.Image, quality: int = 90) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def image(index: int, size: int = 64) -> Image.Image:
    """A distinct synthetic image per index (colour and shape cycle; position from the seed)."""
    colour = list(COLOURS)[index % len(COLOURS)]
    shape = SHAPES[(index // len(COLOURS)) % len(SHAPES)]
    return render(colour, shape, seed=1000 + index, size=size)


def write_shard(path: str | os.PathLike, samples: list[tuple[str, bytes]]) -> str:
    """An img2dataset-style shard: KEY.jpg, KEY.txt, KEY.json (with uid)."""
    with TarWriter(str(path), encoder=False) as writer:
        for key, data in samples:
            meta = {"key": key, "uid": f"uid-{key}", "query_ids": [1], "status": "success"}
            writer.write(
                {
                    "__key__": key,
                    "jpg": data,
                    "txt": b"a caption",
                    "json": json.dumps(meta).encode(),
                }
            )
    return str(path)


def write_eval_folder(root: str | os.PathLike, classes: dict[str, list[Image.Image]]) -> str:
    for name, images in classes.items():
        folder = Path(root) / name
        folder.mkdir(parents=True, exist_ok=True)
        for i, im in enumerate(images):
            (folder / f"{i:04d}.jpg").write_bytes(jpeg(im))
    return str(root)


class ColourLayout(torch.nn.Module):
    """A stand-in copy descriptor: the 4x4 average colour layout of the image."""

    def __init__(self, min_cosine: float = float("nan")):
        super().__init__()
        self.min_cosine = min_cosine  # what `train-detector` stores after calibrating

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.nn.functional.adaptive_avg_pool2d(x, 4).flatten(1)


def descriptor(path, min_cosine: float = float("nan")) -> str:
    torch.jit.save(torch.jit.script(ColourLayout(min_cosine)), str(path))
    return str(path)
