"""End-to-end runs of `openwit dedup ...` and `openwit audit` on generated shards and folders."""

import json
import os
import random
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
import torch
from dedup_fixtures import descriptor, image, jpeg, write_eval_folder, write_shard
from PIL import Image

from dedup.augment import MILD, augment
from openwit.cli import main
from trainer.synthetic import render

COPIED = [("red", 0), ("red", 3), ("green", 1), ("blue", 2), ("blue", 5)]


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    """Small models: one thread is faster on 2 cores and leaves the other to the rest of CI."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    """Eval folder (3 colours x 6 circles/squares) and 2 train shards holding mild copies of 5."""
    root = tmp_path_factory.mktemp("dedup")
    classes = {
        c: [render(c, ("circle", "square")[i % 2], seed=100 * k + i, size=96) for i in range(6)]
        for k, c in enumerate(("red", "green", "blue"))
    }
    evals = write_eval_folder(root / "eval", classes)
    rng = random.Random(0)
    samples = [(f"t{i:05d}", jpeg(image(i, size=96))) for i in range(40)]
    samples += [(f"c{c}{i}", jpeg(augment(classes[c][i], MILD, rng))) for c, i in COPIED]
    samples.append(("bad00", b"this is not a jpeg"))
    samples.append(("cmyk0", jpeg(image(77, size=96).convert("CMYK"))))
    rng.shuffle(samples)
    os.makedirs(root / "shards")
    write_shard(root / "shards/00000.tar", samples[:24])
    write_shard(root / "shards/00001.tar", samples[24:])
    copied = sorted(str(Path(evals) / c / f"{i:04d}.jpg") for c, i in COPIED)
    return {
        "root": root,
        "eval": evals,
        "shards": str(root / "shards"),
        "copied": copied,
        "classes": classes,
    }


def lines(path) -> list[str]:
    return sorted(Path(path).read_text().split())


def test_index_resumes_and_audit_reads_it(data, capsys):
    out = data["root"] / "index"
    assert main(["dedup", "index", data["shards"], "--out", str(out)]) == 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["images"] == 46 and manifest["skipped"] == {"undecodable": 1}
    parts = sorted((out / "parts").iterdir())
    assert len(parts) == 2
    # a killed run: one part missing, a stray temp file left behind
    kept = parts[1].read_bytes()
    parts[1].unlink()
    (out / "parts" / "junk.parquet.tmp-1234").write_bytes(b"partial")
    assert main(["dedup", "index", data["shards"], "--out", str(out)]) == 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["resumed_parts"] == 1 and manifest["images"] == 46
    parallel = data["root"] / "index-parallel"
    assert main(["dedup", "index", data["shards"], "--out", str(parallel), "--workers", "2"]) == 0
    for part in parts:
        assert part.read_bytes() == (parallel / "parts" / part.name).read_bytes()
    assert len(kept) > 0 and parts[1].exists()
    report = data["root"] / "report-index"
    assert (
        main(
            [
                "audit",
                "--train",
                str(out),
                "--eval",
                f"colours={data['eval']}",
                "--out",
                str(report),
            ]
        )
        == 0
    )
    assert lines(report / "colours.overlap.txt") == data["copied"]
    assert len(lines(report / "colours.clean.txt")) == 18 - len(data["copied"])
    result = json.loads((report / "report.json").read_text())["datasets"]["colours"]
    assert result["n_overlap"] == 5 and result["acc_all"] is None and result["max_hamming"] == 8
    assert "colours: overlap 5/18" in capsys.readouterr().out


def test_audit_with_zero_shot_model(data, capsys):
    report = data["root"] / "report"
    assert (
        main(
            [
                "audit",
                "--train",
                data["shards"],
                "--eval",
                f"colours={data['eval']}",
                f"again={data['eval']}",
                "--model",
                "openwit-tiny",
                "--out",
                str(report),
            ]
        )
        == 0
    )
    full = json.loads((report / "report.json").read_text())
    result = full["datasets"]["colours"]
    assert full["train_images"] == 46 and full["train_skipped"] == {"undecodable": 1}
    assert (result["n_all"], result["n_overlap"], result["n_clean"]) == (18, 5, 13)
    for field in (
        "acc_all",
        "acc_clean",
        "acc_overlap",
        "all_minus_clean",
        "p_value",
        "ci_overlap",
        "detector",
        "threshold",
    ):
        assert result[field] is not None, field
    # All is the size-weighted mean of Clean and Overlap
    assert result["acc_all"] * 18 == pytest.approx(
        result["acc_clean"] * 13 + result["acc_overlap"] * 5
    )
    low, high = result["ci_overlap"]
    assert 0 <= low <= result["acc_overlap"] <= high <= 1
    assert full["bonferroni"]["tests"] == 2
    md = (report / "report.md").read_text()
    assert "| colours | 27.8 (5/18) |" in md and "All − Clean" in md
    gallery = (report / "gallery.html").read_text()
    assert gallery.count("data:image/jpeg;base64") >= 10 and "class='dup'" in gallery
    assert (report / "distances.png").read_bytes()[:4] == b"\x89PNG"
    assert "colours: overlap 5/18" in capsys.readouterr().out


def test_bad_inputs_fail_with_one_clear_line(data, tmp_path, capsys):
    index = data["root"] / "index16"
    assert main(["dedup", "index", data["shards"], "--out", str(index), "--hash-size", "16"]) == 0
    assert (
        main(["audit", "--train", str(index), "--eval", data["eval"], "--out", str(tmp_path / "r")])
        == 1
    )
    assert "hash size mismatch" in capsys.readouterr().err
    empty = Path(write_eval_folder(tmp_path / "ev", {"red": [image(1)]}))
    (empty / "blue").mkdir()
    assert (
        main(
            [
                "audit",
                "--train",
                data["shards"],
                "--eval",
                str(empty),
                "--model",
                "openwit-tiny",
                "--out",
                str(tmp_path / "r"),
            ]
        )
        == 1
    )
    assert f"{empty / 'blue'} holds no images" in capsys.readouterr().err
    assert (
        main(["dedup", "index", data["shards"], "--out", str(tmp_path / "i"), "--hash-size", "6"])
        == 1
    )
    assert "--hash-size must be a multiple of 4" in capsys.readouterr().err
    assert main(["dedup", "index", str(tmp_path / "nothing"), "--out", str(tmp_path / "i")]) == 1
    assert "1 of 1 shards do not exist" in capsys.readouterr().err


AUDIT = ["audit", "--train", "shards", "--eval", "e=eval"]


@pytest.mark.parametrize(
    "command, flag, value, message",
    [
        (AUDIT, "--min-aligned", "90", "'90' is not a similarity from -1 to 1"),  # a percentage
        (AUDIT, "--min-cosine", "1.5", "'1.5' is not a similarity from -1 to 1"),
        (AUDIT, "--min-cosine", "nan", "'nan' is not a similarity from -1 to 1"),
        (AUDIT, "--verify-top", "-1", "'-1' is not a whole number >= 0"),
        (AUDIT, "--max-hamming", "8.5", "'8.5' is not a whole number >= 0"),
        (AUDIT, "--workers", "0", "'0' is not a whole number >= 1"),
        (["dedup", "index", "shards"], "--max-pixels", "0", "'0' is not a whole number >= 1"),
        (["dedup", "train-detector", "shards"], "--lr", "0", "'0' is not a number above 0"),
        (["dedup", "calibrate", "shards", "--embedder", "m"], "--target-precision", "1.5", "'1.5'"),
    ],
)
def test_settings_out_of_range_are_refused_in_one_line(
    tmp_path, capsys, command, flag, value, message
):
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--out", str(tmp_path), flag, value])
    assert exit_.value.code == 2
    assert f"argument {flag}: {message}" in capsys.readouterr().err.splitlines()[-1]


def test_decontaminate_removes_copies_and_resumes(data, capsys):
    out = data["root"] / "clean"
    args = [
        "dedup",
        "decontaminate",
        data["shards"],
        "--against",
        f"colours={data['eval']}",
        "--out",
        str(out),
    ]
    assert main(args) == 0
    summary = json.loads((out / "decontaminate.json").read_text())
    assert summary["removed_per_dataset"] == {"colours": 5}
    assert summary["counts"]["kept"] == 42 and summary["counts"]["kept unchecked (bad image)"] == 1
    removed = [line.split("\t") for line in (out / "removed.txt").read_text().splitlines()]
    assert sorted(ref.split("#")[1] for ref, _ in removed) == sorted(f"c{c}{i}" for c, i in COPIED)
    assert {dataset for _, dataset in removed} == {"colours"}
    sizes = json.loads((out / "sizes.json").read_text())
    assert sum(sizes.values()) == 42
    from common.shards import iter_samples

    keys = [s.key for name in sizes for s in iter_samples(str(out / name))]
    assert len(keys) == 42 and not any(k.startswith("c") and k != "cmyk0" for k in keys)
    assert main(args) == 0
    assert json.loads((out / "decontaminate.json").read_text())["resumed_shards"] == 2
    assert "removed 5 images (colours: 5)" in capsys.readouterr().out


def test_self_groups_near_duplicates(tmp_path, capsys):
    rng = random.Random(1)
    originals = [image(i, size=96) for i in range(20)]
    samples = [(f"o{i:03d}", jpeg(im)) for i, im in enumerate(originals)]
    samples += [
        (f"z{i:03d}-{j}", jpeg(augment(originals[i], MILD, rng))) for i in (2, 7) for j in (1, 2)
    ]
    write_shard(tmp_path / "00000.tar", samples)
    assert (
        main(["dedup", "self", str(tmp_path / "00000.tar"), "--out", str(tmp_path / "self")]) == 0
    )
    summary = json.loads((tmp_path / "self" / "self.json").read_text())
    drop = [line.split("#")[1] for line in lines(tmp_path / "self" / "drop.txt")]
    assert {"z002-1", "z002-2", "z007-1", "z007-2"} <= set(drop)
    assert not any(d.startswith("o002") or d.startswith("o007") for d in drop)
    assert summary["groups"] >= 2 and summary["drop"] == len(drop)
    import pyarrow.parquet as pq

    groups = pq.read_table(tmp_path / "self" / "groups.parquet").to_pylist()
    assert sum(g["keep"] for g in groups) == summary["groups"]


def embedding_audit(data, out, embedder: str, *flags: str, train: str | None = None) -> dict:
    args = ["audit", "--train", train or data["shards"], "--eval", f"colours={data['eval']}"]
    args += ["--detector", "embedding", "--embedder", embedder, *flags, "--out", str(out)]
    assert main(args) == 0
    return json.loads((out / "report.json").read_text())["datasets"]["colours"]


@pytest.mark.filterwarnings("ignore::FutureWarning")  # torch.jit, still SSCD's format
def test_embedding_detector_with_a_torchscript_descriptor(data, tmp_path, caplog):
    path = descriptor(tmp_path / "layout.pt")
    result = embedding_audit(data, tmp_path / "report", path, "--min-cosine", "0.97")
    assert result["detector"] == "embedding" and result["threshold"] == 0.97
    assert result["threshold_source"] == "--min-cosine"
    assert set(data["copied"]) <= set(lines(tmp_path / "report" / "colours.overlap.txt"))
    # no flag and no calibrated threshold in the file: the fallback, with a warning
    result = embedding_audit(data, tmp_path / "fallback", path)
    assert result["threshold"] == 0.90 and result["threshold_source"] == "uncalibrated default"
    assert "carries no calibrated threshold" in caplog.text
    # a calibrated threshold stored in the descriptor is the default
    calibrated = descriptor(tmp_path / "calibrated.pt", 0.985)
    result = embedding_audit(data, tmp_path / "calibrated", calibrated)
    assert result["threshold"] == 0.985 and result["threshold_source"] == "calibrated"
    assert "(calibrated)" in (tmp_path / "calibrated" / "report.md").read_text()


@pytest.mark.filterwarnings("ignore::FutureWarning")
def test_training_shards_read_by_processes_give_the_same_result(data, tmp_path, monkeypatch):
    import dedup.detect

    path = descriptor(tmp_path / "layout.pt")
    one = embedding_audit(data, tmp_path / "one", path, "--min-cosine", "0.97", "--workers", "1")
    monkeypatch.setattr(dedup.detect, "PARALLEL_MIN_BYTES", 0)  # the test shards are small
    two = embedding_audit(data, tmp_path / "two", path, "--min-cosine", "0.97", "--workers", "2")
    overlap = lines(tmp_path / "one" / "colours.overlap.txt")
    assert set(data["copied"]) <= set(overlap)
    assert lines(tmp_path / "two" / "colours.overlap.txt") == overlap
    assert [r["train"] for r in two["nearest"]] == [r["train"] for r in one["nearest"]]
    distances = [[r["distance"] for r in run["nearest"]] for run in (one, two)]
    assert np.allclose(*distances, atol=1e-5)
    reports = [json.loads((tmp_path / run / "report.json").read_text()) for run in ("one", "two")]
    assert reports[0]["train_images"] == reports[1]["train_images"] == 46
    assert reports[0]["train_skipped"] == reports[1]["train_skipped"] == {"undecodable": 1}
    # dedup index: each process loads the descriptor again from its file
    index = ["dedup", "index", data["shards"], "--embedder", path]
    assert main([*index, "--out", str(tmp_path / "i1")]) == 0
    assert main([*index, "--out", str(tmp_path / "i2"), "--workers", "2"]) == 0
    for part in sorted((tmp_path / "i1" / "parts").iterdir()):
        a, b = (
            pq.read_table(folder / "parts" / part.name)
            for folder in (tmp_path / "i1", tmp_path / "i2")
        )
        assert a.column("phash").equals(b.column("phash")) and a.column("uid").equals(
            b.column("uid")
        )
        assert np.allclose(
            np.stack(a["embedding"].to_pylist()), np.stack(b["embedding"].to_pylist()), atol=1e-5
        )


@pytest.mark.filterwarnings("ignore::FutureWarning")
def test_the_alignment_check_reads_the_training_shards_once(data, tmp_path, monkeypatch):
    import builtins

    import common.shards

    opened = []

    def counting_open(path, *args, **kwargs):
        if str(path).endswith(".tar"):
            opened.append(os.path.basename(path))
        return builtins.open(path, *args, **kwargs)

    monkeypatch.setattr(common.shards, "open", counting_open, raising=False)
    path = descriptor(tmp_path / "layout.pt")
    args = ["audit", "--train", data["shards"], "--eval", f"colours={data['eval']}"]
    args += ["--detector", "trained", "--embedder", path, "--gallery", "0", "--workers", "1"]
    assert main([*args, "--out", str(tmp_path / "report")]) == 0
    assert sorted(opened) == ["00000.tar", "00001.tar"]  # the thumbnails came with the pass
    assert set(data["copied"]) <= set(lines(tmp_path / "report" / "colours.overlap.txt"))


def test_how_many_processes_read_the_training_shards(tmp_path, monkeypatch):
    import dedup.detect
    from dedup.detect import Detector, reading_processes
    from dedup.embedders import load_embedder

    shards = []
    for i, size in enumerate((300, 500)):
        shards.append(str(tmp_path / f"{i}.tar"))
        Path(shards[-1]).write_bytes(bytes(size))
    monkeypatch.setattr(dedup.detect, "PARALLEL_MIN_BYTES", 800)
    assert reading_processes(shards, Detector(workers=4)) == 4  # 800 bytes: enough
    assert reading_processes(shards[:1], Detector(workers=4)) == 1
    clip = Detector("embedding", embedder=load_embedder("openwit-tiny"), workers=4)
    assert reading_processes(shards, clip) == 1  # a CLIP tower uses every core already


@pytest.mark.filterwarnings("ignore::FutureWarning")
def test_an_embedding_search_computes_no_phash(data, tmp_path, monkeypatch):
    import dedup.features

    def refuse(*args):
        raise AssertionError("pHash computed for an embedding search")

    path = descriptor(tmp_path / "layout.pt")
    monkeypatch.setattr(dedup.features, "phash", refuse)
    result = embedding_audit(data, tmp_path / "report", path, "--min-cosine", "0.97")
    assert result["n_all"] == 18 and set(data["copied"]) <= set(
        lines(tmp_path / "report" / "colours.overlap.txt")
    )


@pytest.mark.filterwarnings("ignore::FutureWarning")
def test_calibrate_finds_the_lowest_threshold_with_the_target_precision(data, tmp_path, capsys):
    path = descriptor(tmp_path / "layout.pt")
    out = tmp_path / "calibration"
    assert main(["dedup", "calibrate", data["shards"], "--embedder", path, "--out", str(out)]) == 0
    result = json.loads((out / "calibration.json").read_text())
    assert result["images"] == 46 and result["skipped"] == {"undecodable": 1}
    positives, negatives = np.array(result["positives"]), np.array(result["negatives"])
    assert len(positives) == len(negatives) == 46

    def precision(t: float) -> float:
        hits = (positives >= t).sum()
        return hits / (hits + (negatives >= t).sum())

    threshold = result["min_cosine"]
    assert threshold in positives and precision(threshold) >= 0.99
    assert all(precision(t) < 0.99 for t in positives[positives < threshold])
    assert result["recall_copy"] == (positives >= threshold).mean() > 0
    assert 0 <= result["recall_mild"] <= 1 and result["pool"] == 0  # no images beyond the 46
    assert (out / "calibration.png").read_bytes()[:4] == b"\x89PNG"
    assert f"pass --min-cosine {threshold:.4f}" in capsys.readouterr().out
    # the threshold found is one the audit can use: every planted copy is caught
    report = embedding_audit(data, tmp_path / "report", path, "--min-cosine", str(threshold))
    assert set(data["copied"]) <= set(lines(tmp_path / "report" / "colours.overlap.txt"))
    assert report["n_overlap"] <= 2 * len(data["copied"])


def test_clip_embeddings_in_the_index(data, tmp_path, capsys):
    out = tmp_path / "index"
    index = ["dedup", "index", data["shards"], "--out", str(out), "--embedder", "openwit-tiny"]
    assert main(index) == 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["embedder"] == "openwit-tiny" and manifest["unpadded"] is True
    # an index embedded before training images lost their white bands is not resumed
    (out / "manifest.json").write_text(json.dumps({**manifest, "unpadded": None}))
    assert main(index) == 1
    assert "was built with other settings {'unpadded': (None, True)}" in capsys.readouterr().err
    (out / "manifest.json").write_text(json.dumps(manifest))
    result = embedding_audit(
        data, tmp_path / "report", "openwit-tiny", "--min-cosine", "0.999", train=str(out)
    )
    assert result["embedder"] == "openwit-tiny" and result["n_all"] == 18


@pytest.mark.slow
def test_train_detector_writes_a_usable_torchscript_descriptor(data, tmp_path, capsys):
    out = str(tmp_path / "detector.pt")
    assert (
        main(
            [
                "dedup",
                "train-detector",
                data["shards"],
                "--out",
                out,
                "--steps",
                "3",
                "--batch-size",
                "8",
                "--image-size",
                "32",
                "--width",
                "8",
                "--layers",
                "1,1,1,1",
                "--dim",
                "16",
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "held-out copy retrieval top-1" in printed
    from dedup.embedders import is_torchscript, load_embedder

    assert is_torchscript(out)
    embedder = load_embedder(out)
    # 3 steps do not separate copies from the hardest other images: no threshold is stored
    # (tests/test_copy_detector.py trains one that does)
    assert embedder.min_cosine is None and "no calibrated threshold" in printed
    vectors = embedder.embed([image(1), Image.new("L", (5, 7)).convert("RGB")])
    assert vectors.shape == (2, 16)
    assert vectors.dtype.name == "float32" and abs(float((vectors**2).sum(axis=1)[0]) - 1) < 1e-5


def test_labelled_shards_as_an_evaluation_set_and_an_index_to_decontaminate_against(data, capsys):
    from webdataset.writer import TarWriter

    folder = data["root"] / "evalwds"
    folder.mkdir()
    names = list(data["classes"])
    with TarWriter(str(folder / "00000.tar"), encoder=False) as writer:
        for label, name in enumerate(names):
            for i, im in enumerate(data["classes"][name]):
                writer.write({"__key__": f"{name}{i}", "jpg": jpeg(im), "cls": str(label).encode()})
    report = data["root"] / "report-wds"
    args = [
        "audit",
        "--train",
        data["shards"],
        "--eval",
        f"wds={folder}",
        "--model",
        "openwit-tiny",
        "--out",
        str(report),
    ]
    assert main(args) == 1
    assert "classnames.txt" in capsys.readouterr().err
    (folder / "classnames.txt").write_text("\n".join(names) + "\n")
    assert main(args) == 0
    overlap = [ref.split("#")[1] for ref in lines(report / "wds.overlap.txt")]
    assert sorted(overlap) == sorted(f"{c}{i}" for c, i in COPIED)
    assert (
        json.loads((report / "report.json").read_text())["datasets"]["wds"]["acc_all"] is not None
    )
    index = data["root"] / "evalindex"
    assert main(["dedup", "index", str(folder), "--out", str(index)]) == 0
    out = data["root"] / "clean-from-index"
    assert (
        main(
            [
                "dedup",
                "decontaminate",
                data["shards"],
                "--against",
                f"wds={index}",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert json.loads((out / "decontaminate.json").read_text())["removed_per_dataset"] == {"wds": 5}
    assert main(["dedup", "self", str(index), "--out", str(data["root"] / "self-index")]) == 0
    summary = json.loads((data["root"] / "self-index" / "self.json").read_text())
    assert (
        summary["images"] == 18
        and summary["drop"] == summary["images_in_groups"] - summary["groups"]
    )


@pytest.mark.slow
def test_index_killed_mid_run_resumes_to_the_same_result(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    shards = tmp_path / "shards"
    shards.mkdir()
    for s in range(12):
        write_shard(
            shards / f"{s:05d}.tar",
            [(f"{s}-{i}", jpeg(image(s * 40 + i, size=128))) for i in range(40)],
        )
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    command = [sys.executable, "-m", "openwit.cli", "dedup", "index", str(shards), "--out"]
    job = subprocess.Popen([*command, str(killed)], stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while (
        job.poll() is None
        and time.time() < deadline
        and not list((killed / "parts").glob("*.parquet"))
    ):
        time.sleep(0.05)
    job.send_signal(signal.SIGKILL)
    job.wait()
    written = len(list((killed / "parts").glob("*.parquet")))
    assert 0 < written < 12  # killed mid-run, after at least one part
    assert main(["dedup", "index", str(shards), "--out", str(killed)]) == 0
    manifest = json.loads((killed / "manifest.json").read_text())
    assert manifest["resumed_parts"] == written and manifest["images"] == 480
    assert main(["dedup", "index", str(shards), "--out", str(clean)]) == 0
    for part in (clean / "parts").iterdir():
        assert part.read_bytes() == (killed / "parts" / part.name).read_bytes()


def test_audit_accuracies_equal_a_plain_zero_shot_reference(tmp_path, capsys):
    """All, Clean and Overlap accuracies on a set-up where the test decides which images are
    overlaps (exact copies in the shards) and finds which are right with its own zero-shot
    classifier written with open_clip alone: class prompts averaged, argmax of the cosine."""
    import open_clip
    import torch.nn.functional as F
    from trainer_fixtures import tiny_model

    from trainer import models

    model = tiny_model(seed=4).eval()
    name, config = models.resolve("openwit-tiny")
    checkpoint = tmp_path / "tiny.pt"
    torch.save(
        {"state_dict": model.state_dict(), "model_name": name, "model_config": config}, checkpoint
    )
    classes = {
        c: [render(c, "circle", seed=40 + i + 10 * k, size=96) for i in range(4)]
        for k, c in enumerate(("red", "blue"))
    }
    classes["blue"] = classes["blue"][:3]  # 7 images: no accuracy can be exactly 1/2
    folder = write_eval_folder(tmp_path / "eval", classes)
    overlap = {("red", 0), ("red", 2), ("blue", 1)}
    shard_samples = [(f"o{c}{i}", jpeg(classes[c][i])) for c, i in overlap]
    shard_samples += [(f"t{i:03d}", jpeg(image(i, size=96))) for i in range(20)]
    os.makedirs(tmp_path / "shards")
    write_shard(tmp_path / "shards" / "00000.tar", shard_samples)

    tokenizer = open_clip.get_tokenizer(name)
    preprocess = models.eval_transform(models.image_size(config))
    with torch.no_grad():
        prompts = [
            F.normalize(
                F.normalize(
                    model.encode_text(
                        tokenizer([t(c) for t in open_clip.OPENAI_IMAGENET_TEMPLATES])
                    ),
                    dim=-1,
                ).mean(0),
                dim=0,
            )
            for c in ("blue", "red")  # class folders in sorted order
        ]
    right = {}
    for label, c in enumerate(("blue", "red")):
        for i in range(len(classes[c])):
            pixels = Image.open(Path(folder) / c / f"{i:04d}.jpg").convert("RGB")
            with torch.no_grad():
                emb = F.normalize(model.encode_image(preprocess(pixels)[None]), dim=-1)[0]
            right[(c, i)] = int(torch.argmax(torch.stack(prompts) @ emb)) == label

    report = tmp_path / "report"
    argv = ["audit", "--train", str(tmp_path / "shards"), "--eval", f"x={folder}"]
    assert main([*argv, "--model", str(checkpoint), "--out", str(report)]) == 0
    result = json.loads((report / "report.json").read_text())["datasets"]["x"]
    assert (result["n_all"], result["n_overlap"]) == (7, 3)

    def accuracy(keys) -> float:
        return sum(right[k] for k in keys) / len(keys)

    clean = set(right) - overlap
    assert result["acc_all"] == pytest.approx(accuracy(set(right)))
    assert result["acc_overlap"] == pytest.approx(accuracy(overlap))
    assert result["acc_clean"] == pytest.approx(accuracy(clean))
    assert result["all_minus_clean"] == pytest.approx(accuracy(set(right)) - accuracy(clean))
