"""`openwit train` and `openwit eval` (heavy imports stay inside the run functions)."""

from __future__ import annotations

import argparse
import json
import os

from common.io import read_lines, write_text_atomic


def add_train_parser(subparsers) -> None:
    p = subparsers.add_parser(
        "train",
        help="pretrain CLIP on webdataset shards (paper recipe; CPU, GPU or torchrun)",
        description="Pretrain an open_clip CLIP model on OpenWIT's webdataset shards with the "
        "paper's recipe. Runs in one process or under torchrun (env://). "
        "Writes RUN/checkpoints/step_*.pt, metrics.jsonl, tensorboard/, summary.json "
        "and training.png.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument(
        "--train-data",
        required=True,
        help="shards as a brace pattern, e.g. 'SHARDS/{00000..00099}.tar' ('::' joins several)",
    )
    p.add_argument("--out", required=True, help="run folder (RUN)")
    p.add_argument(
        "--model",
        default="ViT-B-32",
        help="open_clip config name (e.g. ViT-B-32, openwit-tiny) or a config .json",
    )
    p.add_argument(
        "--batch-size",
        type=int,
        default=256,
        help="samples per rank per optimizer step (contrastive batch = this x ranks)",
    )
    p.add_argument(
        "--accum-steps",
        type=int,
        default=1,
        help="split each step's batch into this many micro-batches (same loss, less memory)",
    )
    p.add_argument("--epochs", type=float, default=32)
    p.add_argument(
        "--samples-per-epoch", type=int, help="default: from sizes.json or counted in the tars"
    )
    p.add_argument(
        "--max-steps", type=int, help="stop after this many steps (schedule still spans --epochs)"
    )
    p.add_argument("--lr", type=float, default=5e-4)
    p.add_argument(
        "--weight-decay", type=float, default=0.2, help="on weights only, not gains/biases/scale"
    )
    p.add_argument("--beta1", type=float, default=0.9)
    p.add_argument("--beta2", type=float, default=0.98)
    p.add_argument("--eps", type=float, default=1e-6)
    p.add_argument(
        "--warmup", type=int, default=2000, help="linear warm-up steps before the cosine decay"
    )
    p.add_argument("--init-temperature", type=float, default=0.07)
    p.add_argument("--max-logit-scale", type=float, default=100.0)
    p.add_argument(
        "--precision",
        choices=["fp32", "bf16", "fp16"],
        default="fp32",
        help="bf16: autocast on CPU or GPU; fp16: autocast + gradient scaling, GPU only",
    )
    p.add_argument("--grad-checkpointing", action="store_true")
    p.add_argument(
        "--no-local-loss",
        dest="local_loss",
        action="store_false",
        help="compute the full similarity matrix on every rank",
    )
    p.add_argument("--no-gather-with-grad", dest="gather_with_grad", action="store_false")
    p.add_argument(
        "--workers", type=int, default=4, help="data loader processes per rank (0: in-process)"
    )
    p.add_argument("--shuffle-buffer", type=int, default=1000, help="samples in the shuffle buffer")
    p.add_argument("--resample", action="store_true", help="draw shards with replacement")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--device", default="auto", help="auto, cpu or cuda")
    p.add_argument("--save-every-steps", type=int, default=1000)
    p.add_argument("--save-every-minutes", type=float, default=30.0)
    p.add_argument(
        "--keep-checkpoints", type=int, default=3, help="newest step checkpoints kept (0: all)"
    )
    p.add_argument(
        "--on-nonfinite",
        choices=["stop", "skip"],
        default="stop",
        help="on a NaN/inf loss: stop with a checkpoint to inspect, or skip the batch",
    )
    p.add_argument(
        "--log-every", type=int, default=10, help="steps between metrics.jsonl/TensorBoard rows"
    )
    p.add_argument(
        "--zeroshot-data", help="image folder (one subfolder per class) for zero-shot curves"
    )
    p.add_argument(
        "--zeroshot-every", type=int, default=0, help="steps between zero-shot evals (0: end)"
    )
    p.add_argument("--resume", action="store_true", help="continue from RUN's newest checkpoint")
    p.add_argument("--no-progress", dest="progress", action="store_false")
    p.set_defaults(func=run_train)


def run_train(args: argparse.Namespace) -> int:
    import torch

    from trainer.train import TrainConfig, train

    fields = TrainConfig.__dataclass_fields__
    cfg = TrainConfig(**{k: v for k, v in vars(args).items() if k in fields})
    if (
        "OMP_NUM_THREADS" not in os.environ
        and cfg.device in ("cpu", "auto")
        and not torch.cuda.is_available()
    ):
        torch.set_num_threads(max(1, (os.cpu_count() or 1) - cfg.workers))
    train(cfg)
    return 0


def add_eval_parser(subparsers) -> None:
    p = subparsers.add_parser(
        "eval",
        help="zero-shot classification and image-text retrieval of a checkpoint",
        description="Zero-shot classification of an image folder (one subfolder per class) or of "
        "labelled shards (image + cls), with prompt templates averaged in embedding "
        "space; image-text retrieval recall@1/5/10 on held-out shards (image + txt). "
        "Prints a table; --out writes JSON.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
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
    p.add_argument("--max-pairs", type=int, default=5000, help="pairs used for retrieval")
    p.add_argument(
        "--templates",
        help="prompt templates, one a line with {} for the class name "
        "(default: open_clip's 80 OPENAI_IMAGENET_TEMPLATES)",
    )
    p.add_argument("--device", default="auto", help="auto, cpu or cuda")
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
    if "retrieval" in results:
        r = results["retrieval"]
        lines.append(f"\nretrieval on {r['n']} pairs:  {'R@1':>7} {'R@5':>7} {'R@10':>7}")
        for direction in ("image_to_text", "text_to_image"):
            v = r[direction]
            lines.append(f"  {direction:<26} {v['R@1']:>7.1%} {v['R@5']:>7.1%} {v['R@10']:>7.1%}")
    return "\n".join(lines)
