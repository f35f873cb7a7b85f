"""Plots a person would rather look at than read."""

from __future__ import annotations

import io

import numpy as np


def log_spaced(n: int, points: int = 2000) -> list[int]:
    """Ranks 1..n thinned to about `points` evenly spaced on a log axis (the last kept)."""
    step = n ** (1 / points)
    ranks = sorted({min(n, round(step**i)) for i in range(points + 1)} | {1, n})
    return ranks


def balance_plot(matched: np.ndarray, kept: np.ndarray, t: int) -> bytes:
    """PNG: matches per query against rank, before and after balancing, log–log."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4), dpi=100)
    for counts, label in ((matched, "matched (before)"), (kept, "kept (after)")):
        ranked = np.sort(counts[counts > 0])[::-1]
        if len(ranked):
            ranks = log_spaced(len(ranked))
            ax.plot(ranks, ranked[np.array(ranks) - 1], label=label)
    ax.axhline(t, color="grey", linestyle="--", linewidth=1, label=f"t = {t:,}")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("query rank")
    ax.set_ylabel("pairs per query")
    ax.set_title("Balancing: pairs per query")
    ax.legend()
    fig.tight_layout()
    return png(fig)


def png(fig: object, **savefig: object) -> bytes:
    """A figure as PNG bytes (no software stamp, so equal figures give equal bytes); closed."""
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None}, **savefig)
    plt.close(fig)
    return buffer.getvalue()
