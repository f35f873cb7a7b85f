"""Trainer building blocks on CPU with the tiny config: optimizer groups, one step, gradient
accumulation, data checks and skips, zero-shot and retrieval metrics, evaluation sets."""

from __future__ import annotations

import io
import logging
import math
import tarfile
from itertools import islice

import open_clip
import pytest
import torch
from open_clip import ClipLoss
from trainer_fixtures import TINY, make_shards, tiny_batch, tiny_model

from trainer import data, evalsets, models, synthetic, zeroshot
from trainer.config import TrainConfig, check_settings
from trainer.train import contrastive_step, cosine_with_warmup

torch.set_num_threads(1)
SCALER = torch.amp.GradScaler("cpu", enabled=False)


def test_parameter_groups_decay_weights_only():
    model = tiny_model()
    decay, no_decay = models.parameter_groups(model, 0.2)
    names = {id(p): n for n, p in model.named_parameters()}
    assert decay["weight_decay"] == 0.2 and no_decay["weight_decay"] == 0.0
    assert all(p.ndim >= 2 for p in decay["params"])
    no_decay_names = {names[id(p)] for p in no_decay["params"]}
    assert "logit_scale" in no_decay_names
    assert any(n.endswith(".bias") for n in no_decay_names)
    assert any("ln_" in n and n.endswith(".weight") for n in no_decay_names)  # LayerNorm gains
    assert len(decay["params"]) + len(no_decay["params"]) == len(list(model.parameters()))


def test_one_optimisation_step_changes_every_parameter():
    model = tiny_model()
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    optimizer = torch.optim.AdamW(models.parameter_groups(model, 0.2), lr=1e-3, betas=(0.9, 0.98))
    loss = contrastive_step(model, ClipLoss(), [tiny_batch(8)], "fp32", torch.device("cpu"), SCALER)
    optimizer.step()
    assert math.isfinite(float(loss)) and float(loss) > 0
    unchanged = [n for n, p in model.named_parameters() if torch.equal(p, before[n])]
    assert unchanged == []


def grads(model) -> dict[str, torch.Tensor]:
    return {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}


def test_accumulation_equals_the_large_batch():
    images, tokens = tiny_batch(12)
    big, accumulated = tiny_model(), tiny_model()
    cpu = torch.device("cpu")
    loss_big = contrastive_step(big, ClipLoss(), [(images, tokens)], "fp32", cpu, SCALER)
    micro = [(images[i : i + 4], tokens[i : i + 4]) for i in range(0, 12, 4)]
    loss_acc = contrastive_step(accumulated, ClipLoss(), micro, "fp32", cpu, SCALER)
    assert float(loss_acc) == pytest.approx(float(loss_big), rel=1e-5)
    g_big, g_acc = grads(big), grads(accumulated)
    assert g_big.keys() == g_acc.keys() and "logit_scale" in g_big
    for name in g_big:
        torch.testing.assert_close(g_acc[name], g_big[name], rtol=1e-4, atol=1e-6, msg=name)


def test_grad_checkpointing_gives_the_same_gradients():
    batch = tiny_batch(6)
    plain, checkpointed = tiny_model(), tiny_model()
    checkpointed.set_grad_checkpointing(True)
    cpu = torch.device("cpu")
    contrastive_step(plain, ClipLoss(), [batch], "fp32", cpu, SCALER)
    contrastive_step(checkpointed, ClipLoss(), [batch], "fp32", cpu, SCALER)
    for name, grad in grads(plain).items():
        torch.testing.assert_close(grads(checkpointed)[name], grad, rtol=1e-4, atol=1e-6)


def test_bf16_autocast_step_on_cpu():
    model = tiny_model()
    loss = contrastive_step(model, ClipLoss(), [tiny_batch(8)], "bf16", torch.device("cpu"), SCALER)
    assert math.isfinite(float(loss))
    assert all(p.grad.dtype == torch.float32 for p in model.parameters() if p.grad is not None)


def test_cosine_schedule_warms_up_then_decays_to_zero():
    factor = cosine_with_warmup(warmup=10, total=110)
    assert factor(0) == pytest.approx(0.1) and factor(9) == pytest.approx(1.0)
    assert factor(60) == pytest.approx(0.5) and factor(110) == pytest.approx(0.0)
    assert all(factor(s) >= factor(s + 1) for s in range(10, 110))


def test_check_shards_counts_samples_and_rejects_bad_inputs(tmp_path):
    pattern = make_shards(tmp_path / "ok", n_shards=2, per_shard=10)
    urls, n = data.check_shards(pattern, workers=1, world_size=1, resample=False)
    assert len(urls) == 2 and n == 20
    (tmp_path / "ok" / "sizes.json").unlink()  # counted from the tars instead
    assert data.check_shards(pattern, 1, 1, False)[1] == 20
    with pytest.raises(ValueError, match="need at least 4"):
        data.check_shards(pattern, workers=2, world_size=2, resample=False)
    assert data.check_shards(pattern, workers=2, world_size=2, resample=True)[1] == 20
    with pytest.raises(OSError, match="do not exist"):
        data.check_shards(str(tmp_path / "ok" / "{00000..00002}.tar"), 1, 1, False)
    notext = tmp_path / "notext.tar"
    with tarfile.open(notext, "w") as tar:
        add(tar, "a.jpg", jpeg())
    with pytest.raises(ValueError, match="txt key"):
        data.check_shards(str(notext), 1, 1, False)


def jpeg() -> bytes:
    buf = io.BytesIO()
    synthetic.render("red", "circle", 0, 48).save(buf, format="JPEG")
    return buf.getvalue()


def add(tar: tarfile.TarFile, name: str, payload: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(payload)
    tar.addfile(info, io.BytesIO(payload))


def test_stream_skips_and_counts_corrupt_and_incomplete_samples(tmp_path, caplog):
    shard = tmp_path / "mixed.tar"
    with tarfile.open(shard, "w") as tar:
        for i in range(6):
            add(tar, f"{i:03d}.jpg", b"not a jpeg" if i == 2 else jpeg())
            if i != 4:  # sample 4 has no caption
                add(tar, f"{i:03d}.txt", b"a red circle")
    tokenizer = open_clip.get_tokenizer(TINY)
    stream = data.ShardStream([str(shard)], 2, 32, tokenizer, shuffle_buffer=1)
    with caplog.at_level(logging.WARNING):
        (images, tokens, first), (_, _, second) = islice(stream, 2)
    assert images.shape == (2, 3, 32, 32) and tokens.shape == (2, 32)
    # info = [worker, raw samples taken, skipped, CPU us]: 4 good samples needed 6 raw, 2 skipped
    assert first.tolist()[:3] == [0, 2, 0] and second.tolist()[:3] == [0, 6, 2]
    assert "undecodable" in caplog.text and "incomplete" in caplog.text


def test_unreadable_shards_stop_the_stream_instead_of_spinning(tmp_path, caplog):
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"<html>not a tar</html>" * 50)
    with pytest.raises(ValueError, match="cannot read shard"):
        data.check_shards(str(junk), 1, 1, False)
    stream = data.ShardStream([str(junk)], 2, 32, open_clip.get_tokenizer(TINY))
    with caplog.at_level(logging.ERROR), pytest.raises(RuntimeError, match="no readable samples"):
        next(iter(stream))


def test_stream_positions_replay_exactly(tmp_path):
    pattern = make_shards(tmp_path, n_shards=2, per_shard=20)
    tokenizer = open_clip.get_tokenizer(TINY)
    urls = data.expand_shards(pattern)
    batches = list(islice(data.ShardStream(urls, 4, 32, tokenizer, seed=3, shuffle_buffer=8), 6))
    state = data.ReaderState.fresh(workers=1)
    for _, _, info in batches[:3]:
        state.record(info)
    resumed = data.ShardStream(urls, 4, 32, tokenizer, seed=3, shuffle_buffer=8, resume=state)
    for (images, tokens, _), (images2, tokens2, _) in zip(
        batches[3:], islice(resumed, 3), strict=True
    ):
        assert torch.equal(images, images2) and torch.equal(tokens, tokens2)


def test_zeroshot_interface_shapes_and_metrics():
    model, preprocess, tokenizer = zeroshot.load_model(TINY)
    classes = zeroshot.class_embeddings(
        model,
        tokenizer,
        ["red circle", "blue square", "cat"],
        templates=[lambda c: f"a {c}.", lambda c: f"{c}"],
    )
    assert classes.shape == (3, 64)
    torch.testing.assert_close(classes.norm(dim=1), torch.ones(3))
    default = zeroshot.class_embeddings(model, tokenizer, ["red circle"])  # 80 OpenAI templates
    assert default.shape == (1, 64)
    images = torch.stack([preprocess(synthetic.render("red", "circle", s)) for s in range(4)])
    emb = zeroshot.image_embeddings(model, images)
    assert emb.shape == (4, 64) and not emb.requires_grad
    torch.testing.assert_close(emb.norm(dim=1), torch.ones(4))
    top = zeroshot.predict(emb, classes, k=5)
    assert top.shape == (4, 3)  # k is capped at the number of classes
    expected = (emb @ classes.T).argsort(dim=1, descending=True)
    assert torch.equal(top, expected)


def test_classification_and_retrieval_metrics():
    topk = torch.tensor([[0, 1], [1, 0], [1, 0], [0, 1]])
    labels = torch.tensor([0, 1, 0, 1])
    metrics = zeroshot.classification_metrics(topk, labels, ["a", "b"])
    assert metrics["top1"] == 0.5 and metrics["top5"] == 1.0
    half = {"n": 2, "recall": 0.5}
    assert metrics["per_class_recall"] == {"a": half, "b": half}
    emb = torch.eye(12)
    perfect = zeroshot.retrieval_metrics(emb, emb)
    assert perfect["image_to_text"] == {"R@1": 1.0, "R@5": 1.0, "R@10": 1.0}
    shifted = zeroshot.retrieval_metrics(emb, emb.roll(1, dims=0))  # image i matches text i+1
    assert shifted["text_to_image"]["R@1"] == 0.0 and shifted["text_to_image"]["R@10"] == 1.0


def test_image_folder_is_sorted_and_rejects_empty_classes(tmp_path):
    classes = synthetic.write_image_folder(tmp_path / "ev", per_class=3, by="shape")
    paths, labels, names = evalsets.image_folder(str(tmp_path / "ev"))
    assert names == sorted(classes) and len(paths) == 12 and labels == sorted(labels)
    assert paths[0].endswith("circle/0000.jpg")
    (tmp_path / "ev" / "zebra").mkdir()
    with pytest.raises(ValueError, match="zebra"):
        evalsets.image_folder(str(tmp_path / "ev"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="no class subfolders"):
        evalsets.image_folder(str(tmp_path / "empty"))


def test_synthetic_images_are_deterministic():
    a, b = synthetic.render("green", "cross", 5), synthetic.render("green", "cross", 5)
    assert a.tobytes() == b.tobytes()
    assert a.tobytes() != synthetic.render("green", "cross", 6).tobytes()
    with pytest.raises(ValueError, match="unknown colour"):
        synthetic.render("teal", "cross", 0)


def test_model_config_json_path(tmp_path):
    config = tmp_path / "my-tiny.json"
    config.write_text((models.CONFIG_DIR / "openwit-tiny.json").read_text())
    name, cfg = models.resolve(str(config))
    assert name == "my-tiny" and cfg["embed_dim"] == 64
    with pytest.raises(ValueError, match="unknown model"):
        models.resolve("no-such-model")
    with pytest.raises(OSError, match="does not exist"):
        models.resolve(str(tmp_path / "missing.json"))


def bomb_png() -> bytes:
    """A 440 KB PNG that declares 20,000 × 20,000 pixels (a decompression bomb)."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_stream_skips_and_counts_a_decompression_bomb(tmp_path, caplog):
    shard = tmp_path / "bomb.tar"
    with tarfile.open(shard, "w") as tar:
        for i in range(4):
            add(tar, f"{i:03d}.png" if i == 1 else f"{i:03d}.jpg", bomb_png() if i == 1 else jpeg())
            add(tar, f"{i:03d}.txt", b"a red circle")
    stream = data.ShardStream([str(shard)], 3, 32, open_clip.get_tokenizer(TINY), shuffle_buffer=1)
    with caplog.at_level(logging.WARNING):
        images, _, info = next(iter(stream))
    assert images.shape[0] == 3  # the 3 good samples of 4
    assert info.tolist()[1:3] == [4, 1]  # 4 raw samples taken, 1 skipped
    assert "undecodable" in caplog.text and "decompression bomb" in caplog.text.lower()


def test_a_checkpoints_model_name_never_becomes_a_path(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    name, config, model = models.create(TINY)
    evil = f"../../{tmp_path.name}/owned"
    checkpoint = tmp_path / "evil.pt"
    torch.save(
        {"state_dict": model.state_dict(), "model_name": evil, "model_config": config},
        checkpoint,
    )
    loaded, _, _ = zeroshot.load_model(str(checkpoint))
    assert not (tmp_path / "owned.json").exists()
    assert list((tmp_path / "tmp").iterdir()) == []  # no temporary folder left behind
    for key, value in loaded.state_dict().items():
        torch.testing.assert_close(value, model.state_dict()[key])


@pytest.mark.parametrize(
    "name, value, words",
    [
        ("batch_size", 0, "at least 1"),
        ("accum_steps", 0, "at least 1"),  # batch_size % 0 would be a ZeroDivisionError
        ("epochs", 0.0, "positive"),
        ("max_steps", 0, "at least 1"),
        ("lr", -1e-4, "positive"),
        ("lr", math.nan, "positive"),
        ("beta2", 1.0, "from 0 to below 1"),
        ("init_temperature", 0.0, "positive"),  # a logit scale of 1/0
        ("log_every", 0, "at least 1"),  # step % 0 after the first step
        ("keep_checkpoints", -1, "0 or more"),
    ],
)
def test_settings_out_of_range_are_refused_before_any_work(name, value, words):
    cfg = TrainConfig(train_data="shards", out="run", **{name: value})
    flag = "--" + name.replace("_", "-")
    with pytest.raises(ValueError, match=rf"^{flag} must be {words}, not {value}$"):
        check_settings(cfg)


def test_default_and_edge_settings_are_accepted():
    check_settings(TrainConfig(train_data="shards", out="run"))
    edges = dict(warmup=0, weight_decay=0.0, beta1=0.0, workers=0, shuffle_buffer=0)
    check_settings(TrainConfig(train_data="shards", out="run", save_every_steps=0, **edges))
