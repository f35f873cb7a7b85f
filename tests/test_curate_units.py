"""Unit tests of the curation steps: URLs, readers, cleaning, matching, balancing."""

from __future__ import annotations

import gzip
import hashlib
import os
import random
import resource
import shutil
from collections import Counter

import numpy as np
import pyarrow as pa
import pytest
from pipeline_fixtures import warc_record, wat_page, write_parquet, write_queries, write_wat

from pipeline import balance
from pipeline.clean import clean_batch, normalize_texts
from pipeline.curate import one_per_url
from pipeline.match import Matcher, load_matcher, pad_normalized, padded_queries
from pipeline.raw_batches import rows_table
from pipeline.readers import RawPair, read_table, read_wat_images, table_format
from pipeline.urls import clean_url, plain_urls, url_uid
from queries.text import normalize, pad_for_matching


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


def test_clean_batch_normalises_text_and_drops_by_reason():
    pairs = [
        RawPair(
            "http://example.org/a.jpg", "  A\u0000 cafe\u0301\n\n dog ", None, "t.csv", {"k": 1}
        ),
        RawPair("http://example.org/b.jpg", "\u0000 \t", None, "t.csv", {"k": 2}),
        RawPair("http://example.org/c.jpg", "word " * 30, None, "t.csv", {"k": 3}),
        RawPair("http://10.0.0.1/x.jpg", "", None, "t.csv", {"k": 4}),  # the URL's reason first
        RawPair(
            "img/d.jpg", "  x\x1fy ", "http://Site.org/p/", "t.csv", {"uid": "x", "lang": None}
        ),
    ]
    table, dropped = clean_batch(
        rows_table(pairs, "t.csv"), max_text_chars=100, allow_loopback=False
    )
    assert dropped == {"empty_text": 1, "text_too_long": 1, "internal_host": 1}
    rows = table.to_pylist()
    assert [(r["url"], r["text"]) for r in rows] == [
        ("http://example.org/a.jpg", "A café dog"),
        ("http://site.org/p/img/d.jpg", "x y"),
    ]
    for r in rows:
        assert r["uid"] == hashlib.blake2b(r["url"].encode(), digest_size=16).hexdigest()
        assert r["key"] == int(r["uid"][:16], 16)
    assert rows[0]["carried:k"] == "1" and rows[0]["carried"] == "k"
    assert rows[1]["carried:input_uid"] == "x" and rows[1]["carried:lang"] is None
    assert rows[1]["carried"].split("\x00") == ["input_uid", "lang"]


def test_uids_and_keys_are_blake2b_of_each_url_as_one_by_one():
    """The vectorised uids (hex) and keys (first 64 bits) against hashlib, URL by URL."""
    from pipeline.clean import uids_and_keys

    urls = [f"http://e.org/{i}.jpg" for i in range(3_000)] + ["http://é.org/ü", "x"]
    uids, keys = uids_and_keys(urls)
    assert uids.type == pa.string() and keys.dtype == np.uint64
    for url, uid, key in zip(urls, uids.to_pylist(), keys.tolist(), strict=True):
        digest = hashlib.blake2b(url.encode(), digest_size=16).digest()
        assert uid == digest.hex() and key == int.from_bytes(digest[:8], "big"), url
    empty_uids, empty_keys = uids_and_keys([])
    assert len(empty_uids) == 0 and len(empty_keys) == 0


def test_split_by_gives_each_value_its_rows_in_order():
    from pipeline.batches import split_by

    index = np.array([3, 1, 3, 0, 1, 3])
    table = pa.table({"row": list(range(6))})
    got = [(value, rows.column("row").to_pylist()) for value, rows in split_by(table, index)]
    assert got == [(0, [3]), (1, [1, 4]), (3, [0, 2, 5])]


def test_work_files_keep_their_batches_and_spans(tmp_path):
    """A work folder file: batches of FILE_ROWS rows, each batch's first and last uid prefix,
    any batches read back as they were written, and no temporary file left beside it."""
    from pipeline.batches import FILE_ROWS, read_file, write_file

    keys = np.sort(np.random.default_rng(3).integers(0, 2**64, 20_000, dtype=np.uint64))
    table = pa.table({"key": pa.array(keys), "text": [f"t{i}" for i in range(len(keys))]})
    path = str(tmp_path / "matched-00000.arrow")
    spans = write_file(path, table)
    firsts_lasts = [(a, min(a + FILE_ROWS, len(keys)) - 1) for a in range(0, len(keys), FILE_ROWS)]
    assert spans == [(int(keys[a]) >> 32, int(keys[b]) >> 32) for a, b in firsts_lasts]
    assert read_file(path).equals(table)
    assert read_file(path, [2]).column("text").to_pylist() == table["text"][16_384:].to_pylist()
    assert os.listdir(tmp_path) == ["matched-00000.arrow"]


def test_pieces_come_back_from_files_and_bytes_with_few_files_open(tmp_path):
    """Clean tables as pieces: each table one record batch of its file, read back by
    (file, batch) in any order, beside tables sent as IPC bytes; with one file kept open,
    reading three files still gives every piece, and closing forgets them."""
    from pipeline import batches

    def table(first: int, n: int) -> pa.Table:
        rows = range(first, first + n)
        return pa.table({"uid": [f"{i:04x}" for i in rows], "text": [f"t{i}" for i in rows]})

    files = {
        name: [table(100 * k + 10 * j, j + 1) for j in range(3)] for k, name in enumerate("abc")
    }
    refs = {}
    for name, tables in files.items():
        path = str(tmp_path / f"clean-{name}.arrow")
        refs[name] = batches.write_pieces(path, tables)
        assert refs[name] == [(path, 0), (path, 1), (path, 2)]
        with pa.ipc.open_file(path) as reader:  # one record batch per table, as written
            assert [reader.get_batch(i).num_rows for i in range(reader.num_record_batches)] == [
                1,
                2,
                3,
            ]
    assert sorted(os.listdir(tmp_path)) == ["clean-a.arrow", "clean-b.arrow", "clean-c.arrow"]

    pieces = batches.Pieces(limit=1)
    wanted = [refs["c"][2], refs["a"][1], batches.to_ipc(table(900, 2)), refs["c"][0], refs["b"][1]]
    got = pa.concat_tables(pieces.read(wanted)).column("uid").to_pylist()
    expected = ["0384", "0385"]  # the bytes first, then file by file in name order
    expected += ["000a", "000b", "006e", "006f", "00c8", "00dc", "00dd", "00de"]
    assert got == expected
    assert len(pieces.open) == 1
    again = pa.concat_tables(pieces.read([refs["a"][1], refs["b"][1]]))
    assert again.column("uid").to_pylist() == ["000a", "000b", "006e", "006f"]
    pieces.close()
    assert not pieces.open


def test_a_worker_raises_its_descriptor_limit_and_keeps_a_quarter_open():
    """Started at a soft limit of 256 (as many systems start processes at 1,024), reading
    pieces raises it to the hard limit, up to 16,384, and keeps a quarter of it open."""
    from pipeline import batches

    before, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 1024:
        pytest.skip(f"hard descriptor limit {hard}")
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard))
        limit = batches.Pieces().limit
        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        wanted = 16_384 if hard == resource.RLIM_INFINITY else min(hard, 16_384)
        assert soft == wanted and limit == min(4096, wanted // 4)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (before, hard))


def test_only_clean_tables_are_removed_from_the_work_folder(tmp_path):
    from pipeline.curate import clean_file, remove_clean_tables

    names = ["matched-00001.arrow", "kept-00001.arrow", "clean.txt"]
    clean = [clean_file(str(tmp_path), [f"table:/crawl/{i}.parquet"], i) for i in range(3)]
    assert len(set(clean)) == 3
    for path in [*clean, *(str(tmp_path / n) for n in names)]:
        open(path, "wb").close()
    remove_clean_tables(str(tmp_path), (np.zeros(0), np.zeros(0)))
    assert sorted(os.listdir(tmp_path)) == sorted(names)
    remove_clean_tables(str(tmp_path), (np.zeros(0), np.zeros(0)))  # nothing left: no error


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
    [(images, skipped)] = list(read_wat_images(str(wat), rows=100))
    pairs = list(zip(*images, strict=True))
    assert [(url, text, base) for url, text, base, *_ in pairs] == [
        ("img/cat.jpg", "a cat", page),
        ("/dog.jpg", "a dog", page),
        ("http://cdn.org/x.jpg", "x", page),
        ("data:image/gif;base64,R0lGOD", "pixel", page),
        ("i.png", "b", "http://static.b.org/"),
    ]
    assert [(p[3], p[4]) for p in pairs[:2]] == [(page, "Cat"), (page, "a dog")]
    # the junk between records is skipped by FastWARC, which finds the next record
    assert skipped == {"missing_text": 1, "wat_bad_json": 1, "wat_truncated_record": 1}
    # a batch closes once it holds `rows` images; the records' images stay whole
    batches = list(read_wat_images(str(wat), rows=2))
    assert [b.url for b, _ in batches] == [
        ["img/cat.jpg", "/dog.jpg", "http://cdn.org/x.jpg", "data:image/gif;base64,R0lGOD"],
        ["i.png"],
    ]
    assert sum((c for _, c in batches), Counter()) == skipped
    assert [clean_url(p[0], p[2])[0] for p in pairs[:2]] == [
        "http://site.org/blog/img/cat.jpg",
        "http://site.org/dog.jpg",
    ]


def test_wat_blank_urls_and_texts_are_skipped_and_blank_alt_falls_back_to_title(tmp_path):
    page = "http://site.org/"
    links = [
        {"path": "IMG@/src", "url": " \t", "alt": "a cat"},  # blank URL
        {"path": "IMG@/src", "url": 7, "alt": "a cat"},  # not a string
        {"path": "IMG@/src", "url": "a.jpg", "alt": " ", "title": "Title A"},  # blank alt
        {"path": "IMG@/src", "url": "b.jpg", "alt": "\u3000", "title": "\n"},  # Unicode spaces
        {"path": "IMG@/src", "url": "c.jpg", "alt": 5, "title": "Title C"},  # alt not a string
        {"path": "IMG@/src", "url": "d.jpg", "alt": " d ", "title": 3},  # title not a string
        {"path": "IMG@/src", "url": "e.jpg", "alt": ""},  # empty alt, no title
        ["not", "a", "link"],
    ]
    wat = write_wat(tmp_path / "a.warc.wat.gz", [warc_record(wat_page(page, links))])
    [(images, skipped)] = list(read_wat_images(str(wat), rows=100))
    assert [(url, text, title) for url, text, _, _, title, _ in zip(*images, strict=True)] == [
        ("a.jpg", "Title A", "Title A"),
        ("c.jpg", "Title C", "Title C"),
        ("d.jpg", " d ", None),
    ]
    assert skipped == {"missing_url": 2, "missing_text": 2}


def test_matching_is_metaclips_substring_rule():
    queries = ["cat", "Cat", "red car", "St. Louis", "car", "a"]
    m = Matcher.of(enumerate(queries))
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
    m = Matcher.of(enumerate(queries))
    texts, expected_ids = [], []
    for _ in range(500):
        text = " ".join(rng.choice(vocab) + rng.choice(["", "", ",", ".", "!"]) for _ in range(8))
        padded = pad_for_matching(text)
        expected = tuple(i for i, q in enumerate(queries) if f" {q} " in padded)
        assert m.match(text) == expected
        texts.append(text)
        expected_ids.append(list(expected))
    normalized = pa.array([normalize(t) for t in texts], pa.string())
    assert m.match_column(normalized).to_pylist() == expected_ids


@pytest.mark.parametrize(
    "ids",
    [
        list(range(9)),  # as queries build writes them: stored in the automaton as they are
        [2**40 + i for i in range(9)],  # past 32 bits: stored by row, mapped back
        [-3, 5, 5, 8, 0, 1, 2, 3, 4],  # negative and repeated ids
    ],
)
def test_matched_ids_are_the_query_ids_whatever_their_range(ids):
    # "U.S." and "U. S." share a matching form; "dog" appears twice
    queries = ["U.S.", "cat", "U. S.", "dog", "red car", "dog", "car", "a", "x"]
    m = Matcher.of(zip(ids, queries, strict=True))
    for text in ["a dog in the U.S.", "my red car", "x", "nothing here", "cat, dog."]:
        padded = pad_for_matching(text)
        expected = sorted(
            {i for i, q in zip(ids, queries, strict=True) if pad_for_matching(q) in padded}
        )
        assert m.match(text) == tuple(expected), text


def test_query_matching_forms_equal_the_shared_rule():
    queries = [
        *("cat", "St. Louis", "U. S.", "red  car", " lead", "trail ", "a\tb", "a\vb"),
        *("x\x1cy", "nbsp\xa0word", "Zoë", "東京", "e.g.,x", "!", "  ", "a\u3000b"),
        *("(brackets) [x]", "tab\t", "new\nline"),
    ]
    got = padded_queries(pa.array(queries, pa.string())).to_pylist()
    assert got == [pad_for_matching(q) for q in queries]


def test_an_empty_query_list_is_an_error_naming_it(tmp_path):
    write_queries(tmp_path / "Q", [])
    with pytest.raises(ValueError, match="queries.parquet: the query list is empty"):
        load_matcher(str(tmp_path / "Q"))
    write_queries(tmp_path / "B", ["", " ", "\t"])
    with pytest.raises(ValueError, match="B: the query list has no non-blank query"):
        load_matcher(str(tmp_path / "B"))
    with pytest.raises(ValueError, match="cannot read the query list"):
        load_matcher(str(tmp_path / "missing"))


def test_a_query_folder_without_its_manifest_is_an_unfinished_build(tmp_path):
    write_queries(tmp_path / "Q", ["cat", "dog"])
    (tmp_path / "Q" / "manifest.json").unlink()  # as a killed `openwit queries build` leaves it
    with pytest.raises(ValueError, match="Q: no manifest.json: queries build did not finish"):
        load_matcher(str(tmp_path / "Q"))
    assert load_matcher(str(tmp_path / "Q" / "queries.parquet")).match("a dog") == (1,)


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


def test_vectorised_normalisation_equals_the_shared_one():
    rng = random.Random(3)
    alphabet = [chr(i) for i in range(128)] + ["é", "e\u0301", "\u200b", "\u00a0", "\u2028"]
    alphabet += list(",.;:?!") * 5
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    texts += ["plain ascii", " \x1c\x1d\x0b ", "\x00", ""]
    texts += ["St. Louis, MO!", "a,,b", "!a", "a !", ". ;", "?", "x-ray: yes."]
    got = normalize_texts(pa.array(texts, pa.string()))
    for text, out in zip(texts, got.to_pylist(), strict=True):
        assert out == normalize(text), repr(text)
    padded = pad_normalized(got).to_pylist()
    assert padded == [pad_for_matching(normalize(t)) for t in texts]


def test_vectorised_balancing_equals_the_plain_rule():
    rng = random.Random(5)
    t = 10
    counts = {i: rng.choice([3, 10, 11, 40, 400]) for i in range(30)}
    rows = [sorted(rng.sample(range(30), rng.randint(1, 5))) for _ in range(2000)]
    uids = [url_uid(f"http://e.org/{i}") for i in range(len(rows))]
    over = {i: c for i, c in counts.items() if c > t}
    ids = np.array(sorted(over), np.int64)
    over_t = balance.OverT(ids, np.array([over[i] for i in ids], np.int64))
    column = pa.array(rows, pa.list_(pa.int64()))

    draws = balance.draws(1, uids)
    keep = balance.keep_metaclip_column(draws, balance.miss_column(column, over_t, t))
    expected = []
    for u, qs in zip(uids, rows, strict=True):
        miss = 1.0
        for i in qs:
            miss *= 1.0 - t / max(counts[i], t)
        h = int.from_bytes(hashlib.blake2b(f"1:{u}".encode(), digest_size=8).digest(), "big")
        expected.append(h / 2.0**64 < 1.0 - miss)
    assert keep.tolist() == expected
    assert 0 < sum(expected) < len(expected)

    capped, rarest = balance.rarest_column(column, over_t)
    assert capped.tolist() == [all(counts[i] > t for i in qs) for qs in rows]
    assert rarest[capped].tolist() == [
        min(qs, key=lambda i: (counts[i], i)) for qs in rows if all(counts[i] > t for i in qs)
    ]
    assert 0 < capped.sum() < len(rows)


def test_vectorised_urls_are_cleaned_as_one_by_one():
    """The vectorised path takes only URLs it normalises exactly as `clean_url` does."""
    rng = random.Random(11)
    hosts = ["e.org", "A.b.Co", "x-1.y", "localhost", "q.localhost", "1.2.3.4", "a.1", "a.b."]
    hosts += ["metadata.google.internal", "0x7f000001", "[::1]", "u:p@e.org", "xn--bcher-kva.de"]
    hosts += ["host.docker.internal", "internal", "Printer.LOCAL", "local", "nas.home.arpa"]
    hosts += ["home.arpa", "INSTANCE-DATA", "a.localhost.org", "internal.e.org", "localhost"]
    tail = list("/aB?=&%;:@!$'(*+,~-_# é[0") + ["..", ":80", "\t"]
    urls = [
        rng.choice(["http://", "HTTPS://", "https://", "ftp://", "data:", ""])
        + rng.choice(hosts)
        + rng.choice(["", ":80", ":443", ":08080", ":1", ":99999", ":"])
        + "".join(rng.choice(tail) for _ in range(rng.randint(0, 10)))
        for _ in range(20_000)
    ]
    # and the edges of the form that is kept as it is
    urls += [
        "http://e.org/a",
        "http://e.org/a?",
        "http://e.org/?",
        "http://e.org/a??",
        "http://e.org",
    ]
    urls += ["https://e.org/a?b=1", "http://E.org/a", "http://e.org:80/a", "http://e.org/a#f"]
    urls += [
        "http://nas.local/a",
        "http://internal/a",
        "http://metadata/a",
        "http://e.org/" + "a" * 2100,
    ]
    fast = plain_urls(pa.array(urls), pa.nulls(len(urls), pa.string())).to_pylist()
    taken = [(u, f) for u, f in zip(urls, fast, strict=True) if f is not None]
    assert len(taken) > 200
    for url, got in taken:
        assert (got, "") == clean_url(url), url
    for url, got in zip(urls[-13:], fast[-13:], strict=True):  # the edges: taken or left
        assert got is None or (got, "") == clean_url(url), url
    assert fast[-13] == "http://e.org/a" and fast[-8] == "https://e.org/a?b=1"
    assert plain_urls(pa.array(["http://e.org/a"]), pa.array(["http://b.org/"])).to_pylist() == [
        None
    ]


def test_query_counts_sum_many_tables_as_a_plain_counter():
    """CountPerQuery over 300 tables' (ids, counts) arrays, run in Beam: more arrays than
    one sum gathers, so partial sums are summed again; and the same arrays added one by one
    as a matching bundle does, never more than SUM_EVERY of them held."""
    import apache_beam as beam
    from apache_beam.testing.util import assert_that, equal_to

    from pipeline.curate import SUM_EVERY, CountPerQuery, add_counts, sum_counts

    rng = np.random.default_rng(1)
    tables, expected = [], {}
    for _ in range(300):
        ids = np.unique(rng.integers(0, 5_000, 40)) * 1_000_003  # sparse, large ids
        counts = rng.integers(1, 9, len(ids))
        tables.append((ids, counts))
        for i, n in zip(ids.tolist(), counts.tolist(), strict=True):
            expected[i] = expected.get(i, 0) + n
    assert len(tables) > 2 * SUM_EVERY

    def as_dict(counts):
        return dict(zip(*(a.tolist() for a in counts), strict=True))

    with beam.Pipeline() as p:
        summed = p | beam.Create(tables) | CountPerQuery()
        assert_that(summed | beam.Map(as_dict), equal_to([expected]))
    gathered, held = [], []
    for counts in tables:
        gathered = add_counts(gathered, counts)
        held.append(len(gathered))
    assert max(held) == SUM_EVERY - 1 and held[SUM_EVERY - 1] == 1
    assert as_dict(sum_counts(gathered)) == expected


def test_query_counts_count_each_id_as_a_plain_counter():
    """Pairs per query of a table, for ids a query build writes (dense), ids past the dense
    range, negative ids and none; and sums of such counts."""
    from collections import Counter

    from pipeline.curate import DENSE_IDS, query_counts, sum_counts

    rng = np.random.default_rng(2)
    cases = {
        "dense": rng.integers(0, 3_000, 5_000),
        "past the dense range": np.append(rng.integers(0, 50, 400), DENSE_IDS),
        "large": rng.integers(0, 20, 400) * 2**40,
        "negative": rng.integers(-5, 5, 400),
        "none": np.zeros(0, np.int64),
    }
    for name, ids in cases.items():
        lengths = rng.integers(0, 4, len(ids))  # ids spread over rows of up to 3 each
        cuts = np.cumsum(lengths)
        cuts = cuts[cuts < len(ids)]
        rows = [list(map(int, row)) for row in np.split(ids, cuts)]
        table = pa.table({"query_ids": pa.array(rows, pa.list_(pa.int64()))})
        expected = sorted(Counter(ids.tolist()).items())
        got_ids, got_n = query_counts(table)
        assert list(zip(got_ids.tolist(), got_n.tolist(), strict=True)) == expected, name
        assert got_ids.dtype == np.int64 and got_n.dtype == np.int64, name
        halves = [(got_ids[::2], got_n[::2]), (got_ids[1::2], got_n[1::2]), (got_ids, got_n)]
        summed = sum_counts(halves)
        twice = sorted((i, 2 * n) for i, n in expected)
        assert list(zip(summed[0].tolist(), summed[1].tolist(), strict=True)) == twice, name


def test_lost_pairs_compares_what_each_step_sent_and_received():
    from pipeline.curate import lost_pairs

    fine = {"raw": 10, "dropped.empty_text": 2, "check.grouped": 8, "matched": 5}
    fine |= {"check.balanced": 5, "check.kept_in_files": 4, "kept": 4}
    assert lost_pairs(fine) is None
    assert lost_pairs({**fine, "check.capped_sent": 3, "check.capped_received": 3}) is None
    assert lost_pairs({**fine, "check.grouped": 7}) == (
        "1 of 8 pairs lost between cleaning and deduplicating"
    )
    assert lost_pairs({**fine, "check.balanced": 2}) == (
        "3 of 5 pairs lost between matching and balancing"
    )
    assert lost_pairs({**fine, "check.capped_sent": 3}) == "3 of 3 pairs lost in the cap per query"
    assert lost_pairs({**fine, "kept": 3}) == "1 of 4 pairs lost between balancing and the parts"


def test_one_pair_per_url_is_the_smallest_by_text_source_row_and_carried_values():
    rng = random.Random(3)
    rows = []
    for i in range(400):
        u = rng.randrange(120)  # about 120 URLs, most seen several times
        key = int.from_bytes(hashlib.blake2b(str(u).encode(), digest_size=8).digest(), "big")
        rows.append(
            {
                "uid": f"{key:016x}{u:016x}",
                "key": key,
                "text": rng.choice(["a cat", "a dog", "a cat"]),
                "source": rng.choice(["s1", "s2"]),
                "source_row": rng.randrange(3),
                "carried:x": rng.choice(["p", "q", None]),
                "n": i,  # which row was kept
            }
        )
    table = pa.Table.from_pylist(
        rows,
        pa.schema(
            [
                ("uid", pa.string()),
                ("key", pa.uint64()),
                ("text", pa.string()),
                ("source", pa.string()),
                ("source_row", pa.int64()),
                ("carried:x", pa.string()),
                ("n", pa.int64()),
            ]
        ),
    )

    # plain reference: per uid, the row of the smallest (text, source, row, carried), with
    # a missing carried value after any other (Arrow sorts nulls last); rows sorted by uid
    def order(r):
        return (
            r["text"],
            r["source"],
            r["source_row"],
            r["carried:x"] is None,
            r["carried:x"] or "",
        )

    best = {}
    for r in rows:
        if r["uid"] not in best or order(r) < order(best[r["uid"]]):
            best[r["uid"]] = r
    expected = [best[u] for u in sorted(best, key=lambda u: (best[u]["key"], u))]
    for _ in range(3):  # any order of arrival
        shuffled = table.take(rng.sample(range(len(rows)), len(rows)))
        got = one_per_url(shuffled).to_pylist()
        assert [order(r) + (r["uid"],) for r in got] == [order(r) + (r["uid"],) for r in expected]


def test_ipc_bytes_round_trip_and_are_compressed():
    """`to_ipc` bytes: the plain stream's length, then the stream zstd-compressed; `from_ipc`
    gives the same table back, nulls and carried columns included."""
    from pipeline.batches import from_ipc, to_ipc

    texts = [f"a photo of a red house number {i % 7}" for i in range(2_000)]
    table = pa.table({"text": texts, "carried:lang": [None, "en"] * 1_000})
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    plain = sink.getvalue().size
    data = to_ipc(table)
    assert int.from_bytes(data[:8], "little") == plain
    assert len(data) < plain / 5  # 2,000 texts of 7 kinds
    assert from_ipc(data).equals(table)
    empty = table.slice(0, 0)
    assert from_ipc(to_ipc(empty)).equals(empty)


def _read_and_clean(tmp_path, monkeypatch, split_bytes: int, work: str | None):
    """ReadAndClean over three files of 40 pairs in one bundle, SPLIT_BYTES set: its
    (uid range, piece) outputs."""
    from pipeline import curate
    from pipeline.config import CurateConfig

    monkeypatch.setattr(curate, "SPLIT_BYTES", split_bytes)
    paths = []
    for f in range(3):
        rows = [{"url": f"http://e.org/{f}/{i}.jpg", "text": "a red house"} for i in range(40)]
        paths.append(write_parquet(tmp_path / f"in-{f}.parquet", rows))
    step = curate.ReadAndClean(CurateConfig([str(p) for p in paths], [], "q", "o"), 4, work)
    step.start_bundle()
    out = [e for p in paths for e in step.process(("table", str(p)))]
    out += [e.value for e in step.finish_bundle()]
    return [e for e in out if isinstance(e, tuple)]


@pytest.mark.parametrize("files", [False, True])
def test_a_bundle_gathers_its_clean_tables_before_splitting_them(tmp_path, monkeypatch, files):
    """A bundle's tables gathered: one piece per uid range reached, one clean file; split
    at once (SPLIT_BYTES 1): a piece per range of each table. Every pair in either case."""
    from pipeline import batches, curate

    def urls(pieces):
        tables = list(batches.Pieces().read(p for _, p in pieces))
        return sorted(u for t in tables for u in t.column("url").to_pylist())

    work = str(tmp_path / "work") if files else None
    if work:
        os.mkdir(work)
    wanted = sorted(f"http://e.org/{f}/{i}.jpg" for f in range(3) for i in range(40))
    gathered = _read_and_clean(tmp_path, monkeypatch, 2**30, work)
    ranges = [r for r, _ in gathered]
    assert len(ranges) == len(set(ranges)) == 4  # 120 uids reach all 4 ranges
    assert urls(gathered) == wanted
    if files:
        assert len(os.listdir(work)) == 1
        shutil.rmtree(work)
        os.mkdir(work)
    at_once = _read_and_clean(tmp_path, monkeypatch, 1, work)
    assert len(at_once) == 12  # 40 uids reach all 4 ranges of each table
    assert urls(at_once) == wanted
    if files:  # one file per split, also for the splits of one input
        assert len(os.listdir(work)) == 3
        shutil.rmtree(work)
        os.mkdir(work)
        monkeypatch.setattr(curate, "BATCH_ROWS", 16)  # three tables per input
        assert urls(_read_and_clean(tmp_path, monkeypatch, 1, work)) == wanted
        assert len(os.listdir(work)) == 9


def test_uid_ranges_grow_with_the_input_up_to_8192():
    """About 4 MiB of input per uid range, a power of two from 16 to 8,192 (hand-computed)."""
    from pipeline.curate import bucket_count

    mib = 2**20
    assert bucket_count(0) == 16
    assert bucket_count(64 * mib) == 16
    assert bucket_count(65 * mib) == 32  # 17 ranges, rounded up
    assert bucket_count(1000 * mib) == 256  # 250
    assert bucket_count(48 * 10**9) == 8192  # a billion pairs of parquet: 11,445, capped
