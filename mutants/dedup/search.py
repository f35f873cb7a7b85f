"""Radius search of streamed training features against an index of evaluation features.

Hashes: exact Hamming range search, through pigeonhole chunk tables (dedup.pigeonhole) where
its cost model says they beat a flat scan, else faiss `IndexBinaryFlat`. Embeddings: faiss
`IndexFlatIP` on L2-normalised vectors (exact), or `IndexIVFFlat` for large evaluation sides.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from dedup.pigeonhole import PigeonholeIndex, as_words, plan_for


@dataclass
class Matches:
    """Pairs found in one batch: training row, evaluation row and their distance."""

    train: np.ndarray  # int64
    eval: np.ndarray  # int64
    distance: np.ndarray  # Hamming bits (int) or cosine similarity (float)


def _pairs(lims: np.ndarray, distances: np.ndarray, labels: np.ndarray) -> Matches:
    rows = np.repeat(np.arange(len(lims) - 1), np.diff(lims.astype(np.int64)))
    return Matches(rows.astype(np.int64), labels.astype(np.int64), distances)


class HammingIndex:
    """Exact Hamming search: all pairs with distance <= `max_distance`.

    `method` "auto" takes the pigeonhole tables when the cost model favours them; "flat"
    forces faiss's exhaustive scan, "pigeonhole" the tables (an error where none fits).
    """

    higher_is_closer = False

    def __init__(self, codes: np.ndarray, max_distance: int, method: str = "auto"):
        codes = np.ascontiguousarray(codes, dtype=np.uint8)
        self.bits = codes.shape[1] * 8
        self.max_distance = max_distance
        import faiss

        plan = None
        if method != "flat":
            plan = plan_for(self.bits, max_distance, len(codes), faiss.omp_get_max_threads())
        if method == "pigeonhole" and plan is None:
            raise ValueError(f"no pigeonhole plan fits {len(codes)} codes at radius {max_distance}")
        self.method = "pigeonhole" if plan else "flat"
        if plan:
            self.index = PigeonholeIndex(codes, max_distance, plan)
        else:
            self.index = faiss.IndexBinaryFlat(self.bits)
            self.index.add(codes)

    def search(self, codes: np.ndarray) -> Matches:
        if codes.shape[1] * 8 != self.bits:
            raise ValueError(
                f"hash size mismatch: the index holds {self.bits}-bit hashes, "
                f"the query has {codes.shape[1] * 8}-bit hashes (rebuild with the same --hash-size)"
            )
        if self.method == "pigeonhole":
            return Matches(*self.index.search(np.ascontiguousarray(codes, dtype=np.uint8)))
        # faiss returns distances strictly below the radius.
        lims, dist, labels = self.index.range_search(
            np.ascontiguousarray(codes), self.max_distance + 1
        )
        return _pairs(lims, dist.astype(np.int32), labels)


class CosineIndex:
    """Inner-product search on L2-normalised vectors: all pairs with cosine >= `min_cosine`."""

    higher_is_closer = True

    def __init__(self, vectors: np.ndarray, min_cosine: float, ivf_lists: int = 0, nprobe: int = 8):
        import faiss

        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.dim = vectors.shape[1]
        self.min_cosine = min_cosine
        if ivf_lists:
            quantizer = faiss.IndexFlatIP(self.dim)
            self.index = faiss.IndexIVFFlat(
                quantizer, self.dim, ivf_lists, faiss.METRIC_INNER_PRODUCT
            )
            self.index.train(vectors)
            self.index.nprobe = nprobe
            self._quantizer = quantizer  # faiss keeps a raw pointer
        else:
            self.index = faiss.IndexFlatIP(self.dim)
        self.index.add(vectors)

    def search(self, vectors: np.ndarray) -> Matches:
        if vectors.shape[1] != self.dim:
            raise ValueError(
                f"embedding size mismatch: the index holds {self.dim}-d vectors, the query has "
                f"{vectors.shape[1]}-d (use the same --embedder on both sides)"
            )
        # faiss returns similarities strictly above the radius; widen by one ulp-ish step.
        radius = float(np.nextafter(np.float32(self.min_cosine), np.float32(-1)))
        lims, sims, labels = self.index.range_search(
            np.ascontiguousarray(vectors, dtype=np.float32), radius
        )
        return _pairs(lims, sims, labels)


def popcount_range_search(
    train: np.ndarray, eval_codes: np.ndarray, max_distance: int, chunk: int = 64
) -> Matches:
    """Brute-force numpy baseline (XOR + popcount over every pair); used to check faiss."""
    left, right = as_words(train), as_words(eval_codes)
    out_t, out_e, out_d = [], [], []
    for start in range(0, len(left), chunk):
        block = left[start : start + chunk]
        dist = np.zeros((len(block), len(right)), np.int32)
        for word in range(right.shape[1]):
            dist += np.bitwise_count(block[:, word, None] ^ right[None, :, word])
        t, e = np.nonzero(dist <= max_distance)
        out_t.append(t + start)
        out_e.append(e)
        out_d.append(dist[t, e])
    if not out_t:
        return Matches(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int32))
    return Matches(
        *(np.concatenate(x).astype(np.int64) for x in (out_t, out_e)), np.concatenate(out_d)
    )
