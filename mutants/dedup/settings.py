"""Every default of the dedup stage, stated once; the command lines read them from here.
No heavy imports, so `openwit --help` stays fast."""

from __future__ import annotations

from dataclasses import dataclass

# Chosen by bench/dedup_detectors.py (see docs/dedup.md): mild copies are within 8 bits of
# their original while distinct images of the same kind are almost never that close.
DEFAULT_MAX_HAMMING = 8
DEFAULT_MIN_COSINE = 0.90  # only for backbones without a calibrated threshold
DEFAULT_HASH_SIZE = 8  # pHash side: 64-bit hashes
DEFAULT_MAX_PIXELS = 64_000_000  # larger images are refused (decompression bombs)
TARGET_PRECISION = 0.99  # calibration: precision on copies against the hardest distinct images
CALIBRATION_IMAGES = 1000
GALLERY_PAIRS = 24


@dataclass
class TrainConfig:
    steps: int = 1000
    batch_size: int = 64
    image_size: int = 128
    width: int = 64  # bottleneck width per group; 64 is ResNet-50's
    layers: tuple[int, ...] = (3, 4, 6, 3)  # ResNet-50's depth
    embed_dim: int = 256
    lr: float = 1e-3
    seed: int = 0
    max_images: int = 20000
    holdout: float = 0.1
