"""The CUDA paths of the trainer: bf16 autocast, fp16 with the gradient scaler, pinned memory,
DDP with NCCL on one GPU, and checkpoints written on the GPU and read back on the CPU.

They run only where a CUDA GPU is present and are skipped elsewhere (CI has no GPU)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from trainer_fixtures import TINY, make_shards, train_config

pytestmark = pytest.mark.skipif(
    not torch.cuda.is_available(), reason="needs a CUDA GPU: none on this machine"
)
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def shards(tmp_path_factory) -> str:
    return make_shards(tmp_path_factory.mktemp("cuda-shards"), n_shards=2, per_shard=64)


@pytest.mark.parametrize("precision", ["bf16", "fp16"])
def test_training_steps_on_the_gpu(shards, tmp_path, precision):
    from trainer.train import train

    summary = train(
        train_config(shards, tmp_path, device="cuda", precision=precision, max_steps=3, workers=1)
    )
    assert summary["steps"] == 3 and summary["nonfinite_skipped"] == 0
    assert summary["peak_gpu_memory_gib"] > 0
    state = torch.load(summary["checkpoint"], map_location="cpu", weights_only=True)
    if precision == "fp16":  # the scaler's state is saved for a resume
        assert state["scaler"]["scale"] > 0
    assert all(t.device.type == "cpu" for t in state["state_dict"].values())


def test_gpu_checkpoint_resumes_on_the_gpu_and_loads_on_the_cpu(shards, tmp_path):
    from trainer import zeroshot
    from trainer.train import train

    train(train_config(shards, tmp_path, device="cuda", max_steps=2, save_every_steps=1))
    resumed = train(train_config(shards, tmp_path, device="cuda", max_steps=4, resume=True))
    assert resumed["steps"] == 4
    model, _, _ = zeroshot.load_model(resumed["checkpoint"], device="cpu")
    assert next(model.parameters()).device.type == "cpu"


def ddp_step(rank: int, port: int, out: str) -> None:
    import torch.distributed as dist
    from open_clip import ClipLoss
    from trainer_fixtures import tiny_batch, tiny_model

    from trainer.train import contrastive_step

    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    dist.init_process_group("nccl", rank=rank, world_size=1)
    device = torch.device("cuda", 0)
    model = torch.nn.parallel.DistributedDataParallel(tiny_model().to(device), device_ids=[0])
    images, tokens = tiny_batch(8)
    batch = [(images.pin_memory().to(device, non_blocking=True), tokens.to(device))]
    scaler = torch.amp.GradScaler("cuda", enabled=False)
    loss = contrastive_step(model, ClipLoss(rank=0, world_size=1), batch, "bf16", device, scaler)
    grads = [p.grad for p in model.parameters() if p.grad is not None]
    torch.save({"loss": float(loss), "grads": len(grads)}, f"{out}/ddp.pt")
    dist.destroy_process_group()


def test_ddp_with_nccl_on_one_gpu(tmp_path):
    import socket

    import torch.multiprocessing as mp

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    mp.spawn(ddp_step, args=(port, str(tmp_path)), nprocs=1, join=True)
    result = torch.load(tmp_path / "ddp.pt")
    assert torch.isfinite(torch.tensor(result["loss"])) and result["grads"] > 0


def test_torchrun_on_one_gpu(shards, tmp_path):
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "1"]
    cmd += ["-m", "openwit.cli", "train", "--train-data", shards, "--model", TINY, "--out"]
    cmd += [str(tmp_path), "--batch-size", "8", "--max-steps", "2", "--workers", "1"]
    cmd += ["--device", "cuda", "--warmup", "1", "--no-progress"]
    env = {**os.environ, "TORCH_DISTRIBUTED_DEBUG": "DETAIL"}
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["steps"] == 2 and summary["world_size"] == 1
