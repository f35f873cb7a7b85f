"""The demo's generated crawl: rendered images on an HTTP server on 127.0.0.1, offered as
a URL+text table and as a Common Crawl WAT file of pages with absolute and relative image
URLs. Some captions match no query and some URLs fail, as in a real crawl."""

from __future__ import annotations

import gzip
import io
import json
import math
import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from PIL import Image, ImageDraw

COLOURS = {
    "red": (215, 35, 35),
    "green": (35, 165, 50),
    "blue": (40, 70, 215),
    "yellow": (235, 215, 40),
    "purple": (135, 45, 165),
    "orange": (245, 140, 25),
}
SHAPES = ("circle", "square", "triangle", "star")
CAPTIONS = (
    "a {c} {s}",
    "a photo of a {c} {s}",
    "{C} {s} on a plain background",
    "my drawing of a {c} {s}!",
    "a {s}, painted {c}",
    "close-up of a {c} {s}.",
)
UNMATCHED = ("IMG_{n:04d}.JPG", "untitled {n}", "DSC{n:05d}")
FAILING_EVERY = 25  # one URL in 25 answers 404
UNMATCHED_EVERY = 12  # one caption in 12 names nothing in the query list


def render(colour: str, shape: str, seed: int, size: int = 64) -> Image.Image:
    """`shape` in `colour` on a light textured background; layout from `seed`; a word of
    text on some images, as web images often carry."""
    rng = random.Random(seed)
    base = rng.randint(170, 235)
    image = Image.new("RGB", (size, size), (base, base - rng.randint(0, 20), base))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(6, 9)):  # background blobs: no two layouts alike
        x, y, r = rng.uniform(0, size), rng.uniform(0, size), rng.uniform(0.15, 0.5) * size
        tone = rng.randint(70, 250)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(tone, tone, rng.randint(110, 250)))
    half = rng.uniform(0.2, 0.36) * size
    cx, cy = (rng.uniform(half, size - half) for _ in range(2))
    fill = tuple(max(0, min(255, c + rng.randint(-25, 25))) for c in COLOURS[colour])
    if shape == "circle":
        draw.ellipse((cx - half, cy - half, cx + half, cy + half), fill=fill)
    elif shape == "square":
        draw.rectangle((cx - half, cy - half, cx + half, cy + half), fill=fill)
    elif shape == "triangle":
        draw.polygon([(cx, cy - half), (cx - half, cy + half), (cx + half, cy + half)], fill=fill)
    else:
        points = []
        for k in range(10):
            r = half if k % 2 == 0 else half * 0.45
            angle = math.pi * k / 5 - math.pi / 2
            points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
        draw.polygon(points, fill=fill)
    if rng.random() < 0.3:
        draw.text((2, size - 12), rng.choice(["sale", "new", "hd", "4k"]), fill=(40, 40, 40))
    return image


def jpeg(image: Image.Image, quality: int = 90) -> bytes:
    sink = io.BytesIO()
    image.save(sink, format="JPEG", quality=quality)
    return sink.getvalue()


def item(n: int) -> tuple[str, str]:
    """The colour and shape of crawl image `n`."""
    rng = random.Random(n)
    return rng.choice(list(COLOURS)), rng.choice(SHAPES)


def caption(n: int) -> str:
    rng = random.Random(-n - 1)
    if n % UNMATCHED_EVERY == 5:
        return rng.choice(UNMATCHED).format(n=n)
    colour, shape = item(n)
    return rng.choice(CAPTIONS).format(c=colour, C=colour.capitalize(), s=shape)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        name = self.path.rsplit("/", 1)[-1]
        stem = name.removesuffix(".jpg")
        if not name.endswith(".jpg") or not stem.isdigit() or int(stem) % FAILING_EVERY == 3:
            self.send_error(404)
            return
        n = int(stem)
        time.sleep(self.server.delay)
        body = jpeg(render(*item(n), seed=n, size=self.server.image_size))
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # quiet
        pass


@contextmanager
def image_server(image_size: int = 64, delay: float = 0.0) -> Iterator[str]:
    """Serve /img/N.jpg on 127.0.0.1 (a free port) for the duration, each image after
    `delay` seconds; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.image_size, server.delay = image_size, delay
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _warc(payload: dict, kind: str = "metadata") -> bytes:
    body = json.dumps(payload).encode()
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + body + b"\r\n\r\n")


def wat_record(page_url: str, links: list[dict]) -> bytes:
    """One WAT metadata record for an HTML page with image links (Common Crawl's layout)."""
    html = {"Head": {"Title": "gallery"}, "Links": links}
    return _warc(
        {
            "Envelope": {
                "WARC-Header-Metadata": {"WARC-Type": "response", "WARC-Target-URI": page_url},
                "Payload-Metadata": {"HTTP-Response-Metadata": {"HTML-Metadata": html}},
            }
        }
    )


def write_crawl(folder: Path, base_url: str, n: int) -> dict:
    """Images 0..n-1: the first half as a parquet URL+text table, the rest as a WAT file of
    gallery pages, every other image there with a relative URL. Returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    half = n // 2
    rows = [{"url": f"{base_url}/img/{i}.jpg", "text": caption(i)} for i in range(half)]
    table = folder / "pairs.parquet"
    pq.write_table(pa.Table.from_pylist(rows), table)
    wat = folder / "CC-MAIN-demo.warc.wat.gz"
    with open(wat, "wb") as f:
        f.write(_warc({"warcinfo": True}, "warcinfo"))
        for start in range(half, n, 10):
            page = f"{base_url}/gallery/{start}.html"
            links = [
                {
                    "path": "IMG@/src",
                    "alt": caption(i),
                    "url": f"../img/{i}.jpg" if i % 2 else f"{base_url}/img/{i}.jpg",
                }
                for i in range(start, min(start + 10, n))
            ]
            f.write(wat_record(page, links))
    return {"table": str(table), "wat": str(wat), "pairs": n}
