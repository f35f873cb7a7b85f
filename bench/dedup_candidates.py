"""The alignment check's candidate lists: time to take in one batch of training embeddings,
`dedup.verify.Candidates` against a plain update that recomputes every row (the audit's own
way until 2026-12-03), on the same random unit vectors; both must keep the same lists.

  .venv/bin/python bench/dedup_candidates.py [--evals 10000 50000 --batches 200]
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from dedup.verify import Candidates

BATCH, DIM, TOP = 256, 128, 10


def unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


class PlainTop:
    """Every row recomputed for every batch."""

    def __init__(self, vectors: np.ndarray):
        self.vectors = vectors
        self.cosine = np.full((len(vectors), TOP), -np.inf, np.float32)
        self.ids = np.full((len(vectors), TOP), -1, np.int64)
        self.seen = 0

    def update(self, vectors: np.ndarray) -> None:
        cosine = np.concatenate([self.cosine, self.vectors @ vectors.T], axis=1)
        numbers = np.arange(self.seen, self.seen + len(vectors))
        ids = np.concatenate(
            [self.ids, np.broadcast_to(numbers, (len(self.vectors), len(vectors)))], axis=1
        )
        self.seen += len(vectors)
        keep = np.argpartition(-cosine, TOP - 1, axis=1)[:, :TOP]
        self.cosine = np.take_along_axis(cosine, keep, axis=1)
        self.ids = np.take_along_axis(ids, keep, axis=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evals", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--batches", type=int, default=200)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    for n in args.evals:
        originals = unit(rng.standard_normal((n, DIM)).astype(np.float32))
        plain, candidates = PlainTop(originals), Candidates(originals, TOP)
        seconds = {"plain": [], "candidates": []}
        for b in range(args.batches):
            batch = unit(rng.standard_normal((BATCH, DIM)).astype(np.float32))
            names = [f"{b}#{i}" for i in range(BATCH)]
            start = time.perf_counter()
            plain.update(batch)
            seconds["plain"].append(time.perf_counter() - start)
            start = time.perf_counter()
            candidates.update(batch, names)
            seconds["candidates"].append(time.perf_counter() - start)
        expected = [{f"{i // BATCH}#{i % BATCH}" for i in row} for row in plain.ids.tolist()]
        same = all(set(r) == e for r, e in zip(candidates.refs, expected, strict=True))
        print(f"{n:,} evaluation images, {args.batches} batches of {BATCH} training images:")
        for part, rows in (("first 10", slice(0, 10)), ("last 50", slice(-50, None))):
            p, c = (1000 * np.mean(seconds[k][rows]) for k in ("plain", "candidates"))
            print(f"  {part} batches: plain {p:.1f} ms, Candidates {c:.1f} ms ({p / c:.1f}x)")
        print(f"  the same candidates: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
