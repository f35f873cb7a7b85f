"""The copy transformations the paper trained its detector against, at three settings.

Crops, zoom, aspect-ratio changes, down- then up-scaling, small rotations, colour and contrast
jitter and JPEG re-encoding (the CLIP paper, Appendix C), each resize with a randomly chosen
interpolation; the COPY setting adds what real copies on the web also carry (docs/dedup.md):
crops down to half the area, flips, borders and overlaid text. Used to train and calibrate
the copy detector (`dedup train-detector`, `dedup calibrate`) and to plant copies in the
benchmarks.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageEnhance, ImageFont

INTERPOLATIONS = (
    Image.Resampling.NEAREST,
    Image.Resampling.BILINEAR,
    Image.Resampling.BICUBIC,
    Image.Resampling.LANCZOS,
    Image.Resampling.BOX,
    Image.Resampling.HAMMING,
)
WORDS = ("SALE", "© stock", "www.example.com", "NEW", "meme text here", "2024", "sample")


@dataclass(frozen=True)
class Strength:
    min_area: float  # crop keeps at least this fraction of the area
    max_aspect: float  # aspect ratio changes within [1/max_aspect, max_aspect]
    min_scale: float  # down-scaling factor before scaling back up
    max_rotation: float  # degrees
    jitter: float  # brightness/contrast/saturation factors within 1 ± jitter
    jpeg_quality: tuple[int, int]
    flip: float = 0.0  # probability of a horizontal flip
    border: float = 0.0  # probability of a solid border of 2-12% of the side
    text: float = 0.0  # probability of a line of overlaid text


MILD = Strength(0.95, 1.03, 0.5, 1.0, 0.1, (50, 95))
STRONG = Strength(0.4, 1.5, 0.25, 15.0, 0.4, (20, 60))
COPY = Strength(0.5, 1.33, 0.3, 5.0, 0.3, (30, 95), flip=0.5, border=0.25, text=0.25)
PRESETS = {"mild": MILD, "strong": STRONG, "copy": COPY}


def _crop(image: Image.Image, strength: Strength, rng: random.Random) -> tuple[Image.Image, float]:
    width, height = image.size
    area = rng.uniform(strength.min_area, 1.0)
    aspect = math.exp(rng.uniform(-math.log(strength.max_aspect), math.log(strength.max_aspect)))
    crop_w = max(1, min(width, round(width * math.sqrt(area * aspect))))
    crop_h = max(1, min(height, round(height * math.sqrt(area / aspect))))
    left, top = rng.randint(0, width - crop_w), rng.randint(0, height - crop_h)
    return image.crop((left, top, left + crop_w, top + crop_h)), aspect


def _border(image: Image.Image, rng: random.Random) -> Image.Image:
    pad = max(1, round(min(image.size) * rng.uniform(0.02, 0.12)))
    colour = tuple(rng.randint(0, 255) for _ in range(3))
    framed = Image.new("RGB", (image.width + 2 * pad, image.height + 2 * pad), colour)
    framed.paste(image, (pad, pad))
    return framed.resize(image.size, Image.Resampling.BILINEAR)


def _text(image: Image.Image, rng: random.Random) -> Image.Image:
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=max(8, round(image.height * rng.uniform(0.06, 0.14))))
    xy = (rng.uniform(0, 0.5) * image.width, rng.uniform(0, 0.85) * image.height)
    colour = tuple(rng.randint(0, 255) for _ in range(3))
    draw.text(xy, rng.choice(WORDS), fill=colour, font=font)
    return image


def augment(image: Image.Image, strength: Strength, rng: random.Random) -> Image.Image:
    """One random copy of an RGB image under the given strength."""
    width, height = image.size
    out, aspect = _crop(image, strength, rng)
    scale = rng.uniform(strength.min_scale, 1.0)
    small = (max(1, round(width * scale)), max(1, round(height * scale)))
    out = out.resize(small, rng.choice(INTERPOLATIONS))
    out = out.resize((width, round(height / aspect) or 1), rng.choice(INTERPOLATIONS))
    angle = rng.uniform(-strength.max_rotation, strength.max_rotation)
    out = out.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=(128, 128, 128))
    for enhance in (ImageEnhance.Brightness, ImageEnhance.Contrast, ImageEnhance.Color):
        out = enhance(out).enhance(rng.uniform(1 - strength.jitter, 1 + strength.jitter))
    # the draws below are skipped at probability 0, so MILD and STRONG copies stay as they were
    if strength.flip and rng.random() < strength.flip:
        out = out.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    if strength.border and rng.random() < strength.border:
        out = _border(out, rng)
    if strength.text and rng.random() < strength.text:
        out = _text(out, rng)
    buffer = io.BytesIO()
    out.save(buffer, format="JPEG", quality=rng.randint(*strength.jpeg_quality))
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
