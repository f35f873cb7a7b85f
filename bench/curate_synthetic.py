"""Synthetic crawl and query list for the curation benchmarks (nothing real is available offline).

Words are random lower-case strings; texts draw 6–14 words from a Zipf-like distribution
over the vocabulary; queries are 250,000 unigrams and 250,000 bigrams spread over the
vocabulary's ranks, so texts match a few queries each, as MetaCLIP reports (~3.5).
"""

from __future__ import annotations

import string
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

VOCAB = 1_000_000
COMMON = 300  # the most frequent words (function words) are not queries


def vocabulary(rng: np.random.Generator, n: int = VOCAB) -> np.ndarray:
    letters = np.array(list(string.ascii_lowercase))
    lengths = rng.integers(3, 11, n)
    chars = letters[rng.integers(0, 26, lengths.sum())]
    words = np.split(chars, np.cumsum(lengths)[:-1])
    return np.array(["".join(w) for w in words], dtype=object)


def zipf_ranks(rng: np.random.Generator, size: int, n: int = VOCAB) -> np.ndarray:
    return np.minimum(rng.zipf(1.15, size) - 1, n - 1)


def make_texts(rng: np.random.Generator, vocab: np.ndarray, n: int) -> list[str]:
    lengths = rng.integers(6, 15, n)
    words = vocab[zipf_ranks(rng, int(lengths.sum()))]
    return [" ".join(ws) for ws in np.split(words, np.cumsum(lengths)[:-1])]


def make_queries(rng: np.random.Generator, vocab: np.ndarray, n: int = 500_000) -> list[str]:
    """n distinct queries: half unigrams (not the most common words), half bigrams."""
    ranks = np.arange(COMMON, len(vocab) // 2)
    queries = dict.fromkeys(vocab[rng.choice(ranks, n // 2, replace=False)])
    while len(queries) < n:
        firsts, seconds = vocab[zipf_ranks(rng, n)], vocab[zipf_ranks(rng, n)]
        queries.update(dict.fromkeys(f"{a} {b}" for a, b in zip(firsts, seconds, strict=True)))
    return list(queries)[:n]


def write_queries(folder: Path, queries: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.table(
        {
            "id": pa.array(range(len(queries)), pa.int64()),
            "query": pa.array(queries, pa.string()),
            "source": pa.array(["unigram"] * len(queries), pa.string()),
            "stat": pa.array([None] * len(queries), pa.float64()),
        }
    )
    pq.write_table(table, folder / "queries.parquet")
    (folder / "manifest.json").write_text("{}\n")  # a finished QUERIES folder
    return folder


def write_pairs(
    folder: Path, texts: list[str], files: int, row_group: int | None = None
) -> list[Path]:
    """The texts as `files` parquet tables (url, text), in row groups of `row_group` rows
    (None: pyarrow's default, one group per file at these sizes)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    per_file = -(-len(texts) // files)
    for f in range(files):
        chunk = texts[f * per_file : (f + 1) * per_file]
        start = f * per_file
        urls = [
            f"http://img{(start + i) % 97}.example.com/p/{start + i}.jpg" for i in range(len(chunk))
        ]
        path = folder / f"pairs-{f:03d}.parquet"
        pq.write_table(pa.table({"url": urls, "text": chunk}), path, row_group_size=row_group)
        paths.append(path)
    return paths
