"""`openwit download`: real img2dataset downloads from an HTTP server on 127.0.0.1."""

from __future__ import annotations

import argparse
import json
import os
import tarfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pipeline_fixtures import image_server, write_parquet, write_queries

from openwit import cli
from pipeline.curate import CurateConfig, run

GOOD = 10
BAD = {  # path -> the reason img2dataset gives
    "/404": "HTTP Error 404: Not Found",
    "/500": "HTTP Error 500: Internal Server Error",
    "/slow.jpg": "timed out",
    "/truncated.jpg": "IncompleteRead",
    "/corrupt.jpg": "Image decoding error",
    "/html.jpg": "Image decoding error",
    "/bomb.png": "CV_IO_MAX_IMAGE_PIXELS",
    "/noai.jpg": "Use of image disallowed by X-Robots-Tag directive",
    "/loop": "redirect error that would lead to an infinite loop",
}


CURATED_SCHEMA = pa.schema(
    [
        ("uid", pa.string()),
        ("url", pa.string()),
        ("text", pa.string()),
        ("query_ids", pa.list_(pa.int64())),
        ("source", pa.string()),
    ]
)


def download_args(curated: Path, shards: Path, *extra: str) -> list[str]:
    return [
        "download",
        str(curated),
        "--out",
        str(shards),
        "--processes",
        "1",
        "--threads",
        "16",
        "--timeout",
        "1",
        *extra,
    ]


def open_clip_loader(shards: Path):
    """open_clip's webdataset loader over the shards (its evaluation path: its training path
    trips over webdataset 0.2.111's end-of-shard marker, a version mismatch outside OpenWIT)."""
    import open_clip
    import torch
    from open_clip_train.data import get_wds_dataset
    from torchvision import transforms

    torch.set_num_threads(1)
    args = argparse.Namespace(
        val_data=str(shards / "00000.tar"), val_num_samples=None, batch_size=5, workers=0
    )
    preprocess = transforms.Compose([transforms.Resize(32), transforms.ToTensor()])
    return get_wds_dataset(
        args, preprocess, is_train=False, tokenizer=open_clip.tokenize
    ).dataloader


@pytest.mark.slow
def test_download_end_to_end(tmp_path, capsys):
    write_queries(tmp_path / "Q", ["photo"])
    with image_server(slow_seconds=3) as server:
        paths = [f"/img/{i}.jpg" for i in range(GOOD)] + list(BAD)
        rows = [{"url": server.base + p, "text": f"a photo of {p}"} for p in paths]
        write_parquet(tmp_path / "pairs.parquet", rows)
        curated = tmp_path / "CURATED"
        run(
            CurateConfig(
                tables=[str(tmp_path / "pairs.parquet")],
                wats=[],
                queries=str(tmp_path / "Q"),
                out=str(curated),
                allow_loopback=True,
            ),
            [],
        )
        kept = {r["url"]: r for p in curated.glob("part-*") for r in pq.read_table(p).to_pylist()}
        assert len(kept) == GOOD + len(BAD)

        shards = tmp_path / "SHARDS"
        assert cli.main(download_args(curated, shards, "--allow-loopback")) == 0
        printed = capsys.readouterr().out
        requests = server.requests
        summary = json.loads((shards / "download_summary.json").read_text())
        assert summary["successes"] == GOOD and summary["attempted"] == GOOD + len(BAD)
        assert sum(summary["failures_by_reason"].values()) == len(BAD)
        reasons = list(summary["failures_by_reason"])
        for path, reason in BAD.items():
            assert any(reason in r for r in reasons), (path, reasons)
        assert f"{GOOD} images downloaded of {GOOD + len(BAD)}" in printed

        assert json.loads((shards / "sizes.json").read_text()) == {"00000.tar": GOOD}
        with tarfile.open(shards / "00000.tar") as tar:
            members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}
        metas = [json.loads(v) for k, v in members.items() if k.endswith(".json")]
        assert sorted(m["url"] for m in metas) == sorted(server.base + p for p in paths[:GOOD])
        for meta in metas:
            source = kept[meta["url"]]
            assert meta["uid"] == source["uid"] and meta["query_ids"] == source["query_ids"] == [0]
            assert members[meta["key"] + ".txt"].decode() == source["text"]
            assert members[meta["key"] + ".jpg"][:2] == b"\xff\xd8"

        # Re-running resumes: finished shards are not downloaded again.
        assert cli.main(download_args(curated, shards, "--allow-loopback")) == 0
        assert server.requests == requests
        assert json.loads((shards / "sizes.json").read_text()) == {"00000.tar": GOOD}

    from open_clip_train.data import get_dataset_size

    assert get_dataset_size(str(shards / "00000.tar")) == (GOOD, 1)  # read from sizes.json
    batches = list(open_clip_loader(shards))
    assert [len(images) for images, _ in batches] == [5, 5]
    assert tuple(batches[0][0].shape[1:]) == (3, 32, 32)


def write_curated(folder: Path, urls: list[str], parts: int = 1) -> Path:
    """A finished curate output: the URLs dealt over `parts` part files, then stats.json."""
    folder.mkdir(parents=True, exist_ok=True)
    for p in range(parts):
        rows = [
            {"uid": f"{i:032x}", "url": u, "text": f"t{i}", "query_ids": [0], "source": "s"}
            for i, u in enumerate(urls)
            if i % parts == p
        ]
        table = pa.Table.from_pylist(rows, schema=CURATED_SCHEMA)
        pq.write_table(table, folder / f"part-{p:05d}-of-{parts:05d}.parquet")
    (folder / "stats.json").write_text(json.dumps({"shards": parts}))
    return folder


def input_rows(shards: Path) -> list[str]:
    parts = (shards / "_input").glob("*.parquet")
    return [u for p in parts for u in pq.read_table(p)["url"].to_pylist()]


@pytest.mark.slow
def test_download_guard_and_overwrite_end_to_end(tmp_path, capsys, monkeypatch):
    """Real img2dataset runs: no hop, name or scheme reaches 127.0.0.2; deadline and size
    limit each fail with their own reason; --overwrite then removes only download's files."""
    from guard_fixtures import BIG, astray_servers

    with astray_servers() as server:
        port, trap = server.port, server.trap.port
        monkeypatch.setenv(
            "OPENWIT_TEST_HOSTS", "trap.test=127.0.0.2|rebind.test=127.0.0.1;127.0.0.2"
        )
        good = [*(f"{server.base}/img/{i}.jpg" for i in range(3)), f"{server.base}/hop"]
        good.append(f"http://rebind.test:{port}/img/5.jpg")  # a 2nd lookup would hit the trap
        failing = {  # path -> reason
            "/to-internal": "refused: internal address",
            "/to-name": "refused: internal address",
            "/to-ftp": "refused: scheme ftp",
            "/drip.jpg": "deadline exceeded",
            "/big-declared": "response too large",
            "/big-stream": "response too large",
        }
        urls = [*good, *(server.base + p for p in failing), f"http://trap.test:{trap}/x.jpg"]
        urls.append(f"http://127.0.0.2:{trap}/x.jpg")  # refused before download
        curated = write_curated(tmp_path / "A", urls, parts=2)
        shards = tmp_path / "SHARDS"
        limits = ["--allow-loopback", "--deadline", "2", "--max-bytes", "100000"]
        assert cli.main(download_args(curated, shards, *limits, "--timeout", "5")) == 0
        assert server.trap.accepted == 0

        summary = json.loads((shards / "download_summary.json").read_text())
        assert summary["failures_by_reason"] == {
            "refused: internal address": 3,
            "response too large": 2,
            "refused: scheme ftp": 1,
            "deadline exceeded": 1,
        }
        assert summary["refused"] == {"internal_host": 1} and summary["successes"] == len(good)
        assert summary["urls"] == len(urls) == summary["attempted"] + 1
        assert summary["attempted"] == summary["successes"] + summary["failed_to_download"]
        assert "refused: internal address" in capsys.readouterr().out
        assert server.sent < BIG and server.drips and max(server.drips) < 2 + 10
        manifest = json.loads((shards / "download.manifest").read_text())
        assert manifest["complete"] and {"00000.tar", "00001.tar"} <= set(manifest["files"])

        # --overwrite: download's own files go, a user's stay; nothing of A is fetched again.
        (shards / "notes.txt").write_text("mine")
        (shards / "mydata.tar").write_text("mine")
        again = write_curated(tmp_path / "B", [f"{server.base}/img/7.jpg"])
        seen = len(server.paths)
        assert cli.main(download_args(again, shards, "--allow-loopback", "--overwrite")) == 0
        assert server.paths[seen:] == ["/img/7.jpg"]
        names = sorted(p.name for p in shards.iterdir())
        assert names == [
            "00000.parquet",
            "00000.tar",
            "00000_stats.json",
            "_input",
            "download.manifest",
            "download_summary.json",
            "mydata.tar",
            "notes.txt",
            "sizes.json",
        ]
        assert (shards / "notes.txt").read_text() == (shards / "mydata.tar").read_text() == "mine"
        assert json.loads((shards / "sizes.json").read_text()) == {"00000.tar": 1}


def test_download_of_refused_urls_only_fails_with_the_counts(tmp_path, capsys):
    urls = ["http://127.0.0.1:9/a.jpg", "http://10.0.0.1/b.jpg", "http://169.254.169.254/c.jpg"]
    curated = write_curated(tmp_path / "CURATED", [*urls, "ftp://example.org/d.jpg"])
    shards = tmp_path / "SHARDS"
    assert cli.main(download_args(curated, shards)) == 1
    printed = capsys.readouterr()
    assert "refused before download: internal_host 3, not_http 1" in printed.out
    assert printed.err == (
        f"openwit download: error: {curated}: no URL was attempted "
        "(4 of 4 URLs refused: internal_host 3, not_http 1)\n"
    )
    summary = json.loads((shards / "download_summary.json").read_text())
    assert summary["refused"] == {"internal_host": 3, "not_http": 1} and summary["attempted"] == 0
    assert summary["urls"] == 4 and input_rows(shards) == []  # every record counted
    assert json.loads((shards / "sizes.json").read_text()) == {}
    manifest = json.loads((shards / "download.manifest").read_text())
    assert manifest["complete"] and "_input/" in manifest["files"]

    empty = write_curated(tmp_path / "EMPTY", [])
    assert cli.main(download_args(empty, tmp_path / "S2")) == 1
    assert "no URL was attempted (the curated parts hold no URL)" in capsys.readouterr().err


def test_refused_records_are_counted_and_the_rest_kept(tmp_path):
    from pipeline.download import curated_parts, prepare_input

    good = [f"http://127.0.0.1:9/{i}.jpg" for i in range(5)]
    bad = ["http://127.0.0.2/a.jpg", "http://[::ffff:7f00:1]/b.jpg", "http://x.internal/c.jpg"]
    curated = write_curated(tmp_path / "C", [*good, *bad, "javascript:x"], parts=3)
    rows, refused = prepare_input(curated_parts(str(curated)), str(tmp_path / "S"), True)
    assert sum(rows) == len(good) and sorted(input_rows(tmp_path / "S")) == sorted(good)
    assert refused == {"internal_host": 3, "not_http": 1}
    assert sum(rows) + sum(refused.values()) == len(good) + len(bad) + 1


def test_bad_curated_folders_are_refused(tmp_path, capsys):
    shards = tmp_path / "SHARDS"

    def error(curated: Path, *extra: str) -> str:
        assert cli.main(download_args(curated, *extra)) == 1
        return capsys.readouterr().err

    assert "nothing: no part-*.parquet files" in error(tmp_path / "nothing", shards)
    write_parquet(tmp_path / "other" / "part-00000-of-00001.parquet", [{"link": "x"}])
    (tmp_path / "other" / "stats.json").write_text('{"shards": 1}')
    assert "no column 'url'" in error(tmp_path / "other", shards)

    curated = write_curated(tmp_path / "C", ["http://127.0.0.2/a.jpg"], parts=2)
    assert f"{curated}: not the 2 parts" not in error(curated, shards)
    stale = curated / "part-00000-of-00003.parquet"  # left by a killed re-curate, 3 parts
    stale.write_bytes(b"")
    os.utime(stale, (0, 0))
    assert f"{curated}: not the 2 parts stats.json counts" in error(curated, shards)
    stale.unlink()
    part = curated / "part-00001-of-00002.parquet"
    os.utime(part, (time.time() + 60, time.time() + 60))  # rewritten after stats.json
    assert f"{part}: newer than stats.json: curate did not finish" in error(curated, shards)
    (curated / "stats.json").unlink()
    assert f"{curated}: no stats.json: curate did not finish" in error(curated, shards)

    curated = write_curated(tmp_path / "C2", ["http://127.0.0.2/a.jpg"])
    for out in (curated, curated / "shards"):
        assert f"--out {out} is the curated folder or inside it" in error(curated, out)
        assert sorted(p.name for p in curated.iterdir()) == [
            "part-00000-of-00001.parquet",
            "stats.json",
        ]


def test_foreign_files_in_the_output_folder_are_refused_not_read(tmp_path, capsys):
    curated = write_curated(tmp_path / "C", ["http://127.0.0.2/a.jpg"])
    for name in ("notes.json", "00007_stats.json", "00000.tar", "_input/part-0.parquet"):
        shards = tmp_path / name.replace("/", "-")
        (shards / name).parent.mkdir(parents=True)
        (shards / name).write_text("{}")
        assert cli.main(download_args(curated, shards)) == 1
        err = capsys.readouterr().err
        assert f"{shards / name}: not written by openwit download" in err, err
        assert (shards / name).read_text() == "{}"
    shards = tmp_path / "ok"
    shards.mkdir()
    (shards / "notes.txt").write_text("x")  # a name img2dataset never reads
    assert cli.main(download_args(curated, shards)) == 1
    assert "no URL was attempted" in capsys.readouterr().err


def test_each_run_clears_the_staging_folder(tmp_path):
    """An earlier run's input is never downloaded again (here: a part that a run with more
    part files left in _input, which img2dataset would read along)."""
    shards = tmp_path / "SHARDS"
    big = write_curated(tmp_path / "BIG", [f"http://127.0.0.2/{i}.jpg" for i in range(4)], 2)
    assert cli.main(download_args(big, shards, "--allow-loopback")) == 1
    stale = shards / "_input" / "part-00001-of-00002.parquet"
    write_parquet(stale, [{"url": "http://127.0.0.1:9/old.jpg"}])  # as a loopback run left it
    small = write_curated(tmp_path / "SMALL", ["http://127.0.0.2/x.jpg"])
    assert cli.main(download_args(small, shards)) == 1
    assert not stale.exists() and input_rows(shards) == []


def test_img2dataset_arguments_keep_its_safety_features():
    from pipeline.download import DownloadConfig, img2dataset_arguments

    args = img2dataset_arguments(DownloadConfig("C", "S", retries=2, timeout=5), "S/_input")
    assert args["disallowed_header_directives"] == ["noai", "noimageai", "noindex", "noimageindex"]
    assert args["incremental_mode"] == "incremental" and args["retries"] == 2
    assert args["save_additional_columns"][:2] == ["uid", "query_ids"]
    assert "curate_run" in args["save_additional_columns"] and args["caption_col"] == "text"
    off = img2dataset_arguments(DownloadConfig("C", "S", honour_opt_out=False, overwrite=True), "x")
    assert off["disallowed_header_directives"] == []


def test_shard_names_are_known_before_img2dataset_runs():
    from pipeline.download import shard_files

    assert shard_files([0, 3, 5], 2) == {
        f"0000{i}{kind}" for i in range(5) for kind in (".tar", ".parquet", "_stats.json")
    }
