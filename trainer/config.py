"""Every knob of `openwit train` and `openwit eval` with its default, stated once.

The CLI takes its defaults from here, and this module imports no torch, so that
`openwit train --help` stays fast.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields

MAX_WORKERS = 4  # data loader processes per rank when --workers is not given (fewer shards: fewer)
EVAL_MAX_PAIRS = 5000  # image-text pairs used for retrieval by `openwit eval`
DEVICE = "auto"  # auto, cpu or cuda


@dataclass
class TrainConfig:
    train_data: str
    out: str
    model: str = "ViT-B-32"
    batch_size: int = 256  # per rank and optimizer step; the contrastive batch is this x ranks
    accum_steps: int = 1  # micro-batches per step (batch_size / accum_steps each); same loss
    epochs: float = 32
    samples_per_epoch: int | None = None  # default: counted from sizes.json or the tars
    max_steps: int | None = None  # stop early (the schedule still spans `epochs`)
    lr: float = 5e-4
    weight_decay: float = 0.2
    beta1: float = 0.9
    beta2: float = 0.98
    eps: float = 1e-6
    warmup: int = 2000
    init_temperature: float = 0.07
    max_logit_scale: float = 100.0
    precision: str = "fp32"  # fp32 | bf16 | fp16
    grad_checkpointing: bool = False
    local_loss: bool = True
    gather_with_grad: bool = True
    workers: int | None = None  # None: one per shard of a rank, at most MAX_WORKERS
    shuffle_buffer: int = 1000
    resample: bool = False
    seed: int = 0
    device: str = DEVICE
    save_every_steps: int = 1000
    save_every_minutes: float = 30.0
    keep_checkpoints: int = 3
    on_nonfinite: str = "stop"  # stop | skip
    log_every: int = 10
    zeroshot_data: str | None = None
    zeroshot_every: int = 0  # steps; 0: only at the end
    resume: bool = False
    progress: bool = True


# (setting, the rule it must meet, the rule in words): checked before any work
RULES = (
    ("batch_size", lambda v: v >= 1, "at least 1"),
    ("accum_steps", lambda v: v >= 1, "at least 1"),
    ("epochs", lambda v: v > 0, "positive"),
    ("samples_per_epoch", lambda v: v is None or v >= 1, "at least 1"),
    ("max_steps", lambda v: v is None or v >= 1, "at least 1"),
    ("lr", lambda v: v > 0, "positive"),
    ("weight_decay", lambda v: v >= 0, "0 or more"),
    ("beta1", lambda v: 0 <= v < 1, "from 0 to below 1"),
    ("beta2", lambda v: 0 <= v < 1, "from 0 to below 1"),
    ("eps", lambda v: v > 0, "positive"),
    ("warmup", lambda v: v >= 0, "0 or more"),
    ("init_temperature", lambda v: v > 0, "positive"),
    ("max_logit_scale", lambda v: v > 0, "positive"),
    ("workers", lambda v: v is None or v >= 0, "0 or more"),
    ("shuffle_buffer", lambda v: v >= 0, "0 or more"),
    ("save_every_steps", lambda v: v >= 0, "0 or more"),
    ("save_every_minutes", lambda v: v >= 0, "0 or more"),
    ("keep_checkpoints", lambda v: v >= 0, "0 or more"),
    ("log_every", lambda v: v >= 1, "at least 1"),
    ("zeroshot_every", lambda v: v >= 0, "0 or more"),
)


def check_settings(cfg: TrainConfig) -> None:
    """ValueError naming the first setting out of its range (NaN is in none)."""
    for name, rule, words in RULES:
        value = getattr(cfg, name)
        if not rule(value):
            raise ValueError(f"--{name.replace('_', '-')} must be {words}, not {value}")


def train_defaults() -> dict[str, object]:
    """Each TrainConfig field that has a default, with it."""
    return {f.name: f.default for f in fields(TrainConfig) if f.default is not MISSING}


def default_workers(shards: int, world_size: int, resample: bool) -> int:
    """Data loader processes per rank when --workers is not given: one per shard of a rank (each
    reads whole shards), at least one, at most MAX_WORKERS; MAX_WORKERS when shards are drawn
    with replacement (--resample), which any number of shards can feed."""
    if resample:
        return MAX_WORKERS
    return max(1, min(MAX_WORKERS, shards // world_size))
