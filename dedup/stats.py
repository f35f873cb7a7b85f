"""The paper's overlap statistics: All/Clean/Overlap accuracy, binomial test, Clopper–Pearson."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
from scipy.stats import binomtest

CI_LEVEL = 0.995  # the paper's 99.5% Clopper–Pearson interval
ALPHA = 0.05  # family-wise level for the Bonferroni-corrected verdict


@dataclass
class OverlapStats:
    n_all: int
    n_overlap: int
    n_clean: int
    overlap_fraction: float
    acc_all: float | None
    acc_clean: float | None
    acc_overlap: float | None
    all_minus_clean: float | None
    p_value: float | None
    ci_overlap: list[float] | None

    def to_dict(self) -> dict:
        return asdict(self)


def _mean(values: np.ndarray) -> float | None:
    return float(values.mean()) if len(values) else None


def overlap_stats(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = np.asarray(overlap, dtype=bool)
    n_all, n_overlap = len(overlap), int(overlap.sum())
    n_clean = n_all - n_overlap
    base = dict(
        n_all=n_all,
        n_overlap=n_overlap,
        n_clean=n_clean,
        overlap_fraction=n_overlap / n_all if n_all else 0.0,
    )
    if correct is None:
        return OverlapStats(
            **base,
            acc_all=None,
            acc_clean=None,
            acc_overlap=None,
            all_minus_clean=None,
            p_value=None,
            ci_overlap=None,
        )
    correct = np.asarray(correct, dtype=bool)
    acc_all, acc_clean, acc_overlap = (
        _mean(correct),
        _mean(correct[~overlap]),
        _mean(correct[overlap]),
    )
    p_value = ci = None
    if n_overlap and acc_clean is not None:
        hits = int(correct[overlap].sum())
        p_value = float(binomtest(hits, n_overlap, acc_clean, alternative="greater").pvalue)
        interval = binomtest(hits, n_overlap, alternative="two-sided").proportion_ci(
            confidence_level=CI_LEVEL, method="exact"
        )
        ci = [float(interval.low), float(interval.high)]
    all_minus_clean = acc_all - acc_clean if acc_all is not None and acc_clean is not None else None
    return OverlapStats(
        **base,
        acc_all=acc_all,
        acc_clean=acc_clean,
        acc_overlap=acc_overlap,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def bonferroni(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(name for name, p in tested.items() if p < threshold)
    if not tested:
        verdict = "no significance test (no model, or no dataset has both Overlap and Clean)"
    elif significant:
        verdict = f"overlap accuracy significantly above clean for {', '.join(significant)}"
    else:
        verdict = "no dataset's overlap accuracy is significantly above its clean accuracy"
    return {
        "alpha": alpha,
        "tests": len(tested),
        "threshold": threshold,
        "significant": significant,
        "verdict": verdict,
    }
