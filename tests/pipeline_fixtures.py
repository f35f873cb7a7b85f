"""Fixtures for the curate and download tests: query lists, crawl files and an image server."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import tarfile
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from PIL import Image


def write_queries(folder: Path, queries: list[str], first_id: int = 0) -> Path:
    """QUERIES/queries.parquet as the README's formats page (docs/formats.md) defines it."""
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.table(
        {
            "id": pa.array(range(first_id, first_id + len(queries)), pa.int64()),
            "query": pa.array(queries, pa.string()),
            "source": pa.array(["unigram"] * len(queries), pa.string()),
            "stat": pa.array([100.0] * len(queries), pa.float64()),
        }
    )
    pq.write_table(table, folder / "queries.parquet")
    (folder / "manifest.json").write_text("{}\n")  # a finished QUERIES folder
    return folder


def write_parquet(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


def warc_record(
    payload: dict | bytes, warc_type: str = "metadata", length: int | None = None
) -> bytes:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    headers = (
        "WARC/1.0\r\n"
        f"WARC-Type: {warc_type}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body) if length is None else length}\r\n\r\n"
    )
    return headers.encode() + body + b"\r\n\r\n"


def wat_page(page_url: str, links: list[dict], base: str | None = None) -> dict:
    head = {"Title": "a page"} | ({"Base": base} if base else {})
    return {
        "Envelope": {
            "WARC-Header-Metadata": {"WARC-Type": "response", "WARC-Target-URI": page_url},
            "Payload-Metadata": {
                "HTTP-Response-Metadata": {"HTML-Metadata": {"Head": head, "Links": links}}
            },
        }
    }


def write_wat(path: Path, records: list[bytes]) -> Path:
    """A gzipped WAT file, one gzip member per record as Common Crawl writes them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        f.write(gzip.compress(warc_record({"warcinfo": True}, "warcinfo")))
        for record in records:
            f.write(gzip.compress(record))
    return path


def jpeg(index: int, size: int = 32) -> bytes:
    image = Image.new("RGB", (size, size), ((index * 37) % 256, (index * 91) % 256, 128))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def png_bomb(side: int = 20_000) -> bytes:
    """A 1-bit PNG declaring side² pixels in a few tens of kB (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    row = b"\x00" + b"\x00" * ((side + 7) // 8)
    header = side.to_bytes(4, "big") * 2 + bytes([1, 0, 0, 0, 0])
    data = zlib.compress(row * side, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # many parallel downloads: no connect timeouts from a full backlog

    def handle_error(self, request, client_address):  # a client that gave up (timeout): fine
        pass


class ImageServer:
    """An HTTP server on 127.0.0.1 (free port) serving generated images and failure cases.

    /img/N.jpg a JPEG; /404, /500; /slow.jpg sleeps `slow_seconds` first; /truncated.jpg
    sends half its declared bytes; /corrupt.jpg random bytes; /html.jpg a web page;
    /bomb.png a decompression bomb; /noai.jpg carries `X-Robots-Tag: noai`; /loop
    redirects to itself. After `max_requests` it answers 503.
    """

    def __init__(self, max_requests: int = 10_000, slow_seconds: float = 3.0):
        self.max_requests, self.slow_seconds = max_requests, slow_seconds
        self.requests = 0
        self.paths: list[str] = []  # every path requested, in order
        self.lock = threading.Lock()
        self.bomb = png_bomb()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                with server.lock:
                    server.requests += 1
                    server.paths.append(self.path)
                    over = server.requests > server.max_requests
                server.answer(self, 503 if over else None)

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def answer(self, h: BaseHTTPRequestHandler, status: int | None) -> None:
        path = h.path
        if status or path in ("/404", "/500"):
            return h.send_error(status or int(path[1:]))
        if path == "/loop":
            h.send_response(302)
            h.send_header("Location", "/loop")
            return h.end_headers()
        body, kind, headers = b"", "image/jpeg", {}
        if path.startswith("/img/"):
            body = jpeg(int(path.split("/")[-1].split(".")[0]))
        elif path == "/slow.jpg":
            time.sleep(self.slow_seconds)
            body = jpeg(0)
        elif path == "/corrupt.jpg":
            body = bytes((i * 7919) % 251 for i in range(2000))
        elif path == "/html.jpg":
            body = b"<!doctype html><html><body>not an image</body></html>"
        elif path == "/bomb.png":
            body, kind = self.bomb, "image/png"
        elif path == "/noai.jpg":
            body, headers = jpeg(1), {"X-Robots-Tag": "noai"}
        elif path == "/truncated.jpg":
            body = jpeg(2, 64)
            h.send_response(200)
            h.send_header("Content-Type", kind)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body[: len(body) // 2])
            h.close_connection = True
            return
        else:
            return h.send_error(404)
        h.send_response(200)
        h.send_header("Content-Type", kind)
        h.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)

    def __enter__(self) -> ImageServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@contextlib.contextmanager
def image_server(**kwargs) -> Iterator[ImageServer]:
    with ImageServer(**kwargs) as server:
        yield server


WORDS = [f"w{i}" for i in range(400)]
QUERY_WORDS = WORDS[:60]


def make_crawl(folder: Path, n: int = 3000, seed: int = 0) -> dict:
    """A crawl of `n` distinct pairs over a parquet table, a CSV table and a WAT file, plus
    duplicates (another spelling of a URL, whose later-sorting text loses) and a query list
    whose words occur with Zipf-like frequencies. Returns paths and the distinct pairs."""
    import random

    rng = random.Random(seed)
    weights = [1 / (i + 1) for i in range(len(WORDS))]
    pairs = []
    for i in range(n):
        text = " ".join(rng.choices(WORDS, weights, k=rng.randint(2, 6)))
        pairs.append((f"http://img{i % 7}.example.org/{i}.jpg", text))
    table_rows = [{"url": u, "text": t, "n": i} for i, (u, t) in enumerate(pairs[: n // 2])]
    duplicates = [
        {"url": u.replace("http://img", "HTTP://IMG") + "#d", "text": "~" + t, "n": -1}
        for u, t in pairs[: n // 10]
    ]
    write_parquet(folder / "crawl" / "a.parquet", table_rows + duplicates)
    csv_rows = pairs[n // 2 : 3 * n // 4]
    with open(folder / "crawl" / "b.csv", "w", encoding="utf-8") as f:
        f.write("url,text\n" + "".join(f"{u},{t}\n" for u, t in csv_rows))
    records = []
    for j in range(3 * n // 4, n, 5):
        links = [
            {"path": "IMG@/src", "url": u.split("/", 3)[3], "alt": t} for u, t in pairs[j : j + 5]
        ]
        page = f"http://img{j % 7}.example.org/index.html"
        # relative URLs resolve to the same host as the pairs above
        for link, (u, _) in zip(links, pairs[j : j + 5], strict=True):
            link["url"] = u if u.split("/")[2] != page.split("/")[2] else "/" + u.split("/", 3)[3]
        records.append(warc_record(wat_page(page, links)))
    write_wat(folder / "wat" / "c.warc.wat.gz", records)
    queries = QUERY_WORDS + [
        f"{a} {b}" for a, b in zip(QUERY_WORDS[:20], QUERY_WORDS[1:21], strict=True)
    ]
    write_queries(folder / "QUERIES", queries)
    return {
        "tables": [str(folder / "crawl" / "a.parquet"), str(folder / "crawl" / "b.csv")],
        "wats": [str(folder / "wat" / "c.warc.wat.gz")],
        "queries": queries,
        "pairs": pairs,
        "duplicates": len(duplicates),
    }


def sample_jsons(shards: Path) -> list[dict]:
    """The `.json` of every sample in every tar of a download, in order."""
    found = []
    for tar_path in sorted(shards.glob("*.tar")):
        with tarfile.open(tar_path) as tar:
            for member in tar.getmembers():
                if member.name.endswith(".json"):
                    found.append(json.load(tar.extractfile(member)))
    return found
