"""pHash with one fixed resizer for both sides, packed as bytes for faiss binary indexes."""

from __future__ import annotations

import imagehash
import numpy as np
from PIL import Image

HIGHFREQ_FACTOR = 4
RESIZER = Image.Resampling.LANCZOS


def check_hash_size(hash_size: int) -> int:
    """faiss binary codes are whole bytes: hash_size² bits must be a multiple of 8."""
    if hash_size < 4 or hash_size % 4:
        raise ValueError(f"--hash-size must be a multiple of 4 and >= 4, got {hash_size}")
    return hash_size


def phash(image: Image.Image, hash_size: int = 8) -> np.ndarray:
    """The pHash of an RGB image as `hash_size**2 / 8` packed bytes (uint8)."""
    side = hash_size * HIGHFREQ_FACTOR
    grey = image.convert("L").resize((side, side), RESIZER)
    bits = imagehash.phash(grey, hash_size=hash_size, highfreq_factor=HIGHFREQ_FACTOR).hash
    return np.packbits(bits.reshape(-1))


def hamming(a: np.ndarray, b: np.ndarray) -> int:
    return int(np.unpackbits(np.bitwise_xor(a, b)).sum())
