"""`openwit demo`: the whole mission on an embedded sample, end to end, in one folder.

Every stage runs as the user would run it, through the `openwit` command; the demo only
makes the inputs (a Wikipedia dump and pageviews in the real formats, a crawl served on
127.0.0.1, a held-out evaluation set with planted near-copies) and the final report.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import subprocess
import sys
import time
from pathlib import Path

# Thresholds for a corpus of ~10^5 words instead of Wikipedia's ~4·10^9.
DEMO_QUERIES_FLAGS = ["--min-word-count", "20", "--min-bigram-count", "3", "--min-pmi", "10"]


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="run the whole pipeline on an embedded sample",
        description="Build the query list, curate and download a generated crawl, train a "
        "tiny CLIP, evaluate it zero-shot, audit the evaluation set for overlap "
        "and write report.html, all inside --out. Needs no network.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    demo.add_argument("--out", default="demo-out", help="output folder (everything goes here)")
    demo.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="multiply the sample size (3,000 crawled pairs at 1)",
    )
    demo.add_argument("--epochs", type=int, default=10, help="training epochs")
    demo.set_defaults(func=run)


def openwit(*args: str) -> None:
    """Run one stage as a user would; its progress goes straight to the terminal."""
    command = [sys.executable, "-m", "openwit.cli", *args]
    print(f"\n$ openwit {' '.join(args)}", flush=True)
    done = subprocess.run(command, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    if done.returncode != 0:
        raise RuntimeError(f"`openwit {args[0]}` failed (exit {done.returncode}); see above")


def make_wikipedia(folder: Path, pages: int) -> None:
    """Two split dump files and two hours of pageviews whose vocabulary is the crawl's."""
    from openwit.demo_data import COLOURS, SHAPES
    from queries import synthetic

    folder.mkdir(parents=True, exist_ok=True)
    collocations = ["traffic cone", "beach ball", "paper kite", "stop sign"]  # bigrams
    vocabulary = [
        *COLOURS,
        *SHAPES,
        "photo",
        "drawing",
        "painted",
        "background",
        *collocations,
        *synthetic.pseudo_words(1500, seed=7),
    ]
    random.Random(0).shuffle(vocabulary)
    for part in (1, 2):
        first = 1 + (part - 1) * pages
        name = f"enwiki-20260101-pages-articles{part}.xml-p{first}p{first + pages - 1}.bz2"
        synthetic.write_dump(
            str(folder / name), synthetic.synthetic_pages(pages, vocabulary, seed=part), first
        )
    titles = [("en", f"{c.capitalize()} {s}", 90) for c in COLOURS for s in SHAPES]
    for hour in (0, 1):
        synthetic.write_pageviews(
            str(folder / f"pageviews-20260101-0{hour}0000.gz"),
            [*titles, ("en.m", "Mobile only", 500), ("en", "Rare", 3)],
        )


def make_eval_set(shards: Path, folder: Path, per_class: int, planted: int) -> int:
    """An image folder by colour: fresh renders, plus `planted` near-copies (re-encoded,
    slightly resized) of downloaded training images. Returns the number planted."""
    from PIL import Image

    from common.shards import expand_shards, iter_samples
    from openwit.demo_data import COLOURS, item, jpeg, render

    for colour in COLOURS:
        (folder / colour).mkdir(parents=True, exist_ok=True)
    for colour in COLOURS:
        for k in range(per_class):
            n = 10**6 + k * len(COLOURS) + list(COLOURS).index(colour)
            shape = random.Random(n).choice(("circle", "square", "triangle", "star"))
            (folder / colour / f"render_{k:03d}.jpg").write_bytes(jpeg(render(colour, shape, n)))
    count = 0
    for shard in expand_shards(str(shards)):
        for sample in iter_samples(shard):
            image, meta = sample.image_bytes(), sample.meta()
            if count >= planted or image is None or meta.get("status") != "success":
                continue
            n = int(meta["url"].rsplit("/", 1)[-1].removesuffix(".jpg"))
            copy = Image.open(io.BytesIO(image)).convert("RGB")
            copy = copy.resize((copy.width - 2, copy.height - 2))
            (folder / item(n)[0] / f"copy_of_{n:06d}.jpg").write_bytes(jpeg(copy, 75))
            count += 1
    return count


def latest_checkpoint(run: Path) -> Path:
    found = sorted((run / "checkpoints").glob("step_*.pt"))
    if not found:
        raise FileNotFoundError(f"{run}/checkpoints: no checkpoint written")
    return found[-1]


def run(args: argparse.Namespace) -> int:
    from openwit.demo_data import image_server, write_crawl
    from openwit.demo_report import write_report

    if args.scale <= 0 or args.epochs < 1:
        raise ValueError("--scale must be positive and --epochs at least 1")
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    pairs, pages = round(3000 * args.scale), max(20, round(400 * args.scale))
    started = time.time()
    print(f"[1/6] Wikipedia sample and query list -> {out}/queries", flush=True)
    make_wikipedia(out / "wiki", pages)
    openwit(
        "queries",
        "build",
        "--wiki-dump",
        f"{out}/wiki/enwiki-*.bz2",
        "--pageviews",
        f"{out}/wiki/pageviews-*.gz",
        "--out",
        f"{out}/queries",
        *DEMO_QUERIES_FLAGS,
    )
    with image_server() as base_url:
        print(f"\n[2/6] crawl of {pairs:,} pairs served at {base_url}; curate", flush=True)
        crawl = write_crawl(out / "crawl", base_url, pairs)
        openwit(
            "curate",
            "--pairs",
            crawl["table"],
            "--wat",
            crawl["wat"],
            "--queries",
            f"{out}/queries",
            "--out",
            f"{out}/curated",
            "--max-per-query",
            str(pairs // 10),
            "--allow-loopback",
        )
        print("\n[3/6] download", flush=True)
        openwit(
            "download",
            f"{out}/curated",
            "--out",
            f"{out}/shards",
            "--image-size",
            "64",
            "--processes",
            "1",
            "--threads",
            "16",
            "--samples-per-shard",
            "500",
            "--allow-loopback",
        )
    print("\n[4/6] evaluation set (with planted near-copies) and training", flush=True)
    planted = make_eval_set(out / "shards", out / "eval", per_class=30, planted=24)
    last = len(list((out / "shards").glob("*.tar"))) - 1
    openwit(
        "train",
        "--train-data",
        f"{out}/shards/{{00000..{last:05d}}}.tar",
        "--model",
        "openwit-tiny",
        "--batch-size",
        "64",
        "--epochs",
        str(args.epochs),
        "--lr",
        "1e-3",
        "--warmup",
        "20",
        "--workers",
        "1",
        "--device",
        "cpu",
        "--zeroshot-data",
        f"{out}/eval",
        "--zeroshot-every",
        "100",
        "--out",
        f"{out}/run",
    )
    checkpoint = latest_checkpoint(out / "run")
    print("\n[5/6] zero-shot evaluation and overlap audit", flush=True)
    openwit(
        "eval",
        "--model",
        str(checkpoint),
        "--images",
        f"{out}/eval",
        "--device",
        "cpu",
        "--out",
        f"{out}/eval.json",
    )
    openwit(
        "audit",
        "--train",
        f"{out}/shards",
        "--eval",
        f"demo={out}/eval",
        "--model",
        str(checkpoint),
        "--out",
        f"{out}/report",
    )
    print("\n[6/6] per-query coverage and report", flush=True)
    openwit(
        "report",
        "coverage",
        f"{out}/curated",
        f"{out}/shards",
        "--audit",
        f"{out}/report",
        "--out",
        f"{out}/coverage",
    )
    report = write_report(out, planted=planted, seconds=time.time() - started)
    print(f"\nDone in {(time.time() - started) / 60:.1f} min. Open {report}")
    return 0
