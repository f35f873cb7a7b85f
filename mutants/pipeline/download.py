"""`openwit download`: img2dataset over the curated shards, plus `sizes.json` and a summary.

img2dataset does the downloading, resizing, X-Robots-Tag opt-outs, retries and
incremental re-runs; this module only refuses internal hosts again (defence in depth:
the curated files may have been edited or made by another tool), runs img2dataset in a
subprocess (it starts workers with `spawn`) and reads its per-shard stats back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from common.io import remove_if_exists, write_atomic
from pipeline.config import DownloadConfig
from pipeline.urls import clean_url
from pipeline.write import parquet_bytes

INPUT_DIR = "_input"  # img2dataset's input: the curated parts minus refused URLs
SIZES = "sizes.json"
SUMMARY = "download_summary.json"
OPT_OUT_DIRECTIVES = ["noai", "noimageai", "noindex", "noimageindex"]
EXTRA_COLUMNS = ["uid", "query_ids"]


def curated_parts(curated: str) -> list[str]:
    found = FileSystems.match([FileSystems.join(curated, "part-*.parquet")])[0].metadata_list
    if not found:
        raise FileNotFoundError(f"{curated}: no part-*.parquet files (run openwit curate first)")
    return sorted(m.path for m in found)


def prepare_input(curated: str, out: str, allow_loopback: bool) -> tuple[str, int, Counter]:
    """Copy the curated parts to OUT/_input without refused URLs; (folder, urls, refused)."""
    folder = FileSystems.join(out, INPUT_DIR)
    total, refused = 0, Counter()
    for part in curated_parts(curated):
        try:
            with FileSystems.open(part, compression_type=CompressionTypes.UNCOMPRESSED) as f:
                table = pq.read_table(f)
        except (OSError, ValueError) as err:
            raise ValueError(f"{part}: unreadable curated part ({err})") from err
        missing = [c for c in ("url", "text", *EXTRA_COLUMNS) if c not in table.column_names]
        if missing:
            raise ValueError(f"{part}: no column {missing[0]!r}; is it openwit curate output?")
        reasons = [clean_url(u or "", None, allow_loopback)[1] for u in table["url"].to_pylist()]
        refused.update(r for r in reasons if r)
        table = table.filter(pc.equal(pa.array(reasons, pa.string()), ""))
        total += table.num_rows
        write_atomic(FileSystems.join(folder, os.path.basename(part)), parquet_bytes(table))
    return folder, total, refused


def img2dataset_arguments(c: DownloadConfig, url_folder: str) -> dict:
    """Keyword arguments of `img2dataset.download` for this run."""
    return {
        "url_list": url_folder,
        "input_format": "parquet",
        "url_col": "url",
        "caption_col": "text",
        "save_additional_columns": EXTRA_COLUMNS,
        "output_folder": c.out,
        "output_format": "webdataset",
        "image_size": c.image_size,
        "resize_mode": c.resize_mode,
        "processes_count": c.processes,
        "thread_count": c.threads,
        "timeout": c.timeout,
        "retries": c.retries,
        "number_sample_per_shard": c.samples_per_shard,
        "max_image_area": c.max_image_pixels,
        "user_agent_token": c.user_agent_token,
        "disallowed_header_directives": OPT_OUT_DIRECTIVES if c.honour_opt_out else [],
        # img2dataset's own "overwrite" mode deletes its _tmp folder too; `run` clears instead.
        "incremental_mode": "incremental",
        "enable_wandb": False,
    }


def run_img2dataset(arguments: dict, max_image_pixels: int) -> None:
    """img2dataset.download(**arguments) in a subprocess; RuntimeError if it fails.

    OpenCV refuses to decode images declaring more than OPENCV_IO_MAX_IMAGE_PIXELS, so a
    decompression bomb fails before its pixels are allocated.
    """
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(arguments, f)
    env = {
        **os.environ,
        "OPENCV_IO_MAX_IMAGE_PIXELS": str(max_image_pixels),
        "NO_ALBUMENTATIONS_UPDATE": "1",
    }
    try:
        done = subprocess.run([sys.executable, "-m", "pipeline.img2dataset_job", f.name], env=env)
    finally:
        os.unlink(f.name)
    if done.returncode != 0:
        raise RuntimeError(
            f"img2dataset failed (exit status {done.returncode}) on {arguments['output_folder']}"
        )


def clear_shards(out: str) -> None:
    """Delete img2dataset's outputs in `out` (tars, parquets, stats), for a fresh start."""
    patterns = ["*.tar", "*.parquet", "*_stats.json"]
    found = FileSystems.match([FileSystems.join(out, p) for p in patterns])
    paths = [m.path for result in found for m in result.metadata_list]
    if paths:
        FileSystems.delete(paths)


def read_shard_stats(out: str) -> dict[str, dict]:
    """img2dataset's per-shard stats, by tar name (only finished shards have them)."""
    found = FileSystems.match([FileSystems.join(out, "*_stats.json")])[0].metadata_list
    stats = {}
    for m in sorted(found, key=lambda m: m.path):
        with FileSystems.open(m.path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
            stats[os.path.basename(m.path).removesuffix("_stats.json") + ".tar"] = json.load(f)
    return stats


def summarize(shard_stats: dict[str, dict], urls: int, refused: Counter) -> dict:
    failures = Counter()
    for s in shard_stats.values():
        failures.update({k: v for k, v in s["status_dict"].items() if k != "success"})
    return {
        "urls": urls + sum(refused.values()),
        "attempted": sum(s["count"] for s in shard_stats.values()),
        "successes": sum(s["successes"] for s in shard_stats.values()),
        "failed_to_download": sum(s["failed_to_download"] for s in shard_stats.values()),
        "failed_to_resize": sum(s["failed_to_resize"] for s in shard_stats.values()),
        "refused": dict(sorted(refused.items())),
        "failures_by_reason": dict(failures.most_common()),
        "shards": len(shard_stats),
    }


def run(c: DownloadConfig) -> dict:
    """Download; write sizes.json and download_summary.json; the summary."""
    if c.overwrite:
        clear_shards(c.out)
    url_folder, urls, refused = prepare_input(c.curated, c.out, c.allow_loopback)
    # img2dataset reads every *.json in the output folder as a finished shard's stats.
    for name in (SIZES, SUMMARY):
        remove_if_exists(FileSystems.join(c.out, name))
    if urls:
        run_img2dataset(img2dataset_arguments(c, url_folder), c.max_image_pixels)
    shard_stats = read_shard_stats(c.out)
    sizes = {tar: s["successes"] for tar, s in shard_stats.items()}
    write_atomic(FileSystems.join(c.out, SIZES), json.dumps(sizes, indent=2).encode())
    summary = summarize(shard_stats, urls, refused)
    write_atomic(FileSystems.join(c.out, SUMMARY), json.dumps(summary, indent=2).encode())
    return summary


def print_summary(summary: dict, out: str) -> None:
    print(
        f"\n{summary['successes']:,} images downloaded of {summary['attempted']:,} attempted "
        f"({summary['failed_to_download']:,} failed to download, "
        f"{summary['failed_to_resize']:,} failed to decode or resize)"
    )
    if summary["refused"]:
        print(
            "refused before download: "
            + ", ".join(f"{k} {v:,}" for k, v in summary["refused"].items())
        )
    for reason, n in list(summary["failures_by_reason"].items())[:15]:
        print(f"  {n:>8,}  {reason}")
    print(f"wrote {summary['shards']} shards, {SIZES}, {SUMMARY} to {out}")
