"""Benchmark `openwit fetch`'s download engine against plain `requests` on 127.0.0.1.

Prints throughput of a baseline (one `requests.get(stream=True)` per file, written in
1 MiB chunks, no checks) and of the engine (Range-resumable .part file, size + sha1
check, atomic rename), and how many bytes a transfer cut at half-way costs the engine
(resumed with Range) against a restart from zero. Run: .venv/bin/python bench/bench_fetch.py
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import socket
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests

from pipeline.fetch.transfer import Item, Policy, download, make_session

MIB = 2**20


class Handler(BaseHTTPRequestHandler):
    files: dict[str, bytes] = {}
    cut_once: set[str] = set()
    sent = 0

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        body = self.files[self.path]
        start = int(self.headers["Range"][6:].split("-")[0]) if self.headers.get("Range") else 0
        self.send_response(206 if start else 200)
        self.send_header("Content-Length", str(len(body) - start))
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        self.end_headers()
        end = len(body)
        if self.path in self.cut_once:
            self.cut_once.discard(self.path)
            end = start + (len(body) - start) // 2
        view = memoryview(body)
        for offset in range(start, end, MIB):
            chunk = view[offset : min(end, offset + MIB)]
            self.wfile.write(chunk)
            Handler.sent += len(chunk)
        if end < len(body):
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)


def baseline(urls: list[str], out: Path) -> None:
    with requests.Session() as session:
        for url in urls:
            with session.get(url, stream=True) as resp, open(out / Path(url).name, "wb") as fh:
                for chunk in resp.iter_content(MIB):
                    fh.write(chunk)


def engine(items: list[Item], jobs: int) -> None:
    policy = Policy(jobs=jobs, backoff=0.01)
    stats = download(items, make_session(policy, "bench"), policy, "bench", quiet=True)
    assert stats.fetched == len(items) and not stats.failed, stats.failed


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--mib", type=int, default=64, help="size of each file")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    bodies = {f"/f{i}.bin": os.urandom(args.mib * MIB) for i in range(args.files)}
    Handler.files = bodies
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    total = args.files * args.mib
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)

            def items(name: str, check: bool = True) -> list[Item]:
                (root / name).mkdir()
                return [
                    Item(
                        base + p,
                        root / name / p[1:],
                        len(b),
                        ("sha1", hashlib.sha1(b).hexdigest()) if check else None,
                    )
                    for p, b in bodies.items()
                ]

            best: dict[str, float] = {}
            for run in range(args.repeats):  # interleaved; the best of each is kept
                (root / f"base{run}").mkdir()
                times = {
                    "base": timed(baseline, [base + p for p in bodies], root / f"base{run}"),
                    "one": timed(engine, items(f"one{run}"), 1),
                    "size": timed(engine, items(f"size{run}", check=False), 1),
                    "two": timed(engine, items(f"two{run}"), 2),
                }
                best = {k: min(v, best.get(k, v)) for k, v in times.items()}
                for folder in root.iterdir():
                    shutil.rmtree(folder)
            t_base, t_one, t_size, t_two = best["base"], best["one"], best["size"], best["two"]
            Handler.cut_once = set(bodies)
            Handler.sent = 0
            engine(items("cut"), 1)
            resumed = Handler.sent / (total * MIB)
    finally:
        server.shutdown()
    print(
        f"files: {args.files} x {args.mib} MiB over 127.0.0.1 (server in the same process), "
        f"best of {args.repeats}"
    )
    print(f"baseline requests, sequential, no checks: {total / t_base:8.1f} MiB/s")
    print(
        f"engine --jobs 1 (+ sha1, .part, rename):  {total / t_one:8.1f} MiB/s  "
        f"ratio {t_base / t_one:.2f}"
    )
    print(
        f"engine --jobs 1, size check only:         {total / t_size:8.1f} MiB/s  "
        f"ratio {t_base / t_size:.2f}"
    )
    print(
        f"engine --jobs 2:                          {total / t_two:8.1f} MiB/s  "
        f"ratio {t_base / t_two:.2f}"
    )
    print(
        f"bytes sent per file byte when every transfer is cut at half-way: {resumed:.2f} "
        f"(restart from zero would be 1.50)"
    )


if __name__ == "__main__":
    main()
