"""Kill `openwit curate` and `openwit download` mid-run (SIGKILL, the whole process group)
and run them again: the final outputs equal an uninterrupted run's, nothing lost or
duplicated. (`openwit train` is killed and resumed in tests/test_trainer_runs.py.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from common.shards import expand_shards
from openwit.demo_data import COLOURS, SHAPES, image_server, write_crawl

ROOT = Path(__file__).resolve().parents[1]
OPENWIT = [sys.executable, "-m", "openwit.cli"]


def openwit(*args: str) -> None:
    done = subprocess.run([*OPENWIT, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]


def killed_after(args: list[str], step: str) -> None:
    """Run `openwit ARGS` with the fault hook set: it kills its own process group right
    after `step` (common/faults.py)."""
    env = {**os.environ, "OPENWIT_KILL_AFTER": step}
    process = subprocess.run(
        [*OPENWIT, *args], cwd=ROOT, start_new_session=True, env=env, capture_output=True
    )
    assert process.returncode == -signal.SIGKILL, process.stderr[-2000:]


def kill_midway(args: list[str], started: callable, timeout: float = 120) -> None:
    """Start `openwit ARGS`, wait until `started()` is true, then SIGKILL its process group."""
    process = subprocess.Popen(
        [*OPENWIT, *args],
        cwd=ROOT,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + timeout
    while not started() and time.time() < deadline:
        assert process.poll() is None, "finished before it could be killed"
        time.sleep(0.05)
    assert process.poll() is None, "finished before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def files(folder: Path, pattern: str = "*") -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob(pattern)) if p.is_file()}


def samples(shards: Path) -> list[tuple[str, bytes, bytes]]:
    """(uid, caption, image) of every sample in every tar."""
    found = []
    for tar_path in sorted(shards.glob("*.tar")):
        with tarfile.open(tar_path) as tar:
            members = {m.name: m for m in tar.getmembers()}
            for name in members:
                if name.endswith(".jpg"):
                    stem = name.removesuffix(".jpg")
                    found.append(
                        (
                            tar.extractfile(members[f"{stem}.json"])
                            .read()
                            .decode()
                            .split('"uid": "')[1]
                            .split('"')[0],
                            tar.extractfile(members[f"{stem}.txt"]).read(),
                            tar.extractfile(members[name]).read(),
                        )
                    )
    return sorted(found)


@pytest.mark.slow
def test_killed_curate_and_download_rerun_to_the_same_outputs(tmp_path):
    queries = tmp_path / "queries"
    queries.mkdir()
    words = [*COLOURS, *SHAPES, "photo"]
    pq.write_table(
        pa.table(
            {
                "id": range(len(words)),
                "query": words,
                "source": ["unigram"] * len(words),
                "stat": [100.0] * len(words),
            }
        ),
        queries / "queries.parquet",
    )
    (queries / "manifest.json").write_text("{}\n")  # a finished QUERIES folder
    with image_server(delay=0.01) as base_url:
        crawl = write_crawl(tmp_path / "crawl", base_url, 1000)
        curate = [
            "curate",
            "--pairs",
            crawl["table"],
            "--wat",
            crawl["wat"],
            "--queries",
            str(queries),
            "--max-per-query",
            "200",
            "--rows-per-shard",
            "300",
            "--allow-loopback",
            "--direct_num_workers",
            "1",
            "--out",
        ]
        openwit(*curate, str(tmp_path / "curated"))
        killed = tmp_path / "curated-killed"
        killed_after([*curate, str(killed)], "curate: a part written")
        assert len(list(killed.glob("part-*.parquet"))) == 1  # really killed part-way:
        assert not (killed / "stats.json").exists()  # one part, no summary
        assert any((killed / ".curate-work").iterdir())  # the tables the parts come from
        openwit(*curate, str(killed))
        assert files(killed) == files(tmp_path / "curated")
        assert not (killed / ".curate-work").exists()

        # killed in the matching, with the clean tables waiting in the work folder
        in_matching = tmp_path / "curated-killed-matching"
        killed_after([*curate, str(in_matching)], "curate: a uid range matched")
        assert any((in_matching / ".curate-work").glob("clean-*.arrow"))
        assert not any(in_matching.glob("part-*"))
        openwit(*curate, str(in_matching))
        assert files(in_matching) == files(tmp_path / "curated")

        # a re-curate over a finished folder, killed: old and new parts mixed, no stats.json
        recurate = [*curate[:-4], "--seed", "1", *curate[-4:]]
        killed_after([*recurate, str(killed)], "curate: a part written")
        assert not (killed / "stats.json").exists()
        refused = subprocess.run(
            [*OPENWIT, "download", str(killed), "--out", str(tmp_path / "never")],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert refused.returncode == 1
        assert (
            refused.stderr.strip()
            .splitlines()[-1]
            .endswith("no stats.json: curate did not finish (run openwit curate again)")
        )
        openwit(*curate, str(killed))
        assert files(killed) == files(tmp_path / "curated")

        download = [
            "download",
            "--samples-per-shard",
            "100",
            "--processes",
            "1",
            "--threads",
            "8",
            "--image-size",
            "32",
            "--allow-loopback",
            "--out",
        ]
        openwit(download[0], str(tmp_path / "curated"), *download[1:], str(tmp_path / "shards"))
        killed = tmp_path / "shards-killed"
        kill_midway(
            [download[0], str(tmp_path / "curated"), *download[1:], str(killed)],
            lambda: len(list(killed.glob("*.tar"))) >= 3,
        )
        with pytest.raises(OSError, match="download did not finish"):
            expand_shards(str(killed))  # what train, eval and dedup read shards with
        openwit(download[0], str(tmp_path / "curated"), *download[1:], str(killed))
    expected = samples(tmp_path / "shards")
    assert expected and samples(killed) == expected
    assert len({uid for uid, _, _ in expected}) == len(expected)  # nothing duplicated
    assert files(killed, "sizes.json") == files(tmp_path / "shards", "sizes.json")
