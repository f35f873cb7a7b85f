"""Benchmark: the curation job's WAT reader against a bare FastWARC + orjson loop.

Writes gzipped WAT files in Common Crawl's layout (one gzip member per record; for each
page a request and a response metadata record, the response with HTML-Metadata: head,
metas, anchors and images with alt/title, some relative). Then, on the same files and in
one process, times (a) the bare loop: FastWARC iteration over the metadata records plus
an orjson parse of each payload, and (b) the job's reader (`raw_batches`: the same, plus
every reading rule and the Arrow table of raw pairs). Prints MB/s of compressed WAT and
pairs/s per core, best of --repeat runs each (the two alternating), and the ratio (b)/(a).

    PYTHONPATH=. .venv/bin/python bench/curate_wat_read.py [--pages 50000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import shutil
import tempfile
import time
from pathlib import Path

import orjson
from fastwarc.warc import ArchiveIterator, WarcRecordType

from pipeline.config import MAX_RECORD_BYTES
from pipeline.curate import BATCH_ROWS
from pipeline.raw_batches import raw_batches

WORDS = [
    *("the", "a", "photo", "of", "red", "blue", "old", "new", "house"),
    *("garden", "dog", "cat", "city", "river", "view", "man", "woman"),
]


def record(payload: dict, uri: str) -> bytes:
    body = json.dumps(payload).encode()
    head = (
        "WARC/1.0\r\nWARC-Type: metadata\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-12-01T00:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return gzip.compress(head.encode() + body + b"\r\n\r\n", compresslevel=6)


def words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choices(WORDS, k=n))


def page_records(rng: random.Random, i: int) -> bytes:
    uri = f"http://site{i % 997}.example.com/post/{i}.html"
    warc_header = {"WARC-Type": "response", "WARC-Target-URI": uri, "WARC-Date": "2024-12-01"}
    links = [
        {"path": "A@/href", "url": f"/post/{rng.randrange(10**6)}.html", "text": words(rng, 4)}
        for _ in range(rng.randint(20, 60))
    ]
    for k in range(rng.randint(2, 12)):
        url = f"/img/{i}-{k}.jpg" if k % 2 else f"http://cdn.example.com/{i}/{k}.jpg"
        image = {"path": "IMG@/src", "url": url}
        if rng.random() < 0.8:
            image["alt"] = words(rng, rng.randint(3, 12))
        if rng.random() < 0.3:
            image["title"] = words(rng, 3)
        links.insert(rng.randrange(len(links)), image)
    html = {
        "Head": {
            "Title": words(rng, 6),
            "Metas": [{"name": "description", "content": words(rng, 25)}],
            "Link": [{"path": "LINK@/href", "url": "/style.css", "rel": "stylesheet"}],
        },
        "Links": links,
    }
    response = {
        "Envelope": {
            "Format": "WARC",
            "WARC-Header-Length": "583",
            "Block-Digest": "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "Actual-Content-Length": "51234",
            "WARC-Header-Metadata": warc_header,
            "Payload-Metadata": {
                "Actual-Content-Type": "application/http; msgtype=response",
                "HTTP-Response-Metadata": {
                    "Response-Message": {"Version": "HTTP/1.1", "Status": "200", "Reason": "OK"},
                    "Headers": {"Content-Type": "text/html; charset=UTF-8", "Server": "nginx"},
                    "Headers-Length": "312",
                    "Entity-Length": "50922",
                    "HTML-Metadata": html,
                },
            },
        },
        "Container": {"Filename": "CC-MAIN-x.warc.gz", "Compressed": True, "Offset": str(i)},
    }
    request = {
        "Envelope": {
            "Format": "WARC",
            "WARC-Header-Metadata": {"WARC-Type": "request", "WARC-Target-URI": uri},
            "Payload-Metadata": {
                "HTTP-Request-Metadata": {
                    "Request-Message": {"Method": "GET", "Path": f"/post/{i}.html"},
                    "Headers": {"Host": f"site{i % 997}.example.com", "User-Agent": "CCBot"},
                }
            },
        }
    }
    return record(request, uri) + record(response, uri)


def write_wats(folder: Path, pages: int, files: int) -> list[Path]:
    rng = random.Random(0)
    paths = []
    for f in range(files):
        path = folder / f"CC-MAIN-bench-{f:05d}.warc.wat.gz"
        with open(path, "wb") as out:
            for i in range(f * pages // files, (f + 1) * pages // files):
                out.write(page_records(rng, i))
        paths.append(path)
    return paths


def bare(paths: list[Path]) -> int:
    n = 0
    for path in paths:
        for rec in ArchiveIterator(
            str(path), record_types=WarcRecordType.metadata, parse_http=False, fsspec_args=False
        ):
            orjson.loads(rec.reader.read())
            n += 1
    return n


def job_reader(paths: list[Path]) -> int:
    return sum(
        table.num_rows
        for path in paths
        for table, _ in raw_batches("wat", str(path), "url", "text", BATCH_ROWS, MAX_RECORD_BYTES)
    )


def timed(fn, paths: list[Path]) -> tuple[float, float, int]:
    wall, cpu = time.perf_counter(), time.process_time()
    n = fn(paths)
    return time.perf_counter() - wall, time.process_time() - cpu, n


def best_alternating(paths: list[Path], repeat: int) -> list[tuple[float, float, int]]:
    """Best wall and CPU seconds of `repeat` runs of the bare loop and of the job's reader,
    alternating, so that a slow spell of a shared machine falls on both; and the counts."""
    runs: dict = {bare: [], job_reader: []}
    for _ in range(repeat):
        for fn, times in runs.items():
            times.append(timed(fn, paths))
    return [
        (min(t[0] for t in times), min(t[1] for t in times), times[-1][2])
        for times in runs.values()
    ]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--pages", type=int, default=50_000)
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-wat-"))
    try:
        paths = write_wats(folder, args.pages, args.files)
        mb = sum(p.stat().st_size for p in paths) / 1e6
        (bare_s, bare_cpu, records), (job_s, job_cpu, pairs) = best_alternating(paths, args.repeat)
        print(f"{args.pages:,} pages, {records:,} metadata records, {mb:,.1f} MB of gzipped WAT")
        print(
            f"bare FastWARC + orjson: {bare_s:.2f} s, {mb / bare_s:,.1f} MB/s; "
            f"{bare_cpu:.2f} CPU-s, {mb / bare_cpu:,.1f} MB per CPU-second"
        )
        print(
            f"job reader (raw_batches): {job_s:.2f} s, {mb / job_s:,.1f} MB/s; "
            f"{job_cpu:.2f} CPU-s, {mb / job_cpu:,.1f} MB per CPU-second; "
            f"{pairs:,} pairs, {pairs / job_cpu:,.0f} pairs per CPU-second"
        )
        print(
            f"job reader / bare loop = {bare_s / job_s:.2f} (wall), {bare_cpu / job_cpu:.2f} (CPU)"
        )
        print(
            f"at {mb / job_cpu:,.1f} MB per CPU-second a ~1 GB Common Crawl WAT file takes "
            f"~{1000 / (mb / job_cpu):.0f} CPU-seconds (LAION cc2dataset: ~50 s per WAT file)"
        )
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
