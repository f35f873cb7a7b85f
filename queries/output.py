"""The query list's output folder: queries.parquet, queries.txt, sources.png, manifest.json.

Every file is written through Beam's file systems (local or gs://) via a temp name and a
rename; manifest.json goes last, so a folder without it is an unfinished run.
"""

from __future__ import annotations

import io
import json
from collections import Counter

import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems

from queries.beamio import write_atomic
from queries.merge import SOURCES, Query

SCHEMA = pa.schema([
    ("id", pa.int64()),
    ("query", pa.string()),
    ("source", pa.string()),
    ("stat", pa.float64()),
])


def parquet_bytes(queries: list[Query]) -> bytes:
    table = pa.Table.from_pylist([q._asdict() for q in queries], schema=SCHEMA)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def text_bytes(queries: list[Query]) -> bytes:
    return "".join(f"{q.query}\n" for q in queries).encode()


def sources_plot(per_source: dict, queries: list[Query]) -> bytes:
    """Two panels: candidates and kept entries per source; query length in words."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (bars, lengths) = plt.subplots(1, 2, figsize=(11, 4.2))
    x = range(len(SOURCES))
    candidates = [per_source[s].get("candidates", 0) for s in SOURCES]
    kept = [per_source[s].get("kept", 0) for s in SOURCES]
    bars.bar([i - 0.2 for i in x], candidates, 0.4, label="candidates", color="#9ecae1")
    bars.bar([i + 0.2 for i in x], kept, 0.4, label="kept in the list", color="#3182bd")
    for i, n in enumerate(kept):
        bars.annotate(f"{n:,}", (i + 0.2, n), ha="center", va="bottom", fontsize=8)
    bars.set_xticks(list(x), SOURCES)
    bars.set_ylabel("entries (log scale)")
    bars.set_title(f"Query list: {len(queries):,} entries by source")
    bars.legend()
    bars.set_yscale("log")
    for source in SOURCES:
        sizes = Counter(min(len(q.query.split()), 6) for q in queries if q.source == source)
        total = sum(sizes.values()) or 1
        lengths.plot(range(1, 7), [sizes[n] / total for n in range(1, 7)], "o-", label=source)
    lengths.set_xticks(range(1, 7), ["1", "2", "3", "4", "5", "6+"])
    lengths.set_xlabel("words per query")
    lengths.set_ylabel("share of the source's entries")
    lengths.set_title("Query length by source")
    lengths.legend()
    fig.tight_layout()
    sink = io.BytesIO()
    fig.savefig(sink, format="png", dpi=100, metadata={"Software": None})
    plt.close(fig)
    return sink.getvalue()


def write_outputs(out: str, queries: list[Query], manifest: dict) -> None:
    """Write the folder; manifest.json last."""
    join = FileSystems.join
    write_atomic(join(out, "queries.parquet"), parquet_bytes(queries))
    write_atomic(join(out, "queries.txt"), text_bytes(queries))
    write_atomic(join(out, "sources.png"), sources_plot(manifest["sources"], queries))
    body = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    write_atomic(join(out, "manifest.json"), body.encode())
