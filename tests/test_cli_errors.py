"""Every command, given a missing, empty or wrong-format input, prints one clear error line
naming the input and exits non-zero, with no traceback unless --debug."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from dedup_fixtures import image, jpeg, write_shard

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("inputs")
    (root / "empty").mkdir()
    (root / "empty.tar").write_bytes(b"")
    (root / "notes.parquet").write_text("not a parquet file\n")
    (root / "pairs.csv").write_text("url,text\nhttp://example.org/a.jpg,a red circle\n")
    write_shard(root / "three.tar", [(f"k{i}", jpeg(image(i))) for i in range(3)])
    return root


CASES = {  # command (with {root}) -> what the error line must name
    "queries-missing-dump": (
        "queries build --wiki-dump {root}/none/*.bz2 --pageviews {root}/x --out {root}/q",
        "--wiki-dump {root}/none/*.bz2: no files match",
    ),
    "queries-empty-wordnet": (
        "queries build --wiki-dump {root}/notes.parquet --pageviews "
        "{root}/notes.parquet --wordnet {root}/empty --out {root}/q",
        "--wordnet {root}/empty: missing or empty data.noun",
    ),
    "queries-zero-cap": (
        "queries build --wiki-dump {root}/x --pageviews {root}/x --out {root}/q --max-queries 0",
        "--max-queries must be at least 1",
    ),
    "queries-negative-row-views": (
        "queries build --wiki-dump {root}/x --pageviews {root}/x --out {root}/q --min-row-views -1",
        "--min-row-views must be at least 0, not -1",
    ),
    "queries-nan-pmi": (
        "queries build --wiki-dump {root}/x --pageviews {root}/x --out {root}/q --min-pmi nan",
        "--min-pmi must be a finite number of bits, not nan",
    ),
    "curate-missing-pairs": (
        "curate --pairs {root}/none.parquet --queries {root}/empty --out {root}/c",
        "--pairs {root}/none.parquet: no files match",
    ),
    "curate-empty-queries": (
        "curate --pairs {root}/pairs.csv --queries {root}/empty --out {root}/c",
        "{root}/empty/queries.parquet",
    ),
    "curate-corrupt-table": (
        "curate --pairs {root}/notes.parquet --queries {root}/empty --out {root}/c",
        "{root}/notes.parquet: unreadable parquet file",
    ),
    "curate-misspelled-flag": (
        "curate --pairs {root}/pairs.csv --queries {root}/empty --out {root}/c --max-per-querry 5",
        "unrecognized argument --max-per-querry (did you mean --max-per-query?)",
    ),
    "queries-stray-word": (
        "queries build --wiki-dump {root}/x --pageviews {root}/x --out {root}/q stray",
        "unrecognized argument stray",
    ),
    "train-misspelled-flag": (
        "train --train-data {root}/three.tar --out {root}/r --bach-size 4",
        "unrecognized argument --bach-size (did you mean --batch-size?)",
    ),
    "curate-zero-text-chars": (
        "curate --pairs {root}/pairs.csv --queries {root}/empty --out {root}/c --max-text-chars 0",
        "--max-text-chars must be at least 1, not 0",
    ),
    "download-negative-threads": (
        "download {root}/empty --out {root}/s --threads -2",
        "--threads must be at least 1, not -2",
    ),
    "download-empty": ("download {root}/empty --out {root}/s", "{root}/empty: no part-*.parquet"),
    "train-missing-shards": (
        "train --train-data {root}/none/{{00000..00001}}.tar --out {root}/r",
        "/none/00000.tar",
    ),
    "train-empty-shard": (
        "train --train-data {root}/empty.tar --out {root}/r --workers 0",
        "empty.tar",
    ),
    "eval-missing-model": ("eval --model {root}/none.pt --images {root}/empty", "{root}/none.pt"),
    "audit-missing-eval": (
        "audit --train {root}/empty --eval a={root}/none --out {root}/a",
        "{root}/none",
    ),
    "dedup-empty-shards": ("dedup index {root}/empty --out {root}/i", "{root}/empty"),
    "dedup-calibrate-few-images": (
        "dedup calibrate {root}/three.tar --embedder openwit-tiny --out {root}/cal",
        "at least 8 decodable images, found 3",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_one_clear_error_line(name, inputs):
    command, expected = (part.format(root=inputs) for part in CASES[name])
    done = subprocess.run(
        [sys.executable, "-m", "openwit.cli", *command.split()],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0
    errors = [line for line in done.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, done.stderr
    assert errors[0].startswith(f"openwit {command.split()[0]}: error: ")
    assert expected in errors[0]
    assert "Traceback" not in done.stderr


def test_debug_shows_the_traceback(inputs):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "openwit.cli",
            "--debug",
            "download",
            str(inputs / "empty"),
            "--out",
            str(inputs / "s"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0 and "Traceback (most recent call last)" in done.stderr


def test_a_wrapped_worker_error_becomes_its_innermost_line():
    from openwit.cli import error_line

    beam_style = RuntimeError(
        "Traceback (most recent call last):\n"
        '  File "apache_beam/runners/worker/operations.py", line 1, in process\n'
        "    read(\n"
        "  )\n"
        "pyarrow.lib.ArrowInvalid: Parquet magic bytes not found in footer (file /d/p.parquet)\n"
        "\n"
        " [while running 'ReadFile']\n"
        ")"
    )
    assert error_line(beam_style) == (
        "ArrowInvalid: Parquet magic bytes not found in footer (file /d/p.parquet)"
    )
    assert error_line(RuntimeError("...\nValueError: /d/x.parquet: unreadable\n )")) == (
        "/d/x.parquet: unreadable"
    )
    assert error_line(ValueError("only line")) == "only line"
    assert error_line(RuntimeError("last words\n)")) == "last words"
    assert error_line(KeyError("uid")) == "missing key 'uid'"
