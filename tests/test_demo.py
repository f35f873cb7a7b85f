"""`openwit demo` end to end, small: every stage through the real command, then report.html."""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_demo_runs_every_stage_and_writes_the_report(tmp_path):
    out = tmp_path / "demo"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "openwit.cli",
            "demo",
            "--out",
            str(out),
            "--scale",
            "0.3",
            "--epochs",
            "2",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert f"Open {out / 'report.html'}" in done.stdout

    curated = json.loads((out / "curated" / "stats.json").read_text())
    assert curated["pairs_read"] == 900  # 3,000 x 0.3, half table and half WAT
    assert curated["dropped"]["no_match"] > 0  # captions like "IMG_0005.JPG" match nothing
    assert 0 < curated["kept"] <= curated["matched"] < curated["unique_urls"]
    shards = json.loads((out / "shards" / "download_summary.json").read_text())
    sizes = json.loads((out / "shards" / "sizes.json").read_text())
    assert shards["successes"] == sum(sizes.values()) > 0
    assert shards["failures_by_reason"]  # one URL in 25 answers 404

    audit = json.loads((out / "report" / "report.json").read_text())["datasets"]["demo"]
    overlap = (out / "report" / "demo.overlap.txt").read_text().split()
    planted = [p for p in overlap if "/copy_of_" in p]
    assert len(planted) >= 20  # 24 near-copies planted; pHash finds (nearly) all
    assert len(overlap) - len(planted) <= 3  # and few distinct renders
    assert audit["n_overlap"] == len(overlap) and audit["n_all"] == 6 * 30 + 24

    # per-query coverage: kept and downloaded counted again from the parts and the tars
    coverage = pq.read_table(out / "coverage" / "coverage.parquet").to_pylist()
    kept = Counter(
        i
        for part in (out / "curated").glob("part-*.parquet")
        for ids in pq.read_table(part).column("query_ids").to_pylist()
        for i in ids
    )
    downloaded = Counter()
    for shard in (out / "shards").glob("*.tar"):
        with tarfile.open(shard) as tar:
            for member in tar.getmembers():
                if member.name.endswith(".json"):
                    downloaded.update(json.load(tar.extractfile(member))["query_ids"])
    assert {r["id"]: r["kept"] for r in coverage if r["kept"]} == kept
    assert {r["id"]: r["downloaded"] for r in coverage if r["downloaded"]} == downloaded
    assert sum(r["flagged"] for r in coverage) > 0  # the planted copies' training twins
    assert "coverage/coverage.html" in (out / "report.html").read_text()

    page = (out / "report.html").read_text()
    for heading in (
        "From crawl to training",
        "Query list",
        "Balancing",
        "Training",
        "Zero-shot classification",
        "Data-overlap audit",
    ):
        assert heading in page
    assert page.count("data:image/png;base64,") == 3  # sources, balance, training curves
