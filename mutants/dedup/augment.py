"""The copy transformations the paper trained its detector against, at mild and strong settings.

Crops, zoom, aspect-ratio changes, down- then up-scaling, small rotations, colour jitter and
JPEG re-encoding, each resize with a randomly chosen interpolation. Used to train the copy
detector (`dedup train-detector`) and to measure detectors (bench/dedup_detectors.py).
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass

from PIL import Image, ImageEnhance

INTERPOLATIONS = (
    Image.Resampling.NEAREST,
    Image.Resampling.BILINEAR,
    Image.Resampling.BICUBIC,
    Image.Resampling.LANCZOS,
    Image.Resampling.BOX,
    Image.Resampling.HAMMING,
)


@dataclass(frozen=True)
class Strength:
    min_area: float  # crop keeps at least this fraction of the area
    max_aspect: float  # aspect ratio changes within [1/max_aspect, max_aspect]
    min_scale: float  # down-scaling factor before scaling back up
    max_rotation: float  # degrees
    jitter: float  # brightness/contrast/saturation factors within 1 ± jitter
    jpeg_quality: tuple[int, int]


MILD = Strength(0.95, 1.03, 0.5, 1.0, 0.1, (50, 95))
STRONG = Strength(0.4, 1.5, 0.25, 15.0, 0.4, (20, 60))
PRESETS = {"mild": MILD, "strong": STRONG}


def augment(image: Image.Image, strength: Strength, rng: random.Random) -> Image.Image:
    """One random copy of an RGB image under the given strength."""
    width, height = image.size
    area = rng.uniform(strength.min_area, 1.0)
    aspect = math.exp(rng.uniform(-math.log(strength.max_aspect), math.log(strength.max_aspect)))
    crop_w = max(1, min(width, round(width * math.sqrt(area * aspect))))
    crop_h = max(1, min(height, round(height * math.sqrt(area / aspect))))
    left, top = rng.randint(0, width - crop_w), rng.randint(0, height - crop_h)
    out = image.crop((left, top, left + crop_w, top + crop_h))
    scale = rng.uniform(strength.min_scale, 1.0)
    small = (max(1, round(width * scale)), max(1, round(height * scale)))
    out = out.resize(small, rng.choice(INTERPOLATIONS))
    out = out.resize((width, round(height / aspect) or 1), rng.choice(INTERPOLATIONS))
    angle = rng.uniform(-strength.max_rotation, strength.max_rotation)
    out = out.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=(128, 128, 128))
    for enhance in (ImageEnhance.Brightness, ImageEnhance.Contrast, ImageEnhance.Color):
        out = enhance(out).enhance(rng.uniform(1 - strength.jitter, 1 + strength.jitter))
    buffer = io.BytesIO()
    out.save(buffer, format="JPEG", quality=rng.randint(*strength.jpeg_quality))
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
