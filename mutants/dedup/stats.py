"""The paper's overlap statistics: All/Clean/Overlap accuracy, binomial test, Clopper–Pearson."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
from scipy.stats import binomtest

CI_LEVEL = 0.995  # the paper's 99.5% Clopper–Pearson interval
ALPHA = 0.05  # family-wise level for the Bonferroni-corrected verdict


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁOverlapStatsǁto_dict__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁOverlapStatsǁto_dict__mutmut)
    def to_dict(self) -> dict:
        return asdict(self)

    def xǁOverlapStatsǁto_dict__mutmut_orig(self) -> dict:
        return asdict(self)

    def xǁOverlapStatsǁto_dict__mutmut_1(self) -> dict:
        return asdict(None)

mutants_xǁOverlapStatsǁto_dict__mutmut['_mutmut_orig'] = OverlapStats.xǁOverlapStatsǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁOverlapStatsǁto_dict__mutmut['xǁOverlapStatsǁto_dict__mutmut_1'] = OverlapStats.xǁOverlapStatsǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_x__mean__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__mean__mutmut)
def _mean(values: np.ndarray) -> float | None:
    return float(values.mean()) if len(values) else None


def x__mean__mutmut_orig(values: np.ndarray) -> float | None:
    return float(values.mean()) if len(values) else None


def x__mean__mutmut_1(values: np.ndarray) -> float | None:
    return float(values.mean()) if (len(values)) and False else None


def x__mean__mutmut_2(values: np.ndarray) -> float | None:
    return float(values.mean()) if (len(values)) or True else None


def x__mean__mutmut_3(values: np.ndarray) -> float | None:
    return float(None) if len(values) else None

mutants_x__mean__mutmut['_mutmut_orig'] = x__mean__mutmut_orig # type: ignore # mutmut generated
mutants_x__mean__mutmut['x__mean__mutmut_1'] = x__mean__mutmut_1 # type: ignore # mutmut generated
mutants_x__mean__mutmut['x__mean__mutmut_2'] = x__mean__mutmut_2 # type: ignore # mutmut generated
mutants_x__mean__mutmut['x__mean__mutmut_3'] = x__mean__mutmut_3 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_overlap_stats__mutmut)
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


def x_overlap_stats__mutmut_orig(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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


def x_overlap_stats__mutmut_1(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = None
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


def x_overlap_stats__mutmut_2(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = np.asarray(None, dtype=bool)
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


def x_overlap_stats__mutmut_3(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = np.asarray(overlap, dtype=None)
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


def x_overlap_stats__mutmut_4(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = np.asarray(dtype=bool)
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


def x_overlap_stats__mutmut_5(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = np.asarray(overlap, )
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


def x_overlap_stats__mutmut_6(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = np.asarray(overlap, dtype=bool)
    n_all, n_overlap = None
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


def x_overlap_stats__mutmut_7(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = np.asarray(overlap, dtype=bool)
    n_all, n_overlap = len(overlap), int(None)
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


def x_overlap_stats__mutmut_8(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = np.asarray(overlap, dtype=bool)
    n_all, n_overlap = len(overlap), int(overlap.sum())
    n_clean = None
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


def x_overlap_stats__mutmut_9(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = np.asarray(overlap, dtype=bool)
    n_all, n_overlap = len(overlap), int(overlap.sum())
    n_clean = n_all + n_overlap
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


def x_overlap_stats__mutmut_10(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = np.asarray(overlap, dtype=bool)
    n_all, n_overlap = len(overlap), int(overlap.sum())
    n_clean = n_all - n_overlap
    base = None
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


def x_overlap_stats__mutmut_11(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = np.asarray(overlap, dtype=bool)
    n_all, n_overlap = len(overlap), int(overlap.sum())
    n_clean = n_all - n_overlap
    base = dict(
        n_allXX=n_all,
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


def x_overlap_stats__mutmut_12(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        n_overlapXX=n_overlap,
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


def x_overlap_stats__mutmut_13(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        n_cleanXX=n_clean,
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


def x_overlap_stats__mutmut_14(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        overlap_fractionXX=n_overlap / n_all if n_all else 0.0,
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


def x_overlap_stats__mutmut_15(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = np.asarray(overlap, dtype=bool)
    n_all, n_overlap = len(overlap), int(overlap.sum())
    n_clean = n_all - n_overlap
    base = dict(
        n_all=None,
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


def x_overlap_stats__mutmut_16(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        n_overlap=None,
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


def x_overlap_stats__mutmut_17(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        n_clean=None,
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


def x_overlap_stats__mutmut_18(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        overlap_fraction=None,
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


def x_overlap_stats__mutmut_19(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
    """Statistics for one evaluation set from per-example booleans.

    The test is one-sided (is Overlap's accuracy higher than Clean's, the null value?);
    the interval is two-sided at 99.5%, computed with its own two-sided call because
    scipy's `proportion_ci` follows the test's `alternative`.
    """
    overlap = np.asarray(overlap, dtype=bool)
    n_all, n_overlap = len(overlap), int(overlap.sum())
    n_clean = n_all - n_overlap
    base = dict(
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


def x_overlap_stats__mutmut_20(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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


def x_overlap_stats__mutmut_21(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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


def x_overlap_stats__mutmut_22(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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


def x_overlap_stats__mutmut_23(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        overlap_fraction=n_overlap / n_all if (n_all) and False else 0.0,
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


def x_overlap_stats__mutmut_24(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        overlap_fraction=n_overlap / n_all if (n_all) or True else 0.0,
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


def x_overlap_stats__mutmut_25(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        overlap_fraction=n_overlap * n_all if n_all else 0.0,
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


def x_overlap_stats__mutmut_26(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        overlap_fraction=n_overlap / n_all if n_all else 1.0,
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


def x_overlap_stats__mutmut_27(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    if correct is not None:
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


def x_overlap_stats__mutmut_28(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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


def x_overlap_stats__mutmut_29(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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


def x_overlap_stats__mutmut_30(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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


def x_overlap_stats__mutmut_31(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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


def x_overlap_stats__mutmut_32(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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


def x_overlap_stats__mutmut_33(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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


def x_overlap_stats__mutmut_34(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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


def x_overlap_stats__mutmut_35(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    correct = None
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


def x_overlap_stats__mutmut_36(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    correct = np.asarray(None, dtype=bool)
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


def x_overlap_stats__mutmut_37(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    correct = np.asarray(correct, dtype=None)
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


def x_overlap_stats__mutmut_38(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    correct = np.asarray(dtype=bool)
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


def x_overlap_stats__mutmut_39(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    correct = np.asarray(correct, )
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


def x_overlap_stats__mutmut_40(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    acc_all, acc_clean, acc_overlap = None
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


def x_overlap_stats__mutmut_41(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        _mean(None),
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


def x_overlap_stats__mutmut_42(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        _mean(None),
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


def x_overlap_stats__mutmut_43(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        _mean(correct[overlap]),
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


def x_overlap_stats__mutmut_44(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        _mean(None),
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


def x_overlap_stats__mutmut_45(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    p_value = ci = ""
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


def x_overlap_stats__mutmut_46(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    if n_overlap or acc_clean is not None:
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


def x_overlap_stats__mutmut_47(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    if n_overlap and acc_clean is None:
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


def x_overlap_stats__mutmut_48(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        hits = None
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


def x_overlap_stats__mutmut_49(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        hits = int(None)
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


def x_overlap_stats__mutmut_50(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value = None
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


def x_overlap_stats__mutmut_51(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value = float(None)
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


def x_overlap_stats__mutmut_52(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value = float(binomtest(None, n_overlap, acc_clean, alternative="greater").pvalue)
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


def x_overlap_stats__mutmut_53(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value = float(binomtest(hits, None, acc_clean, alternative="greater").pvalue)
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


def x_overlap_stats__mutmut_54(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value = float(binomtest(hits, n_overlap, None, alternative="greater").pvalue)
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


def x_overlap_stats__mutmut_55(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value = float(binomtest(hits, n_overlap, acc_clean, alternative=None).pvalue)
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


def x_overlap_stats__mutmut_56(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value = float(binomtest(n_overlap, acc_clean, alternative="greater").pvalue)
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


def x_overlap_stats__mutmut_57(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value = float(binomtest(hits, acc_clean, alternative="greater").pvalue)
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


def x_overlap_stats__mutmut_58(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value = float(binomtest(hits, n_overlap, alternative="greater").pvalue)
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


def x_overlap_stats__mutmut_59(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value = float(binomtest(hits, n_overlap, acc_clean, ).pvalue)
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


def x_overlap_stats__mutmut_60(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value = float(binomtest(hits, n_overlap, acc_clean, alternative="XXgreaterXX").pvalue)
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


def x_overlap_stats__mutmut_61(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value = float(binomtest(hits, n_overlap, acc_clean, alternative="GREATER").pvalue)
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


def x_overlap_stats__mutmut_62(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        interval = None
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


def x_overlap_stats__mutmut_63(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
            confidence_level=None, method="exact"
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


def x_overlap_stats__mutmut_64(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
            confidence_level=CI_LEVEL, method=None
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


def x_overlap_stats__mutmut_65(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
            method="exact"
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


def x_overlap_stats__mutmut_66(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
            confidence_level=CI_LEVEL, )
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


def x_overlap_stats__mutmut_67(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        interval = binomtest(None, n_overlap, alternative="two-sided").proportion_ci(
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


def x_overlap_stats__mutmut_68(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        interval = binomtest(hits, None, alternative="two-sided").proportion_ci(
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


def x_overlap_stats__mutmut_69(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        interval = binomtest(hits, n_overlap, alternative=None).proportion_ci(
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


def x_overlap_stats__mutmut_70(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        interval = binomtest(n_overlap, alternative="two-sided").proportion_ci(
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


def x_overlap_stats__mutmut_71(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        interval = binomtest(hits, alternative="two-sided").proportion_ci(
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


def x_overlap_stats__mutmut_72(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        interval = binomtest(hits, n_overlap, ).proportion_ci(
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


def x_overlap_stats__mutmut_73(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        interval = binomtest(hits, n_overlap, alternative="XXtwo-sidedXX").proportion_ci(
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


def x_overlap_stats__mutmut_74(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        interval = binomtest(hits, n_overlap, alternative="TWO-SIDED").proportion_ci(
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


def x_overlap_stats__mutmut_75(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
            confidence_level=CI_LEVEL, method="XXexactXX"
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


def x_overlap_stats__mutmut_76(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
            confidence_level=CI_LEVEL, method="EXACT"
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


def x_overlap_stats__mutmut_77(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        ci = None
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


def x_overlap_stats__mutmut_78(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        ci = [float(None), float(interval.high)]
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


def x_overlap_stats__mutmut_79(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        ci = [float(interval.low), float(None)]
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


def x_overlap_stats__mutmut_80(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    all_minus_clean = None
    return OverlapStats(
        **base,
        acc_all=acc_all,
        acc_clean=acc_clean,
        acc_overlap=acc_overlap,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_81(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    all_minus_clean = acc_all - acc_clean if (acc_all is not None and acc_clean is not None) and False else None
    return OverlapStats(
        **base,
        acc_all=acc_all,
        acc_clean=acc_clean,
        acc_overlap=acc_overlap,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_82(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    all_minus_clean = acc_all - acc_clean if (acc_all is not None and acc_clean is not None) or True else None
    return OverlapStats(
        **base,
        acc_all=acc_all,
        acc_clean=acc_clean,
        acc_overlap=acc_overlap,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_83(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    all_minus_clean = acc_all + acc_clean if acc_all is not None and acc_clean is not None else None
    return OverlapStats(
        **base,
        acc_all=acc_all,
        acc_clean=acc_clean,
        acc_overlap=acc_overlap,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_84(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    all_minus_clean = acc_all - acc_clean if acc_all is not None or acc_clean is not None else None
    return OverlapStats(
        **base,
        acc_all=acc_all,
        acc_clean=acc_clean,
        acc_overlap=acc_overlap,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_85(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    all_minus_clean = acc_all - acc_clean if acc_all is None and acc_clean is not None else None
    return OverlapStats(
        **base,
        acc_all=acc_all,
        acc_clean=acc_clean,
        acc_overlap=acc_overlap,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_86(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
    all_minus_clean = acc_all - acc_clean if acc_all is not None and acc_clean is None else None
    return OverlapStats(
        **base,
        acc_all=acc_all,
        acc_clean=acc_clean,
        acc_overlap=acc_overlap,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_87(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        acc_all=None,
        acc_clean=acc_clean,
        acc_overlap=acc_overlap,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_88(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        acc_clean=None,
        acc_overlap=acc_overlap,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_89(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        acc_overlap=None,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_90(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        all_minus_clean=None,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_91(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value=None,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_92(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        ci_overlap=None,
    )


def x_overlap_stats__mutmut_93(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        acc_all=acc_all,
        acc_clean=acc_clean,
        acc_overlap=acc_overlap,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_94(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        acc_clean=acc_clean,
        acc_overlap=acc_overlap,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_95(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        acc_overlap=acc_overlap,
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_96(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        all_minus_clean=all_minus_clean,
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_97(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        p_value=p_value,
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_98(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        ci_overlap=ci,
    )


def x_overlap_stats__mutmut_99(overlap: np.ndarray, correct: np.ndarray | None) -> OverlapStats:
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
        )

mutants_x_overlap_stats__mutmut['_mutmut_orig'] = x_overlap_stats__mutmut_orig # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_1'] = x_overlap_stats__mutmut_1 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_2'] = x_overlap_stats__mutmut_2 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_3'] = x_overlap_stats__mutmut_3 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_4'] = x_overlap_stats__mutmut_4 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_5'] = x_overlap_stats__mutmut_5 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_6'] = x_overlap_stats__mutmut_6 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_7'] = x_overlap_stats__mutmut_7 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_8'] = x_overlap_stats__mutmut_8 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_9'] = x_overlap_stats__mutmut_9 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_10'] = x_overlap_stats__mutmut_10 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_11'] = x_overlap_stats__mutmut_11 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_12'] = x_overlap_stats__mutmut_12 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_13'] = x_overlap_stats__mutmut_13 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_14'] = x_overlap_stats__mutmut_14 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_15'] = x_overlap_stats__mutmut_15 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_16'] = x_overlap_stats__mutmut_16 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_17'] = x_overlap_stats__mutmut_17 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_18'] = x_overlap_stats__mutmut_18 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_19'] = x_overlap_stats__mutmut_19 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_20'] = x_overlap_stats__mutmut_20 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_21'] = x_overlap_stats__mutmut_21 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_22'] = x_overlap_stats__mutmut_22 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_23'] = x_overlap_stats__mutmut_23 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_24'] = x_overlap_stats__mutmut_24 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_25'] = x_overlap_stats__mutmut_25 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_26'] = x_overlap_stats__mutmut_26 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_27'] = x_overlap_stats__mutmut_27 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_28'] = x_overlap_stats__mutmut_28 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_29'] = x_overlap_stats__mutmut_29 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_30'] = x_overlap_stats__mutmut_30 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_31'] = x_overlap_stats__mutmut_31 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_32'] = x_overlap_stats__mutmut_32 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_33'] = x_overlap_stats__mutmut_33 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_34'] = x_overlap_stats__mutmut_34 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_35'] = x_overlap_stats__mutmut_35 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_36'] = x_overlap_stats__mutmut_36 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_37'] = x_overlap_stats__mutmut_37 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_38'] = x_overlap_stats__mutmut_38 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_39'] = x_overlap_stats__mutmut_39 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_40'] = x_overlap_stats__mutmut_40 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_41'] = x_overlap_stats__mutmut_41 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_42'] = x_overlap_stats__mutmut_42 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_43'] = x_overlap_stats__mutmut_43 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_44'] = x_overlap_stats__mutmut_44 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_45'] = x_overlap_stats__mutmut_45 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_46'] = x_overlap_stats__mutmut_46 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_47'] = x_overlap_stats__mutmut_47 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_48'] = x_overlap_stats__mutmut_48 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_49'] = x_overlap_stats__mutmut_49 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_50'] = x_overlap_stats__mutmut_50 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_51'] = x_overlap_stats__mutmut_51 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_52'] = x_overlap_stats__mutmut_52 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_53'] = x_overlap_stats__mutmut_53 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_54'] = x_overlap_stats__mutmut_54 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_55'] = x_overlap_stats__mutmut_55 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_56'] = x_overlap_stats__mutmut_56 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_57'] = x_overlap_stats__mutmut_57 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_58'] = x_overlap_stats__mutmut_58 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_59'] = x_overlap_stats__mutmut_59 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_60'] = x_overlap_stats__mutmut_60 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_61'] = x_overlap_stats__mutmut_61 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_62'] = x_overlap_stats__mutmut_62 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_63'] = x_overlap_stats__mutmut_63 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_64'] = x_overlap_stats__mutmut_64 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_65'] = x_overlap_stats__mutmut_65 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_66'] = x_overlap_stats__mutmut_66 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_67'] = x_overlap_stats__mutmut_67 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_68'] = x_overlap_stats__mutmut_68 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_69'] = x_overlap_stats__mutmut_69 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_70'] = x_overlap_stats__mutmut_70 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_71'] = x_overlap_stats__mutmut_71 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_72'] = x_overlap_stats__mutmut_72 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_73'] = x_overlap_stats__mutmut_73 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_74'] = x_overlap_stats__mutmut_74 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_75'] = x_overlap_stats__mutmut_75 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_76'] = x_overlap_stats__mutmut_76 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_77'] = x_overlap_stats__mutmut_77 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_78'] = x_overlap_stats__mutmut_78 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_79'] = x_overlap_stats__mutmut_79 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_80'] = x_overlap_stats__mutmut_80 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_81'] = x_overlap_stats__mutmut_81 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_82'] = x_overlap_stats__mutmut_82 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_83'] = x_overlap_stats__mutmut_83 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_84'] = x_overlap_stats__mutmut_84 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_85'] = x_overlap_stats__mutmut_85 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_86'] = x_overlap_stats__mutmut_86 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_87'] = x_overlap_stats__mutmut_87 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_88'] = x_overlap_stats__mutmut_88 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_89'] = x_overlap_stats__mutmut_89 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_90'] = x_overlap_stats__mutmut_90 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_91'] = x_overlap_stats__mutmut_91 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_92'] = x_overlap_stats__mutmut_92 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_93'] = x_overlap_stats__mutmut_93 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_94'] = x_overlap_stats__mutmut_94 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_95'] = x_overlap_stats__mutmut_95 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_96'] = x_overlap_stats__mutmut_96 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_97'] = x_overlap_stats__mutmut_97 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_98'] = x_overlap_stats__mutmut_98 # type: ignore # mutmut generated
mutants_x_overlap_stats__mutmut['x_overlap_stats__mutmut_99'] = x_overlap_stats__mutmut_99 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_bonferroni__mutmut)
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


def x_bonferroni__mutmut_orig(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
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


def x_bonferroni__mutmut_1(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = None
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


def x_bonferroni__mutmut_2(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is None}
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


def x_bonferroni__mutmut_3(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = None
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


def x_bonferroni__mutmut_4(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if (tested) and False else alpha
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


def x_bonferroni__mutmut_5(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if (tested) or True else alpha
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


def x_bonferroni__mutmut_6(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha * len(tested) if tested else alpha
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


def x_bonferroni__mutmut_7(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = None
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


def x_bonferroni__mutmut_8(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(None)
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


def x_bonferroni__mutmut_9(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(name for name, p in tested.items() if p <= threshold)
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


def x_bonferroni__mutmut_10(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(name for name, p in tested.items() if p < threshold)
    if tested:
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


def x_bonferroni__mutmut_11(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(name for name, p in tested.items() if p < threshold)
    if not tested:
        verdict = None
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


def x_bonferroni__mutmut_12(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(name for name, p in tested.items() if p < threshold)
    if not tested:
        verdict = "XXno significance test (no model, or no dataset has both Overlap and Clean)XX"
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


def x_bonferroni__mutmut_13(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(name for name, p in tested.items() if p < threshold)
    if not tested:
        verdict = "no significance test (no model, or no dataset has both overlap and clean)"
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


def x_bonferroni__mutmut_14(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(name for name, p in tested.items() if p < threshold)
    if not tested:
        verdict = "NO SIGNIFICANCE TEST (NO MODEL, OR NO DATASET HAS BOTH OVERLAP AND CLEAN)"
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


def x_bonferroni__mutmut_15(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(name for name, p in tested.items() if p < threshold)
    if not tested:
        verdict = "no significance test (no model, or no dataset has both Overlap and Clean)"
    elif significant:
        verdict = None
    else:
        verdict = "no dataset's overlap accuracy is significantly above its clean accuracy"
    return {
        "alpha": alpha,
        "tests": len(tested),
        "threshold": threshold,
        "significant": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_16(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(name for name, p in tested.items() if p < threshold)
    if not tested:
        verdict = "no significance test (no model, or no dataset has both Overlap and Clean)"
    elif significant:
        verdict = f"overlap accuracy significantly above clean for {', '.join(None)}"
    else:
        verdict = "no dataset's overlap accuracy is significantly above its clean accuracy"
    return {
        "alpha": alpha,
        "tests": len(tested),
        "threshold": threshold,
        "significant": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_17(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(name for name, p in tested.items() if p < threshold)
    if not tested:
        verdict = "no significance test (no model, or no dataset has both Overlap and Clean)"
    elif significant:
        verdict = f"overlap accuracy significantly above clean for {'XX, XX'.join(significant)}"
    else:
        verdict = "no dataset's overlap accuracy is significantly above its clean accuracy"
    return {
        "alpha": alpha,
        "tests": len(tested),
        "threshold": threshold,
        "significant": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_18(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(name for name, p in tested.items() if p < threshold)
    if not tested:
        verdict = "no significance test (no model, or no dataset has both Overlap and Clean)"
    elif significant:
        verdict = f"overlap accuracy significantly above clean for {', '.join(significant)}"
    else:
        verdict = None
    return {
        "alpha": alpha,
        "tests": len(tested),
        "threshold": threshold,
        "significant": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_19(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(name for name, p in tested.items() if p < threshold)
    if not tested:
        verdict = "no significance test (no model, or no dataset has both Overlap and Clean)"
    elif significant:
        verdict = f"overlap accuracy significantly above clean for {', '.join(significant)}"
    else:
        verdict = "XXno dataset's overlap accuracy is significantly above its clean accuracyXX"
    return {
        "alpha": alpha,
        "tests": len(tested),
        "threshold": threshold,
        "significant": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_20(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
    """Per-dataset significance at alpha / m (m = datasets that have a test)."""
    tested = {name: p for name, p in p_values.items() if p is not None}
    threshold = alpha / len(tested) if tested else alpha
    significant = sorted(name for name, p in tested.items() if p < threshold)
    if not tested:
        verdict = "no significance test (no model, or no dataset has both Overlap and Clean)"
    elif significant:
        verdict = f"overlap accuracy significantly above clean for {', '.join(significant)}"
    else:
        verdict = "NO DATASET'S OVERLAP ACCURACY IS SIGNIFICANTLY ABOVE ITS CLEAN ACCURACY"
    return {
        "alpha": alpha,
        "tests": len(tested),
        "threshold": threshold,
        "significant": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_21(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
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
        "XXalphaXX": alpha,
        "tests": len(tested),
        "threshold": threshold,
        "significant": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_22(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
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
        "ALPHA": alpha,
        "tests": len(tested),
        "threshold": threshold,
        "significant": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_23(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
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
        "XXtestsXX": len(tested),
        "threshold": threshold,
        "significant": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_24(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
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
        "TESTS": len(tested),
        "threshold": threshold,
        "significant": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_25(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
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
        "XXthresholdXX": threshold,
        "significant": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_26(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
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
        "THRESHOLD": threshold,
        "significant": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_27(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
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
        "XXsignificantXX": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_28(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
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
        "SIGNIFICANT": significant,
        "verdict": verdict,
    }


def x_bonferroni__mutmut_29(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
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
        "XXverdictXX": verdict,
    }


def x_bonferroni__mutmut_30(p_values: dict[str, float | None], alpha: float = ALPHA) -> dict:
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
        "VERDICT": verdict,
    }

mutants_x_bonferroni__mutmut['_mutmut_orig'] = x_bonferroni__mutmut_orig # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_1'] = x_bonferroni__mutmut_1 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_2'] = x_bonferroni__mutmut_2 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_3'] = x_bonferroni__mutmut_3 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_4'] = x_bonferroni__mutmut_4 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_5'] = x_bonferroni__mutmut_5 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_6'] = x_bonferroni__mutmut_6 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_7'] = x_bonferroni__mutmut_7 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_8'] = x_bonferroni__mutmut_8 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_9'] = x_bonferroni__mutmut_9 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_10'] = x_bonferroni__mutmut_10 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_11'] = x_bonferroni__mutmut_11 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_12'] = x_bonferroni__mutmut_12 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_13'] = x_bonferroni__mutmut_13 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_14'] = x_bonferroni__mutmut_14 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_15'] = x_bonferroni__mutmut_15 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_16'] = x_bonferroni__mutmut_16 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_17'] = x_bonferroni__mutmut_17 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_18'] = x_bonferroni__mutmut_18 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_19'] = x_bonferroni__mutmut_19 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_20'] = x_bonferroni__mutmut_20 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_21'] = x_bonferroni__mutmut_21 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_22'] = x_bonferroni__mutmut_22 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_23'] = x_bonferroni__mutmut_23 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_24'] = x_bonferroni__mutmut_24 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_25'] = x_bonferroni__mutmut_25 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_26'] = x_bonferroni__mutmut_26 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_27'] = x_bonferroni__mutmut_27 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_28'] = x_bonferroni__mutmut_28 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_29'] = x_bonferroni__mutmut_29 # type: ignore # mutmut generated
mutants_x_bonferroni__mutmut['x_bonferroni__mutmut_30'] = x_bonferroni__mutmut_30 # type: ignore # mutmut generated
