"""`openwit train` and `openwit eval` (heavy imports stay inside the run functions)."""

from __future__ import annotations

import argparse
import json
from dataclasses import fields

from common.io import read_lines, write_text_atomic
from common.shards import PATTERN_HELP
from trainer.config import DEVICE, EVAL_MAX_PAIRS, MAX_WORKERS, TrainConfig, train_defaults

TRAIN_FIELDS = {f.name for f in fields(TrainConfig)}


class DefaultsHelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """`--help` shows each flag's default, except where there is none (None) or the flag is a
    switch (its default is the switch off)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default is None or action.nargs == 0:
            return action.help
        return super()._get_help_string(action)


def add_train_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "train",
        help="pretrain CLIP on webdataset shards (paper recipe; CPU, GPU or torchrun)",
        description="Pretrain an open_clip CLIP model on OpenWIT's webdataset shards with the "
        "paper's recipe. Runs in one process or under torchrun (env://). "
        "Writes RUN/checkpoints/step_*.pt, metrics.jsonl, tensorboard/, summary.json "
        "and training.png.",
        formatter_class=DefaultsHelpFormatter,
    )
    p.add_argument(
        "--train-data",
        required=True,
        help=PATTERN_HELP,
    )
    p.add_argument("--out", required=True, help="run folder (RUN)")
    p.add_argument(
        "--model", help="open_clip config name (e.g. ViT-B-32, openwit-tiny) or a config .json"
    )
    p.add_argument(
        "--batch-size",
        type=int,
        help="samples per rank per optimizer step (contrastive batch = this x ranks)",
    )
    p.add_argument(
        "--accum-steps",
        type=int,
        help="split each step's batch into this many micro-batches (same loss, less memory)",
    )
    p.add_argument("--epochs", type=float, help="passes over the shards (the schedule's length)")
    p.add_argument(
        "--samples-per-epoch", type=int, help="default: from sizes.json or counted in the tars"
    )
    p.add_argument(
        "--max-steps", type=int, help="stop after this many steps (schedule still spans --epochs)"
    )
    p.add_argument("--lr", type=float, help="peak learning rate (AdamW)")
    p.add_argument("--weight-decay", type=float, help="on weights only, not gains/biases/scale")
    p.add_argument("--beta1", type=float, help="AdamW beta1")
    p.add_argument("--beta2", type=float, help="AdamW beta2")
    p.add_argument("--eps", type=float, help="AdamW epsilon")
    p.add_argument("--warmup", type=int, help="linear warm-up steps before the cosine decay")
    p.add_argument(
        "--init-temperature", type=float, help="initial softmax temperature (logit scale 1/this)"
    )
    p.add_argument(
        "--max-logit-scale", type=float, help="the logit scale is clipped to this (the paper: 100)"
    )
    p.add_argument(
        "--precision",
        choices=["fp32", "bf16", "fp16"],
        help="bf16: autocast on CPU or GPU; fp16: autocast + gradient scaling, GPU only",
    )
    p.add_argument(
        "--grad-checkpointing", action="store_true", help="recompute activations (less memory)"
    )
    p.add_argument(
        "--no-local-loss",
        dest="local_loss",
        action="store_false",
        help="compute the full similarity matrix on every rank",
    )
    p.add_argument(
        "--no-gather-with-grad",
        dest="gather_with_grad",
        action="store_false",
        help="gather other ranks' features without their gradients",
    )
    p.add_argument(
        "--workers",
        type=int,
        help="data loader processes per rank (0: in-process; default: one per shard of a rank, "
        f"at most {MAX_WORKERS})",
    )
    p.add_argument("--shuffle-buffer", type=int, help="samples in the shuffle buffer")
    p.add_argument("--resample", action="store_true", help="draw shards with replacement")
    p.add_argument("--seed", type=int, help="seed of the model's initialisation and the data order")
    p.add_argument("--device", help="auto, cpu or cuda")
    p.add_argument(
        "--save-every-steps", type=int, help="steps between checkpoints (0: only the last)"
    )
    p.add_argument("--save-every-minutes", type=float, help="minutes between checkpoints")
    p.add_argument("--keep-checkpoints", type=int, help="newest step checkpoints kept (0: all)")
    p.add_argument(
        "--on-nonfinite",
        choices=["stop", "skip"],
        help="on a NaN/inf loss: stop with a checkpoint to inspect, or skip the batch",
    )
    p.add_argument("--log-every", type=int, help="steps between metrics.jsonl/TensorBoard rows")
    p.add_argument(
        "--zeroshot-data", help="image folder (one subfolder per class) for zero-shot curves"
    )
    p.add_argument("--zeroshot-every", type=int, help="steps between zero-shot evals (0: end)")
    p.add_argument("--resume", action="store_true", help="continue from RUN's newest checkpoint")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    p.set_defaults(**train_defaults(), func=run_train)


def run_train(args: argparse.Namespace) -> int:
    from trainer.train import train

    train(
        TrainConfig(**{k: v for k, v in vars(args).items() if k in TRAIN_FIELDS}), set_threads=True
    )
    return 0


def add_eval_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "eval",
        help="zero-shot classification and image-text retrieval of a checkpoint",
        description="Zero-shot classification of an image folder (one subfolder per class) or of "
        "labelled shards (image + cls), with prompt templates averaged in embedding "
        "space; image-text retrieval recall@1/5/10 on held-out shards (image + txt). "
        "Prints a table; --out writes JSON.",
        formatter_class=DefaultsHelpFormatter,
    )
    p.add_argument(
        "--model",
        required=True,
        help="OpenWIT checkpoint (.pt), or an open_clip config name/.json (random init)",
    )
    p.add_argument("--images", help="image folder: ROOT/CLASS/IMAGE")
    p.add_argument("--shards", help="labelled shards (image + cls index); needs --classnames")
    p.add_argument("--classnames", help="class names, one a line, in index order (for --shards)")
    p.add_argument("--pairs", help="held-out image-text shards for retrieval")
    p.add_argument("--max-pairs", type=int, default=EVAL_MAX_PAIRS, help="pairs used for retrieval")
    p.add_argument(
        "--templates",
        help="prompt templates, one a line with {} for the class name "
        "(default: open_clip's 80 OPENAI_IMAGENET_TEMPLATES)",
    )
    p.add_argument("--device", default=DEVICE, help="auto, cpu or cuda")
    p.add_argument("--out", help="write the results here as JSON")
    p.set_defaults(func=run_eval)


def run_eval(args: argparse.Namespace) -> int:
    import torch

    from trainer import evalsets, zeroshot

    if not (args.images or args.shards or args.pairs):
        raise ValueError(
            "nothing to evaluate: give --images, --shards (with --classnames) or --pairs"
        )
    if args.shards and not args.classnames:
        raise ValueError("--shards needs --classnames")
    if args.max_pairs < 1:
        raise ValueError(f"--max-pairs must be at least 1, not {args.max_pairs}")
    device = (
        ("cuda" if torch.cuda.is_available() else "cpu") if args.device == "auto" else args.device
    )
    templates = evalsets.read_templates(args.templates) if args.templates else None
    model, preprocess, tokenizer = zeroshot.load_model(args.model, device)
    results: dict = {"model": args.model}
    if args.images:
        results["images"] = zeroshot.evaluate_folder(
            model, preprocess, tokenizer, args.images, templates, device
        )
    if args.shards:
        classnames = read_lines(args.classnames, "class name")
        results["shards"] = zeroshot.evaluate_labelled_shards(
            model, preprocess, tokenizer, args.shards, classnames, templates, device
        )
    if args.pairs:
        results["retrieval"] = zeroshot.evaluate_retrieval(
            model, preprocess, tokenizer, args.pairs, args.max_pairs, device
        )
    print(format_table(results))
    if args.out:
        write_text_atomic(args.out, json.dumps(results, indent=1))
        print(f"results written to {args.out}")
    return 0


def format_table(results: dict) -> str:
    """A plain-text table of `run_eval`'s results."""
    lines = [f"model: {results['model']}"]
    for name in ("images", "shards"):
        if name in results:
            r = results[name]
            lines += [
                f"\nzero-shot classification ({name}): {r['n']} images, "
                f"top-1 {r['top1']:.1%}, top-5 {r['top5']:.1%} (chance {r['chance_top1']:.1%})",
                f"  {'class':<30} {'n':>6} {'recall':>8}",
            ]
            lines += [
                f"  {c:<30} {v['n']:>6} {v['recall']:>8.1%}"
                for c, v in r["per_class_recall"].items()
            ]
            lines += skipped_line(r)
    if "retrieval" in results:
        r = results["retrieval"]
        lines.append(f"\nretrieval on {r['n']} pairs:  {'R@1':>7} {'R@5':>7} {'R@10':>7}")
        for direction in ("image_to_text", "text_to_image"):
            v = r[direction]
            lines.append(f"  {direction:<26} {v['R@1']:>7.1%} {v['R@5']:>7.1%} {v['R@10']:>7.1%}")
        lines += skipped_line(r)
    return "\n".join(lines)


def skipped_line(result: dict) -> list[str]:
    """`  skipped: 2 undecodable_image` for the samples a result left out, if any."""
    counts = sorted((k, v) for k, v in result.get("skipped", {}).items() if v)
    if not counts:
        return []
    return [f"  skipped: {', '.join(f'{v} {k}' for k, v in counts)}"]
