"""`openwit dedup self`: near-duplicate groups inside the training set and which copies to drop."""

from __future__ import annotations

import os
from collections import Counter

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from tqdm import tqdm

from common.io import atomic_path, write_json_atomic, write_lines_atomic
from dedup.detect import Detector, train_batches

QUERY_BATCH = 16384


def find_groups(vectors: np.ndarray, detector: Detector) -> np.ndarray:
    """A component label per row: rows linked by any chain of near-duplicate pairs share one."""
    index = detector.build(vectors)
    rows, cols = [], []
    for start in tqdm(range(0, len(vectors), QUERY_BATCH), desc="self-search", unit="batch"):
        matches = index.search(vectors[start : start + QUERY_BATCH])
        query = matches.train + start
        keep = query < matches.eval
        rows.append(query[keep])
        cols.append(matches.eval[keep])
    n = len(vectors)
    graph = coo_matrix(
        (np.ones(sum(map(len, rows))), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n)
    )
    return connected_components(graph, directed=False)[1]


def run_self(source: str, detector: Detector, out: str) -> dict:
    """Group near-duplicates in SHARDS or an INDEX; keep the first of each group (stream order)."""
    refs, uids, vectors, skips = [], [], [], Counter()
    with tqdm(desc="features", unit="img") as progress:
        for batch in train_batches(source, detector, skips, progress):
            refs += batch.refs
            uids += batch.uids
            vectors.append(detector.vectors(batch))
    if not refs:
        raise ValueError(f"no usable images in {source}")
    labels = find_groups(np.concatenate(vectors), detector)
    _, first, size = np.unique(labels, return_index=True, return_counts=True)
    keep = np.zeros(len(refs), bool)
    keep[first] = True
    grouped = size[np.searchsorted(np.unique(labels), labels)] > 1
    table = pa.table(
        {
            "ref": [r for r, g in zip(refs, grouped, strict=True) if g],
            "uid": pa.array([u for u, g in zip(uids, grouped, strict=True) if g], pa.string()),
            "group": labels[grouped],
            "keep": keep[grouped],
        }
    )
    os.makedirs(out, exist_ok=True)
    with atomic_path(os.path.join(out, "groups.parquet")) as tmp:
        pq.write_table(table.sort_by([("group", "ascending")]), tmp)
    drop = [r for r, g, k in zip(refs, grouped, keep, strict=True) if g and not k]
    write_lines_atomic(os.path.join(out, "drop.txt"), drop)
    summary = {
        "source": source,
        **detector.describe(),
        "images": len(refs),
        "skipped": dict(skips),
        "groups": int((size > 1).sum()),
        "images_in_groups": int(grouped.sum()),
        "drop": len(drop),
        "largest_group": int(size.max()),
    }
    write_json_atomic(os.path.join(out, "self.json"), summary)
    return summary
