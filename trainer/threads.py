"""CPU threads of the training process, chosen from what the data loader actually uses.

Data workers decode in processes of their own and sleep while their prefetch queue is full, so
a worker needs a whole core only if it is busy all the time. Training on CPU therefore starts
on every core (as open_clip's trainer does, with torch's default of one thread per core); after
SETTLE_STEPS steps it measures the CPU time the workers report with their batches and leaves
them the whole cores they fill. It also measures the CPU time training itself got: on a machine
shared with other jobs, threads beyond the cores training gets wait on each other at every
parallel operation. OMP_NUM_THREADS, when set (torchrun sets it), always wins.
"""

from __future__ import annotations

import logging
import os
import time

import torch

log = logging.getLogger(__name__)
SETTLE_STEPS = 10  # steps measured before the thread count is settled


def available_cpus() -> int:
    """Cores this process may run on (its affinity mask, e.g. under taskset or a container)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def main_threads(cpus: int, loader_cores: float, training_cores: float) -> int:
    """Threads for training: every core but the whole cores the data loader keeps busy (a loader
    that uses 0.4 of a core shares it with training; one that uses 1.5 cores gets one), and no
    more than the cores training got while it ran on all of them (rounded)."""
    return max(1, min(cpus - int(loader_cores), int(training_cores + 0.5)))


class CpuThreads:
    """Sets the training process's torch threads on CPU from the loader's measured CPU use."""

    def __init__(
        self, enabled: bool, workers: int, device: torch.device, is_main: bool = True
    ) -> None:
        self.enabled = (
            enabled and device.type == "cpu" and workers > 0 and "OMP_NUM_THREADS" not in os.environ
        )
        self.cpus = available_cpus()
        self.is_main = is_main
        self.steps = 0
        self.first: dict[int, tuple[float, float]] = {}  # worker: (its CPU s, wall s) at first
        self.last: dict[int, tuple[float, float]] = {}  # ... and at its latest batch
        self.start = (time.process_time(), time.perf_counter())  # this process's CPU s, wall s
        if self.enabled:
            torch.set_num_threads(self.cpus)

    def record(self, info: torch.Tensor, now: float | None = None) -> None:
        """Note a batch's info ([worker, position, skipped, worker CPU microseconds]), received
        at `now` (default: the current time.perf_counter())."""
        worker, cpu = int(info[0]), float(info[3]) / 1e6
        now = time.perf_counter() if now is None else now
        self.first.setdefault(worker, (cpu, now))
        self.last[worker] = (cpu, now)

    def loader_cores(self) -> float:
        """Cores the data workers kept busy between their first and latest batches."""
        cores = 0.0
        for worker, (cpu0, t0) in self.first.items():
            cpu1, t1 = self.last[worker]
            cores += (cpu1 - cpu0) / (t1 - t0) if t1 > t0 else 0.0
        return cores

    def training_cores(self) -> float:
        """Cores this process (training) has used since it started measuring."""
        cpu0, t0 = self.start
        return (time.process_time() - cpu0) / max(1e-9, time.perf_counter() - t0)

    def settle(self) -> None:
        """After SETTLE_STEPS steps of this process, set the threads once (see `main_threads`)."""
        self.steps += 1
        if not self.enabled or self.steps != SETTLE_STEPS:
            return
        loader, training = self.loader_cores(), self.training_cores()
        threads = main_threads(self.cpus, loader, training)
        if threads != torch.get_num_threads():
            torch.set_num_threads(threads)
            if self.is_main:
                print(
                    f"of {self.cpus} cores, data workers kept {loader:.1f} and training got "
                    f"{training:.1f} busy: training continues on {threads} thread(s)"
                )
        log.info("loader %.2f cores, training %.2f cores: %d threads", loader, training, threads)
