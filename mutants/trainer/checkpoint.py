"""Checkpoints: RUN/checkpoints/step_NNNNNNNN.pt, written atomically (temp file + rename).

A checkpoint is a dict of plain tensors and Python values (loadable with weights_only=True):
`state_dict` (open_clip keys, so `open_clip.create_model(name, pretrained=path)` loads it),
`model_name`, `model_config`, `step`, `optimizer`, `scheduler`, `scaler`, `rng`, `data_state`.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import torch

from common.io import atomic_path

NAME = re.compile(r"step_(\d+)\.pt$")


def rng_state() -> dict:
    """Python, NumPy, torch (and CUDA) RNG states, as weights_only-loadable values."""
    kind, keys, pos, has_gauss, cached = np.random.get_state()
    state = {
        "python": random.getstate(),
        "numpy": [kind, torch.from_numpy(keys.astype(np.int64)), pos, has_gauss, cached],
        "torch": torch.get_rng_state(),
    }
    if torch.cuda.is_available():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def set_rng_state(state: dict) -> None:
    version, internal, gauss = state["python"]
    random.setstate((version, tuple(internal), gauss))
    kind, keys, pos, has_gauss, cached = state["numpy"]
    np.random.set_state((kind, keys.numpy().astype(np.uint32), pos, has_gauss, cached))
    torch.set_rng_state(state["torch"])
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


def save(path: Path, payload: dict) -> Path:
    """Write `payload` to `path` atomically."""
    with atomic_path(path) as tmp:
        torch.save(payload, tmp)
    return path


def path_for(run: Path, step: int) -> Path:
    return run / "checkpoints" / f"step_{step:08d}.pt"


def listed(run: Path) -> list[Path]:
    """The run's step checkpoints, oldest first."""
    folder = run / "checkpoints"
    found = [p for p in folder.glob("step_*.pt") if NAME.search(p.name)] if folder.is_dir() else []
    return sorted(found, key=lambda p: int(NAME.search(p.name).group(1)))


def latest(run: Path) -> Path | None:
    found = listed(run)
    return found[-1] if found else None


def prune(run: Path, keep: int) -> None:
    """Delete all but the newest `keep` step checkpoints (keep <= 0 keeps all)."""
    if keep > 0:
        for old in listed(run)[:-keep]:
            old.unlink(missing_ok=True)


def load(path: Path) -> dict:
    try:
        return torch.load(path, map_location="cpu", weights_only=True)
    except Exception as err:  # torch raises several types for damaged files
        raise RuntimeError(f"cannot load checkpoint {path}: {err}") from err
