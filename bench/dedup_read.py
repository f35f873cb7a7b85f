"""The audit's pass over the training shards with a copy descriptor: images/s as it was (pHash
computed too, one process) against the descriptor alone, in one process and in N.

The shards are real photographs in img2dataset's format (`bench/real_shards.py`); the
descriptor is `dedup train-detector`'s network at its default size, untrained (training
changes its weights, not its cost), written as TorchScript as train-detector writes it. The
three ways alternate, and each one's best rate counts.

  .venv/bin/python bench/real_shards.py --out bench/out/real-shards --samples 8000 --shards 8
  .venv/bin/python bench/dedup_read.py --shards bench/out/real-shards [--workers 2 --repeat 3]
"""

from __future__ import annotations

import argparse
import tempfile
import time
import warnings
from collections import Counter

import numpy as np
import torch

from common.shards import expand_shards
from dedup.embedders import load_embedder
from dedup.features import Featurizer, featurized_shards
from dedup.settings import TrainConfig
from dedup.train_detector import Descriptor


def untrained_descriptor(path: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # torch.jit, still SSCD's format
        torch.jit.save(torch.jit.script(Descriptor(TrainConfig()).eval()), path)
    return path


def read(shards: list[str], featurizer: Featurizer, workers: int) -> tuple[float, np.ndarray]:
    """Images per second over the shards, and the embeddings in shard order."""
    start = time.perf_counter()
    batches = list(featurized_shards(shards, featurizer, workers, Counter()))
    rate = sum(map(len, batches)) / (time.perf_counter() - start)
    return rate, np.concatenate([b.embeddings for b in batches])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shards", required=True, help="shards from bench/real_shards.py")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    shards = expand_shards(args.shards)
    with tempfile.TemporaryDirectory() as tmp:  # the processes load the descriptor from here
        embedder = load_embedder(untrained_descriptor(f"{tmp}/descriptor.pt"))
        ways = {
            "pHash + descriptor, 1 process (before)": (Featurizer(8, embedder, hashes=True), 1),
            "descriptor only, 1 process": (Featurizer(8, embedder, hashes=False), 1),
            f"descriptor only, {args.workers} processes": (
                Featurizer(8, embedder, hashes=False),
                args.workers,
            ),
        }
        best: dict[str, float] = {}
        embeddings: dict[str, np.ndarray] = {}
        for _ in range(args.repeat):
            for name, (featurizer, workers) in ways.items():
                rate, embeddings[name] = read(shards, featurizer, workers)
                best[name] = max(best.get(name, 0.0), rate)
    first = next(iter(ways))
    same = all(np.allclose(e, embeddings[first], atol=1e-5) for e in embeddings.values())
    print(f"{len(embeddings[first])} images in {len(shards)} shards, best of {args.repeat}")
    for name, rate in best.items():
        print(f"{name}: {rate:.0f} img/s ({rate / best[first]:.2f}x)")
    print(f"the same embeddings every way: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
