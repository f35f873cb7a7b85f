"""`openwit dedup ...` and `openwit audit`: argument parsing; the work lives in sibling modules."""

from __future__ import annotations

import argparse
import os

from common.arguments import count, number, positive
from common.config import defaults
from dedup.settings import (
    CALIBRATION_IMAGES,
    CALIBRATION_POOL,
    DEFAULT_HASH_SIZE,
    DEFAULT_MAX_HAMMING,
    DEFAULT_MAX_PIXELS,
    DEFAULT_MIN_ALIGNED,
    DEFAULT_MIN_COSINE,
    DEFAULT_VERIFY_TOP,
    GALLERY_PAIRS,
    TARGET_PRECISION,
    TrainConfig,
)

DETECTOR_TRAINING = defaults(TrainConfig)


# float32 cosines of one image reach 1 + 1e-7
similarity = number(-1 - 1e-6, 1 + 1e-6, "a similarity from -1 to 1 (e.g. 0.9)")
fraction = number(0, 1, "a number above 0 and at most 1", above=True)


def _detector_args(parser: argparse.ArgumentParser, search: bool = True) -> None:
    """Detector flags; `search=False` (dedup index) keeps only those that shape the features."""
    group = parser.add_argument_group("detector" if search else "features")
    group.add_argument(
        "--hash-size",
        type=int,
        default=DEFAULT_HASH_SIZE,
        help=f"pHash side; the hash has hash-size² bits (default {DEFAULT_HASH_SIZE})",
    )
    group.add_argument(
        "--embedder",
        metavar="MODEL",
        help="embedding backbone: OpenWIT checkpoint .pt, open_clip config name/JSON, or a "
        "TorchScript descriptor file (e.g. SSCD or `dedup train-detector` output)",
    )
    group.add_argument(
        "--max-pixels",
        type=positive,
        default=DEFAULT_MAX_PIXELS,
        help="refuse images larger than this (decompression-bomb guard; "
        f"default {DEFAULT_MAX_PIXELS:,})",
    )
    if not search:
        parser.set_defaults(
            detector="phash",
            detector_cache=None,
            detector_steps=DETECTOR_TRAINING.steps,
            max_hamming=DEFAULT_MAX_HAMMING,
            min_cosine=None,
            ivf_lists=0,
        )
        return
    group.add_argument(
        "--detector",
        choices=["phash", "embedding", "trained"],
        default="phash",
        help="perceptual hash (default); image embeddings of --embedder; or `trained`: the "
        "paper's copy detector, trained and calibrated on the training shards and cached "
        "(--embedder reuses a descriptor instead)",
    )
    group.add_argument(
        "--detector-steps",
        type=positive,
        default=DETECTOR_TRAINING.steps,
        help="training steps of `--detector trained` (default "
        f"{DETECTOR_TRAINING.steps}; `dedup train-detector` sets every other setting)",
    )
    group.add_argument(
        "--detector-cache",
        metavar="FILE",
        help="where `--detector trained` keeps its descriptor; reused while the shards and "
        "settings are the same (default: OUT/detector.pt)",
    )
    group.add_argument(
        "--max-hamming",
        type=count,
        default=DEFAULT_MAX_HAMMING,
        help=f"pHash duplicates differ in at most this many bits (default {DEFAULT_MAX_HAMMING})",
    )
    group.add_argument(
        "--min-cosine",
        type=similarity,
        help="embedding duplicates have cosine >= this (default: the threshold calibrated into "
        f"a `train-detector` descriptor, else {DEFAULT_MIN_COSINE}; `dedup calibrate` finds one "
        "for any backbone)",
    )
    group.add_argument(
        "--ivf-lists",
        type=count,
        default=0,
        help="use a faiss IVF index with this many lists for embeddings (default 0: exact)",
    )


def _trained(args: argparse.Namespace, shards: str) -> str:
    """The descriptor of `--detector trained`: --embedder, else trained on `shards` (cached)."""
    import os

    from dedup.index import is_index
    from dedup.trained import trained_descriptor

    if args.embedder:
        return args.embedder
    if is_index(shards):
        raise ValueError(
            f"{shards} is an INDEX: `--detector trained` trains on images, so pass the shards, "
            "or a descriptor from `openwit dedup train-detector` as --embedder"
        )
    path = args.detector_cache or os.path.join(args.out, "detector.pt")
    meta = trained_descriptor(shards, path, TrainConfig(steps=args.detector_steps))
    cal = meta["calibration"] or {}
    print(
        f"copy detector {'reused' if meta['reused'] else 'trained'}: {path} ({meta['images']} "
        f"images, {meta['seconds']:.0f} s, {meta['cpu_seconds']:.0f} CPU-s to train); "
        + (
            f"calibrated cosine >= {cal['min_cosine']:.4f} (precision {cal['precision']:.3f} "
            f"against the hardest of {cal['pool']} images, copy recall {cal['recall_copy']:.3f})"
            if cal
            else "no calibrated threshold"
        )
    )
    return path


def _detector(args: argparse.Namespace, shards: str | None = None):
    """The detector the flags name; `--detector trained` trains on `shards`."""
    from dedup.detect import Detector
    from dedup.embedders import load_embedder
    from dedup.phash import check_hash_size

    kind = args.detector
    if kind == "trained":
        args.embedder, kind = _trained(args, shards), "embedding"
    embedder = load_embedder(args.embedder) if args.embedder else None
    verify = args.detector == "trained" and getattr(args, "verify_top", 0)
    return Detector(
        kind,
        check_hash_size(args.hash_size),
        args.max_hamming,
        args.min_cosine,
        embedder if kind == "embedding" or getattr(args, "keep_embeddings", False) else None,
        args.ivf_lists,
        args.max_pixels,
        verify or 0,
        getattr(args, "min_aligned", DEFAULT_MIN_ALIGNED),
        getattr(args, "workers", 1),
    )


def _named(specs: list[str]) -> list[tuple[str, str]]:
    from dedup.evalsets import parse_named

    return [parse_named(spec) for spec in specs]


def run_index(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from common.shards import expand_shards
    from dedup.index import build_index

    args.keep_embeddings = True
    detector = _detector(args)
    manifest = build_index(
        expand_shards(args.shards), args.out, detector.featurizer(hashes=True), tqdm, args.workers
    )
    rate = manifest["images_this_run"] / max(manifest["seconds_this_run"], 1e-9)
    print(
        f"indexed {manifest['images']} images from {len(manifest['shards'])} shards "
        f"into {args.out} "
        f"({manifest['resumed_parts']} parts resumed; {rate:.0f} img/s this run); "
        f"skipped: {manifest['skipped'] or 'none'}"
    )
    return 0


def run_audit_command(args: argparse.Namespace) -> int:
    from dedup.audit import run_audit

    report = run_audit(
        args.train,
        _named(args.eval),
        _detector(args, args.train),
        args.out,
        args.model,
        args.gallery,
    )
    for name, d in report["datasets"].items():
        acc = (
            ""
            if d["acc_all"] is None
            else (
                f", All {100 * d['acc_all']:.1f}% Clean "
                + ("n/a" if d["acc_clean"] is None else f"{100 * d['acc_clean']:.1f}%")
                + (
                    ""
                    if d["all_minus_clean"] is None
                    else f", All−Clean {100 * d['all_minus_clean']:+.2f} pt"
                )
                + ("" if d["p_value"] is None else f", p={d['p_value']:.3g}")
            )
        )
        share = f"{100 * d['overlap_fraction']:.1f}%"
        print(f"{name}: overlap {d['n_overlap']}/{d['n_all']} ({share}){acc}")
    print(
        f"{report['bonferroni']['verdict']}; report in {args.out}/report.md, "
        f"gallery in {args.out}/gallery.html"
    )
    return 0


def run_decontaminate_command(args: argparse.Namespace) -> int:
    from dedup.decontaminate import run_decontaminate

    summary = run_decontaminate(
        args.shards, _named(args.against), _detector(args, args.shards), args.out
    )
    counts = summary["counts"]
    print(
        f"kept {counts.get('kept', 0)}, removed {counts.get('removed', 0)} images "
        f"({', '.join(f'{n}: {c}' for n, c in summary['removed_per_dataset'].items())}) "
        f"into {args.out}"
    )
    return 0


def run_self_command(args: argparse.Namespace) -> int:
    from dedup.selfdup import run_self

    summary = run_self(args.shards, _detector(args, args.shards), args.out)
    print(
        f"{summary['images']} images: {summary['groups']} near-duplicate groups holding "
        f"{summary['images_in_groups']} images; drop {summary['drop']} "
        f"(list in {args.out}/drop.txt)"
    )
    return 0


def run_train_detector(args: argparse.Namespace) -> int:
    from dedup.train_detector import train_detector

    config = TrainConfig(
        steps=args.steps,
        batch_size=args.batch_size,
        image_size=args.image_size,
        width=args.width,
        layers=tuple(int(n) for n in args.layers.split(",")),
        embed_dim=args.dim,
        lr=args.lr,
        seed=args.seed,
        max_images=args.max_images,
        workers=args.workers,
    )
    result = train_detector(args.shards, args.out, config)
    calibration = result["calibration"]
    threshold = (
        "no calibrated threshold (pass --min-cosine)"
        if calibration is None
        else f"calibrated cosine >= {calibration['min_cosine']:.4f} "
        f"(held-out precision {calibration['precision']:.3f} against the hardest of "
        f"{calibration['pool']} training images, copy recall {calibration['recall_copy']:.3f})"
    )
    print(
        f"trained {result['steps']} steps on {result['images']} images "
        f"(final loss {result['final_loss']:.3f}, held-out copy retrieval top-1 "
        f"{result['retrieval_top1']:.3f}); {threshold}; TorchScript descriptor: {args.out}"
    )
    return 0


def run_calibrate(args: argparse.Namespace) -> int:
    from dedup.calibrate import run_calibrate as calibrate

    result = calibrate(
        args.shards, args.embedder, args.out, args.images, args.target_precision, args.pool_images
    )
    print(
        f"{args.embedder}: cosine >= {result['min_cosine']:.4f} reaches precision "
        f"{result['precision']:.3f} on {result['images']} images against the hardest of "
        f"{result['pool']} more (copy recall {result['recall_copy']:.3f}, mild "
        f"{result['recall_mild']:.3f}, strong {result['recall_strong']:.3f}); "
        f"pass --min-cosine {result['min_cosine']:.4f}. Details in {args.out}/"
    )
    return 0


def add_dedup_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "dedup",
        help="near-duplicate detection: index, decontaminate, self, train-detector, calibrate",
        description="Perceptual-hash and embedding near-duplicate detection.",
    )
    sub = parser.add_subparsers(dest="dedup_command", metavar="SUBCOMMAND", required=True)

    index = sub.add_parser(
        "index",
        help="hash (and embed) every training image into a parquet INDEX",
        description="Stream webdataset SHARDS; write pHash (and, with --embedder, "
        "embeddings) per image as parquet parts; re-running resumes.",
    )
    index.add_argument("shards", help="a folder of .tar shards, a glob, or a brace pattern")
    index.add_argument("--out", required=True, help="INDEX folder to write")
    index.add_argument(
        "--workers",
        type=positive,
        default=1,
        help="processes sharing the shards, each with its own copy of --embedder",
    )
    _detector_args(index, search=False)
    index.set_defaults(func=run_index)

    decon = sub.add_parser(
        "decontaminate",
        help="rewrite shards without images that overlap evaluation sets",
        description="Copy SHARDS to --out, dropping every training image that is a "
        "near-duplicate of an --against image; counts per dataset.",
    )
    decon.add_argument("shards", help="training shards (folder, glob or brace pattern)")
    decon.add_argument(
        "--against",
        nargs="+",
        required=True,
        metavar="NAME=PATH",
        help="evaluation sets: an INDEX built by `dedup index`, an image folder, or shards",
    )
    decon.add_argument("--out", required=True, help="folder for the cleaned shards")
    _detector_args(decon)
    decon.set_defaults(func=run_decontaminate_command)

    self_ = sub.add_parser(
        "self",
        help="near-duplicate groups inside the training set",
        description="Group near-duplicates within SHARDS (or an INDEX) and list which "
        "to drop, keeping the first of each group.",
    )
    self_.add_argument("shards", help="training shards or an INDEX folder")
    self_.add_argument(
        "--out", required=True, help="folder for groups.parquet, drop.txt, self.json"
    )
    _detector_args(self_)
    self_.set_defaults(func=run_self_command)

    train = sub.add_parser(
        "train-detector",
        help="train a copy-detection embedding on training shards",
        description="The paper's detector recipe: a small ResNet trained with InfoNCE "
        "(temperature 0.07) on images and copies of them (crops, rescales, aspect, JPEG, colour, "
        "flips, rotations, borders, text), its cosine threshold calibrated on held-out images "
        "against the most similar other training images. Writes a TorchScript file usable as "
        "--embedder; `openwit audit --detector trained` does this for you.",
    )
    train.add_argument("shards", help="training shards (folder, glob or brace pattern)")
    train.add_argument("--out", required=True, help="TorchScript file to write (e.g. detector.pt)")
    d = DETECTOR_TRAINING
    train.add_argument("--steps", type=positive, default=d.steps)
    train.add_argument("--batch-size", type=positive, default=d.batch_size)
    train.add_argument("--image-size", type=positive, default=d.image_size)
    train.add_argument(
        "--width", type=positive, default=d.width, help="first stage's channels (ResNet-18: 64)"
    )
    train.add_argument(
        "--layers",
        default=",".join(map(str, d.layers)),
        help="residual blocks per stage (ResNet-18: 2,2,2,2)",
    )
    train.add_argument("--dim", type=positive, default=d.embed_dim, help="descriptor dimension")
    train.add_argument("--lr", type=fraction, default=d.lr)
    train.add_argument("--seed", type=int, default=d.seed)
    train.add_argument(
        "--max-images",
        type=positive,
        default=d.max_images,
        help="images held in memory for training: an equal share from the start of each shard",
    )
    train.add_argument(
        "--workers",
        type=count,
        default=d.workers,
        help="processes making the augmented copies while the model trains (default "
        f"{d.workers}; 0: in the training process)",
    )
    train.set_defaults(func=run_train_detector)

    cal = sub.add_parser(
        "calibrate",
        help="find an embedding backbone's cosine threshold on your images",
        description="Make one copy of each sampled image (crops, rescales, JPEG, colour, flips, "
        "borders, text), score copies against their originals and each image against the most "
        "similar other image of the sample and a pool (hard negatives), and print the lowest "
        "cosine that reaches --target-precision.",
    )
    cal.add_argument("shards", help="training shards (folder, glob or brace pattern)")
    cal.add_argument("--embedder", required=True, metavar="MODEL", help="backbone to calibrate")
    cal.add_argument("--out", required=True, help="folder for calibration.json and .png")
    cal.add_argument(
        "--images",
        type=positive,
        default=CALIBRATION_IMAGES,
        help=f"calibrate on the first this many decodable images (default {CALIBRATION_IMAGES})",
    )
    cal.add_argument(
        "--pool-images",
        type=count,
        default=CALIBRATION_POOL,
        help="the next this many images, searched for each image's most similar other image "
        f"(its hard negative; default {CALIBRATION_POOL})",
    )
    cal.add_argument(
        "--target-precision",
        type=fraction,
        default=TARGET_PRECISION,
        help=f"precision on copies vs hardest distinct images (default {TARGET_PRECISION})",
    )
    cal.set_defaults(func=run_calibrate)


def add_audit_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "audit",
        help="the paper's data-overlap audit of evaluation sets",
        description="Split each evaluation set into Overlap (a near-duplicate exists in the "
        "training data) and Clean; report zero-shot accuracy on All, Clean and Overlap, "
        "All − Clean, a one-sided binomial test and a 99.5% Clopper–Pearson interval.",
    )
    parser.add_argument(
        "--train", required=True, help="training SHARDS or an INDEX from `dedup index`"
    )
    parser.add_argument(
        "--eval",
        nargs="+",
        required=True,
        metavar="NAME=PATH",
        help="evaluation sets: image folder (one subfolder per class) or labelled shards "
        "(KEY.cls + classnames.txt)",
    )
    parser.add_argument(
        "--model",
        help="CLIP checkpoint (.pt) or open_clip config for zero-shot accuracy; "
        "without it only the overlap is reported",
    )
    parser.add_argument("--out", required=True, help="REPORT folder")
    parser.add_argument(
        "--gallery",
        type=count,
        default=GALLERY_PAIRS,
        help="pairs shown on each side of the threshold per dataset, in gallery.html "
        f"(default {GALLERY_PAIRS})",
    )
    _detector_args(parser)
    group = parser.add_argument_group("alignment check of --detector trained")
    group.add_argument(
        "--verify-top",
        type=count,
        default=DEFAULT_VERIFY_TOP,
        help="check this many of the descriptor's nearest training images of each evaluation "
        "image by aligning them with it (0: the descriptor's cosine decides; default "
        f"{DEFAULT_VERIFY_TOP})",
    )
    group.add_argument(
        "--min-aligned",
        type=similarity,
        default=DEFAULT_MIN_ALIGNED,
        help="a checked training image is a copy when its aligned similarity (normalised "
        f"cross-correlation, up to 1) is at least this (default {DEFAULT_MIN_ALIGNED})",
    )
    group.add_argument(
        "--workers",
        type=positive,
        default=os.cpu_count() or 1,
        help="processes reading the training shards (from 64 MiB of them; not for a CLIP "
        "--embedder) and running the alignment check (default: one per core, here "
        f"{os.cpu_count() or 1})",
    )
    parser.set_defaults(func=run_audit_command)
