"""open_clip models from a config name or a config JSON, their transforms and parameter groups."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

import open_clip
import torch

CONFIG_DIR = Path(__file__).parent / "model_configs"
open_clip.add_model_config(CONFIG_DIR)  # makes e.g. "openwit-tiny" an open_clip model name


def resolve(model: str) -> tuple[str, dict]:
    """(open_clip model name, config dict) for a config name or a path to a config JSON.

    A JSON path is registered with open_clip under its file stem, so that
    `open_clip.create_model(stem, pretrained=checkpoint)` works afterwards.
    """
    if model.endswith(".json"):
        path = Path(model)
        if not path.is_file():
            raise OSError(f"model config {model} does not exist")
        try:
            config = json.loads(path.read_text())
        except json.JSONDecodeError as err:
            raise ValueError(f"model config {model} is not valid JSON: {err}") from err
        if not {"embed_dim", "vision_cfg", "text_cfg"} <= config.keys():
            raise ValueError(f"model config {model} lacks embed_dim, vision_cfg or text_cfg")
        open_clip.add_model_config(path)
        return path.stem, config
    config = open_clip.get_model_config(model)
    if config is None:
        raise ValueError(
            f"unknown model {model!r}: give an open_clip config name or a config .json"
        )
    return model, config


def create(
    model: str, device: str | torch.device = "cpu", pretrained: str | None = None
) -> tuple[str, dict, torch.nn.Module]:
    """(name, config, model) for `resolve(model)`, randomly initialised unless `pretrained`."""
    name, config = resolve(model)
    root = logging.getLogger()
    root.addFilter(_no_random_init_warning)  # random init is the point here, not a problem
    try:
        net = open_clip.create_model(name, pretrained=pretrained, device=device)
    finally:
        root.removeFilter(_no_random_init_warning)
    return name, config, net


def _no_random_init_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("No pretrained weights loaded")


def image_size(config: dict) -> int:
    size = config["vision_cfg"].get("image_size", 224)
    return size if isinstance(size, int) else size[0]


def eval_transform(size: int) -> Callable:
    """Resize and centre crop, open_clip's evaluation preprocessing."""
    return open_clip.image_transform(size, is_train=False)


def parameter_groups(model: torch.nn.Module, weight_decay: float) -> list[dict]:
    """AdamW groups: decay on weight matrices only, none on gains, biases and the logit scale
    (every parameter with fewer than 2 dimensions, as open_clip's trainer does)."""
    decay, no_decay = [], []
    for name, param in model.named_parameters():
        if not param.requires_grad:
            continue
        exclude = param.ndim < 2 or "logit_scale" in name or "logit_bias" in name
        (no_decay if exclude else decay).append(param)
    return [
        {"params": decay, "weight_decay": weight_decay},
        {"params": no_decay, "weight_decay": 0.0},
    ]
