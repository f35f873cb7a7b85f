"""The query list: its parts alone, then the real Beam job on small files in real formats."""

from __future__ import annotations

import bz2
import gzip
import json
import logging
import math
import os
import random
import shutil
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from openwit.cli import main
from queries import pageviews, spill, wikitext, wordnet
from queries.merge import candidate, merge, pmi, ranked
from queries.synthetic import Page, write_dump, write_pageviews
from queries.text import is_punctuation_only, normalize, pad_for_matching, words

DEBIAN_WORDNET = Path("/usr/share/wordnet")

# A tiny WordNet in the real data.* format: licence lines start with two spaces.
LICENCE = "  1 This software and database is being provided to you, the LICENSEE\n"
WORDNET_LINES = {
    "noun": [
        "00001740 03 n 01 entity 0 000 | that which exists",
        "02084071 05 n 02 dog 0 domestic_dog 0 000 | a member of the genus Canis",
        "this line is broken",
    ],
    "verb": ["01166351 34 v 01 Eat 0 000 | take in solid food"],
    "adj": ["00001740 00 a 01 able(a) 0 000 | having the necessary means"],
    "adv": ["00001740 02 r 01 barely 0 000 | only just", "00001741 02 r 01 dog 0 000 | x"],
}


def make_wordnet(folder: Path) -> Path:
    folder.mkdir()
    for pos, lines in WORDNET_LINES.items():
        (folder / f"data.{pos}").write_text(LICENCE + "".join(f"{ln}\n" for ln in lines))
    return folder


ARTICLE = (
    "{{Infobox city|name=Ignored template words}}\n"
    "The '''golden gate''' bridge spans the [[strait|golden gate]] strait.<ref>ref words</ref>\n"
    '{| class="wikitable"\n|-\n| tablecell || tablecell\n|}\n'
    "[[File:Bridge.jpg|thumb|caption words]] [[Category:Bridges]] [[fr:Pont]]\n"
    "Golden gate, golden gate park.\n"
)
PAGES = [
    Page("Golden Gate Bridge", ARTICLE),
    Page("Golden Gate", ARTICLE),
    Page("Golden Gate Strait", "#REDIRECT [[Golden Gate]]", redirect="Golden Gate"),
    Page("Talk:Golden Gate Bridge", "golden golden golden golden", namespace=1),
    Page("Empty", None),
]


def test_text_normalisation_and_matching_form():
    assert normalize("  Cafe\u0301\tau\x00 lait \n") == "Café au lait"
    assert pad_for_matching("a dog, a cat.") == " a dog , a cat . "
    assert " dog " in pad_for_matching("dog!")
    assert is_punctuation_only("!!") and is_punctuation_only("--") and not is_punctuation_only("a!")
    assert words("X-ray of a dog's paw, 2024.") == ["X-ray", "of", "a", "dog's", "paw", "2024"]


def test_plain_text_drops_markup_and_keeps_link_text():
    text = wikitext.plain_text(ARTICLE)
    assert "golden gate bridge spans the golden gate strait" in text
    for gone in (
        "Ignored",
        "template",
        "ref words",
        "tablecell",
        "caption",
        "Category",
        "Bridges",
        "Pont",
        "{",
        "[",
    ):
        assert gone not in text


def test_articles_counts_every_page_it_does_not_yield(tmp_path):
    path = tmp_path / "enwiki-1-pages-articles1.xml-p1p5.bz2"
    write_dump(str(path), PAGES)
    stats: Counter = Counter()
    with open(path, "rb") as raw:
        texts = list(wikitext.articles(wikitext.open_dump(raw, str(path)), stats))
    assert texts == [ARTICLE, ARTICLE]
    assert stats == Counter(
        pages=5, articles=2, redirect=1, not_article_namespace=1, page_without_text=1
    )


def test_invalid_utf8_is_replaced_and_counted(tmp_path):
    path = tmp_path / "dump.xml"
    write_dump(str(path), [Page("A", "good words here")])
    path.write_bytes(path.read_bytes().replace(b"good", b"g\xffod"))
    stats: Counter = Counter()
    with open(path, "rb") as raw:
        (text,) = wikitext.articles(wikitext.open_dump(raw, str(path)), stats)
    assert text == "g\ufffdod words here" and stats["pages_with_invalid_utf8"] == 1


def test_real_wordnet_has_all_synsets():
    if not (DEBIAN_WORDNET / "data.noun").exists():
        pytest.fail("Debian's wordnet-base is not installed (make test installs it)")
    stats: Counter = Counter()
    lemmas = []
    for pos in wordnet.POS_FILES:
        with open(DEBIAN_WORDNET / f"data.{pos}", encoding="utf-8") as f:
            lemmas += [lemma for _, lemma in wordnet.synsets(f, stats)]
    assert stats == Counter(wordnet_synsets=117_659)
    assert len(lemmas) == 117_659
    assert {"entity", "physical entity", "dog", "able", "eat"} <= set(lemmas)
    assert len(set(lemmas)) == 86_571  # distinct head lemmas, lower-cased as nltk names them


def test_wordnet_line_parsing():
    assert wordnet.head_lemma("00001740 00 a 01 able(a) 0 000 | x") == "able"
    assert wordnet.head_lemma("02084071 05 n 02 Domestic_Dog 0 dog 0 000 | x") == "domestic dog"
    with pytest.raises(ValueError):
        wordnet.head_lemma("not a synset")


@pytest.mark.parametrize(
    "line, reason",
    [
        (b"en Foo\n", "missing_fields"),
        (b"en Foo many 0\n", "non_numeric_views"),
        (b"en \xff\xfe 12 0\n", "invalid_utf8"),
        (b"\n", "missing_fields"),
    ],
)
def test_bad_pageview_rows_name_their_reason(line, reason):
    with pytest.raises(ValueError, match=reason):
        pageviews.parse_row(line)


def test_pageview_row_rule():
    assert pageviews.parse_row(b"en Golden_Gate_Bridge 60 0\n") == ("en", "Golden Gate Bridge", 60)
    assert pageviews.admits("en", "Golden Gate", 50, 50)
    assert not pageviews.admits("en.m", "Golden Gate", 500, 50)
    assert not pageviews.admits("en", "Talk:Golden Gate", 500, 50)
    assert not pageviews.admits("en", "Golden Gate", 49, 50)


def test_pmi_is_nltks_definition():
    assert pmi(1, 1, 1, 2**30) == pytest.approx(30.0)
    assert pmi(10, 100, 200, 10_000) == pytest.approx(math.log2(10 * 10_000 / (100 * 200)))


def test_merge_order_dedup_and_cap():
    candidates = [
        ranked("title", "Golden Gate", 900),
        ranked("unigram", "dog", 50),
        ranked("unigram", "Dog", 70),
        candidate("wordnet", (0, 2), "dog", None),
        candidate("wordnet", (0, 1), "entity", None),
        ranked("bigram", "golden gate", 31.5),
        ranked("title", "!", 1000),
        ranked("unigram", " ", 999),
    ]
    queries, per_source = merge(candidates, max_queries=10)
    assert [(q.id, q.query, q.source) for q in queries] == [
        (0, "entity", "wordnet"),
        (1, "dog", "wordnet"),
        (2, "Dog", "unigram"),
        (3, "golden gate", "bigram"),
        (4, "Golden Gate", "title"),
    ]
    assert per_source["unigram"] == {
        "candidates": 3,
        "kept": 1,
        "dropped_duplicate": 1,
        "dropped_empty_or_punctuation": 1,
    }
    capped, capped_sources = merge(candidates, max_queries=3)
    assert capped == queries[:3]
    assert capped_sources["bigram"] == {"candidates": 1, "dropped_over_cap": 1}


@pytest.fixture
def inputs(tmp_path):
    """Two dump files (one bz2), a truncated and a malformed dump, pageviews with bad rows."""
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    write_dump(str(dumps / "enwiki-20260101-pages-articles1.xml-p1p5.bz2"), PAGES)
    write_dump(str(dumps / "enwiki-20260101-pages-articles2.xml-p6p6"), [Page("Park", ARTICLE)], 6)
    full = bz2.compress((dumps / "enwiki-20260101-pages-articles2.xml-p6p6").read_bytes())
    (dumps / "enwiki-20260101-pages-articles3.xml-p7p7.bz2").write_bytes(full[: len(full) // 2])
    malformed = (dumps / "enwiki-20260101-pages-articles2.xml-p6p6").read_bytes()
    (dumps / "enwiki-20260101-pages-articles4.xml-p8p8").write_bytes(
        malformed.replace(b"</title>", b"</titel>")
    )
    views = tmp_path / "views"
    views.mkdir()
    write_pageviews(
        str(views / "pageviews-20260101-000000.gz"),
        [
            ("en", "Golden Gate Bridge", 60),
            ("en", "Golden Gate", 40),
            ("en.m", "Mobile Only", 500),
            ("en", "Talk:Golden Gate", 300),
            ("de", "Berlin", 900),
            ("en", "Popular", 80),
        ],
    )
    write_pageviews(
        str(views / "pageviews-20260101-010000.gz"),
        [("en", "Golden Gate Bridge", 55), ("en", "Golden Gate", 45)],
    )
    with gzip.open(views / "pageviews-20260101-020000.gz", "ab") as f:
        f.write(b"en Broken\nen Bad_Count x 0\nen \xff\xfe 99 0\n")
    return tmp_path, make_wordnet(tmp_path / "wordnet")


def build(inputs, out, *extra):
    root, wordnet_dir = inputs
    return main(
        [
            "queries",
            "build",
            "--wiki-dump",
            f"{root}/dumps/enwiki-*",
            "--pageviews",
            f"{root}/views/*.gz",
            "--wordnet",
            str(wordnet_dir),
            "--out",
            str(out),
            "--min-word-count",
            "6",
            "--min-bigram-count",
            "5",
            "--min-pmi",
            "1",
            "--min-title-views",
            "70",
            *extra,
        ]
    )


def read_list(out: Path) -> list[tuple]:
    table = pq.read_table(out / "queries.parquet").to_pylist()
    return [(r["id"], r["query"], r["source"], r["stat"]) for r in table]


@pytest.mark.slow
def test_beam_job_builds_exact_list_and_is_deterministic_across_workers(inputs, tmp_path):
    """The article text yields, per good article, 14 words: gate x4, golden x3, the other
    words once or twice; bigrams "golden gate" x3, the others once. Three good articles (two
    in file 1, one in file 2) triple that; the truncated and malformed files add nothing."""
    out = tmp_path / "out"
    assert build(inputs, out) == 0
    got = read_list(out)
    assert got[:5] == [
        (0, "entity", "wordnet", None),
        (1, "dog", "wordnet", None),
        (2, "eat", "wordnet", None),
        (3, "able", "wordnet", None),
        (4, "barely", "wordnet", None),
    ]
    assert got[5:] == [
        (5, "gate", "unigram", 12.0),
        (6, "golden", "unigram", 9.0),
        (7, "golden gate", "bigram", pytest.approx(pmi(9, 9, 12, 3 * 14))),
        (8, "Golden Gate Bridge", "title", 115.0),
        (9, "Popular", "title", 80.0),
    ]
    assert (out / "queries.txt").read_text().splitlines() == [row[1] for row in got]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["total_queries"] == 10
    assert manifest["sources"]["wordnet"] == {"candidates": 6, "kept": 5, "dropped_duplicate": 1}
    assert manifest["read"] == {
        "articles": 3,
        "pages": 6,
        "pageview_rows": 11,
        "wordnet_synsets": 6,
    }
    assert manifest["skipped"] == {
        "malformed_file": 1,
        "not_article_namespace": 1,
        "page_without_text": 1,
        "pageview_invalid_utf8": 1,
        "pageview_missing_fields": 1,
        "pageview_non_numeric_views": 1,
        "redirect": 1,
        "truncated_file": 1,
        "wordnet_malformed_line": 1,
    }
    assert [bad.split(":")[0] for bad in manifest["bad_files"]] == [
        str(inputs[0] / "dumps" / "enwiki-20260101-pages-articles3.xml-p7p7.bz2"),
        str(inputs[0] / "dumps" / "enwiki-20260101-pages-articles4.xml-p8p8"),
    ]
    assert len(manifest["inputs"]) == 4 + 3 + 4 and all(
        len(i["sha256"]) == 64 and i["bytes"] > 0 for i in manifest["inputs"]
    )
    assert manifest["parameters"]["min_word_count"] == 6
    assert (out / "sources.png").read_bytes()[:4] == b"\x89PNG"

    again = tmp_path / "again"
    assert (
        build(
            inputs, again, "--direct_num_workers", "2", "--direct_running_mode", "multi_processing"
        )
        == 0
    )
    for name in ("queries.parquet", "queries.txt", "sources.png"):
        assert (out / name).read_bytes() == (again / name).read_bytes(), name
    first, second = (json.loads((d / "manifest.json").read_text()) for d in (out, again))
    first["parameters"].pop("out"), second["parameters"].pop("out")
    assert first == second


def test_cap_keeps_the_first_entries(inputs, tmp_path):
    assert build(inputs, tmp_path / "capped", "--max-queries", "7") == 0
    assert [q[1] for q in read_list(tmp_path / "capped")] == [
        "entity",
        "dog",
        "eat",
        "able",
        "barely",
        "gate",
        "golden",
    ]


def test_missing_or_incomplete_wordnet_is_one_clear_error(inputs, tmp_path, capsys):
    root, wordnet_dir = inputs
    os.remove(wordnet_dir / "data.verb")
    assert build(inputs, tmp_path / "out") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"openwit queries: error: --wordnet {wordnet_dir}: missing or empty data.verb;"
        " install Debian's wordnet-base or point --wordnet at a WordNet 3.0 database"
        " folder"
    ]
    shutil.rmtree(wordnet_dir)
    assert build(inputs, tmp_path / "out") == 1
    assert "missing or empty data.noun" in capsys.readouterr().err


def test_pattern_matching_nothing_is_an_error(inputs, tmp_path, capsys):
    root, wordnet_dir = inputs
    code = main(
        [
            "queries",
            "build",
            "--wiki-dump",
            f"{root}/nowhere/*.bz2",
            "--pageviews",
            f"{root}/views/*.gz",
            "--wordnet",
            str(wordnet_dir),
            "--out",
            str(tmp_path),
        ]
    )
    assert code == 1
    assert f"--wiki-dump {root}/nowhere/*.bz2: no files match" in capsys.readouterr().err


def test_failed_rerun_leaves_no_complete_looking_folder(inputs, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "manifest.json").write_text("{}")  # from an earlier run
    (out / "queries.parquet").mkdir()  # the job's final write fails on this
    assert build(inputs, out) == 1
    assert "queries.parquet" in capsys.readouterr().err
    assert not (out / "manifest.json").exists()


# Cut-off corpus: N = 128 words, --min-word-count 5, --min-bigram-count 2, --min-pmi 4.
# Every sentence ends in a full stop, so only the pairs inside a sentence are bigrams.
# PMI = log2(c(xy) * N / (c(x) * c(y))), N = 128, all counts below by hand:
CUTOFF_SENTENCES = (
    ["alpha."] * 5  # unigram at --min-word-count: kept (5)
    + ["beta."] * 4  # one below: dropped (4)
    + ["kiwi mango."] * 2  # at --min-bigram-count 2: log2(2*128 / (2*2)) = 6, kept
    + ["plum pear."]  # one below (count 1), though log2(1*128 / (1*1)) = 7
    + ["lime fig."] * 2  # lime 8 = N / 2^4: log2(2*128 / (8*2)) = 4 = --min-pmi, kept
    + ["lime."] * 6
    + ["date lemon."] * 2  # lemon 9, one more: log2(2*128 / (2*9)) = 3.83, dropped
    + ["lemon."] * 7
    + ["onyx, opal."] * 2  # only the comma keeps out "onyx opal" (it would score 6)
    + ["ruby. sapphire."] * 2  # only the full stop keeps out "ruby sapphire" (6)
)
CUTOFF_FILLERS = [f"filler{i}." for i in range(128 - 44)]  # 84 words seen once
CUTOFF_FLAGS = ["--min-word-count", "5", "--min-bigram-count", "2", "--min-pmi", "4"]


def test_cutoff_corpus_has_the_counts_the_expected_list_assumes():
    """The plain reference: words and bigrams counted straight from the sentences."""
    found = [w for s in CUTOFF_SENTENCES + CUTOFF_FILLERS for w in words(s)]
    counts = Counter(found)
    assert len(found) == 128
    assert [counts[w] for w in ("alpha", "beta", "lime", "lemon", "fig", "date")] == [
        5,
        4,
        8,
        9,
        2,
        2,
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "extra",
    [
        ["--direct_num_workers", "1"],
        [
            "--direct_num_workers",
            "2",
            "--direct_running_mode",
            "multi_processing",
            "--keys-in-memory",
            "3",
            "--count-shards",
            "3",
        ],
    ],
)
def test_list_at_the_cutoffs(tmp_path, extra):
    """Hand-computed: unigrams lemon 9, lime 8, alpha 5 (beta 4 is one short); bigrams
    "kiwi mango" at 6 bits (count 2) and "lime fig" at exactly 4 bits. The second run keeps
    at most 3 terms in memory, so every count goes through many spilled runs."""
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    text = CUTOFF_SENTENCES + CUTOFF_FILLERS
    half = len(text) // 2
    write_dump(
        str(dumps / "enwiki-1-pages-articles1.xml-p1p1.bz2"), [Page("One", " ".join(text[:half]))]
    )
    write_dump(
        str(dumps / "enwiki-1-pages-articles2.xml-p2p2.bz2"),
        [Page("Two", " ".join(text[half:]))],
        2,
    )
    write_pageviews(str(tmp_path / "pageviews-20260101-000000.gz"), [("en", "Rare", 3)])
    out = tmp_path / "out"
    assert (
        main(
            [
                "queries",
                "build",
                "--wiki-dump",
                f"{dumps}/*.bz2",
                "--pageviews",
                f"{tmp_path}/pageviews-*.gz",
                "--wordnet",
                str(make_wordnet(tmp_path / "wordnet")),
                "--out",
                str(out),
                *CUTOFF_FLAGS,
                *extra,
            ]
        )
        == 0
    )
    assert read_list(out)[5:] == [
        (5, "lemon", "unigram", 9.0),
        (6, "lime", "unigram", 8.0),
        (7, "alpha", "unigram", 5.0),
        (8, "kiwi mango", "bigram", 6.0),
        (9, "lime fig", "bigram", 4.0),
    ]
    assert sorted(p.name for p in out.iterdir()) == [
        "manifest.json",
        "queries.parquet",
        "queries.txt",
        "sources.png",
    ]  # spill removed


def test_spilled_runs_merge_to_the_plain_totals(tmp_path):
    """Ten runs over two partitions, merged with at most three open at a time, give what
    one Counter gives."""
    rng = random.Random(0)
    reference: Counter = Counter()
    segments: dict[int, list] = {0: [], 1: []}
    for i in range(10):
        run = Counter(rng.choices(["a", "a b", "ab", "b", "a-b", "é", "z z"], k=20))
        reference.update(run)
        parts = {
            p: sorted(f"{t}\t{n}\n" for t, n in run.items() if len(t) % 2 == p) for p in (0, 1)
        }
        for p, segment in spill.write_run(str(tmp_path / f"{i}.run"), parts):
            segments[p].append(segment)
    merged = [kv for p in (0, 1) for kv in spill.counts(segments[p], str(tmp_path), p, 3)]
    assert sorted(merged) == sorted(reference.items())
    assert all(len(t) % 2 == p for p in (0, 1) for t, _ in spill.counts(segments[p], "", p))


def test_spilled_lines_read_back_whole_across_chunk_boundaries(tmp_path):
    lines = sorted(f"{w}\t{n}" for n, w in enumerate(["über", "naïve", "東京", "ab", "a b"]))
    ((_, segment),) = spill.write_run(str(tmp_path / "x.run"), {0: [f"{x}\n" for x in lines]})
    assert list(spill.read_segment(segment, chunk=3)) == lines


def test_truncated_spill_file_is_an_error_not_a_short_count(tmp_path):
    path = tmp_path / "x.run"
    ((_, segment),) = spill.write_run(str(path), {0: [f"w{i}\t1\n" for i in range(1000)]})
    path.write_bytes(path.read_bytes()[: segment[2] // 2])
    with pytest.raises(EOFError, match="spill"):
        list(spill.read_segment(segment))


def test_progress_is_logged_for_each_file(inputs, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="queries.progress")
    assert build(inputs, tmp_path / "out") == 0
    done = sorted(r.getMessage() for r in caplog.records if r.getMessage().endswith("done"))
    assert [line.split(":")[0] for line in done] == [
        "enwiki-20260101-pages-articles1.xml-p1p5.bz2",
        "enwiki-20260101-pages-articles2.xml-p6p6",
    ]
    assert done[0].startswith("enwiki-20260101-pages-articles1.xml-p1p5.bz2: 5 pages, ")
