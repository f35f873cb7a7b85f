"""`openwit train` / `openwit eval` end to end on CPU with the tiny config: checkpoint contract,
logit-scale clamp, non-finite guard, corrupt shards, resume after a kill, and learning."""

from __future__ import annotations

import io
import json
import math
import os
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import open_clip
import pytest
import torch
from trainer_fixtures import TINY, make_shards, train_config

from openwit.cli import main
from trainer import synthetic, zeroshot
from trainer.train import train

torch.set_num_threads(1)
ROOT = Path(__file__).resolve().parents[1]
OPENWIT = [sys.executable, "-c", "import sys; from openwit.cli import main; sys.exit(main())"]


def openwit(capsys, *args: str) -> tuple[int, str, str]:
    """Run the `openwit` dispatcher in this process: (exit code, stdout, stderr)."""
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def shards(tmp_path_factory) -> str:
    return make_shards(tmp_path_factory.mktemp("shards"), n_shards=2, per_shard=64)


@pytest.fixture(scope="module")
def trained(shards, tmp_path_factory) -> Path:
    """A short run of the tiny model; its RUN folder."""
    run = tmp_path_factory.mktemp("run")
    train(train_config(shards, run, epochs=2, save_every_steps=4, keep_checkpoints=2))
    return run


def test_run_writes_contract_checkpoints_and_reports(trained):
    ckpts = sorted(p.name for p in (trained / "checkpoints").glob("*.pt"))
    assert ckpts == ["step_00000012.pt", "step_00000016.pt"]  # 16 steps, every 4, newest 2 kept
    state = torch.load(trained / "checkpoints" / ckpts[-1], map_location="cpu", weights_only=True)
    for key in (
        "state_dict",
        "model_config",
        "step",
        "optimizer",
        "scheduler",
        "scaler",
        "rng",
        "data_state",
    ):
        assert key in state, key
    assert state["step"] == 16 and state["model_name"] == TINY
    model = open_clip.create_model(TINY, pretrained=str(trained / "checkpoints" / ckpts[-1]))
    for name, tensor in model.state_dict().items():
        assert torch.equal(tensor, state["state_dict"][name]), name
    summary = json.loads((trained / "summary.json").read_text())
    assert summary["steps"] == 16 and summary["skipped_samples"] == 0
    assert math.isfinite(summary["final_loss"]) and summary["samples_per_s"] > 0
    assert 0 <= summary["data_wait_fraction"] < 1
    rows = [json.loads(x) for x in (trained / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in rows] == list(range(1, 17))
    assert (trained / "training.png").stat().st_size > 10_000
    assert list((trained / "tensorboard").glob("events.out.tfevents.*"))


def test_eval_command_reports_classification_and_retrieval(trained, shards, tmp_path, capsys):
    synthetic.write_image_folder(tmp_path / "ev", per_class=4, seed=5, size=48)
    (tmp_path / "templates.txt").write_text("a {}\na photo of a {} shape\n")
    out = tmp_path / "eval.json"
    ckpt = trained / "checkpoints" / "step_00000016.pt"
    code, stdout, stderr = openwit(
        capsys,
        "eval",
        "--model",
        str(ckpt),
        "--images",
        str(tmp_path / "ev"),
        "--pairs",
        shards,
        "--templates",
        str(tmp_path / "templates.txt"),
        "--out",
        str(out),
        "--device",
        "cpu",
    )
    assert code == 0, stderr
    result = json.loads(out.read_text())
    assert result["images"]["n"] == 24 and set(result["images"]["per_class_recall"]) == set(
        synthetic.COLOURS
    )
    assert 0 <= result["images"]["top1"] <= result["images"]["top5"] <= 1
    assert result["retrieval"]["n"] == 128
    assert set(result["retrieval"]["image_to_text"]) == {"R@1", "R@5", "R@10"}
    assert "top-1" in stdout and "R@10" in stdout
    code, _, stderr = openwit(
        capsys, "eval", "--model", str(ckpt), "--images", str(tmp_path / "nowhere")
    )
    assert code == 1 and "nowhere does not exist" in stderr


def test_eval_skips_and_counts_bombs_and_broken_files_in_an_image_folder(trained, tmp_path, capsys):
    import shutil

    from PIL import Image

    clean = tmp_path / "clean"
    synthetic.write_image_folder(clean, per_class=4, seed=5, size=48)
    dirty = tmp_path / "dirty"
    shutil.copytree(clean, dirty)
    first, second = sorted(p.name for p in clean.iterdir())[:2]
    Image.new("1", (20_000, 20_000)).save(dirty / first / "bomb.png")  # 400 Mpixel, ~50 kB
    (dirty / second / "broken.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    ckpt = str(trained / "checkpoints" / "step_00000016.pt")
    results = {}
    for name in ("clean", "dirty"):
        out = tmp_path / f"{name}.json"
        args = ["eval", "--model", ckpt, "--images", str(tmp_path / name), "--device", "cpu"]
        code, stdout, stderr = openwit(capsys, *args, "--out", str(out))
        assert code == 0, stderr
        results[name] = json.loads(out.read_text())["images"]
    assert results["dirty"].pop("skipped") == {"undecodable_image": 2}
    assert results["clean"].pop("skipped") == {"undecodable_image": 0}
    assert results["dirty"] == results["clean"]  # the same 24 images, the same answers
    assert "skipped: 2 undecodable_image" in stdout

    (tmp_path / "bad" / "only").mkdir(parents=True)
    (tmp_path / "bad" / "only" / "broken.jpg").write_bytes(b"junk")
    code, _, stderr = openwit(capsys, "eval", "--model", ckpt, "--images", str(tmp_path / "bad"))
    assert code == 1 and stderr.strip().endswith("none of its 1 images decodes")


def test_eval_of_labelled_shards(trained, tmp_path, capsys):
    """Zero-shot classification of webdataset samples holding an image and a `cls` index."""
    shapes = list(synthetic.SHAPES)
    with tarfile.open(tmp_path / "labelled.tar", "w") as tar:
        for i in range(12):
            buf = io.BytesIO()
            synthetic.render("blue", shapes[i % 4], seed=i, size=48).save(buf, format="JPEG")
            for ext, payload in (("jpg", buf.getvalue()), ("cls", str(i % 4).encode())):
                info = tarfile.TarInfo(f"{i:04d}.{ext}")
                info.size = len(payload)
                tar.addfile(info, io.BytesIO(payload))
    (tmp_path / "names.txt").write_text("\n".join(shapes) + "\n")
    out = tmp_path / "eval.json"
    code, stdout, stderr = openwit(
        capsys,
        "eval",
        "--model",
        str(trained / "checkpoints" / "step_00000016.pt"),
        "--shards",
        str(tmp_path / "labelled.tar"),
        "--classnames",
        str(tmp_path / "names.txt"),
        "--out",
        str(out),
    )
    assert code == 0, stderr
    result = json.loads(out.read_text())["shards"]
    assert result["n"] == 12 and result["top5"] == 1.0  # 4 classes: top-5 holds all
    assert {k: v["n"] for k, v in result["per_class_recall"].items()} == dict.fromkeys(shapes, 3)


def test_logit_scale_is_clamped(shards, tmp_path):
    # temperature 0.005 -> logit scale 200, above the cap of 50: clamped after the step
    train(train_config(shards, tmp_path, max_steps=1, init_temperature=0.005, max_logit_scale=50))
    state = torch.load(tmp_path / "checkpoints" / "step_00000001.pt", weights_only=True)
    assert float(state["state_dict"]["logit_scale"].exp()) == pytest.approx(50, rel=1e-6)


def test_nonfinite_loss_stops_with_a_checkpoint_or_skips(shards, tmp_path):
    # a logit scale of exp(90) overflows float32: the loss is NaN from the first step
    blowup = dict(max_steps=3, init_temperature=math.exp(-90), max_logit_scale=math.exp(95))
    with pytest.raises(RuntimeError, match="non-finite loss at step 0"):
        train(train_config(shards, tmp_path / "stop", **blowup))
    assert (tmp_path / "stop" / "checkpoints" / "nonfinite_step_00000000.pt").is_file()
    summary = train(train_config(shards, tmp_path / "skip", on_nonfinite="skip", **blowup))
    assert summary["nonfinite_skipped"] == 3 and summary["steps"] == 3


def test_corrupt_shard_is_skipped_and_counted(tmp_path):
    pattern = make_shards(tmp_path, n_shards=3, per_shard=40)
    broken = tmp_path / "00001.tar"
    broken.write_bytes(broken.read_bytes()[: broken.stat().st_size // 2])  # truncated mid-sample
    garbled = tmp_path / "00002.tar"
    with tarfile.open(garbled) as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar.getmembers()]
    with tarfile.open(garbled, "w") as tar:
        for member, payload in members:
            if member.name == "000020003.jpg":  # one sample's image replaced by garbage
                payload = b"\xff\xd8 broken"
                member.size = len(payload)
            tar.addfile(member, io.BytesIO(payload))
    summary = train(train_config(pattern, tmp_path / "run", samples_per_epoch=80, epochs=1))
    assert summary["steps"] == 5 and math.isfinite(summary["final_loss"])
    assert summary["skipped_samples"] >= 2  # the truncated tar's error and the broken JPEG


def test_missing_shards_fail_clearly(tmp_path, capsys):
    code, _, stderr = openwit(
        capsys,
        "train",
        "--train-data",
        str(tmp_path / "{00000..00003}.tar"),
        "--out",
        str(tmp_path / "run"),
        "--model",
        TINY,
    )
    assert code == 1
    assert "openwit train: error: 4 of 4 shards do not exist" in stderr


def test_a_setting_out_of_range_fails_clearly_before_the_shards_are_read(tmp_path, capsys):
    run = str(tmp_path / "run")
    flags = ["--train-data", str(tmp_path / "none.tar"), "--out", run, "--log-every", "0"]
    code, _, stderr = openwit(capsys, "train", *flags, "--model", TINY)
    assert code == 1
    assert stderr.strip() == "openwit train: error: --log-every must be at least 1, not 0"
    assert not (tmp_path / "run").exists()
    code, _, stderr = openwit(capsys, "eval", "--model", TINY, "--pairs", run, "--max-pairs", "-3")
    assert code == 1
    assert stderr.strip() == "openwit eval: error: --max-pairs must be at least 1, not -3"


def test_resume_after_kill_matches_an_uninterrupted_run(tmp_path, capsys):
    pattern = make_shards(tmp_path / "shards", n_shards=2, per_shard=160)
    flags = [
        "--train-data",
        pattern,
        "--model",
        TINY,
        "--batch-size",
        "32",
        "--epochs",
        "2",
        "--workers",
        "2",
        "--warmup",
        "3",
        "--log-every",
        "1",
        "--shuffle-buffer",
        "64",
        "--device",
        "cpu",
        "--save-every-steps",
        "3",
        "--no-progress",
    ]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    killed_run = tmp_path / "killed"
    proc = subprocess.Popen(
        [*OPENWIT, "train", *flags, "--out", str(killed_run)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    first = killed_run / "checkpoints" / "step_00000003.pt"
    deadline = time.monotonic() + 120
    while not first.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    code, stdout, stderr = openwit(capsys, "train", *flags, "--out", str(killed_run), "--resume")
    assert code == 0, stderr
    resumed_at = int(stdout.split("resuming from ")[1].split(" at step ")[1].split()[0])
    assert 3 <= resumed_at < 20  # killed part-way
    code, _, stderr = openwit(capsys, "train", *flags, "--out", str(tmp_path / "whole"))
    assert code == 0, stderr

    def losses(run: Path) -> dict[int, float]:
        rows = [json.loads(x) for x in (run / "metrics.jsonl").read_text().splitlines()]
        return {r["step"]: r["loss"] for r in rows}

    expected, got = losses(tmp_path / "whole"), losses(killed_run)
    assert sorted(got) == sorted(expected) == list(range(1, 21))
    for step, loss in expected.items():
        assert got[step] == pytest.approx(loss, abs=1e-4), step


@pytest.mark.slow
def test_tiny_model_learns_zero_shot_colours_and_shapes(tmp_path):
    """About a minute of CPU training on captioned shapes; zero-shot accuracy on held-out renders
    (prompted with open_clip's 80 ImageNet templates, never seen in training) well above chance."""
    pattern = make_shards(tmp_path / "shards", n_shards=4, per_shard=400, seed=11)
    synthetic.write_image_folder(tmp_path / "colours", per_class=25, seed=12, size=48)
    synthetic.write_image_folder(tmp_path / "shapes", per_class=30, seed=13, size=48, by="shape")
    summary = train(
        train_config(
            pattern,
            tmp_path / "run",
            batch_size=64,
            epochs=12,
            lr=1e-3,
            warmup=10,
            workers=1,
            log_every=10,
            zeroshot_every=100,
            zeroshot_data=str(tmp_path / "shapes"),
        )
    )
    assert summary["steps"] == 300
    rows = [json.loads(x) for x in (tmp_path / "run" / "metrics.jsonl").read_text().splitlines()]
    assert len([r for r in rows if "zeroshot_top1" in r]) == 3  # the curve in training.png
    model, preprocess, tokenizer = zeroshot.load_model(summary["checkpoint"])
    colours = zeroshot.evaluate_folder(model, preprocess, tokenizer, str(tmp_path / "colours"))
    shapes = zeroshot.evaluate_folder(model, preprocess, tokenizer, str(tmp_path / "shapes"))
    assert colours["top1"] > 0.6  # chance 1/6
    assert shapes["top1"] > 0.35  # chance 1/4
    assert summary["final_loss"] < rows[0]["loss"] - 1


def test_torchrun_two_cpu_ranks(shards, tmp_path):
    """`openwit train` under torchrun: gloo, one shard per rank, one checkpoint with both
    ranks' data positions."""
    cmd = [
        sys.executable,
        "-m",
        "torch.distributed.run",
        "--standalone",
        "--nproc_per_node",
        "2",
        "-m",
        "openwit.cli",
        "train",
        "--train-data",
        shards,
        "--model",
        TINY,
        "--batch-size",
        "8",
        "--max-steps",
        "3",
        "--workers",
        "1",
        "--device",
        "cpu",
        "--warmup",
        "1",
        "--no-progress",
        "--out",
        str(tmp_path),
    ]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["world_size"] == 2 and summary["steps"] == 3
    state = torch.load(tmp_path / "checkpoints" / "step_00000003.pt", weights_only=True)
    ranks = state["data_state"]["ranks"]
    assert len(ranks) == 2 and all(r["batches"] == 3 and r["positions"][0] >= 8 for r in ranks)


def test_config_json_model_trains_and_reloads(shards, tmp_path):
    config = tmp_path / "my-tiny.json"
    config.write_text((ROOT / "trainer" / "model_configs" / "openwit-tiny.json").read_text())
    summary = train(train_config(shards, tmp_path / "run", model=str(config), max_steps=1))
    state = torch.load(summary["checkpoint"], weights_only=True)
    assert state["model_name"] == "my-tiny"
    model, preprocess, tokenizer = zeroshot.load_model(summary["checkpoint"])
    weights = state["state_dict"]
    assert torch.equal(model.state_dict()["logit_scale"], weights["logit_scale"])
    reloaded = open_clip.create_model("my-tiny", pretrained=summary["checkpoint"])
    assert torch.equal(reloaded.state_dict()["text_projection"], weights["text_projection"])
