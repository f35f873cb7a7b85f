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
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
import open_clip
import torch
from open_clip import ClipLoss

from common.io import write_text_atomic
from common.shards import dropped_uids, expand_shards
from trainer import checkpoint, data, distributed, models, report
from trainer.config import MAX_WORKERS, TrainConfig, check_settings, default_workers
from trainer.threads import CpuThreads

log = logging.getLogger(__name__)


def autocast(precision: str, device: torch.device) -> contextlib.AbstractContextManager:
    """The autocast context for a precision name (fp16 needs a GPU and gradient scaling)."""
    if precision == "fp32":
        return contextlib.nullcontext()
    if precision == "fp16" and device.type != "cuda":
        raise ValueError("--precision fp16 needs a CUDA GPU (use bf16 on CPU)")
    dtype = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(precision)
    if dtype is None:
        raise ValueError(f"unknown precision {precision!r}: fp32, bf16 or fp16")
    return torch.autocast(device.type, dtype=dtype)


def cosine_with_warmup(warmup: int, total: int) -> Callable[[int], float]:
    """LR multiplier: linear warm-up over `warmup` steps, then cosine decay to 0 at `total`."""

    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        progress = (step - warmup) / max(1, total - warmup)
        return 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))

    return factor


def contrastive_step(
    model: torch.nn.Module,
    loss_fn: ClipLoss,
    micro_batches: list[tuple[torch.Tensor, torch.Tensor]],
    precision: str,
    device: torch.device,
    scaler: torch.amp.GradScaler,
) -> torch.Tensor:
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


@dataclass
class Plan:
    """What the set-up decides before any model exists: the shards, workers and step counts."""

    urls: list[str]
    samples_per_epoch: int
    global_batch: int
    total_steps: int  # the schedule's length
    last_step: int  # where this run stops (--max-steps)


@dataclass
class Trainable:
    """The model and everything an optimizer step changes: what a checkpoint holds."""

    name: str
    model_config: dict
    model: torch.nn.Module
    tokenizer: Callable
    optimizer: torch.optim.Optimizer
    scheduler: torch.optim.lr_scheduler.LambdaLR
    scaler: torch.amp.GradScaler


def train(cfg: TrainConfig, set_threads: bool = False) -> dict:
    """Run (or resume) training; return the summary also written to OUT/summary.json. With
    `set_threads` (as `openwit train` runs it), choose the CPU threads (`trainer.threads`)."""
    ctx = distributed.init(cfg.device)
    run = Path(cfg.out)
    cfg, plan = plan_run(cfg, ctx)
    seed_everything(cfg.seed)
    state = build(cfg, plan.total_steps, ctx)
    step, data_state = restore(run, state, ctx) if cfg.resume else (0, None)
    ddp_model = state.model
    if ctx.world_size > 1:
        ddp_model = torch.nn.parallel.DistributedDataParallel(
            state.model, device_ids=[ctx.local_rank] if ctx.device.type == "cuda" else None
        )
    loss_fn = ClipLoss(
        local_loss=cfg.local_loss,
        gather_with_grad=cfg.gather_with_grad,
        cache_labels=True,
        rank=ctx.rank,
        world_size=ctx.world_size,
    )
    reader = reader_state(data_state, cfg.workers, ctx)
    batches = open_batches(cfg, plan, state, reader if data_state else None, ctx)
    threads = CpuThreads(set_threads, cfg.workers, ctx.device, ctx.is_main)
    recorder = report.Recorder(
        run, cfg, enabled=ctx.is_main, total=plan.last_step, resume_step=step
    )
    if ctx.is_main:
        write_config(run, cfg, plan, state.name, ctx.world_size)

    # the loop
    ddp_model.train()
    last_save = time.monotonic()
    nonfinite_skipped = 0
    t_start = time.perf_counter()
    while step < plan.last_step:
        t0 = time.perf_counter()
        micro_batches = next_micro_batches(batches, (reader, threads), cfg.accum_steps, ctx.device)
        t_data = time.perf_counter() - t0
        loss, finite = optimizer_step(state, ddp_model, loss_fn, micro_batches, cfg, ctx)
        if not finite:
            stop_or_skip(cfg, run, state, step, reader, ctx)
            nonfinite_skipped += 1
        with warnings.catch_warnings():  # torch warns when a skipped first step skips the optimizer
            warnings.simplefilter("ignore", UserWarning)
            state.scheduler.step()
        step += 1
        threads.settle()
        recorder.step(
            step,
            float(loss),
            state.scheduler.get_last_lr()[0],
            float(state.model.logit_scale.detach().exp()),
            plan.global_batch,
            t_data,
            time.perf_counter() - t0,
            sum(reader.skipped),
        )
        if cfg.zeroshot_data and ctx.is_main and zeroshot_due(cfg, step, plan.last_step):
            recorder.zeroshot(step, evaluate_zeroshot(state, cfg.zeroshot_data, ctx.device))
        if save_due(cfg, step, plan.last_step, last_save, ctx):
            if save(checkpoint.path_for(run, step), state, step, reader, ctx):
                checkpoint.prune(run, cfg.keep_checkpoints)
            last_save = time.monotonic()

    skipped_total = sum(sum(r) for r in distributed.gather_objects(reader.skipped, ctx))
    summary = recorder.finish(
        steps=step,
        total_steps=plan.total_steps,
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


def plan_run(cfg: TrainConfig, ctx: distributed.Dist) -> tuple[TrainConfig, Plan]:
    """Check the settings and the shards; return the config with its data workers decided (see
    `default_workers`) and the run's plan. Fails before any model is built."""
    check_settings(cfg)
    if cfg.batch_size % cfg.accum_steps:
        raise ValueError(
            f"--batch-size {cfg.batch_size} is not divisible by --accum-steps {cfg.accum_steps}"
        )
    if cfg.on_nonfinite not in ("stop", "skip"):
        raise ValueError(f"--on-nonfinite must be stop or skip, not {cfg.on_nonfinite!r}")
    autocast(cfg.precision, ctx.device)  # validates the precision before any work
    if cfg.workers is None:
        shards = len(expand_shards(cfg.train_data))
        cfg = replace(cfg, workers=default_workers(shards, ctx.world_size, cfg.resample))
        if ctx.is_main and cfg.workers < MAX_WORKERS:
            print(
                f"--workers not given: {cfg.workers} data worker(s) per rank, one per shard "
                f"({shards} shard(s) for {ctx.world_size} rank(s); at most {MAX_WORKERS})"
            )
    urls, counted = data.check_shards(cfg.train_data, cfg.workers, ctx.world_size, cfg.resample)
    samples_per_epoch = cfg.samples_per_epoch or counted
    global_batch = cfg.batch_size * ctx.world_size
    steps_per_epoch = max(1, samples_per_epoch // global_batch)
    total_steps = max(1, round(cfg.epochs * steps_per_epoch))
    last_step = min(total_steps, cfg.max_steps or total_steps)
    return cfg, Plan(urls, samples_per_epoch, global_batch, total_steps, last_step)


def build(cfg: TrainConfig, total_steps: int, ctx: distributed.Dist) -> Trainable:
    """The model (logit scale at 1 / init_temperature), AdamW, warm-up + cosine schedule and
    the fp16 gradient scaler."""
    name, model_config, model = models.create(cfg.model, device=ctx.device)
    with torch.no_grad():
        model.logit_scale.fill_(math.log(1 / cfg.init_temperature))
    if cfg.grad_checkpointing:
        model.set_grad_checkpointing(True)
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
    tokenizer = open_clip.get_tokenizer(name)
    return Trainable(name, model_config, model, tokenizer, optimizer, scheduler, scaler)


def open_batches(
    cfg: TrainConfig,
    plan: Plan,
    state: Trainable,
    resume: data.ReaderState | None,
    ctx: distributed.Dist,
) -> Iterator:
    """This rank's endless (images, tokens, info) batches, from `resume`'s position if given."""
    stream = data.ShardStream(
        plan.urls,
        cfg.batch_size // cfg.accum_steps,
        models.image_size(state.model_config),
        state.tokenizer,
        seed=cfg.seed,
        rank=ctx.rank,
        world_size=ctx.world_size,
        resample=cfg.resample,
        shuffle_buffer=cfg.shuffle_buffer,
        resume=copy.deepcopy(resume),  # where each worker was
        dropped=dropped_uids(plan.urls),
    )
    return iter(data.make_loader(stream, cfg.workers, pin_memory=ctx.device.type == "cuda"))


def write_config(run: Path, cfg: TrainConfig, plan: Plan, name: str, world_size: int) -> None:
    """RUN/config.json: the settings and what the set-up derived from them."""
    run.mkdir(parents=True, exist_ok=True)
    facts = {
        "model_name": name,
        "world_size": world_size,
        "samples_per_epoch": plan.samples_per_epoch,
        "total_steps": plan.total_steps,
    }
    write_text_atomic(run / "config.json", json.dumps({**asdict(cfg), **facts}, indent=1))


def optimizer_step(
    state: Trainable,
    ddp_model: torch.nn.Module,
    loss_fn: ClipLoss,
    micro_batches: list[tuple[torch.Tensor, torch.Tensor]],
    cfg: TrainConfig,
    ctx: distributed.Dist,
) -> tuple[torch.Tensor, bool]:
    """Forward, backward and update, then clamp the logit scale; return (loss, finite). A loss
    that is not finite on some rank updates nothing on any rank: its gradients are dropped."""
    loss = contrastive_step(
        ddp_model, loss_fn, micro_batches, cfg.precision, ctx.device, state.scaler
    )
    finite = distributed.all_min(bool(torch.isfinite(loss)), ctx)
    if finite:
        state.scaler.step(state.optimizer)
        state.scaler.update()
    state.optimizer.zero_grad(set_to_none=True)
    if finite:
        with torch.no_grad():
            state.model.logit_scale.clamp_(0, math.log(cfg.max_logit_scale))
    return loss, finite


def next_micro_batches(
    batches: Iterator,
    recorders: tuple[data.ReaderState, CpuThreads],
    accum_steps: int,
    device: torch.device,
) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """One optimizer step's (images, tokens) micro-batches on `device`; the recorders note each
    batch's info (data position, workers' CPU time)."""
    micro_batches = []
    for _ in range(accum_steps):
        images, tokens, info = next(batches)
        for recorder in recorders:
            recorder.record(info)
        micro_batches.append(
            (images.to(device, non_blocking=True), tokens.to(device, non_blocking=True))
        )
    return micro_batches


def stop_or_skip(
    cfg: TrainConfig,
    run: Path,
    state: Trainable,
    step: int,
    reader: data.ReaderState,
    ctx: distributed.Dist,
) -> None:
    """After a non-finite loss: with --on-nonfinite stop, save the state to inspect and raise;
    with skip, warn (the batch updated nothing)."""
    if cfg.on_nonfinite == "stop":
        saved = save(
            run / "checkpoints" / f"nonfinite_step_{step:08d}.pt", state, step, reader, ctx
        )
        raise RuntimeError(
            f"non-finite loss at step {step}; model and optimizer saved to "
            f"{saved or 'the checkpoint of rank 0'} (--on-nonfinite skip skips them)"
        )
    log.warning("non-finite loss at step %d: batch skipped", step)


def zeroshot_due(cfg: TrainConfig, step: int, last_step: int) -> bool:
    """Zero-shot evaluation at the end, and every --zeroshot-every steps if set."""
    return step == last_step or bool(cfg.zeroshot_every and step % cfg.zeroshot_every == 0)


def save_due(
    cfg: TrainConfig, step: int, last_step: int, last_save: float, ctx: distributed.Dist
) -> bool:
    """A checkpoint at the end, every --save-every-steps and every --save-every-minutes (timed on
    rank 0, so that all ranks save together)."""
    time_due = distributed.from_rank0(
        time.monotonic() - last_save >= cfg.save_every_minutes * 60, ctx
    )
    return (
        step == last_step
        or time_due
        or bool(cfg.save_every_steps and step % cfg.save_every_steps == 0)
    )


def save(
    path: Path, state: Trainable, step: int, reader: data.ReaderState, ctx: distributed.Dist
) -> Path | None:
    """Write the checkpoint with every rank's data position (rank 0 writes); its path on rank 0."""
    ranks = distributed.gather_objects(asdict(reader), ctx)
    if not ctx.is_main:
        return None
    checkpoint.save(
        path,
        {
            "state_dict": state.model.state_dict(),
            "model_name": state.name,
            "model_config": state.model_config,
            "step": step,
            "optimizer": state.optimizer.state_dict(),
            "scheduler": state.scheduler.state_dict(),
            "scaler": state.scaler.state_dict(),
            "rng": checkpoint.rng_state(),
            "data_state": {"ranks": ranks},
        },
    )
    return path


def restore(run: Path, state: Trainable, ctx: distributed.Dist) -> tuple[int, dict | None]:
    """Load the run's newest checkpoint into the training state; return (step, data_state)."""
    found = checkpoint.latest(run)
    if found is None:
        log.warning("--resume: no checkpoint in %s/checkpoints, starting from scratch", run)
        return 0, None
    saved = checkpoint.load(found)
    state.model.load_state_dict(saved["state_dict"])
    state.optimizer.load_state_dict(saved["optimizer"])
    state.scheduler.load_state_dict(saved["scheduler"])
    state.scaler.load_state_dict(saved["scaler"])
    checkpoint.set_rng_state(saved["rng"])
    if ctx.is_main:
        print(f"resuming from {found} at step {saved['step']}")
    return saved["step"], saved["data_state"]


def reader_state(data_state: dict | None, workers: int, ctx: distributed.Dist) -> data.ReaderState:
    """This rank's data position from a checkpoint's data_state (fresh if none or if the numbers
    of ranks or workers changed)."""
    if data_state:
        saved = data_state["ranks"]
        if len(saved) == ctx.world_size and len(saved[ctx.rank]["positions"]) == max(1, workers):
            return data.ReaderState(**saved[ctx.rank])
        log.warning("resumed with other numbers of ranks or workers: the data stream restarts")
    return data.ReaderState.fresh(workers)


def evaluate_zeroshot(state: Trainable, folder: str, device: torch.device) -> float:
    """Top-1 zero-shot accuracy on an image folder (classes = subfolder names)."""
    from trainer import zeroshot

    was_training = state.model.training
    state.model.eval()
    result = zeroshot.evaluate_folder(
        state.model,
        models.eval_transform(models.image_size(state.model_config)),
        state.tokenizer,
        folder,
        device=str(device),
        progress=False,
    )
    state.model.train(was_training)
    return result["top1"]
