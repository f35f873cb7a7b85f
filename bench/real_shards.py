"""img2dataset-style shards of real photographs, for the training benchmarks.

The photographs are Debian's `mate-backgrounds` package (30 wallpapers, nature photographs
and artwork, installed here with apt-get if missing). Random crops and flips of them, at
random sizes between 300 and 1600 px and saved as JPEG, stand in for a crawl's images. A
`http.server` on 127.0.0.1 serves them, and img2dataset downloads them into webdataset shards
at `--image-size` (256) with the resize mode of `openwit download` (border), so the shards
hold what a real crawl's do: img2dataset's JPEGs, `.txt` captions and `.json` metadata.

  python bench/real_shards.py --out bench/out/real-shards --samples 4000 --shards 8
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import random
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from PIL import Image

PHOTOS = Path("/usr/share/backgrounds/mate")
PACKAGE = "mate-backgrounds"
WORDS = ["a photo of", "wallpaper with", "a picture showing", "close-up of", "view of"]


def install_photos() -> list[Path]:
    """The package's photographs, installing it first if needed."""
    if not PHOTOS.is_dir():
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", PACKAGE], check=True)
    photos = sorted(p for p in PHOTOS.rglob("*") if p.suffix.lower() in (".jpg", ".png"))
    if not photos:
        raise RuntimeError(f"no photographs in {PHOTOS}")
    return photos


def write_variants(photos: list[Path], folder: Path, n: int, seed: int) -> list[dict]:
    """`n` random crops of the photographs as JPEGs in `folder`; their file names and captions."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i, path in enumerate(photos):
        with Image.open(path) as opened:
            image = opened.convert("RGB")
        image.thumbnail((2400, 2400))  # the 5640 px originals are slow to crop thousands of times
        name = path.stem.replace("_", " ").replace("-", " ").lower()
        for j in range(i, n, len(photos)):
            w, h = image.size
            side = rng.uniform(0.3, 1.0)
            cw, ch = int(w * side), int(h * side * rng.uniform(0.6, 1.2))
            ch = min(ch, h)
            x, y = rng.randint(0, w - cw), rng.randint(0, h - ch)
            crop = image.crop((x, y, x + cw, y + ch))
            crop.thumbnail((rng.randint(300, 1600),) * 2)
            if rng.random() < 0.5:
                crop = crop.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
            file = f"{j:06d}.jpg"
            crop.save(folder / file, quality=rng.randint(75, 95))
            rows.append({"file": file, "text": f"{rng.choice(WORDS)} {name} {j}"})
    return sorted(rows, key=lambda r: r["file"])


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base's name)
        pass


def download(rows: list[dict], images: Path, out: Path, shards: int, image_size: int) -> None:
    """Serve `images` on 127.0.0.1 and run img2dataset into `out` (webdataset, `shards` tars)."""
    handler = functools.partial(QuietHandler, directory=str(images))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        listing = out.parent / f"{out.name}-urls.parquet"
        urls = [f"http://127.0.0.1:{port}/{row['file']}" for row in rows]
        table = pa.table({"url": urls, "text": [row["text"] for row in rows]})
        pq.write_table(table, listing)
        shutil.rmtree(out, ignore_errors=True)
        img2dataset = Path(sys.executable).parent / "img2dataset"
        cmd = [str(img2dataset), "--url_list", str(listing), "--input_format", "parquet"]
        cmd += ["--url_col", "url", "--caption_col", "text", "--output_format", "webdataset"]
        cmd += ["--output_folder", str(out), "--image_size", str(image_size)]
        cmd += ["--resize_mode", "border", "--processes_count", "2", "--thread_count", "8"]
        cmd += ["--number_sample_per_shard", str(-(-len(rows) // shards))]
        cmd += ["--retries", "0", "--timeout", "30", "--enable_wandb", "False"]
        env = {**os.environ, "NO_ALBUMENTATIONS_UPDATE": "1"}
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def write_sizes(out: Path) -> dict[str, int]:
    """sizes.json from img2dataset's per-shard stats."""
    sizes = {}
    for stats in sorted(out.glob("*_stats.json")):
        tar = stats.name.replace("_stats.json", ".tar")
        sizes[tar] = json.loads(stats.read_text())["successes"]
    (out / "sizes.json").write_text(json.dumps(sizes, indent=1))
    return sizes


def make(out: Path, samples: int, shards: int, image_size: int = 256, seed: int = 0) -> str:
    """Shards in `out` (reused when they are already there); their brace pattern."""
    sizes_file = out / "sizes.json"
    if not sizes_file.is_file():
        images = out.parent / f"{out.name}-images"
        rows = write_variants(install_photos(), images, samples, seed)
        download(rows, images, out, shards, image_size)
        shutil.rmtree(images)
        sizes = write_sizes(out)
        print(f"{sum(sizes.values())} samples of {samples} in {len(sizes)} shards in {out}")
    names = sorted(json.loads(sizes_file.read_text()))
    return str(out / f"{{{names[0][:-4]}..{names[-1][:-4]}}}.tar")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default="bench/out/real-shards")
    p.add_argument("--samples", type=int, default=4000)
    p.add_argument("--shards", type=int, default=8)
    p.add_argument("--image-size", type=int, default=256)
    args = p.parse_args()
    print(make(Path(args.out), args.samples, args.shards, args.image_size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
