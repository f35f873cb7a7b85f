"""The matching form of a query and a text (`queries.text`), pinned by hand-written values.

MetaCLIP's `spacing()` (metaclip/substr_matching.py) puts a space on each side of seven
characters, then a query matches when " query " occurs in " text ". OpenWIT differs from it
on purpose in the ways the README lists; each difference has a test here.
"""

from __future__ import annotations

import pytest

from pipeline.match import Matcher
from queries.merge import candidate, merge, ranked
from queries.text import normalize, pad_for_matching


@pytest.mark.parametrize("mark", [",", ".", ";", ":", "?", "!", "`"])
def test_metaclips_seven_characters_are_spaced_out(mark):
    assert pad_for_matching(f"a cat{mark}dog") == f" a cat {mark} dog "
    assert Matcher.of([(7, "cat")]).match(f"the cat{mark}") == (7,)


@pytest.mark.parametrize("mark", ["'", '"', "-", "(", ")", "/", "&", "%"])
def test_other_punctuation_stays_part_of_the_word(mark):
    assert pad_for_matching(f"a cat{mark}dog") == f" a cat{mark}dog "
    assert Matcher.of([(7, "cat")]).match(f"the cat{mark}dog") == ()


def test_matching_is_case_sensitive_and_on_word_boundaries():
    matcher = Matcher.of([(1, "Paris"), (2, "cat")])
    assert matcher.match("Paris in spring") == (1,)
    assert matcher.match("paris in spring") == ()
    assert matcher.match("a catalogue of cats") == ()


def test_difference_queries_get_the_same_padding():
    # MetaCLIP pads only the text, so " St. Louis " never occurs in " St . Louis ".
    assert pad_for_matching("St. Louis") == " St . Louis "
    assert Matcher.of([(3, "St. Louis")]).match("Arch of St. Louis.") == (3,)


def test_difference_every_whitespace_run_collapses():
    # MetaCLIP maps only tab, CR and LF to a space; a double space would break a match.
    assert pad_for_matching("a  red\u00a0\tcar") == " a red car "
    assert Matcher.of([(4, "red car")]).match("a red  car") == (4,)
    assert normalize(" two\u2003words \n") == "two words"


def test_two_queries_with_the_same_matching_form_keep_both_ids():
    # "U.S." and "U. S." both pad to " U . S . "; a text containing it matches both.
    matcher = Matcher.of([(10, "U.S."), (11, "U. S."), (12, "other")])
    assert matcher.match("made in the U.S.") == (10, 11)


def test_merge_counts_every_dropped_candidate_by_reason():
    """`merge` (queries/merge.py) drops by the normalised form: two more " cat"s are
    duplicates, "?" and a tab are punctuation or empty; with a cap of 3 the list is full
    after "bird", so "fish" and "eel" are over the cap. Each reason counts every drop."""
    candidates = [
        candidate("wordnet", (0, 1), "cat", None),
        candidate("wordnet", (0, 2), "cat ", None),
        candidate("wordnet", (0, 3), "?", None),
        candidate("wordnet", (0, 4), "\t", None),
        candidate("wordnet", (0, 5), " cat", None),
        ranked("unigram", "dog", 9),
        ranked("unigram", "bird", 8),
        ranked("unigram", "fish", 7),
        ranked("unigram", "eel", 6),
    ]
    queries, per_source = merge(candidates, max_queries=3)
    assert [q.query for q in queries] == ["cat", "dog", "bird"]
    assert per_source["wordnet"] == {
        "candidates": 5,
        "kept": 1,
        "dropped_duplicate": 2,
        "dropped_empty_or_punctuation": 2,
    }
    assert per_source["unigram"] == {"candidates": 4, "kept": 2, "dropped_over_cap": 2}
