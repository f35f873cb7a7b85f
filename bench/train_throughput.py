"""Training samples/s of `openwit train` against open_clip's own trainer, same run, same machine.

Both train the same model config on the same webdataset shards (synthetic captioned images
written here), with the same batch size, precision, workers, optimizer and schedule, for the
same number of steps. Steady-state throughput is taken from the logged windows after the
first one (start-up and warm-up left out); data wait is the fraction of step time spent
waiting for the next batch. Prints a table and writes OUT/result.json.

  python bench/train_throughput.py                      # CPU, openwit-tiny, fp32
  python bench/train_throughput.py --model ViT-B-32 --precision bf16 --image-size 256 \
      --batch-size 256 --workers 12 --steps 200        # a GPU machine
"""

from __future__ import annotations

import argparse
import json
import os
import re
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
    p.add_argument("--model", default="openwit-tiny")
    p.add_argument("--precision", default="fp32", choices=list(OPENCLIP_PRECISION))
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--steps", type=int, default=60)
    p.add_argument("--log-every", type=int, default=10)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument(
        "--threads", type=int, default=1, help="torch threads of each trainer's main process"
    )
    p.add_argument("--image-size", type=int, default=64, help="side of the synthetic images")
    p.add_argument("--shards", type=int, default=8)
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
        "--samples-per-shard", type=int, help="default: enough for --steps without reuse"
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


def openwit_rate(metrics: Path) -> tuple[float, float]:
    """(samples/s, data-wait fraction) over the logged windows after the first."""
    rows = [json.loads(x) for x in metrics.read_text().splitlines() if '"loss"' in x][1:]
    if not rows:
        raise RuntimeError(f"no logged windows in {metrics}")
    seconds = sum(r["window_seconds"] for r in rows)
    waited = sum(r["data_wait"] * r["window_seconds"] for r in rows)
    return sum(r["window_samples"] for r in rows) / seconds, waited / seconds


def openclip_rate(log: Path, batch: int, log_every: int) -> tuple[float, float]:
    """The same figures from open_clip_train's log ('Data (t): x Batch (t): y' per window)."""
    pairs = re.findall(r"Data \(t\): ([\d.]+) Batch \(t\): ([\d.]+)", log.read_text())
    windows = [(float(d), float(b)) for d, b in pairs][1:]
    if not windows:
        raise RuntimeError(f"no timing lines in {log}")
    seconds = sum(b for _, b in windows) * log_every
    return batch * log_every * len(windows) / seconds, sum(d for d, _ in windows) / sum(
        b for _, b in windows
    )


def main() -> int:
    args = parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    from trainer import synthetic

    shards = out / "shards"
    per_shard = (
        args.samples_per_shard or -(-args.steps * args.batch_size // args.shards) + args.batch_size
    )
    if (
        not (shards / "sizes.json").is_file()
        or json.loads((shards / "sizes.json").read_text()).get("00000.tar") != per_shard
    ):
        print(f"writing {args.shards} x {per_shard} synthetic samples to {shards}")
        synthetic.write_shards(shards, args.shards, per_shard, seed=0, size=args.image_size)
    pattern = str(shards / f"{{00000..{args.shards - 1:05d}}}.tar")
    samples = args.steps * args.batch_size
    env = {**os.environ, "OMP_NUM_THREADS": str(args.threads), "PYTHONUNBUFFERED": "1"}
    path = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    result = dict(vars(args))
    if args.only != "openclip":
        run_dir = out / "openwit"
        subprocess.call(["rm", "-rf", str(run_dir)])
        cmd = [sys.executable, "-m", "openwit.cli", "train", "--train-data", pattern]
        cmd += f"--model {args.model} --batch-size {args.batch_size} --epochs 1".split()
        cmd += f"--samples-per-epoch {samples} --precision {args.precision}".split()
        cmd += f"--workers {args.workers} --warmup 10 --log-every {args.log_every}".split()
        cmd += (
            f"--save-every-steps 0 --save-every-minutes 1e9 --no-progress --out {run_dir}".split()
        )
        cmd += ["--resample"] if args.resample else []
        env_openwit = {**env, "PYTHONPATH": os.pathsep.join([str(ROOT), *path])}
        wall = run(cmd, env_openwit, out / "openwit.log")
        rate, wait = openwit_rate(run_dir / "metrics.jsonl")
        result["openwit"] = {"samples_per_s": rate, "data_wait": wait, "wall_s": wall}
    if args.only != "openwit":
        logs = out / "openclip"
        subprocess.call(["rm", "-rf", str(logs)])
        cmd = [
            sys.executable,
            str(ROOT / "bench" / "openclip_baseline.py"),
            "--train-data",
            pattern,
        ]
        cmd += (
            f"--train-num-samples {samples} --dataset-type webdataset --model {args.model}".split()
        )
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
        cmd += ["--dataset-resampled"] if args.resample else []
        env_openclip = {
            **env,
            "PYTHONPATH": os.pathsep.join([args.openclip_path, str(ROOT), *path]),
        }
        wall = run(cmd, env_openclip, out / "openclip.log")
        rate, wait = openclip_rate(logs / "run" / "out.log", args.batch_size, args.log_every)
        result["openclip"] = {"samples_per_s": rate, "data_wait": wait, "wall_s": wall}
    print(
        f"{args.model} {args.precision} batch {args.batch_size}, {args.steps} steps, "
        f"{args.workers} workers"
    )
    print(f"{'trainer':<12} {'samples/s':>10} {'data wait':>10} {'wall s':>8}")
    for name in ("openwit", "openclip"):
        if name in result:
            r = result[name]
            rate, wait, wall = r["samples_per_s"], r["data_wait"], r["wall_s"]
            print(f"{name:<12} {rate:>10.1f} {wait:>10.1%} {wall:>8.1f}")
    if "openwit" in result and "openclip" in result:
        result["ratio"] = result["openwit"]["samples_per_s"] / result["openclip"]["samples_per_s"]
        print(f"ratio openwit / open_clip: {result['ratio']:.2f}")
    (out / "result.json").write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
