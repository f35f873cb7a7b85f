"""What a run shows a person: progress bar, TensorBoard scalars, metrics.jsonl, summary.json
and training.png (loss and zero-shot accuracy curves)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from tqdm import tqdm

from common.io import atomic_path, write_text_atomic
from trainer.config import TrainConfig


class Recorder:
    """Per-step metrics of rank 0 (other ranks get a disabled recorder)."""

    def __init__(
        self, run: Path, cfg: TrainConfig, enabled: bool, total: int, resume_step: int = 0
    ) -> None:
        self.run, self.cfg, self.enabled, self.total = run, cfg, enabled, total
        self.window: list[tuple[float, float, int]] = []  # (step seconds, data seconds, samples)
        self.timed: list[tuple[float, float, int]] = []
        self.last: dict = {}
        if not enabled:
            return
        from torch.utils.tensorboard import SummaryWriter

        run.mkdir(parents=True, exist_ok=True)
        self.metrics = run / "metrics.jsonl"
        self.history = [r for r in _read_jsonl(self.metrics) if r["step"] <= resume_step]
        _write_jsonl(
            self.metrics, self.history
        )  # drop what a killed run logged after its checkpoint
        self.tb = SummaryWriter(
            str(run / "tensorboard"), purge_step=resume_step + 1 if resume_step else None
        )
        self.bar = tqdm(
            initial=resume_step,
            total=total,
            unit="step",
            disable=not cfg.progress,
            dynamic_ncols=True,
        )

    def step(
        self,
        step: int,
        loss: float,
        lr: float,
        logit_scale: float,
        samples: int,
        t_data: float,
        t_step: float,
        skipped: int,
    ) -> None:
        if not self.enabled:
            return
        self.window.append((t_step, t_data, samples))
        self.timed.append((t_step, t_data, samples))
        self.bar.update(1)
        if step % self.cfg.log_every and step != self.total:
            return
        seconds = sum(w[0] for w in self.window)
        n = sum(w[2] for w in self.window)
        row = {
            "step": step,
            "loss": loss,
            "lr": lr,
            "logit_scale": logit_scale,
            "samples_per_s": n / seconds,
            "data_wait": sum(w[1] for w in self.window) / seconds,
            "skipped_samples": skipped,
            "window_samples": n,
            "window_seconds": seconds,
        }
        self.window = []
        self.last = row
        self.history.append(row)
        with open(self.metrics, "a") as f:
            f.write(json.dumps(row) + "\n")
        for key, value in row.items():
            if key not in ("step", "window_samples", "window_seconds"):
                self.tb.add_scalar(f"train/{key}", value, step)
        self.bar.set_postfix(
            loss=f"{loss:.3f}",
            lr=f"{lr:.2e}",
            scale=f"{logit_scale:.1f}",
            sps=f"{row['samples_per_s']:.0f}",
            data=f"{row['data_wait']:.0%}",
        )

    def zeroshot(self, step: int, top1: float) -> None:
        if not self.enabled:
            return
        row = {"step": step, "zeroshot_top1": top1}
        self.history.append(row)
        with open(self.metrics, "a") as f:
            f.write(json.dumps(row) + "\n")
        self.tb.add_scalar("eval/zeroshot_top1", top1, step)
        self.bar.write(f"step {step}: zero-shot top-1 {top1:.1%}")

    def finish(self, **facts) -> dict:
        """Write summary.json and training.png; print the summary; return it."""
        if not self.enabled:
            return {}
        self.bar.close()
        self.tb.close()
        # steady state: leave out the first 10% of this process's steps (start-up, warm caches)
        steady = self.timed[len(self.timed) // 10 :] or self.timed
        seconds = sum(t[0] for t in steady) or float("nan")
        zeroshot = [r for r in self.history if "zeroshot_top1" in r]
        summary = {
            **facts,
            "final_loss": self.last.get("loss"),
            "final_logit_scale": self.last.get("logit_scale"),
            "samples_per_s": sum(t[2] for t in steady) / seconds,
            "data_wait_fraction": sum(t[1] for t in steady) / seconds,
            "zeroshot_top1": zeroshot[-1]["zeroshot_top1"] if zeroshot else None,
            "config": asdict(self.cfg),
        }
        write_text_atomic(self.run / "summary.json", json.dumps(summary, indent=1))
        plot(self.history, self.run / "training.png")
        print(
            f"trained {facts['steps']} steps: loss {summary['final_loss']:.4f}, "
            f"{summary['samples_per_s']:.1f} samples/s, "
            f"data wait {summary['data_wait_fraction']:.1%}, "
            f"skipped samples {facts['skipped_samples']}"
            + (f", zero-shot top-1 {summary['zeroshot_top1']:.1%}" if zeroshot else "")
        )
        print(
            f"checkpoint {facts['checkpoint']}; summary {self.run / 'summary.json'}; "
            f"curves {self.run / 'training.png'}"
        )
        return summary


def plot(history: list[dict], path: Path) -> None:
    """Loss (and logit scale) against step; zero-shot top-1 on a second panel if logged."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    train = [r for r in history if "loss" in r]
    zeroshot = [r for r in history if "zeroshot_top1" in r]
    fig, axes = plt.subplots(
        1, 2 if zeroshot else 1, figsize=(11 if zeroshot else 6, 4), squeeze=False
    )
    ax = axes[0][0]
    ax.plot([r["step"] for r in train], [r["loss"] for r in train], label="contrastive loss")
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    twin = ax.twinx()
    twin.plot(
        [r["step"] for r in train],
        [r["logit_scale"] for r in train],
        color="tab:orange",
        alpha=0.6,
        label="logit scale",
    )
    twin.set_ylabel("logit scale")
    ax.set_title("training loss")
    if zeroshot:
        ax = axes[0][1]
        ax.plot([r["step"] for r in zeroshot], [r["zeroshot_top1"] for r in zeroshot], marker="o")
        ax.set_xlabel("step")
        ax.set_ylabel("top-1 accuracy")
        ax.set_ylim(0, 1)
        ax.set_title("zero-shot accuracy")
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=100, format="png")
    plt.close(fig)


def _read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    write_text_atomic(path, "".join(json.dumps(r) + "\n" for r in rows))
