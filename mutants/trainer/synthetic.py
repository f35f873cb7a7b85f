"""Captioned synthetic images (coloured shapes on a noisy background), deterministic from a seed.

Used by the tests, the benchmarks and the demo: a tiny CLIP can learn colour and shape
from these captions in minutes on a CPU, and zero-shot accuracy on held-out renders
shows whether it did.
"""

from __future__ import annotations

import io
import json
import os
import random
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageDraw

from common.io import write_json_atomic
from common.shards import SIZES, Sample, write_shard

COLOURS = {
    "red": (220, 30, 30),
    "green": (30, 170, 40),
    "blue": (30, 60, 220),
    "yellow": (240, 220, 30),
    "purple": (140, 40, 170),
    "orange": (250, 140, 20),
}
SHAPES = ("circle", "square", "triangle", "cross")
CAPTIONS = ("a {c} {s}", "a photo of a {c} {s}", "a {c} {s} on a grey background", "{c} {s}")


def render(colour: str, shape: str, seed: int, size: int = 64) -> Image.Image:
    """An RGB image of `shape` in `colour`; position, scale and noise come from `seed`."""
    if colour not in COLOURS or shape not in SHAPES:
        raise ValueError(
            f"unknown colour/shape {colour!r}/{shape!r}: use {list(COLOURS)} x {SHAPES}"
        )
    rng = random.Random(seed)
    grey = rng.randint(90, 170)
    image = Image.new("RGB", (size, size), (grey, grey, grey))
    draw = ImageDraw.Draw(image)
    for _ in range(size // 4):  # speckle noise so that no two images are alike
        x, y, v = rng.randrange(size), rng.randrange(size), rng.randint(60, 200)
        draw.point((x, y), fill=(v, v, v))
    half = rng.uniform(0.22, 0.38) * size
    cx, cy = (rng.uniform(half, size - half) for _ in range(2))
    box = (cx - half, cy - half, cx + half, cy + half)
    jitter = tuple(max(0, min(255, c + rng.randint(-20, 20))) for c in COLOURS[colour])
    if shape == "circle":
        draw.ellipse(box, fill=jitter)
    elif shape == "square":
        draw.rectangle(box, fill=jitter)
    elif shape == "triangle":
        draw.polygon([(cx, cy - half), (cx - half, cy + half), (cx + half, cy + half)], fill=jitter)
    else:
        w = half / 3
        draw.rectangle((cx - half, cy - w, cx + half, cy + w), fill=jitter)
        draw.rectangle((cx - w, cy - half, cx + w, cy + half), fill=jitter)
    return image


def samples(n: int, seed: int, size: int = 64) -> Iterator[tuple[str, str, Image.Image]]:
    """`n` (colour, shape, image) triples drawn uniformly, deterministic from `seed`."""
    rng = random.Random(seed)
    for _ in range(n):
        colour, shape = rng.choice(list(COLOURS)), rng.choice(SHAPES)
        yield colour, shape, render(colour, shape, rng.getrandbits(32), size)


def _jpeg(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=90)
    return buf.getvalue()


def write_shards(
    out_dir: str | os.PathLike, n_shards: int, per_shard: int, seed: int = 0, size: int = 64
) -> list[str]:
    """Write img2dataset-style shards (KEY.jpg/.txt/.json) and sizes.json; return the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths, sizes = [], {}
    for shard in range(n_shards):
        name = f"{shard:05d}.tar"
        shard_samples = []
        for i, (colour, shape, image) in enumerate(samples(per_shard, rng.getrandbits(32), size)):
            key = f"{shard:05d}{i:04d}"
            caption = rng.choice(CAPTIONS).format(c=colour, s=shape)
            meta = {"key": key, "caption": caption, "status": "success", "uid": key}
            meta_bytes = json.dumps(meta).encode()
            files = {"jpg": _jpeg(image), "txt": caption.encode(), "json": meta_bytes}
            shard_samples.append(Sample(name, key, files))
        write_shard(str(out / name), shard_samples)
        paths.append(str(out / name))
        sizes[name] = per_shard
    write_json_atomic(out / SIZES, sizes, indent=1)
    return paths


def write_image_folder(
    out_dir: str | os.PathLike, per_class: int, seed: int = 1, size: int = 64, by: str = "colour"
) -> list[str]:
    """Write OUT/CLASS/NNNN.jpg per colour (by="colour") or shape (by="shape"); return classes."""
    out = Path(out_dir)
    classes = list(COLOURS) if by == "colour" else list(SHAPES)
    rng = random.Random(seed)
    for cls in classes:
        (out / cls).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            colour = cls if by == "colour" else rng.choice(list(COLOURS))
            shape = cls if by == "shape" else rng.choice(SHAPES)
            render(colour, shape, rng.getrandbits(32), size).save(
                out / cls / f"{i:04d}.jpg", quality=90
            )
    return classes
