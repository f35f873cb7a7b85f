"""`openwit download`: real img2dataset downloads from an HTTP server on 127.0.0.1."""

from __future__ import annotations

import argparse
import json
import tarfile
from pathlib import Path

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


def test_download_refuses_internal_hosts_and_bad_input(tmp_path, capsys):
    curated = tmp_path / "CURATED"
    urls = ["http://127.0.0.1:9/a.jpg", "http://10.0.0.1/b.jpg", "http://169.254.169.254/c.jpg"]
    rows = [
        {"uid": f"{i:032x}", "url": u, "text": "t", "query_ids": [0], "source": "s"}
        for i, u in enumerate(urls)
    ]
    write_parquet(curated / "part-00000-of-00001.parquet", rows)
    shards = tmp_path / "SHARDS"
    assert cli.main(download_args(curated, shards)) == 0
    summary = json.loads((shards / "download_summary.json").read_text())
    assert summary["refused"] == {"internal_host": 3} and summary["attempted"] == 0
    assert "refused before download: internal_host 3" in capsys.readouterr().out
    assert json.loads((shards / "sizes.json").read_text()) == {}

    assert cli.main(download_args(tmp_path / "nothing", shards)) == 1
    assert "nothing: no part-*.parquet files" in capsys.readouterr().err
    write_parquet(tmp_path / "other" / "part-00000-of-00001.parquet", [{"link": "x"}])
    assert cli.main(download_args(tmp_path / "other", shards)) == 1
    assert "no column 'url'" in capsys.readouterr().err


def test_img2dataset_arguments_keep_its_safety_features():
    from pipeline.download import DownloadConfig, img2dataset_arguments

    args = img2dataset_arguments(DownloadConfig("C", "S", retries=2, timeout=5), "S/_input")
    assert args["disallowed_header_directives"] == ["noai", "noimageai", "noindex", "noimageindex"]
    assert args["incremental_mode"] == "incremental" and args["retries"] == 2
    assert args["save_additional_columns"] == ["uid", "query_ids"] and args["caption_col"] == "text"
    off = img2dataset_arguments(DownloadConfig("C", "S", honour_opt_out=False, overwrite=True), "x")
    assert off["disallowed_header_directives"] == []


def test_overwrite_clears_only_img2datasets_outputs(tmp_path):
    from pipeline.download import clear_shards

    for name in ("00000.tar", "00000.parquet", "00000_stats.json", "sizes.json", "notes.txt"):
        (tmp_path / name).write_text("x")
    (tmp_path / "_input").mkdir()
    (tmp_path / "_input" / "part-00000-of-00001.parquet").write_text("x")
    clear_shards(str(tmp_path))
    assert sorted(p.name for p in tmp_path.rglob("*")) == [
        "_input",
        "notes.txt",
        "part-00000-of-00001.parquet",
        "sizes.json",
    ]
