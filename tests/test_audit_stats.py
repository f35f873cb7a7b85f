"""The audit's statistics against values computed independently with scipy."""

import numpy as np
import pytest
from scipy.stats import beta, binom, binomtest

from dedup.stats import CI_LEVEL, bonferroni, overlap_stats


def _flags(n_overlap, hits_overlap, n_clean, hits_clean):
    overlap = np.array([True] * n_overlap + [False] * n_clean)
    correct = np.array(
        [True] * hits_overlap
        + [False] * (n_overlap - hits_overlap)
        + [True] * hits_clean
        + [False] * (n_clean - hits_clean)
    )
    return overlap, correct


def test_known_counts_match_scipy():
    stats = overlap_stats(*_flags(40, 30, 960, 600))
    assert (stats.n_all, stats.n_overlap, stats.n_clean) == (1000, 40, 960)
    assert stats.acc_all == pytest.approx(630 / 1000)
    assert stats.acc_clean == pytest.approx(600 / 960)
    assert stats.acc_overlap == pytest.approx(30 / 40)
    assert stats.all_minus_clean == pytest.approx(0.63 - 0.625)
    # one-sided: P(X >= 30) for X ~ Binomial(40, clean accuracy)
    assert stats.p_value == pytest.approx(binom.sf(29, 40, 0.625), rel=1e-9)
    # two-sided 99.5% Clopper-Pearson from beta quantiles
    tail = (1 - CI_LEVEL) / 2
    assert stats.ci_overlap[0] == pytest.approx(beta.ppf(tail, 30, 11), rel=1e-7)
    assert stats.ci_overlap[1] == pytest.approx(beta.ppf(1 - tail, 31, 10), rel=1e-7)


def test_interval_is_two_sided_not_the_tests_one_sided_interval():
    stats = overlap_stats(*_flags(40, 30, 960, 600))
    one_sided = binomtest(30, 40, 0.625, alternative="greater").proportion_ci(CI_LEVEL, "exact")
    assert one_sided.high == 1.0 and stats.ci_overlap[1] < 1.0
    assert stats.ci_overlap[0] < one_sided.low


def test_extreme_counts():
    none_right = overlap_stats(*_flags(10, 0, 90, 45))
    assert none_right.ci_overlap[0] == 0.0
    assert none_right.ci_overlap[1] == pytest.approx(1 - ((1 - CI_LEVEL) / 2) ** (1 / 10))
    assert none_right.p_value == pytest.approx(1.0)
    all_right = overlap_stats(*_flags(10, 10, 90, 45))
    assert all_right.ci_overlap[1] == 1.0
    assert all_right.p_value == pytest.approx(0.5**10)


def test_no_overlap_and_no_model():
    empty = overlap_stats(*_flags(0, 0, 50, 20))
    assert empty.n_overlap == 0 and empty.p_value is None and empty.ci_overlap is None
    assert empty.acc_overlap is None and empty.all_minus_clean == pytest.approx(0.0)
    no_model = overlap_stats(np.array([True, False, False]), None)
    assert no_model.overlap_fraction == pytest.approx(1 / 3) and no_model.acc_all is None


def test_bonferroni_divides_alpha_by_tested_datasets():
    result = bonferroni({"a": 0.01, "b": 0.03, "c": None})
    assert result["tests"] == 2 and result["threshold"] == pytest.approx(0.025)
    assert result["significant"] == ["a"]
    assert "a" in result["verdict"]
    assert bonferroni({"a": None})["significant"] == []


def test_the_interval_is_the_papers_99_5_percent_pinned_as_numbers():
    # 30 of 40 right: Beta(0.0025; 30, 11) and Beta(0.9975; 31, 10), looked up once with
    # scipy.stats.beta; at 95% the bounds would be 0.588 and 0.873 instead.
    stats = overlap_stats(*_flags(40, 30, 960, 600))
    assert stats.ci_overlap == pytest.approx([0.520213, 0.909286], abs=1e-6)
    assert CI_LEVEL == 0.995


def test_a_set_that_overlaps_entirely_has_no_clean_baseline():
    every = overlap_stats(np.ones(20, bool), np.array([True] * 15 + [False] * 5))
    assert (every.n_overlap, every.n_clean) == (20, 0)
    assert every.acc_overlap == pytest.approx(0.75) and every.acc_clean is None
    assert every.p_value is None and every.all_minus_clean is None


def test_zero_one_integers_are_read_as_booleans():
    stats = overlap_stats([1, 0, 0, 1], [1, 1, 0, 0])
    assert (stats.n_overlap, stats.acc_overlap, stats.acc_clean) == (2, 0.5, 0.5)
    assert overlap_stats(np.zeros(0, bool), None).overlap_fraction == 0.0


def test_bonferroni_threshold_is_strict_and_its_verdicts_are_worded():
    at_threshold = bonferroni({"a": 0.025, "b": 0.5})
    assert at_threshold["significant"] == []
    assert at_threshold["verdict"] == (
        "no dataset's overlap accuracy is significantly above its clean accuracy"
    )
    both = bonferroni({"b": 0.001, "a": 0.002})
    assert both["verdict"] == "overlap accuracy significantly above clean for a, b"
    none = bonferroni({"a": None})
    assert none["verdict"] == (
        "no significance test (no model, or no dataset has both Overlap and Clean)"
    )
    assert none["alpha"] == 0.05 and none["threshold"] == 0.05


def test_to_dict_names_every_statistic():
    stats = overlap_stats(np.array([True, False, False]), None)
    assert stats.to_dict() == {
        "n_all": 3,
        "n_overlap": 1,
        "n_clean": 2,
        "overlap_fraction": 1 / 3,
        "acc_all": None,
        "acc_clean": None,
        "acc_overlap": None,
        "all_minus_clean": None,
        "p_value": None,
        "ci_overlap": None,
    }
