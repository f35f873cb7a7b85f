"""Detector quality on generated data with known answers (pHash; optionally a trained descriptor).

Originals are generated scenes (a gradient background, several coloured shapes, noise).
Positives are copies of them under the paper's augmentations at mild and strong settings
(dedup.augment). Hard negatives are distinct images of the same kind: the same shapes and
colours redrawn elsewhere, and trainer.synthetic renders of one colour+shape with other seeds.
For every threshold we count detected (original, candidate) pairs: precision = true copies
among detections, recall = copies detected. Run: .venv/bin/python bench/dedup_detectors.py
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import tempfile
import time

import numpy as np
import torch
from PIL import Image, ImageDraw, ImageFilter

from common.shards import Sample, write_shard
from dedup.augment import MILD, STRONG, augment
from dedup.embedders import load_embedder
from dedup.phash import phash
from dedup.search import CosineIndex, HammingIndex
from dedup.settings import DEFAULT_MIN_COSINE, TrainConfig
from dedup.train_detector import train_detector
from trainer.synthetic import COLOURS, SHAPES, render


def scene(layout: random.Random, placement: random.Random, size: int) -> Image.Image:
    """Shapes and colours from `layout`, positions and noise from `placement`."""
    top, bottom = (tuple(layout.randint(0, 255) for _ in range(3)) for _ in range(2))
    ramp = np.linspace(0, 1, size)[:, None, None]
    pixels = (np.array(top) * (1 - ramp) + np.array(bottom) * ramp).repeat(size, axis=1)
    noise = np.random.default_rng(placement.getrandbits(32)).normal(0, 12, (size, size, 3))
    image = Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for _ in range(layout.randint(4, 9)):
        colour = tuple(layout.randint(0, 255) for _ in range(3))
        kind, radius = (
            layout.choice(("ellipse", "rectangle", "polygon")),
            layout.uniform(0.06, 0.25) * size,
        )
        x, y = placement.uniform(0, size), placement.uniform(0, size)
        box = (x - radius, y - radius * layout.uniform(0.5, 1.5), x + radius, y + radius)
        if kind == "polygon":
            draw.polygon(
                [
                    (x + placement.uniform(-radius, radius), y + placement.uniform(-radius, radius))
                    for _ in range(3)
                ],
                fill=colour,
            )
        else:
            getattr(draw, kind)(box, fill=colour)
    return image.filter(ImageFilter.GaussianBlur(0.6))


def dataset(n: int, size: int, seed: int):
    """Originals, their mild and strong copies, and hard negatives (same kind, distinct image)."""
    rng = random.Random(seed)
    originals, negatives = [], []
    for i in range(n):
        if i % 4 == 3:  # a quarter: single-object renders, whose negatives share colour and shape
            colour, shape = rng.choice(list(COLOURS)), rng.choice(SHAPES)
            originals.append(render(colour, shape, rng.getrandbits(32), size))
            negatives.append(render(colour, shape, rng.getrandbits(32), size))
        else:
            layout_seed = rng.getrandbits(32)
            originals.append(
                scene(random.Random(layout_seed), random.Random(rng.getrandbits(32)), size)
            )
            negatives.append(
                scene(random.Random(layout_seed), random.Random(rng.getrandbits(32)), size)
            )
    mild = [augment(im, MILD, rng) for im in originals]
    strong = [augment(im, STRONG, rng) for im in originals]
    return originals, mild, strong, negatives


def curve(eval_codes, candidates, owners, positives, n, max_t) -> list[dict]:
    """Precision and recall at each Hamming threshold (one faiss range search at max_t)."""
    matches = HammingIndex(eval_codes, max_t).search(candidates)
    is_copy = positives[matches.train] & (owners[matches.train] == matches.eval)
    return [pr_row(t, matches.distance <= t, matches.eval, is_copy, n) for t in range(max_t + 1)]


def pr_row(threshold, hit, eval_ids, is_copy, n) -> dict:
    """Precision and recall of the matched pairs `hit` at one threshold: an evaluation image
    counts as found once any of its true copies is hit."""
    tp = int(np.unique(eval_ids[hit & is_copy]).size)
    fp = int((hit & ~is_copy).sum())
    precision = tp / (tp + fp) if tp + fp else 1.0
    return {"threshold": threshold, "precision": precision, "recall": tp / n, "false_pairs": fp}


def cosine_curve(eval_vecs, candidates, owners, positives, n, thresholds) -> list[dict]:
    """Precision and recall at each cosine threshold (one faiss range search at the lowest)."""
    matches = CosineIndex(eval_vecs, min(thresholds)).search(candidates)
    is_copy = positives[matches.train] & (owners[matches.train] == matches.eval)
    return [pr_row(t, matches.distance >= t, matches.eval, is_copy, n) for t in thresholds]


def trained_embedder(steps: int, size: int, workdir: str):
    """Train `dedup train-detector`'s model (small config) on separately generated scenes."""
    originals, _, _, negatives = dataset(1000, size, seed=1)
    samples = [
        Sample("", f"{i:05d}", {"jpg": jpeg_bytes(im)})
        for i, im in enumerate(originals + negatives)
    ]
    write_shard(os.path.join(workdir, "00000.tar"), samples)
    config = TrainConfig(
        steps=steps,
        batch_size=48,
        image_size=64,
        width=16,
        layers=(1, 1, 1, 1),
        embed_dim=128,
        lr=2e-3,
        max_images=len(samples),
    )
    start = time.time()
    result = train_detector(
        os.path.join(workdir, "00000.tar"), os.path.join(workdir, "det.pt"), config
    )
    print(
        f"trained the copy detector: {steps} steps in {time.time() - start:.0f} s, "
        f"held-out mild-copy retrieval top-1 {result['retrieval_top1']:.3f}, "
        f"calibration {result['calibration']}"
    )
    return load_embedder(os.path.join(workdir, "det.pt"))


def jpeg_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def embedding_results(args, images: dict[str, list], renders: np.ndarray) -> dict:
    with tempfile.TemporaryDirectory() as workdir:
        embedder = trained_embedder(args.detector_steps, args.size, workdir)
        vecs = {
            k: np.concatenate([embedder.embed(v[i : i + 128]) for i in range(0, len(v), 128)])
            for k, v in images.items()
        }
    if args.min_cosine is None:  # the default the dedup commands take: the stored calibration
        args.min_cosine = DEFAULT_MIN_COSINE if embedder.min_cosine is None else embedder.min_cosine
    thresholds = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995]
    thresholds = sorted({*thresholds, args.min_cosine})
    results = {}
    for kind, rows in (("scenes", ~renders), ("renders", renders), ("all", np.ones(args.n, bool))):
        n = int(rows.sum())
        for setting in ("mild", "strong"):
            candidates = np.concatenate([vecs[setting][rows], vecs["neg"][rows]])
            owners = np.concatenate([np.arange(n), np.arange(n)])
            positives = np.concatenate([np.ones(n, bool), np.zeros(n, bool)])
            results[f"{kind}/{setting}"] = cosine_curve(
                vecs["orig"][rows], candidates, owners, positives, n, thresholds
            )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="originals")
    parser.add_argument("--size", type=int, default=128)
    parser.add_argument("--max-threshold", type=int, default=16)
    parser.add_argument("--default", type=int, default=8, help="the threshold to report")
    parser.add_argument(
        "--detector-steps",
        type=int,
        default=600,
        help="train-detector steps for the embedding detector (0: skip it)",
    )
    parser.add_argument(
        "--min-cosine",
        type=float,
        help="embedding threshold to report (default: the one train-detector calibrated)",
    )
    parser.add_argument("--plot", default="bench/out/dedup_detectors.png")
    args = parser.parse_args()
    torch.set_num_threads(1)  # the development machine is shared
    start = time.time()
    originals, mild, strong, negatives = dataset(args.n, args.size, seed=0)
    codes = {
        name: np.stack([phash(im) for im in images])
        for name, images in (
            ("orig", originals),
            ("mild", mild),
            ("strong", strong),
            ("neg", negatives),
        )
    }
    print(f"generated and hashed {4 * args.n} images in {time.time() - start:.1f} s")
    renders = np.arange(args.n) % 4 == 3
    results = {}
    for kind, rows in (("scenes", ~renders), ("renders", renders), ("all", np.ones(args.n, bool))):
        n = int(rows.sum())
        for setting in ("mild", "strong"):
            # the pool: every copy of this setting and every hard negative, of this kind
            candidates = np.concatenate([codes[setting][rows], codes["neg"][rows]])
            owners = np.concatenate([np.arange(n), np.arange(n)])
            positives = np.concatenate([np.ones(n, bool), np.zeros(n, bool)])
            results[f"{kind}/{setting}"] = curve(
                codes["orig"][rows], candidates, owners, positives, n, args.max_threshold
            )
    names = list(results)
    print("threshold  " + "  ".join(f"{k:>15}" for k in names) + "   (precision / recall)")
    for t in range(args.max_threshold + 1):
        cells = "  ".join(
            f"{results[k][t]['precision']:.3f} / {results[k][t]['recall']:.3f}" for k in names
        )
        print(f"{t:9d}  {cells}{'  <- default' if t == args.default else ''}")
    plot(
        {k: v for k, v in results.items() if k.startswith("scenes") or k.startswith("renders")},
        args.default,
        args.plot,
    )
    print(json.dumps({k: v[args.default] for k, v in results.items()}))
    if args.detector_steps:
        images = {"orig": originals, "mild": mild, "strong": strong, "neg": negatives}
        cosine = embedding_results(args, images, renders)
        print("cosine     " + "  ".join(f"{k:>15}" for k in cosine) + "   (precision / recall)")
        for i, t in enumerate(cosine["all/mild"]):
            cells = "  ".join(
                f"{v[i]['precision']:.3f} / {v[i]['recall']:.3f}" for v in cosine.values()
            )
            mark = "  <- default" if abs(t["threshold"] - args.min_cosine) < 1e-9 else ""
            print(f"{t['threshold']:9.4f}  {cells}{mark}")
        at = next(
            i
            for i, r in enumerate(cosine["all/mild"])
            if abs(r["threshold"] - args.min_cosine) < 1e-9
        )
        print(json.dumps({k: v[at] for k, v in cosine.items()}))


def plot(results: dict, default: int, path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for setting, rows in results.items():
        t = [r["threshold"] for r in rows]
        ax.plot(t, [r["recall"] for r in rows], label=f"recall ({setting})")
        ax.plot(t, [r["precision"] for r in rows], linestyle="--", label=f"precision ({setting})")
    ax.axvline(default, color="black", linewidth=0.8)
    ax.set_xlabel("pHash Hamming threshold (64 bits)")
    ax.set_ylim(0, 1.02)
    ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1, 0.5))
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    fig.savefig(path, dpi=100, bbox_inches="tight")


if __name__ == "__main__":
    main()
