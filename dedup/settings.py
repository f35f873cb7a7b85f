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
CALIBRATION_POOL = 4000  # further images searched for each calibration image's hardest negative
GALLERY_PAIRS = 12  # on each side of the threshold
# `audit --detector trained`: the descriptor's nearest training images per evaluation image
# that the alignment check (dedup/verify.py) looks at, and its threshold; 0.90 was the best
# F1 on the tuning source (Oxygen icons) of bench/dedup_real.py, see docs/dedup.md.
DEFAULT_VERIFY_TOP = 10
DEFAULT_MIN_ALIGNED = 0.90


@dataclass
class TrainConfig:
    """`dedup train-detector` and `--detector trained`; sized to train on 10,000 images in
    under 10 minutes on 2 CPU cores (bench/dedup_real.py)."""

    steps: int = 500
    batch_size: int = 128
    image_size: int = 96
    width: int = 16  # channels of the first stage, doubled at each next one; ResNet-18: 64
    layers: tuple[int, ...] = (1, 1, 1, 1)  # basic blocks per stage; ResNet-18: 2, 2, 2, 2
    embed_dim: int = 128
    lr: float = 3e-3
    seed: int = 0
    max_images: int = 20000
    holdout: float = 0.1
    workers: int = 1  # DataLoader processes making the augmented views
