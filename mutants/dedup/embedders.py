"""Image-embedding backbones for the embedding detector.

`load_embedder(spec)` takes an OpenWIT checkpoint or an open_clip config (the image tower,
through the trainer's zero-shot code) or a TorchScript copy-detection descriptor file (e.g.
SSCD, or one written by `openwit dedup train-detector`), told apart by the file's contents.
"""

from __future__ import annotations

import math
import os
import warnings
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image

if TYPE_CHECKING:
    from collections.abc import Callable

    import torch

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


def is_torchscript(path: str) -> bool:
    """TorchScript archives carry compiled `code/`; torch.save'd checkpoints do not."""
    if not (os.path.isfile(path) and zipfile.is_zipfile(path)):
        return False
    with zipfile.ZipFile(path) as archive:
        return any("/code/" in name for name in archive.namelist())


@dataclass
class Embedder:
    """Maps PIL images to L2-normalised float32 vectors."""

    name: str
    module: Any
    preprocess: Any
    kind: str  # "clip" or "torchscript"
    min_cosine: float | None = None  # calibrated threshold carried by the descriptor, if any

    def embed(self, images: list[Image.Image]) -> np.ndarray:
        import torch
        import torch.nn.functional as F

        if not images:
            return np.zeros((0, 0), np.float32)
        batch = torch.stack([self.preprocess(image) for image in images])
        with torch.inference_mode():
            if self.kind == "clip":
                from trainer.zeroshot import image_embeddings

                vectors = image_embeddings(self.module, batch)
            else:
                vectors = self.module(batch)
                if isinstance(vectors, (tuple, list)):
                    vectors = vectors[0]
            vectors = F.normalize(vectors.float().reshape(len(images), -1), dim=-1)
        return vectors.cpu().numpy().astype(np.float32)


def descriptor_transform(image_size: int) -> Callable[[Image.Image], torch.Tensor]:
    from torchvision import transforms

    return transforms.Compose(
        [
            transforms.Resize(image_size, interpolation=transforms.InterpolationMode.BICUBIC),
            transforms.CenterCrop(image_size),
            transforms.ToTensor(),
            transforms.Normalize(IMAGENET_MEAN, IMAGENET_STD),
        ]
    )


def load_embedder(spec: str, image_size: int = 224, device: str = "cpu") -> Embedder:
    """An Embedder from a TorchScript descriptor, an OpenWIT checkpoint or an open_clip config."""
    import torch

    if is_torchscript(spec):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)  # deprecated, still SSCD's format
                module = torch.jit.load(spec, map_location=device).eval()
        except RuntimeError as err:
            raise ValueError(f"cannot load the TorchScript descriptor {spec}: {err}") from err
        size = int(getattr(module, "image_size", image_size))
        calibrated = float(getattr(module, "min_cosine", math.nan))
        return Embedder(
            os.path.basename(spec),
            module,
            descriptor_transform(size),
            "torchscript",
            None if math.isnan(calibrated) else calibrated,
        )
    from trainer.zeroshot import load_model

    model, preprocess, _ = load_model(spec, device=device)
    model.eval()
    return Embedder(os.path.basename(spec), model, preprocess, "clip")
