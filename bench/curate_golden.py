"""Same answers: run `openwit curate` on every test crawl and keep every output file.

Writes the crawls of the curate tests and of the demo (deterministic, under --crawls) and
the job's outputs for each configuration under --out/NAME/, so two versions of the job
can be compared byte for byte (`diff -r`). 1 worker unless --workers.

    PYTHONPATH=. .venv/bin/python bench/curate_golden.py --crawls /tmp/golden-crawls \
        --out /tmp/golden-before
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from pipeline_fixtures import (  # noqa: E402
    make_crawl,
    warc_record,
    wat_page,
    write_parquet,
    write_queries,
    write_wat,
)

from openwit.demo_data import write_crawl  # noqa: E402
from pipeline.curate import CurateConfig, run  # noqa: E402


def hostile(folder: Path) -> dict:
    """Bad rows of every kind, carried columns of several types, and a WAT file with junk,
    bad JSON, relative URLs, `<base>`, data: URLs and a truncated last record."""
    folder.mkdir(parents=True, exist_ok=True)
    bad = b"url,text,lang\nhttp://e.org/1.jpg,a cat,en\nhttp://e.org/2.jpg,caf\xe9,fr\n"
    bad += b"http://e.org/3.jpg,too,many,fields\n,no url,en\nhttp://e.org/4.jpg,,en\n"
    bad += b"http://E.org/1.jpg#x,a cat,de\nhttp://10.0.0.1/x.jpg,a cat,en\n"
    (folder / "a.csv").write_bytes(bad)
    (folder / "b.tsv.gz").write_bytes(gzip.compress(b"url\ttext\nhttp://e.org/5.jpg\ta dog\n"))
    jsonl = b'{"url": "http://e.org/6.jpg", "text": "a cat", "n": 3, "tags": ["x", 1]}\n'
    jsonl += b'{broken\n\n[1]\n{"url": "http://e.org/7.jpg", "text": "\xff"}\n'
    jsonl += b'{"url": "http://e.org/8.jpg", "text": "a  cat\\u0000 \\u00e9", "n": null}\n'
    (folder / "c.jsonl").write_bytes(jsonl)
    rows = [
        {"url": "http://e.org/9.jpg", "text": "y" * 200_000, "w": 1.5, "ok": True},
        {"url": "http://e.org/10.jpg", "text": "a cat " * 300, "w": 2.0, "ok": False},
        {"url": "http://e.org/11.jpg", "text": "  A cat\u3000sat \u200b", "w": None, "ok": None},
        {"url": "data:image/png;base64,AAAA", "text": "a cat", "w": 0.0, "ok": True},
        {"url": "ftp://e.org/12.jpg", "text": "a cat", "w": 0.0, "ok": True},
        {"url": "http://e.org/13.jpg", "text": "the Cat, a dog.", "w": 1e-5, "ok": True},
    ]
    write_parquet(folder / "d.parquet", rows)
    page = "http://site.org/blog/post.html"
    links = [
        {"path": "IMG@/src", "url": "img/cat.jpg", "alt": "a cat", "title": "Cat"},
        {"path": "IMG@/src", "url": "/dog.jpg", "title": "a dog"},
        {"path": "IMG@/src", "url": "http://cdn.org/x.jpg", "alt": "x cat"},
        {"path": "IMG@/src", "url": "data:image/gif;base64,R0lGOD", "alt": "pixel cat"},
        {"path": "IMG@/src", "url": "/blank.jpg"},
        {"path": "IMG@/src", "url": "/e.jpg", "alt": " ", "title": "empty alt, a cat"},
        {"path": "A@/href", "url": "/about", "text": "about"},
    ]
    base_page = wat_page(
        "http://b.org/p/",
        [{"path": "IMG@/src", "url": "i.png", "alt": "b cat"}],
        base="http://static.b.org/",
    )
    write_wat(
        folder / "e.warc.wat.gz",
        [
            warc_record(wat_page(page, links)),
            warc_record(base_page),
            b"garbage between records\r\n",
            warc_record(b"{not json"),
            warc_record({"Envelope": {"WARC-Header-Metadata": {}}}),
            warc_record(b'{"Envelope": 1}', length=4000),
        ],
    )
    write_queries(folder / "Q", ["cat", "dog", "Cat", "a cat", "x"])
    tables = [str(folder / n) for n in ("a.csv", "b.tsv.gz", "c.jsonl", "d.parquet")]
    return {"tables": tables, "wats": [str(folder / "e.warc.wat.gz")]}


def configs(crawls: Path) -> dict[str, CurateConfig]:
    tests = make_crawl(crawls / "tests")
    demo = crawls / "demo"
    crawl = write_crawl(demo, "http://127.0.0.1:8000", 1000)
    write_queries(demo / "Q", ["red", "green", "blue", "circle", "square", "photo"])
    bad = hostile(crawls / "hostile")

    def test_config(name: str, **kw) -> CurateConfig:
        return CurateConfig(
            tests["tables"],
            tests["wats"],
            str(crawls / "tests" / "QUERIES"),
            name,
            max_per_query=40,
            **kw,
        )

    return {
        "tests-metaclip": test_config("tests-metaclip", rows_per_shard=300),
        "tests-cap": test_config("tests-cap", balance="cap", rows_per_shard=300),
        "tests-250": test_config("tests-250", rows_per_shard=250, seed=3),
        "demo": CurateConfig(
            [crawl["table"]],
            [crawl["wat"]],
            str(demo / "Q"),
            "demo",
            max_per_query=200,
            rows_per_shard=300,
            allow_loopback=True,
        ),
        "hostile": CurateConfig(
            bad["tables"], bad["wats"], str(crawls / "hostile" / "Q"), "hostile", max_per_query=1
        ),
        "hostile-cap": CurateConfig(
            bad["tables"],
            bad["wats"],
            str(crawls / "hostile" / "Q"),
            "hostile-cap",
            max_per_query=1,
            balance="cap",
        ),
    }


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--crawls", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    shutil.rmtree(args.crawls, ignore_errors=True)
    for name, config in configs(args.crawls).items():
        out = args.out / name
        shutil.rmtree(out, ignore_errors=True)
        config = CurateConfig(**{**config.__dict__, "out": str(out)})
        stats, _ = run(config, [f"--direct_num_workers={args.workers}"])
        print(f"{name}: kept {stats['kept']:,} of {stats['read']:,} records read")


if __name__ == "__main__":
    main()
