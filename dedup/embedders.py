"""Image-embedding backbones for the embedding detector.

`load_embedder(spec)` takes an OpenWIT checkpoint or an open_clip config (the image tower,
through the trainer's zero-shot code) or a TorchScript copy-detection descriptor file (e.g.
SSCD, or one written by `openwit dedup train-detector`), told apart by the file's contents.
"""

from __future__ import annotations

import functools
import math
import os
import warnings
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image

if TYPE_CHECKING:
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
    preprocess: Any  # list of PIL images -> a batch tensor
    kind: str  # "clip" or "torchscript"
    min_cosine: float | None = None  # calibrated threshold carried by the descriptor, if any
    spec: str = ""  # what load_embedder was given: a worker process loads its own copy from it
    image_size: int = 224

    def __reduce__(self):
        return load_embedder, (self.spec, self.image_size)

    def embed(self, images: list[Image.Image]) -> np.ndarray:
        import torch
        import torch.nn.functional as F

        if not images:
            return np.zeros((0, 0), np.float32)
        batch = self.preprocess(images)
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


def descriptor_batch(images: list[Image.Image], size: int) -> torch.Tensor:
    """ImageNet-normalised (n, 3, size, size) tensor; each image squashed to the square (no
    centre crop, which would cut off what aspect-changed copies keep at their sides)."""
    import torch

    arrays = [
        np.asarray(im.resize((size, size), Image.Resampling.BICUBIC), dtype=np.float32)
        for im in images
    ]
    batch = torch.from_numpy(np.stack(arrays) / np.float32(255.0)).permute(0, 3, 1, 2)
    mean = torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1)
    return (batch - mean) / torch.tensor(IMAGENET_STD).view(1, 3, 1, 1)


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
            functools.partial(descriptor_batch, size=size),
            "torchscript",
            None if math.isnan(calibrated) else calibrated,
            spec,
            image_size,
        )
    from trainer.zeroshot import load_model

    model, preprocess, _ = load_model(spec, device=device)
    model.eval()
    return Embedder(
        os.path.basename(spec),
        model,
        lambda ims: torch.stack([preprocess(im) for im in ims]),
        "clip",
        spec=spec,
        image_size=image_size,
    )
