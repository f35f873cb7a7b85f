"""Training samples/s of `openwit train` against open_clip's own trainer, same shards, same run.

Both train the same model config on the same webdataset shards with the same batch size,
precision, workers, optimizer and schedule, for the same number of steps. The shards are
real photographs downloaded by img2dataset at 256 px (`bench/real_shards.py`), or synthetic
captioned images (`--data synthetic`). Each trainer runs as a user would run it: `openwit train`
chooses its CPU threads itself, open_clip's trainer keeps torch's default (one per core);
`--threads N` pins both to N, and `--openwit-threads 1,2` adds `openwit train` runs pinned to
those thread counts. The machine may be shared, so the runs are interleaved (A B A B ...) for
`--rounds` rounds, and the table shows medians and the median of each round's ratio to
open_clip. Steady-state throughput is taken from the logged windows after `--skip-steps`; data wait
is the fraction of step time spent waiting for the next batch. Writes OUT/result.json.

  python bench/train_throughput.py --rounds 5                     # CPU, openwit-tiny, fp32
  python bench/train_throughput.py --data synthetic --model ViT-B-32 --precision bf16 \
      --image-size 224 --batch-size 256 --workers 12 --steps 200 --rounds 1   # a GPU machine
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPENCLIP_PRECISION = {"fp32": "fp32", "bf16": "amp_bf16", "fp16": "amp"}


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--data", choices=["real", "synthetic"], default="real")
    p.add_argument("--model", default="openwit-tiny")
    p.add_argument("--precision", default="fp32", choices=list(OPENCLIP_PRECISION))
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--steps", type=int, default=20)
    p.add_argument("--log-every", type=int, default=5)
    p.add_argument(
        "--skip-steps",
        type=int,
        default=10,
        help="steps left out of the figures: start-up, and `openwit train` settling its threads",
    )
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--rounds", type=int, default=3, help="interleaved rounds (medians reported)")
    p.add_argument(
        "--threads", type=int, help="OMP_NUM_THREADS for both trainers (default: their own)"
    )
    p.add_argument(
        "--openwit-threads",
        default="",
        help="also run `openwit train` pinned to these thread counts, e.g. 1,2",
    )
    p.add_argument("--image-size", type=int, default=256, help="side of the shards' images")
    p.add_argument("--shards", type=int, default=8)
    p.add_argument("--samples", type=int, default=4000, help="real photographs to download")
    p.add_argument("--out", default=str(ROOT / "bench" / "out" / "train"))
    p.add_argument(
        "--openclip-path",
        default=str(ROOT / "bench" / ".venv-openclip"),
        help="folder holding webdataset==0.2.86 (bench/setup_openclip_env.sh)",
    )
    p.add_argument(
        "--resample",
        action="store_true",
        help="both trainers draw shards with replacement (fewer shards needed)",
    )
    p.add_argument(
        "--samples-per-shard", type=int, help="synthetic: default enough for --steps without reuse"
    )
    p.add_argument("--only", choices=["openwit", "openclip"], help="run one trainer only")
    return p.parse_args()


def run(cmd: list[str], env: dict, log: Path) -> float:
    """Run `cmd`, output to `log`; return wall seconds; raise with the log's tail on failure."""
    start = time.perf_counter()
    with open(log, "w") as f:
        code = subprocess.call(cmd, env=env, stdout=f, stderr=subprocess.STDOUT, cwd=ROOT)
    if code:
        tail = "\n".join(log.read_text().splitlines()[-25:])
        raise RuntimeError(f"{cmd[:4]} failed ({code}); end of {log}:\n{tail}")
    return time.perf_counter() - start


def openwit_rate(metrics: Path, skip: int) -> tuple[float, float]:
    """(samples/s, data-wait fraction) over the logged windows after step `skip`."""
    rows = [json.loads(x) for x in metrics.read_text().splitlines() if '"loss"' in x]
    rows = [r for r in rows if r["step"] > skip]
    if not rows:
        raise RuntimeError(f"no logged windows in {metrics}")
    seconds = sum(r["window_seconds"] for r in rows)
    waited = sum(r["data_wait"] * r["window_seconds"] for r in rows)
    return sum(r["window_samples"] for r in rows) / seconds, waited / seconds


def openclip_rate(log: Path, batch: int, log_every: int, skip: int) -> tuple[float, float]:
    """The same figures from open_clip_train's log ('Data (t): x Batch (t): y' per window; it
    logs at its first step, then every `log_every` steps)."""
    pairs = re.findall(r"Data \(t\): ([\d.]+) Batch \(t\): ([\d.]+)", log.read_text())
    windows = [(float(d), float(b)) for d, b in pairs][1 + skip // log_every :]
    if not windows:
        raise RuntimeError(f"no timing lines in {log}")
    seconds = sum(b for _, b in windows) * log_every
    return batch * log_every * len(windows) / seconds, sum(d for d, _ in windows) / sum(
        b for _, b in windows
    )


def make_shards(args: argparse.Namespace, out: Path) -> str:
    """The benchmark's shards (made once, then reused); their brace pattern."""
    if args.data == "real":
        from bench import real_shards

        return real_shards.make(
            out / "real-shards", args.samples, args.shards, args.image_size, seed=0
        )
    from trainer import synthetic

    shards = out / "shards"
    per_shard = (
        args.samples_per_shard or -(-args.steps * args.batch_size // args.shards) + args.batch_size
    )
    sizes = shards / "sizes.json"
    if not sizes.is_file() or json.loads(sizes.read_text()).get("00000.tar") != per_shard:
        print(f"writing {args.shards} x {per_shard} synthetic samples to {shards}")
        synthetic.write_shards(shards, args.shards, per_shard, seed=0, size=args.image_size)
    return str(shards / f"{{00000..{args.shards - 1:05d}}}.tar")


def openwit_cmd(args: argparse.Namespace, pattern: str, run_dir: Path) -> list[str]:
    samples = args.steps * args.batch_size
    cmd = [sys.executable, "-m", "openwit.cli", "train", "--train-data", pattern]
    cmd += f"--model {args.model} --batch-size {args.batch_size} --epochs 1".split()
    cmd += f"--samples-per-epoch {samples} --precision {args.precision}".split()
    cmd += f"--workers {args.workers} --warmup 10 --log-every {args.log_every}".split()
    cmd += f"--save-every-steps 0 --save-every-minutes 1e9 --no-progress --out {run_dir}".split()
    return cmd + (["--resample"] if args.resample else [])


def openclip_cmd(args: argparse.Namespace, pattern: str, logs: Path) -> list[str]:
    samples = args.steps * args.batch_size
    cmd = [sys.executable, str(ROOT / "bench" / "openclip_baseline.py"), "--train-data", pattern]
    cmd += f"--train-num-samples {samples} --dataset-type webdataset --model {args.model}".split()
    cmd += f"--batch-size {args.batch_size} --epochs 1 --workers {args.workers}".split()
    cmd += f"--precision {OPENCLIP_PRECISION[args.precision]} --lr 5e-4 --wd 0.2".split()
    cmd += [
        "--beta1",
        "0.9",
        "--beta2",
        "0.98",
        "--eps",
        "1e-6",
        "--warmup",
        "10",
        "--seed",
        "0",
        "--save-frequency",
        "0",
    ]
    cmd += f"--log-every-n-steps {args.log_every} --logs {logs} --name run".split()
    cmd += ["--report-to", "", "--local-loss", "--gather-with-grad"]
    return cmd + (["--dataset-resampled"] if args.resample else [])


def variants(args: argparse.Namespace) -> list[tuple[str, dict]]:
    """(name, extra environment) of each trainer run in a round."""
    pinned = {"OMP_NUM_THREADS": str(args.threads)} if args.threads else {}
    runs = []
    if args.only != "openclip":
        runs.append(("openwit", pinned))
        runs += [
            (f"openwit@{n}t", {"OMP_NUM_THREADS": n}) for n in args.openwit_threads.split(",") if n
        ]
    if args.only != "openwit":
        runs.append(("openclip", pinned))
    return runs


def run_once(
    name: str, extra: dict, args: argparse.Namespace, pattern: str, out: Path
) -> dict[str, float]:
    """One run of one trainer: samples/s, data wait, wall seconds (and openwit's thread line)."""
    path = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    env = {**env, **extra, "PYTHONUNBUFFERED": "1"}
    folder = out / "runs" / name
    subprocess.call(["rm", "-rf", str(folder)])
    folder.mkdir(parents=True)
    log = folder / "log.txt"
    if name.startswith("openwit"):
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *path])
        wall = run(openwit_cmd(args, pattern, folder / "run"), env, log)
        rate, wait = openwit_rate(folder / "run" / "metrics.jsonl", args.skip_steps)
        said = [x for x in log.read_text().splitlines() if "training continues on" in x]
        if said:
            print(f"  {name}: {said[0]}")
    else:
        env["PYTHONPATH"] = os.pathsep.join([args.openclip_path, str(ROOT), *path])
        wall = run(openclip_cmd(args, pattern, folder / "logs"), env, log)
        rate, wait = openclip_rate(
            folder / "logs" / "run" / "out.log", args.batch_size, args.log_every, args.skip_steps
        )
    return {"samples_per_s": rate, "data_wait": wait, "wall_s": wall}


def main() -> int:
    args = parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    pattern = make_shards(args, out)
    runs = variants(args)
    rounds: list[dict[str, dict]] = []
    for i in range(args.rounds):
        rounds.append({})
        for name, extra in runs:
            rounds[-1][name] = r = run_once(name, extra, args, pattern, out)
            print(
                f"round {i + 1}/{args.rounds} {name:<12} {r['samples_per_s']:7.1f} samples/s "
                f"data wait {r['data_wait']:6.1%}",
                flush=True,
            )
    print(
        f"\n{args.model} {args.precision} batch {args.batch_size}, {args.steps} steps, "
        f"{args.workers} workers, {args.data} shards, {os.cpu_count()} cores, "
        f"medians of {args.rounds} interleaved rounds"
    )
    print(f"{'trainer':<12} {'samples/s':>10} {'data wait':>10} {'wall s':>8} {'vs open_clip':>13}")
    summary = {}
    for name, _ in runs:
        rows = [r[name] for r in rounds]
        med = {k: statistics.median(x[k] for x in rows) for k in rows[0]}
        if "openclip" in rounds[0]:
            ratios = [r[name]["samples_per_s"] / r["openclip"]["samples_per_s"] for r in rounds]
            med["ratio_to_openclip"] = statistics.median(ratios)
        summary[name] = med
        ratio = f"{med['ratio_to_openclip']:.2f}" if "ratio_to_openclip" in med else "-"
        print(
            f"{name:<12} {med['samples_per_s']:>10.1f} {med['data_wait']:>10.1%} "
            f"{med['wall_s']:>8.1f} {ratio:>13}"
        )
    result = {"args": vars(args), "rounds": rounds, "medians": summary}
    (out / "result.json").write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
