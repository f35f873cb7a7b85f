"""`openwit report coverage` on a curated set, a download and an audit written by hand: every
number equals a count made by plain loops over the same rows, and the page renders in a real
headless Chromium, where its search box finds a query."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from openwit.cli import main

CAP = 3
QUERIES = [  # id, query, source, stat
    (0, "red", "unigram", 50.0),
    (1, "blue", "unigram", 40.0),
    (2, "red car", "bigram", 9.0),
    (3, "zebra", "wordnet", None),
    (4, "Paris", "title", 1000.0),
    (5, "moon", "title", 500.0),
    (6, "Oslo", "title", 20.0),
]
MATCHED = {0: 5, 1: 2, 2: 1, 3: 0, 4: 0, 5: 3, 6: 0}
KEPT = {0: 3, 1: 2, 2: 1, 3: 0, 4: 0, 5: 3, 6: 0}
SAMPLES = {  # shard: [(key, query_ids, status, error)]
    "00000": [
        ("a0", [0], "success", None),
        ("a1", [0, 2], "failed_to_download", "HTTP Error 404: Not Found"),
        ("a2", [0], "failed_to_download", "HTTP Error 404: Not Found"),
        ("a3", [1], "success", None),
    ],
    "00001": [
        ("b0", [1], "failed_to_download", "timed out"),
        ("b1", [5], "success", None),
        ("b2", [5], "failed_to_download", "timed out"),
        ("b3", [5], "failed_to_download", "HTTP Error 404: Not Found"),
    ],
}
FLAGGED = ["/data/shards/00000.tar#a0", "/data/shards/00001.tar#b1"]  # overlap: true
NOT_FLAGGED = ["/data/shards/00000.tar#a3"]  # nearest, but beyond the threshold
REMOVED = ["/data/shards/00001.tar#b1"]


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    queries = tmp_path / "QUERIES"
    queries.mkdir()
    ids, texts, sources, stats = zip(*QUERIES, strict=True)
    pq.write_table(
        pa.table({"id": ids, "query": texts, "source": sources, "stat": stats}),
        queries / "queries.parquet",
    )
    curated = tmp_path / "CURATED"
    curated.mkdir()
    pq.write_table(
        pa.table(
            {
                "id": ids,
                "query": texts,
                "matched": [MATCHED[i] for i in ids],
                "kept": [KEPT[i] for i in ids],
            }
        ),
        curated / "query_counts.parquet",
    )
    parameters = {"queries": str(queries), "max_per_query": CAP}
    (curated / "stats.json").write_text(json.dumps({"parameters": parameters}))
    shards = tmp_path / "SHARDS"
    shards.mkdir()
    (shards / "download.manifest").write_text('{"complete": true, "files": []}')
    for shard, rows in SAMPLES.items():
        keys, query_ids, status, error = zip(*rows, strict=True)
        table = {"key": keys, "query_ids": query_ids, "status": status, "error_message": error}
        pq.write_table(pa.table(table), shards / f"{shard}.parquet")
    audit = tmp_path / "REPORT"
    audit.mkdir()
    nearest = [{"train": r, "overlap": True, "eval": "e", "distance": 1.0} for r in FLAGGED]
    nearest += [{"train": r, "overlap": False, "eval": "e", "distance": 9.0} for r in NOT_FLAGGED]
    (audit / "report.json").write_text(json.dumps({"datasets": {"cifar": {"nearest": nearest}}}))
    clean = tmp_path / "CLEAN"
    clean.mkdir()
    (clean / "removed.txt").write_text("".join(f"{r}\tcifar\n" for r in REMOVED))
    return {"curated": curated, "shards": shards, "audit": audit, "clean": clean}


def expected_rows() -> list[dict]:
    """The coverage table by plain loops over the rows above."""
    by_ref = {f"{shard}#{key}": ids for shard, rows in SAMPLES.items() for key, ids, _, _ in rows}

    def count(refs: list[str]) -> Counter:
        return Counter(i for r in refs for i in by_ref[r.split("/")[-1].replace(".tar", "")])

    downloaded, failed, reasons = Counter(), Counter(), {}
    for rows in SAMPLES.values():
        for _, ids, status, error in rows:
            for i in ids:
                if status == "success":
                    downloaded[i] += 1
                else:
                    failed[i] += 1
                    reasons.setdefault(i, Counter())[error] += 1
    flagged, removed = count(FLAGGED), count(REMOVED)
    return [
        {
            "id": i,
            "query": q,
            "matched": MATCHED[i],
            "kept": KEPT[i],
            "source": source,
            "stat": stat,
            "cap_share": KEPT[i] / CAP,
            "downloaded": downloaded[i],
            "failed": failed[i],
            "flagged": flagged[i],
            "removed": removed[i],
            # the commonest reason; a tie goes to the first in text order
            "top_failure": min(reasons[i].items(), key=lambda kv: (-kv[1], kv[0]))[0]
            if i in reasons
            else None,
        }
        for i, q, source, stat in QUERIES
    ]


def test_coverage_counts_equal_plain_counts(folders, tmp_path, capsys):
    args = ["report", "coverage", str(folders["curated"]), str(folders["shards"])]
    args += ["--audit", str(folders["audit"]), "--decontaminated", str(folders["clean"])]
    assert main([*args, "--out", str(tmp_path / "cov")]) == 0
    rows = pq.read_table(tmp_path / "cov" / "coverage.parquet").to_pylist()
    assert rows == expected_rows()
    printed = capsys.readouterr().out
    assert "7 queries; 4 (57.14%) matched at least one pair" in printed
    assert "2 queries reached the cap t = 3" in printed


def test_coverage_without_shards_and_its_errors(folders, tmp_path, capsys):
    assert main(["report", "coverage", str(folders["curated"])]) == 0
    rows = pq.read_table(folders["curated"] / "coverage" / "coverage.parquet").to_pylist()
    assert [(r["id"], r["kept"], r["cap_share"]) for r in rows] == [
        (i, KEPT[i], KEPT[i] / CAP) for i, *_ in QUERIES
    ]
    assert "downloaded" not in rows[0]
    audit_only = ["report", "coverage", str(folders["curated"]), "--audit", str(tmp_path)]
    assert main(audit_only) == 1
    assert "--audit and --decontaminated need SHARDS" in capsys.readouterr().err
    assert main(["report", "coverage", str(tmp_path / "nowhere")]) == 1
    assert "query_counts.parquet does not exist" in capsys.readouterr().err


CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=5000",
]


def test_the_page_renders_in_chromium_and_its_search_finds_a_query(folders, tmp_path):
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("no chromium here (Debian: apt-get install chromium; `make test` does)")
    args = ["report", "coverage", str(folders["curated"]), str(folders["shards"])]
    assert main([*args, "--out", str(tmp_path / "cov")]) == 0
    page = (tmp_path / "cov" / "coverage.html").as_uri()
    profile = [f"--user-data-dir={tmp_path / 'profile'}"]

    def dom(url: str) -> str:
        done = subprocess.run(
            [chromium, *CHROMIUM_FLAGS, *profile, "--dump-dom", url],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    found = dom(page + "#q=red")  # the search box, filled from the address
    results = found.split('<div id="results">')[1].split("</div>")[0]
    hits = results.split('<tr class="hit">')[1:]
    assert [h.split("</td><td>")[1] for h in hits] == ["red", "red car"]  # exact match first
    assert "<td>Paris</td>" in found.split("What to crawl next")[1]  # never matched, top stat
    nothing = dom(page + "#q=no-such-query").split('<div id="results">')[1].split("</div>")[0]
    assert nothing == "<p>No query contains that.</p>"
