"""`openwit train` and `openwit eval` defaults: stated once in trainer.config, shown by --help,
and the ones a newcomer's first run meets (data workers for few shards, CPU threads)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from trainer_fixtures import TINY, make_shards

from openwit.cli import build_parser, main
from trainer.config import TrainConfig, default_workers

ROOT = Path(__file__).resolve().parents[1]


def parse(*args: str):
    return build_parser(args[0]).parse_args(list(args))


def help_text(command: str, capsys) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main([command, "--help"])
    return " ".join(capsys.readouterr().out.split())  # argparse wraps lines at the terminal width


def test_train_flags_default_to_the_config_dataclass():
    args = vars(parse("train", "--train-data", "S", "--out", "R"))
    config = TrainConfig(train_data="S", out="R")
    for field in fields(TrainConfig):
        assert args[field.name] == getattr(config, field.name), field.name


def test_train_help_shows_the_defaults(capsys):
    text = help_text("train", capsys)
    assert "--lr LR peak learning rate (AdamW) (default: 0.0005)" in text
    assert "contrastive batch = this x ranks) (default: 256)" in text
    assert "linear warm-up steps before the cosine decay (default: 2000)" in text
    assert (
        "--model MODEL open_clip config name (e.g. ViT-B-32, openwit-tiny) or a config .json "
        "(default: ViT-B-32)" in text
    )
    assert "default: one per shard of a rank, at most 4)" in text
    assert "(default: None)" not in text and "(default: False)" not in text


def test_eval_help_shows_the_defaults(capsys):
    text = help_text("eval", capsys)
    assert "pairs used for retrieval (default: 5000)" in text
    assert "auto, cpu or cuda (default: auto)" in text


def test_help_does_not_import_torch():
    code = (
        "import sys\nfrom openwit.cli import main\n"
        "try:\n    main(['train', '--help'])\nexcept SystemExit:\n    pass\n"
        "print('torch' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.strip().endswith("False"), done.stderr


@pytest.mark.parametrize(
    ("shards", "world_size", "resample", "expected"),
    [
        (1, 1, False, 1),  # one shard: one worker
        (3, 1, False, 3),
        (4, 1, False, 4),
        (100, 1, False, 4),  # capped at the old default
        (6, 2, False, 3),  # shards per rank
        (1, 2, False, 1),  # too few shards for the ranks: check_shards says so
        (1, 1, True, 4),  # drawn with replacement, any number of workers works
    ],
)
def test_default_workers_one_per_shard_of_a_rank_at_most_four(
    shards, world_size, resample, expected
):
    assert default_workers(shards, world_size, resample) == expected


def run_train(capsys, tmp_path, *extra: str) -> tuple[int, str, str]:
    pattern = make_shards(tmp_path / "shards", n_shards=1, per_shard=32)
    capsys.readouterr()
    code = main(
        ["train", "--train-data", pattern, "--out", str(tmp_path / "run"), "--model", TINY]
        + ["--batch-size", "16", "--max-steps", "1", "--device", "cpu", "--no-progress", *extra]
    )
    out, err = capsys.readouterr()
    return code, out, err


def test_train_on_one_shard_picks_one_worker_and_says_so(tmp_path, capsys):
    code, out, err = run_train(capsys, tmp_path)
    assert code == 0, err
    lines = [x for x in out.splitlines() if "--workers" in x]
    assert lines == [
        "--workers not given: 1 data worker(s) per rank, one per shard "
        "(1 shard(s) for 1 rank(s); at most 4)"
    ]
    config = (tmp_path / "run" / "config.json").read_text()
    assert '"workers": 1,' in config


def test_explicit_workers_beyond_the_shards_still_fail(tmp_path, capsys):
    code, out, err = run_train(capsys, tmp_path, "--workers", "4")
    assert code == 1
    assert "1 shards" in err and "need at least 4" in err
    assert "--workers not given" not in out
