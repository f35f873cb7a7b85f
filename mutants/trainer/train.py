"""The training loop: CLIP pretraining on webdataset shards with the paper's recipe.

One readable loop in the style of nanoGPT's train.py; model, loss and data stay apart
(open_clip's `create_model` and `ClipLoss`, `trainer.data`). Runs in one process or under
torchrun; see `TrainConfig` for every knob and its default.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import math
import random
import time
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import open_clip
import torch
from open_clip import ClipLoss

from common.io import write_text_atomic
from trainer import checkpoint, data, distributed, models, report

log = logging.getLogger(__name__)


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
    workers: int = 4
    shuffle_buffer: int = 1000
    resample: bool = False
    seed: int = 0
    device: str = "auto"
    save_every_steps: int = 1000
    save_every_minutes: float = 30.0
    keep_checkpoints: int = 3
    on_nonfinite: str = "stop"  # stop | skip
    log_every: int = 10
    zeroshot_data: str | None = None
    zeroshot_every: int = 0  # steps; 0: only at the end
    resume: bool = False
    progress: bool = True


def autocast(precision: str, device: torch.device):
    """The autocast context for a precision name (fp16 needs a GPU and gradient scaling)."""
    if precision == "fp32":
        return contextlib.nullcontext()
    if precision == "fp16" and device.type != "cuda":
        raise ValueError("--precision fp16 needs a CUDA GPU (use bf16 on CPU)")
    dtype = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(precision)
    if dtype is None:
        raise ValueError(f"unknown precision {precision!r}: fp32, bf16 or fp16")
    return torch.autocast(device.type, dtype=dtype)


def cosine_with_warmup(warmup: int, total: int):
    """LR multiplier: linear warm-up over `warmup` steps, then cosine decay to 0 at `total`."""

    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        progress = (step - warmup) / max(1, total - warmup)
        return 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))

    return factor


def contrastive_step(model, loss_fn, micro_batches, precision, device, scaler) -> torch.Tensor:
    """Forward and backward one optimizer step's batch; return the loss.

    With several micro-batches, features of all of them are the negatives (open_clip's
    gradient accumulation): first every micro-batch's features without gradient, then per
    micro-batch a forward with gradient, the full-batch loss with the others' cached
    features, and a backward. The gradients sum to the large batch's. The logit scale takes
    its gradient only once, and DDP all-reduces only on the last micro-batch.
    """
    if len(micro_batches) == 1:
        images, tokens = micro_batches[0]
        with autocast(precision, device):
            image_f, text_f, scale = model(images, tokens)
            loss = loss_fn(image_f, text_f, scale)
        scaler.scale(loss).backward()
        return loss.detach()
    with torch.no_grad(), autocast(precision, device):
        cached = [model(images, tokens)[:2] for images, tokens in micro_batches]
    for j, (images, tokens) in enumerate(micro_batches):
        last = j == len(micro_batches) - 1
        sync = (
            contextlib.nullcontext() if last or not hasattr(model, "no_sync") else model.no_sync()
        )
        with sync, autocast(precision, device):
            image_f, text_f, scale = model(images, tokens)
            all_image = torch.cat(
                [c[0] for c in cached[:j]] + [image_f] + [c[0] for c in cached[j + 1 :]]
            )
            all_text = torch.cat(
                [c[1] for c in cached[:j]] + [text_f] + [c[1] for c in cached[j + 1 :]]
            )
            loss = loss_fn(all_image, all_text, scale if last else scale.detach())
        scaler.scale(loss).backward()
    return loss.detach()


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def train(cfg: TrainConfig) -> dict:
    """Run (or resume) training; return the summary also written to OUT/summary.json."""
    ctx = distributed.init(cfg.device)
    run = Path(cfg.out)
    if cfg.batch_size % cfg.accum_steps:
        raise ValueError(
            f"--batch-size {cfg.batch_size} is not divisible by --accum-steps {cfg.accum_steps}"
        )
    if cfg.on_nonfinite not in ("stop", "skip"):
        raise ValueError(f"--on-nonfinite must be stop or skip, not {cfg.on_nonfinite!r}")
    autocast(cfg.precision, ctx.device)  # validates the precision before any work
    urls, counted = data.check_shards(cfg.train_data, cfg.workers, ctx.world_size, cfg.resample)
    samples_per_epoch = cfg.samples_per_epoch or counted
    global_batch = cfg.batch_size * ctx.world_size
    steps_per_epoch = max(1, samples_per_epoch // global_batch)
    total_steps = max(1, round(cfg.epochs * steps_per_epoch))
    last_step = min(total_steps, cfg.max_steps or total_steps)

    # model, loss, optimizer, schedule
    seed_everything(cfg.seed)
    name, model_config, model = models.create(cfg.model, device=ctx.device)
    with torch.no_grad():
        model.logit_scale.fill_(math.log(1 / cfg.init_temperature))
    if cfg.grad_checkpointing:
        model.set_grad_checkpointing(True)
    tokenizer = open_clip.get_tokenizer(name)
    optimizer = torch.optim.AdamW(
        models.parameter_groups(model, cfg.weight_decay),
        lr=cfg.lr,
        betas=(cfg.beta1, cfg.beta2),
        eps=cfg.eps,
    )
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, cosine_with_warmup(cfg.warmup, total_steps)
    )
    scaler = torch.amp.GradScaler(ctx.device.type, enabled=cfg.precision == "fp16")
    loss_fn = ClipLoss(
        local_loss=cfg.local_loss,
        gather_with_grad=cfg.gather_with_grad,
        cache_labels=True,
        rank=ctx.rank,
        world_size=ctx.world_size,
    )
    step, data_state = (
        restore(run, model, optimizer, scheduler, scaler, ctx) if cfg.resume else (0, None)
    )
    ddp_model = model
    if ctx.world_size > 1:
        ddp_model = torch.nn.parallel.DistributedDataParallel(
            model, device_ids=[ctx.local_rank] if ctx.device.type == "cuda" else None
        )

    reader = reader_state(data_state, cfg.workers, ctx)
    stream = data.ShardStream(
        urls,
        cfg.batch_size // cfg.accum_steps,
        models.image_size(model_config),
        tokenizer,
        seed=cfg.seed,
        rank=ctx.rank,
        world_size=ctx.world_size,
        resample=cfg.resample,
        shuffle_buffer=cfg.shuffle_buffer,
        resume=copy.deepcopy(reader) if data_state else None,  # where each worker was
    )
    batches = iter(data.make_loader(stream, cfg.workers, pin_memory=ctx.device.type == "cuda"))

    recorder = report.Recorder(run, cfg, enabled=ctx.is_main, total=last_step, resume_step=step)
    if ctx.is_main:
        run.mkdir(parents=True, exist_ok=True)
        write_text_atomic(
            run / "config.json",
            json.dumps(
                {
                    **asdict(cfg),
                    "model_name": name,
                    "world_size": ctx.world_size,
                    "samples_per_epoch": samples_per_epoch,
                    "total_steps": total_steps,
                },
                indent=1,
            ),
        )

    def save(path: Path | None = None) -> Path | None:
        ranks = distributed.gather_objects(asdict(reader), ctx)
        if not ctx.is_main:
            return None
        target = path or checkpoint.path_for(run, step)
        checkpoint.save(
            target,
            {
                "state_dict": model.state_dict(),
                "model_name": name,
                "model_config": model_config,
                "step": step,
                "optimizer": optimizer.state_dict(),
                "scheduler": scheduler.state_dict(),
                "scaler": scaler.state_dict(),
                "rng": checkpoint.rng_state(),
                "data_state": {"ranks": ranks},
            },
        )
        if path is None:
            checkpoint.prune(run, cfg.keep_checkpoints)
        return target

    # the loop
    ddp_model.train()
    last_save = time.monotonic()
    nonfinite_skipped = 0
    t_start = time.perf_counter()
    while step < last_step:
        t0 = time.perf_counter()
        micro_batches = []
        for _ in range(cfg.accum_steps):
            images, tokens, info = next(batches)
            reader.record(info)
            micro_batches.append(
                (images.to(ctx.device, non_blocking=True), tokens.to(ctx.device, non_blocking=True))
            )
        t_data = time.perf_counter() - t0
        loss = contrastive_step(
            ddp_model, loss_fn, micro_batches, cfg.precision, ctx.device, scaler
        )
        finite = distributed.all_min(bool(torch.isfinite(loss)), ctx)
        if not finite:
            optimizer.zero_grad(set_to_none=True)
            if cfg.on_nonfinite == "stop":
                saved = save(run / "checkpoints" / f"nonfinite_step_{step:08d}.pt")
                raise RuntimeError(
                    f"non-finite loss at step {step}; model and optimizer saved to "
                    f"{saved or 'the checkpoint of rank 0'} (--on-nonfinite skip skips them)"
                )
            nonfinite_skipped += 1
            log.warning("non-finite loss at step %d: batch skipped", step)
        else:
            scaler.step(optimizer)
            scaler.update()
            optimizer.zero_grad(set_to_none=True)
            with torch.no_grad():
                model.logit_scale.clamp_(0, math.log(cfg.max_logit_scale))
        with warnings.catch_warnings():  # torch warns when a skipped first step skips the optimizer
            warnings.simplefilter("ignore", UserWarning)
            scheduler.step()
        step += 1
        recorder.step(
            step,
            float(loss),
            scheduler.get_last_lr()[0],
            float(model.logit_scale.detach().exp()),
            global_batch,
            t_data,
            time.perf_counter() - t0,
            sum(reader.skipped),
        )
        if (
            cfg.zeroshot_data
            and ctx.is_main
            and (step == last_step or (cfg.zeroshot_every and step % cfg.zeroshot_every == 0))
        ):
            recorder.zeroshot(
                step,
                evaluate_zeroshot(model, cfg.zeroshot_data, model_config, tokenizer, ctx.device),
            )
        time_due = distributed.from_rank0(
            time.monotonic() - last_save >= cfg.save_every_minutes * 60, ctx
        )
        if (
            step == last_step
            or time_due
            or (cfg.save_every_steps and step % cfg.save_every_steps == 0)
        ):
            save()
            last_save = time.monotonic()

    skipped_total = sum(sum(r) for r in distributed.gather_objects(reader.skipped, ctx))
    summary = recorder.finish(
        steps=step,
        total_steps=total_steps,
        seconds=time.perf_counter() - t_start,
        skipped_samples=skipped_total,
        nonfinite_skipped=nonfinite_skipped,
        world_size=ctx.world_size,
        peak_gpu_memory_gib=torch.cuda.max_memory_allocated(ctx.device) / 2**30
        if ctx.device.type == "cuda"
        else None,
        checkpoint=str(checkpoint.latest(run)) if ctx.is_main else None,
    )
    if ctx.world_size > 1:
        torch.distributed.destroy_process_group()
    return summary


def restore(run: Path, model, optimizer, scheduler, scaler, ctx) -> tuple[int, dict | None]:
    """Load the run's newest checkpoint into the training state; return (step, data_state)."""
    found = checkpoint.latest(run)
    if found is None:
        log.warning("--resume: no checkpoint in %s/checkpoints, starting from scratch", run)
        return 0, None
    state = checkpoint.load(found)
    model.load_state_dict(state["state_dict"])
    optimizer.load_state_dict(state["optimizer"])
    scheduler.load_state_dict(state["scheduler"])
    scaler.load_state_dict(state["scaler"])
    checkpoint.set_rng_state(state["rng"])
    if ctx.is_main:
        print(f"resuming from {found} at step {state['step']}")
    return state["step"], state["data_state"]


def reader_state(data_state: dict | None, workers: int, ctx) -> data.ReaderState:
    """This rank's data position from a checkpoint's data_state (fresh if none or if the numbers
    of ranks or workers changed)."""
    if data_state:
        saved = data_state["ranks"]
        if len(saved) == ctx.world_size and len(saved[ctx.rank]["positions"]) == max(1, workers):
            return data.ReaderState(**saved[ctx.rank])
        log.warning("resumed with other numbers of ranks or workers: the data stream restarts")
    return data.ReaderState.fresh(workers)


def evaluate_zeroshot(model, folder: str, model_config: dict, tokenizer, device) -> float:
    """Top-1 zero-shot accuracy on an image folder (classes = subfolder names)."""
    from trainer import zeroshot

    was_training = model.training
    model.eval()
    result = zeroshot.evaluate_folder(
        model,
        models.eval_transform(models.image_size(model_config)),
        tokenizer,
        folder,
        device=str(device),
        progress=False,
    )
    model.train(was_training)
    return result["top1"]
