"""Unit tests of the curation steps: URLs, readers, cleaning, matching, balancing."""

from __future__ import annotations

import gzip
import random

import apache_beam as beam
import pytest
from pipeline_fixtures import warc_record, wat_page, write_parquet, write_queries, write_wat

from pipeline import balance
from pipeline.clean import clean_pair
from pipeline.match import Matcher, load_matcher
from pipeline.readers import RawPair, read_table, read_wat, table_format
from pipeline.urls import clean_url, url_uid
from queries.text import pad_for_matching


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/a.jpg",
        "http://192.168.0.1/a.jpg",
        "http://172.16.5.4/a.jpg",
        "http://127.0.0.1/a.jpg",
        "http://127.1/a.jpg",
        "http://2130706433/a.jpg",
        "http://0x7f000001/a.jpg",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/a.jpg",
        "http://[fe80::1]/a.jpg",
        "http://[::ffff:10.0.0.1]/a.jpg",
        "http://0.0.0.0/a.jpg",
        "http://localhost:8080/a.jpg",
        "http://a.localhost/a.jpg",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://100.100.100.200/latest/meta-data/",
    ],
)
def test_internal_hosts_are_refused(url):
    assert clean_url(url) == ("", "internal_host")


def test_allow_loopback_lets_only_127_0_0_1_through():
    assert (
        clean_url("http://127.0.0.1:8000/a.jpg", allow_loopback=True)[0]
        == "http://127.0.0.1:8000/a.jpg"
    )
    for url in ("http://10.0.0.1/a.jpg", "http://127.0.0.2/a.jpg", "http://localhost/a.jpg"):
        assert clean_url(url, allow_loopback=True) == ("", "internal_host")


def test_urls_are_resolved_and_normalised():
    page = "https://Example.org/dir/page.html"
    assert clean_url("img/a.jpg", page)[0] == "https://example.org/dir/img/a.jpg"
    assert clean_url("/a.jpg", page)[0] == "https://example.org/a.jpg"
    assert clean_url("//cdn.example.org/a.jpg", page)[0] == "https://cdn.example.org/a.jpg"
    assert clean_url("HTTP://EXAMPLE.org:80/A.jpg#top")[0] == "http://example.org/A.jpg"
    assert (
        clean_url("https://example.org:8443/a.jpg?x=1")[0] == "https://example.org:8443/a.jpg?x=1"
    )
    assert url_uid("http://example.org/a.jpg") == url_uid(
        clean_url("http://EXAMPLE.org/a.jpg#x")[0]
    )


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("data:image/png;base64,iVBORw0KGgo=", "data_url"),
        ("ftp://example.org/a.jpg", "not_http"),
        ("javascript:alert(1)", "not_http"),
        ("img/a.jpg", "not_http"),  # relative with no page to resolve against
        ("", "missing_url"),
        ("http://", "bad_url"),
        ("http://example.org:99999/a.jpg", "bad_url"),
        ("http://user:pw@example.org/a.jpg", "bad_url"),
        ("http://example.org/" + "a" * 3000, "url_too_long"),
    ],
)
def test_unusable_urls_get_a_reason(url, reason):
    assert clean_url(url) == ("", reason)


def test_clean_pair_normalises_text_and_drops_by_reason():
    raw = RawPair(
        "http://example.org/a.jpg", "  A\u0000 cafe\u0301\n\n dog ", None, "t.csv", {"k": 1}
    )
    pair = clean_pair(raw, max_text_chars=100)
    assert pair.text == "A café dog" and pair.url == "http://example.org/a.jpg"
    assert pair.extra == {"k": 1} and pair.uid == url_uid(pair.url)
    assert clean_pair(raw._replace(text="\u0000 \t"), 100) == "empty_text"
    assert clean_pair(raw._replace(text="word " * 30), 100) == "text_too_long"
    assert clean_pair(raw._replace(url="http://10.0.0.1/x.jpg"), 100) == "internal_host"
    extra = clean_pair(raw._replace(extra={"uid": "x", "text": "y", "lang": "en"}), 100).extra
    assert extra == {"input_uid": "x", "input_text": "y", "lang": "en"}


def test_tables_in_every_format_skip_bad_rows_by_reason(tmp_path):
    bad_utf8 = b"url,caption,lang\nhttp://e.org/1.jpg,a cat,en\nhttp://e.org/2.jpg,caf\xe9,fr\n"
    bad_utf8 += b"http://e.org/3.jpg,too,many,fields\n,no url,en\nhttp://e.org/4.jpg,,en\n"
    (tmp_path / "a.csv").write_bytes(bad_utf8)
    (tmp_path / "b.tsv.gz").write_bytes(gzip.compress(b"url\tcaption\nhttp://e.org/5.jpg\ta dog\n"))
    jsonl = b'{"url": "http://e.org/6.jpg", "caption": "x", "n": 3}\n{broken\n\n[1]\n'
    jsonl += b'{"url": "http://e.org/7.jpg", "caption": "\xff"}\n'
    (tmp_path / "c.jsonl").write_bytes(jsonl)
    write_parquet(tmp_path / "d.parquet", [{"url": "http://e.org/8.jpg", "caption": "y" * 200_000}])

    def read(name):
        return list(read_table(str(tmp_path / name), "url", "caption"))

    first, *skips = read("a.csv")
    assert first == RawPair(
        "http://e.org/1.jpg", "a cat", None, str(tmp_path / "a.csv"), {"lang": "en"}
    )
    assert skips == ["non_utf8", "bad_row", "missing_url", "missing_text"]
    assert [r.text for r in read("b.tsv.gz")] == ["a dog"]
    six, *rest = read("c.jsonl")
    assert six.extra == {"n": 3} and rest == ["bad_json_line", "bad_json_line", "non_utf8"]
    assert read("d.parquet") == ["text_too_long"]
    assert table_format("x.JSON.gz") == "jsonl"


def test_unreadable_tables_are_errors_naming_the_file(tmp_path):
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(ValueError, match="bad.parquet: unreadable parquet"):
        list(read_table(str(tmp_path / "bad.parquet"), "url", "text"))
    (tmp_path / "cols.csv").write_text("link,alt\nhttp://e.org/a.jpg,a\n")
    with pytest.raises(ValueError, match="cols.csv: no column 'url'"):
        list(read_table(str(tmp_path / "cols.csv"), "url", "text"))
    (tmp_path / "cut.csv.gz").write_bytes(gzip.compress(b"url,text\n" * 1000)[:50])
    with pytest.raises(ValueError, match="cut.csv.gz: unreadable table"):
        list(read_table(str(tmp_path / "cut.csv.gz"), "url", "text"))
    with pytest.raises(ValueError, match="unknown table format"):
        table_format("pairs.xlsx")


def test_wat_gives_one_pair_per_image_with_relative_urls_resolved(tmp_path):
    page = "http://site.org/blog/post.html"
    links = [
        {"path": "IMG@/src", "url": "img/cat.jpg", "alt": "a cat", "title": "Cat"},
        {"path": "IMG@/src", "url": "/dog.jpg", "title": "a dog"},
        {"path": "IMG@/src", "url": "http://cdn.org/x.jpg", "alt": "x"},
        {"path": "IMG@/src", "url": "data:image/gif;base64,R0lGOD", "alt": "pixel"},
        {"path": "IMG@/src", "url": "/blank.jpg"},
        {"path": "A@/href", "url": "/about", "text": "about"},
    ]
    wat = write_wat(
        tmp_path / "a.warc.wat.gz",
        [
            warc_record(wat_page(page, links)),
            warc_record(
                wat_page(
                    "http://b.org/p/",
                    [{"path": "IMG@/src", "url": "i.png", "alt": "b"}],
                    base="http://static.b.org/",
                )
            ),
            b"garbage between records\r\n",
            warc_record(b"{not json"),
            warc_record({"Envelope": {"WARC-Header-Metadata": {}}}),  # no HTML: no pairs
            warc_record(b'{"Envelope": 1}', length=4000),  # declares more than the file holds
        ],
    )
    got = list(read_wat(str(wat)))
    pairs = [g for g in got if isinstance(g, RawPair)]
    assert [(p.url, p.text, p.base) for p in pairs] == [
        ("img/cat.jpg", "a cat", page),
        ("/dog.jpg", "a dog", page),
        ("http://cdn.org/x.jpg", "x", page),
        ("data:image/gif;base64,R0lGOD", "pixel", page),
        ("i.png", "b", "http://static.b.org/"),
    ]
    assert pairs[0].extra == {"page_url": page, "title": "Cat"}
    assert [g for g in got if isinstance(g, str)] == [
        "missing_text",
        "wat_bad_record",
        "wat_bad_json",
        "wat_truncated_record",
    ]
    assert [clean_url(p.url, p.base)[0] for p in pairs[:2]] == [
        "http://site.org/blog/img/cat.jpg",
        "http://site.org/dog.jpg",
    ]


def test_matching_is_metaclips_substring_rule():
    queries = ["cat", "Cat", "red car", "St. Louis", "car", "a"]
    m = Matcher(enumerate(queries))
    assert m.match("a cat sat") == (0, 5)
    assert m.match("Cat!") == (1,)  # case-sensitive; punctuation spaced out
    assert m.match("cats, caterpillar") == ()  # word boundaries
    assert m.match("my red car.") == (2, 4)  # overlapping entries all match
    assert m.match("in St. Louis, MO") == (3,)
    assert m.match("St Louis") == ()


def test_matcher_agrees_with_metaclips_plain_loop():
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(60)] + ["New", "York", "x-ray"]
    queries = sorted({" ".join(rng.choices(vocab, k=rng.choice([1, 1, 2]))) for _ in range(80)})
    m = Matcher(enumerate(queries))
    for _ in range(500):
        text = " ".join(rng.choice(vocab) + rng.choice(["", "", ",", ".", "!"]) for _ in range(8))
        padded = pad_for_matching(text)
        expected = tuple(i for i, q in enumerate(queries) if f" {q} " in padded)
        assert m.match(text) == expected


def test_an_empty_query_list_is_an_error_naming_it(tmp_path):
    write_queries(tmp_path / "Q", [])
    with pytest.raises(ValueError, match="queries.parquet: the query list is empty"):
        load_matcher(str(tmp_path / "Q"))
    write_queries(tmp_path / "B", ["", " ", "\t"])
    with pytest.raises(ValueError, match="no non-blank query"):
        load_matcher(str(tmp_path / "B"))
    with pytest.raises(ValueError, match="cannot read the query list"):
        load_matcher(str(tmp_path / "missing"))


def test_keep_probability_is_metaclips_formula():
    counts = {1: 10, 2: 40, 3: 5}
    assert balance.keep_probability([3], counts, 10) == 1.0
    assert balance.keep_probability([2], counts, 10) == pytest.approx(0.25)
    assert balance.keep_probability([1, 2], counts, 5) == pytest.approx(1 - 0.5 * 0.875)
    assert balance.rarest_query([1, 2, 3], counts) == 3
    assert balance.rarest_query([1, 2], {1: 7, 2: 7}) == 1


def test_sampling_is_a_deterministic_uniform_hash():
    draws = [balance.uniform(0, url_uid(f"http://e.org/{i}")) for i in range(20_000)]
    assert draws == [balance.uniform(0, url_uid(f"http://e.org/{i}")) for i in range(20_000)]
    assert sum(d < 0.25 for d in draws) == pytest.approx(5000, abs=250)  # ~5 sigma
    assert balance.uniform(1, url_uid("http://e.org/0")) != draws[0]


def test_fast_ascii_normalisation_equals_the_shared_one():
    from pipeline.clean import normalize_text
    from queries.text import normalize

    rng = random.Random(3)
    alphabet = [chr(i) for i in range(128)] + ["é", "e\u0301", "\u200b", "\u00a0", "\u2028"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert normalize_text(text) == normalize(text), repr(text)


def test_pair_coder_round_trips_a_pair():
    from pipeline.clean import Pair, PairCoder

    pair = Pair(
        "ab12",
        "http://e.org/a.jpg",
        "a red circle",
        "crawl.parquet",
        {"width": "64", "lang": "en"},
        (3, 17),
    )
    coder = beam.coders.registry.get_coder(Pair)
    assert isinstance(coder, PairCoder)
    assert coder.decode(coder.encode(pair)) == pair
    assert type(coder.decode(coder.encode(pair))) is Pair
