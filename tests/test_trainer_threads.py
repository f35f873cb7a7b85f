"""The CPU thread rule of `openwit train`: every core but the whole cores the data workers keep
busy, measured from the CPU time they report with their batches."""

from __future__ import annotations

from itertools import islice

import open_clip
import pytest
import torch
from trainer_fixtures import TINY, make_shards

from trainer import data
from trainer.threads import SETTLE_STEPS, CpuThreads, available_cpus, main_threads


@pytest.mark.parametrize(
    ("cpus", "loader_cores", "training_cores", "expected"),
    [
        (2, 0.0, 2.0, 2),  # an idle loader leaves every core to training
        (2, 0.4, 1.6, 2),  # the case: one worker waiting most of the time shares a core
        (2, 0.99, 1.9, 2),
        (2, 1.0, 1.0, 1),  # a worker busy all the time gets its core
        (2, 1.7, 0.3, 1),
        (2, 3.0, 0.0, 1),  # never fewer than one thread
        (16, 3.9, 13.0, 13),  # four busy workers, one not quite: three cores to the loader
        (16, 3.9, 12.0, 12),  # ... but training got only 12 cores
        (16, 4.0, 12.0, 12),
        (2, 0.2, 0.4, 1),  # a machine busy with other jobs: training got under half a core
        (2, 0.2, 1.5, 2),
        (16, 0.5, 9.2, 9),
    ],
)
def test_main_threads_from_what_the_loader_and_training_use(
    cpus, loader_cores, training_cores, expected
):
    assert main_threads(cpus, loader_cores, training_cores) == expected


@pytest.fixture
def torch_threads():
    before = torch.get_num_threads()
    yield
    torch.set_num_threads(before)


def test_loader_cores_from_the_workers_cpu_time(monkeypatch, torch_threads):
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    threads = CpuThreads(True, workers=2, device=torch.device("cpu"))
    assert threads.enabled and torch.get_num_threads() == available_cpus()
    threads.record(torch.tensor([0, 16, 0, 1_000_000]), now=10.0)
    threads.record(torch.tensor([1, 16, 0, 2_000_000]), now=10.5)
    threads.record(torch.tensor([0, 32, 0, 1_500_000]), now=12.0)  # 0.5 s of CPU in 2 s
    threads.record(torch.tensor([1, 32, 0, 4_000_000]), now=12.5)  # 2 s of CPU in 2 s
    assert threads.loader_cores() == pytest.approx(1.25)
    for _ in range(SETTLE_STEPS - 1):
        threads.settle()
        assert torch.get_num_threads() == available_cpus()  # not settled yet
    threads.start = (threads.start[0] - 1e6, threads.start[1])  # as if training had every core
    threads.settle()
    assert torch.get_num_threads() == max(1, available_cpus() - 1)


def test_omp_num_threads_wins(monkeypatch, torch_threads):
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    torch.set_num_threads(1)
    threads = CpuThreads(True, workers=1, device=torch.device("cpu"))
    threads.record(torch.tensor([0, 16, 0, 0]), now=0.0)
    threads.record(torch.tensor([0, 32, 0, 0]), now=1.0)  # an idle loader
    for _ in range(SETTLE_STEPS):
        threads.settle()
    assert not threads.enabled and torch.get_num_threads() == 1


def test_the_python_api_leaves_threads_alone(monkeypatch, torch_threads):
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    torch.set_num_threads(1)
    assert not CpuThreads(False, workers=2, device=torch.device("cpu")).enabled
    assert not CpuThreads(True, workers=0, device=torch.device("cpu")).enabled  # no workers
    assert torch.get_num_threads() == 1


def test_workers_report_their_cpu_time(tmp_path):
    urls = data.expand_shards(make_shards(tmp_path, n_shards=1, per_shard=24))
    stream = data.ShardStream(urls, 4, 32, open_clip.get_tokenizer(TINY), shuffle_buffer=4)
    infos = [info for _, _, info in islice(data.make_loader(stream, workers=1), 5)]
    cpu = [int(info[3]) for info in infos]
    assert cpu[0] > 0 and cpu == sorted(cpu) and cpu[-1] > cpu[0]  # decoding costs CPU time
