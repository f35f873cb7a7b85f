"""Benchmark (c): `openwit download` images per second against bare img2dataset.

Both download the same URL list from an HTTP server on 127.0.0.1 (started here, serving
generated JPEGs) with the same img2dataset settings; each runs twice, alternating, and
the faster run counts. Wall time includes process start-up (img2dataset imports torch
through webdataset in each of its processes).

    .venv/bin/python bench/download_throughput.py [--images 5000] [--processes 2]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from pipeline_fixtures import image_server  # noqa: E402

from pipeline.download import DownloadConfig, img2dataset_arguments  # noqa: E402

BARE = """
import json, sys
if __name__ == "__main__":
    from img2dataset import download
    download(**json.loads(sys.argv[1]))
"""


def timed(argv: list[str], env: dict) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{argv[:4]} failed:\n{done.stderr[-3000:]}")
    return time.perf_counter() - start


def successes(folder: Path) -> int:
    return sum(json.loads(p.read_text())["successes"] for p in folder.glob("*_stats.json"))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--images", type=int, default=5000)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--threads", type=int, default=32)
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-download-"))
    env = {**os.environ, "NO_ALBUMENTATIONS_UPDATE": "1"}
    with image_server(max_requests=10 * args.images) as server:
        n = args.images
        table = pa.table(
            {
                "uid": [f"{i:032x}" for i in range(n)],
                "url": [f"{server.base}/img/{i % 200}.jpg?n={i}" for i in range(n)],
                "text": [f"image {i}" for i in range(n)],
                "query_ids": [[i % 100] for i in range(n)],
                "source": ["bench"] * n,
            }
        )
        (work / "CURATED").mkdir()
        pq.write_table(table, work / "CURATED" / "part-00000-of-00001.parquet")
        # curate writes stats.json last; download checks the folder is complete by it
        (work / "CURATED" / "stats.json").write_text(json.dumps({"shards": 1}))
        config = DownloadConfig(
            str(work / "CURATED"),
            str(work / "bare"),
            processes=args.processes,
            threads=args.threads,
            allow_loopback=True,
        )
        bare_args = img2dataset_arguments(
            config, str(work / "CURATED" / "part-00000-of-00001.parquet")
        )
        ours_argv = [
            sys.executable,
            "-m",
            "openwit.cli",
            "download",
            str(work / "CURATED"),
            "--out",
            str(work / "ours"),
            "--allow-loopback",
            "--processes",
            str(args.processes),
            "--threads",
            str(args.threads),
        ]
        (work / "bare_img2dataset.py").write_text(BARE)
        bare_argv = [sys.executable, str(work / "bare_img2dataset.py"), json.dumps(bare_args)]
        times = {"openwit download": [], "bare img2dataset": []}
        for _ in range(2):
            for name, argv in (("bare img2dataset", bare_argv), ("openwit download", ours_argv)):
                shutil.rmtree(work / ("bare" if name.startswith("bare") else "ours"), True)
                times[name].append(timed(argv, env))
        counts = {
            "openwit download": successes(work / "ours"),
            "bare img2dataset": successes(work / "bare"),
        }
    shutil.rmtree(work)
    rates = {k: counts[k] / min(v) for k, v in times.items()}
    for name, rate in rates.items():
        best = min(times[name])
        print(f"{name:<18} {counts[name]:,} images, best of 2: {best:.1f} s, {rate:,.0f} images/s")
    ratio = rates["openwit download"] / rates["bare img2dataset"]
    print(f"openwit download / bare img2dataset: {ratio:.3f}")


if __name__ == "__main__":
    main()
