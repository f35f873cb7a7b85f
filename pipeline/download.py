"""`openwit download`: img2dataset over the curated shards, plus `sizes.json` and a summary.

img2dataset does the downloading, resizing, X-Robots-Tag opt-outs, retries and
incremental re-runs. This module checks the folders (a finished curate output in, an
output folder whose img2dataset files are all its own, recorded in `download.manifest`),
refuses internal hosts again as written (defence in depth: the curated files may have been
edited or made by another tool), runs img2dataset in a subprocess whose workers download
through `pipeline.guard` (internal addresses on every hop, deadline, size limit) and reads
its per-shard stats back.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from apache_beam.io.filesystem import CompressionTypes, FileMetadata
from apache_beam.io.filesystems import FileSystems

from common.io import is_local, write_atomic, write_json_atomic
from common.shards import DOWNLOAD_MANIFEST, DROPPED, SIZES
from pipeline import guard
from pipeline.config import DownloadConfig
from pipeline.diff import DIFF
from pipeline.urls import clean_url
from pipeline.write import parquet_bytes, part_name

INPUT_DIR = "_input/"  # img2dataset's input: the curated parts minus refused URLs
TMP_DIR = "_tmp/"  # img2dataset's own staging folder (img2dataset/main.py)
SUMMARY = "download_summary.json"
OOM_SHARD_COUNT = 5  # img2dataset's default: shard names have 5 digits
SHARD_FILE = re.compile(r"^\d+(\.tar|\.parquet|_stats\.json)$")
OPT_OUT_DIRECTIVES = ["noai", "noimageai", "noindex", "noimageindex"]
EXTRA_COLUMNS = ["uid", "query_ids"]
# Provenance, into each sample's .json too (null where a part lacks it: older curate output,
# or page_url of a pair read from a table).
PROVENANCE = {
    "source": pa.string(),
    "source_row": pa.int64(),
    "page_url": pa.string(),
    "keep_probability": pa.float64(),
    "draw": pa.float64(),
    "curate_run": pa.string(),
}


def curated_parts(curated: str) -> list[FileMetadata]:
    found = FileSystems.match([FileSystems.join(curated, "part-*.parquet")])[0].metadata_list
    if not found:
        raise FileNotFoundError(f"{curated}: no part-*.parquet files (run openwit curate first)")
    return sorted(found, key=lambda m: m.path)


def check_curated_finished(curated: str, parts: list[FileMetadata]) -> None:
    """Refuse a curate output that a killed run left: curate writes stats.json last, so
    it must exist, be no older than any part, and count exactly the parts present."""
    unfinished = "curate did not finish (run openwit curate again)"
    found = FileSystems.match([FileSystems.join(curated, "stats.json")])[0].metadata_list
    if not found:
        raise ValueError(f"{curated}: no stats.json: {unfinished}")
    with FileSystems.open(found[0].path) as f:
        shards = json.load(f).get("shards")
    for m in parts:
        if m.last_updated_in_seconds > found[0].last_updated_in_seconds:
            raise ValueError(f"{m.path}: newer than stats.json: {unfinished}")
    names = {os.path.basename(m.path) for m in parts}
    if shards is not None and names != {part_name(i, shards) for i in range(shards)}:
        raise ValueError(f"{curated}: not the {shards} parts stats.json counts: {unfinished}")


def diff_file(curated: str, name: str) -> FileMetadata:
    """CURATED/diff/NAME of a finished `curate --previous` run (diff.json is written last)."""
    folder = FileSystems.join(curated, DIFF)
    if not FileSystems.exists(FileSystems.join(folder, "diff.json")):
        raise FileNotFoundError(f"{curated}: no finished diff/ (run openwit curate --previous)")
    return FileSystems.match([FileSystems.join(folder, name)])[0].metadata_list[0]


def drop_removed(curated: str, out: str) -> int:
    """Add the uids of CURATED/diff/removed.parquet to OUT/dropped_uids.txt (OUT: earlier
    shards); the number listed."""
    check_curated_finished(curated, curated_parts(curated))
    if not FileSystems.exists(FileSystems.join(out, DOWNLOAD_MANIFEST)):
        raise FileNotFoundError(f"{out}: no {DOWNLOAD_MANIFEST}: give the earlier shards")
    with FileSystems.open(diff_file(curated, "removed.parquet").path) as f:
        removed = set(pq.read_table(f, columns=["uid"])["uid"].to_pylist())
    path = FileSystems.join(out, DROPPED)
    if FileSystems.exists(path):
        with FileSystems.open(path) as f:
            removed |= set(f.read().decode().split())
    write_atomic(path, "".join(f"{uid}\n" for uid in sorted(removed)).encode())
    return len(removed)


def inside(path: str, folder: str) -> bool:
    """True if `path` is `folder` or lies inside it."""
    if is_local(path) and is_local(folder):
        path, folder = os.path.realpath(path), os.path.realpath(folder)
    path, folder = path.rstrip("/"), folder.rstrip("/")
    return path == folder or path.startswith(folder + "/")


def read_manifest(out: str) -> set[str]:
    """The files (folders end in /) earlier runs of `openwit download` wrote in `out`."""
    path = FileSystems.join(out, DOWNLOAD_MANIFEST)
    if not FileSystems.exists(path):
        return set()
    try:
        with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
            return set(json.load(f)["files"])
    except (ValueError, KeyError, TypeError) as err:
        raise ValueError(f"{path}: unreadable download manifest ({err})") from err


def write_manifest(c: DownloadConfig, files: set[str], complete: bool) -> None:
    """`complete` is false from the start of a run until its last file is written."""
    manifest = {"complete": complete, "curated": c.curated, "files": sorted(files)}
    write_json_atomic(FileSystems.join(c.out, DOWNLOAD_MANIFEST), manifest)


def check_foreign_files(out: str, recorded: set[str]) -> None:
    """Refuse files img2dataset would read, overwrite or delete that download did not write:
    any *.json (img2dataset reads each as a finished shard's stats), shard-named files and
    the staging folders."""
    patterns = ["*.json", "*.tar", "*.parquet", f"{INPUT_DIR}*", f"{TMP_DIR}*"]
    found = FileSystems.match([FileSystems.join(out, p) for p in patterns])
    for pattern, result in zip(patterns, found, strict=True):
        for m in result.metadata_list:
            name = os.path.basename(m.path)
            if pattern.endswith("/*"):
                name = pattern[:-1]
            elif not (pattern == "*.json" or SHARD_FILE.match(name)):
                continue
            if name not in recorded:
                raise ValueError(
                    f"{m.path}: not written by openwit download (not in {DOWNLOAD_MANIFEST}); "
                    "move it or choose another --out"
                )


def remove_files(out: str, names: set[str]) -> None:
    """Delete these files of `out`, and the files inside those ending in /."""
    patterns = [FileSystems.join(out, n + "*" if n.endswith("/") else n) for n in names]
    paths = [m.path for result in FileSystems.match(patterns) for m in result.metadata_list]
    if paths:
        FileSystems.delete(paths)


def prepare_input(
    parts: list[FileMetadata], out: str, allow_loopback: bool
) -> tuple[list[int], Counter]:
    """Copy the curated parts to OUT/_input without refused URLs; (rows per part, refused)."""
    rows, refused = [], Counter()
    for part in (m.path for m in parts):
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
        for name, kind in PROVENANCE.items():
            if name not in table.column_names:
                table = table.append_column(name, pa.nulls(table.num_rows, kind))
        rows.append(table.num_rows)
        path = FileSystems.join(out, INPUT_DIR, os.path.basename(part))
        write_atomic(path, parquet_bytes(table))
    return rows, refused


def shard_files(rows: list[int], samples_per_shard: int) -> set[str]:
    """The names img2dataset gives the shards of these input files (one after another)."""
    n = sum(math.ceil(r / samples_per_shard) for r in rows)
    kinds = (".tar", ".parquet", "_stats.json")
    return {f"{i:0{OOM_SHARD_COUNT}d}{kind}" for i in range(n) for kind in kinds}


def img2dataset_arguments(c: DownloadConfig, url_folder: str) -> dict:
    """Keyword arguments of `img2dataset.download` for this run."""
    return {
        "url_list": url_folder,
        "input_format": "parquet",
        "url_col": "url",
        "caption_col": "text",
        "save_additional_columns": [*EXTRA_COLUMNS, *PROVENANCE],
        "output_folder": c.out,
        "output_format": "webdataset",
        "image_size": c.image_size,
        "resize_mode": c.resize_mode,
        "processes_count": c.processes,
        "thread_count": c.threads,
        "timeout": c.timeout,
        "retries": c.retries,
        "number_sample_per_shard": c.samples_per_shard,
        "oom_shard_count": OOM_SHARD_COUNT,
        "max_image_area": c.max_image_pixels,
        "user_agent_token": c.user_agent_token,
        "disallowed_header_directives": OPT_OUT_DIRECTIVES if c.honour_opt_out else [],
        # img2dataset's own "overwrite" mode deletes the whole output folder; `run` removes
        # only the files its manifest records instead.
        "incremental_mode": "incremental",
        "enable_wandb": False,
    }


def guard_limits(c: DownloadConfig) -> guard.Limits:
    return guard.Limits(c.allow_loopback, c.deadline, c.max_bytes)


def run_img2dataset(arguments: dict, max_image_pixels: int, limits: guard.Limits) -> None:
    """img2dataset.download(**arguments) in a subprocess; RuntimeError if it fails.

    OpenCV refuses to decode images declaring more than OPENCV_IO_MAX_IMAGE_PIXELS, so a
    decompression bomb fails before its pixels are allocated. The guard's limits reach
    img2dataset's spawned workers through the environment (`pipeline.img2dataset_job`).
    """
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(arguments, f)
    env = {
        **os.environ,
        "OPENCV_IO_MAX_IMAGE_PIXELS": str(max_image_pixels),
        "NO_ALBUMENTATIONS_UPDATE": "1",
        guard.ENV: limits.to_env(),
    }
    try:
        done = subprocess.run([sys.executable, "-m", "pipeline.img2dataset_job", f.name], env=env)
    finally:
        os.unlink(f.name)
    if done.returncode != 0:
        raise RuntimeError(
            f"img2dataset failed (exit status {done.returncode}) on {arguments['output_folder']}"
        )


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
    """Download; write sizes.json, download_summary.json and the manifest; the summary."""
    parts = curated_parts(c.curated)
    check_curated_finished(c.curated, parts)
    if c.only_added:
        parts = [diff_file(c.curated, "added.parquet")]
    if inside(c.out, c.curated):
        raise ValueError(f"--out {c.out} is the curated folder or inside it: choose another")
    recorded = read_manifest(c.out)
    check_foreign_files(c.out, recorded)
    if c.overwrite:
        remove_files(c.out, recorded)
        recorded = set()
    # The staging folders are cleared every run: an earlier run's input (another curated
    # set, other flags) must never be downloaded again.
    remove_files(c.out, {INPUT_DIR, TMP_DIR, SIZES, SUMMARY})
    recorded |= {INPUT_DIR, TMP_DIR, SIZES, SUMMARY}
    write_manifest(c, recorded, complete=False)
    rows, refused = prepare_input(parts, c.out, c.allow_loopback)
    recorded |= shard_files(rows, c.samples_per_shard)
    write_manifest(c, recorded, complete=False)
    if sum(rows):
        arguments = img2dataset_arguments(c, FileSystems.join(c.out, INPUT_DIR.rstrip("/")))
        run_img2dataset(arguments, c.max_image_pixels, guard_limits(c))
    shard_stats = read_shard_stats(c.out)
    sizes = {tar: s["successes"] for tar, s in shard_stats.items()}
    write_json_atomic(FileSystems.join(c.out, SIZES), sizes)
    summary = summarize(shard_stats, sum(rows), refused)
    write_json_atomic(FileSystems.join(c.out, SUMMARY), summary)
    write_manifest(c, recorded, complete=True)
    return summary


def why_none(summary: dict) -> str:
    """Why a run attempted no URL, with the counts by reason."""
    refused = summary["refused"]
    if refused:
        reasons = ", ".join(f"{k} {v:,}" for k, v in refused.items())
        return f"{sum(refused.values()):,} of {summary['urls']:,} URLs refused: {reasons}"
    if not summary["urls"]:
        return "the curated parts hold no URL"
    return "img2dataset finished no shard"


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
