"""Two gloo processes with gathered features and a local loss compute the same loss and
gradients as one process on the concatenated batch (with and without accumulation)."""

from __future__ import annotations

import os
import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from open_clip import ClipLoss
from trainer_fixtures import tiny_batch, tiny_model

from trainer.train import contrastive_step

CPU = torch.device("cpu")
SCALER = torch.amp.GradScaler("cpu", enabled=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rank_grads(rank: int, world: int, port: int, out: str) -> None:
    torch.set_num_threads(1)
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    dist.init_process_group("gloo", rank=rank, world_size=world)
    images, tokens = tiny_batch(8)
    half = slice(rank * 4, rank * 4 + 4)
    results = {}
    for accum in (1, 2):
        model = torch.nn.parallel.DistributedDataParallel(tiny_model())
        loss_fn = ClipLoss(local_loss=True, gather_with_grad=True, rank=rank, world_size=world)
        mine = (images[half], tokens[half])
        micro = [mine] if accum == 1 else [(mine[0][:2], mine[1][:2]), (mine[0][2:], mine[1][2:])]
        loss = contrastive_step(model, loss_fn, micro, "fp32", CPU, SCALER)
        results[accum] = {
            "loss": float(loss),
            "grads": {n: p.grad.clone() for n, p in model.module.named_parameters()},
        }
    torch.save(results, f"{out}/rank{rank}.pt")
    dist.destroy_process_group()


def test_two_gloo_processes_match_one_process_on_the_whole_batch(tmp_path):
    mp.spawn(rank_grads, args=(2, free_port(), str(tmp_path)), nprocs=2, join=True)
    ranks = [torch.load(tmp_path / f"rank{r}.pt") for r in range(2)]
    single = tiny_model()
    loss = contrastive_step(single, ClipLoss(), [tiny_batch(8)], "fp32", CPU, SCALER)
    for accum in (1, 2):
        # each rank's local loss covers its rows; their mean is the whole batch's loss
        mean_loss = sum(r[accum]["loss"] for r in ranks) / 2
        assert abs(mean_loss - float(loss)) < 1e-5
        for name, param in single.named_parameters():
            for r in ranks:  # DDP averaged the gradients, so both ranks hold the full-batch one
                torch.testing.assert_close(
                    r[accum]["grads"][name],
                    param.grad,
                    rtol=1e-4,
                    atol=1e-6,
                    msg=f"{name} accum {accum}",
                )
