"""Safe image decoding: every mode to RGB, a decompression-bomb guard, reasons for skips; and
the picture without the padding that img2dataset adds."""

from __future__ import annotations

import io
import warnings

import numpy as np
from PIL import Image, ImageFile

from dedup.settings import DEFAULT_MAX_PIXELS

SIXTEEN_BIT_MODES = {"I;16", "I;16B", "I;16L", "I;16N", "I", "F"}
WHITE = 250  # grey level of img2dataset's white padding, after JPEG


class BadImage(ValueError):
    """An image that cannot be used; `reason` is a short category for skip counts."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason


def to_rgb(image: Image.Image) -> Image.Image:
    """Any PIL mode (greyscale, CMYK, palette, 16-bit, alpha) as 8-bit RGB."""
    if image.mode in SIXTEEN_BIT_MODES:
        pixels = np.asarray(image, dtype=np.float64)
        top = 65535.0 if image.mode.startswith("I;16") or pixels.max() > 255 else 255.0
        pixels = np.clip(pixels / top * 255.0, 0, 255).astype(np.uint8)
        return Image.fromarray(pixels, mode="L").convert("RGB")
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA"):
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
        return background
    return image.convert("RGB") if image.mode != "RGB" else image


def decode(data: bytes, name: str, max_pixels: int = DEFAULT_MAX_PIXELS) -> Image.Image:
    """Decode image bytes to RGB; raise BadImage (with a reason) for anything unusable."""
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > max_pixels:
                raise BadImage("too large", f"{name} is {width}x{height} > {max_pixels} pixels")
            image.load()
    except BadImage:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as err:
        raise BadImage("too large", f"{name}: {err}") from err
    except Exception as err:  # PIL raises many types for corrupt data
        raise BadImage("undecodable", f"{name}: {type(err).__name__}: {err}") from err
    if width < 1 or height < 1:
        raise BadImage("empty", f"{name} has size {width}x{height}")
    return to_rgb(image)


def read_file(path: str, max_pixels: int = DEFAULT_MAX_PIXELS) -> Image.Image:
    with open(path, "rb") as f:
        return decode(f.read(), path, max_pixels)


def unpadded(image: Image.Image) -> Image.Image:
    """An image without the white bands of img2dataset's `border` resize mode.

    That mode pads the picture to a square with white, centred, on one axis only. Bands are
    trimmed when both ends of one axis have them (full white rows or columns, 1/32 of the side
    at least, as many at each end within 1/16 of the side) and the other axis has none: a
    drawing on white has white on all four sides, or a thin white edge, and is kept whole.
    """
    white = np.asarray(image.convert("L")) >= WHITE
    side = max(white.shape)
    top, bottom = _bands(white)
    left, right = _bands(white.T)

    def letterbox(start: int, end: int, across: tuple[int, int]) -> bool:
        return min(start, end) >= side / 32 and abs(start - end) <= side / 16 and across == (0, 0)

    if letterbox(top, bottom, (left, right)):
        return image.crop((0, top, image.width, image.height - bottom))
    if letterbox(left, right, (top, bottom)):
        return image.crop((left, 0, image.width - right, image.height))
    return image


def _bands(white: np.ndarray) -> tuple[int, int]:
    """How many full rows of `white` lead and trail (0, 0 when all are full)."""
    full = white.all(axis=1)
    if full.all():
        return 0, 0
    return int(np.argmin(full)), int(np.argmin(full[::-1]))
