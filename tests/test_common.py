"""The ground floor: atomic writes, the one shard-pattern syntax, sizes.json, Beam flags."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest

from common import io, shards
from common.arguments import check_at_least
from common.beam import closest_flag, not_beam_options


def touch(path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return str(path)


def test_shard_patterns_share_one_syntax(tmp_path):
    names = [touch(tmp_path / "s" / f"{i:05d}.tar") for i in range(3)]
    touch(tmp_path / "s" / "sizes.json")  # not a shard
    touch(tmp_path / "t" / "00000.tar")
    other = str(tmp_path / "t" / "00000.tar")
    assert shards.expand_shards(str(tmp_path / "s")) == names  # a folder
    assert shards.expand_shards(str(tmp_path / "s" / "*.tar")) == names  # a glob
    assert shards.expand_shards(str(tmp_path / "s" / "{00000..00002}.tar")) == names  # braces
    assert shards.expand_shards([str(tmp_path / "s"), other]) == [*names, other]  # a list
    assert shards.expand_shards(f"{tmp_path / 's' / '00001.tar'}::{other}") == [names[1], other]
    assert shards.expand_shards("gs://b/{0..1}.tar") == ["gs://b/0.tar", "gs://b/1.tar"]
    assert shards.expand_shards(str(tmp_path / "[st]")) == [*names, other]  # folders by glob
    assert shards.expand_shards(str(tmp_path / "{t,s}")) == [other, *names]  # by braces
    odd = touch(tmp_path / "a[1]{x}" / "00000.tar")
    assert shards.expand_shards(str(tmp_path / "a[1]{x}")) == [odd]  # a folder by its name


def test_shards_of_an_unfinished_download_are_refused(tmp_path):
    folder = tmp_path / "shards"
    folder.mkdir()
    for i in range(2):
        (folder / f"{i:05d}.tar").write_bytes(b"")
    names = [str(folder / f"{i:05d}.tar") for i in range(2)]
    assert shards.expand_shards(str(folder)) == names  # no manifest: not a download's folder
    for unfinished in ('{"complete": false, "files": []}', "{not json", "[]"):
        (folder / "download.manifest").write_text(unfinished)
        for pattern in (folder, folder / "*.tar", folder / "{00000..00001}.tar"):
            with pytest.raises(OSError, match="shards: download did not finish"):
                shards.expand_shards(str(pattern))
    (folder / "download.manifest").write_text('{"complete": true, "files": []}')
    assert shards.expand_shards(str(folder / "*.tar")) == names


def test_missing_shards_are_counted_in_one_error(tmp_path):
    touch(tmp_path / "00000.tar")
    with pytest.raises(OSError, match=r"2 of 3 shards do not exist, e\.g\. .*00001\.tar"):
        shards.expand_shards(str(tmp_path / "{00000..00002}.tar"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(OSError, match="no .tar shards found"):
        shards.expand_shards(str(tmp_path / "empty"))


def test_sizes_json_is_used_only_when_it_lists_every_shard(tmp_path):
    a, b = touch(tmp_path / "a.tar"), touch(tmp_path / "b.tar")
    assert shards.sizes_from_json([a, b]) is None  # no sizes.json
    (tmp_path / "sizes.json").write_text(json.dumps({"a.tar": 3, "b.tar": 4}))
    assert shards.sizes_from_json([a, b]) == 7
    (tmp_path / "sizes.json").write_text(json.dumps({"a.tar": 3}))
    assert shards.sizes_from_json([a, b]) is None
    assert shards.total_samples(["gs://x/a.tar"]) is None  # remote: unknown


def test_samples_round_trip_and_labels(tmp_path):
    samples = [
        shards.Sample("x", "k0", {"png": b"P", "txt": b"t0", "cls": b" 2\n"}),
        shards.Sample("x", "k1", {"jpg": b"J", "txt": b"t1", "cls": b"1"}),
    ]
    path = str(tmp_path / "00000.tar")
    assert shards.write_shard(path, samples) == 2
    read = list(shards.iter_samples(path))
    assert [(s.key, s.image_bytes(), shards.parse_label(s.files["cls"])) for s in read] == [
        ("k0", b"P", 2),
        ("k1", b"J", 1),
    ]
    assert shards.count_samples(path) == 2
    assert os.listdir(tmp_path) == ["00000.tar"]  # no temporary file left
    with pytest.raises(ValueError):
        shards.parse_label(b"cat")


def test_atomic_write_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "out" / "part.parquet"
    with pytest.raises(RuntimeError), io.atomic_path(target) as tmp:
        assert os.path.basename(tmp).startswith(".part.parquet.tmp-")  # hidden, no suffix
        with open(tmp, "wb") as half:
            half.write(b"half")
        raise RuntimeError("killed")
    assert os.listdir(tmp_path / "out") == []
    io.write_atomic(target, b"old")
    io.write_json_atomic(target, {"a": 1}, indent=1)
    assert target.read_text() == '{\n "a": 1\n}\n'
    assert os.listdir(tmp_path / "out") == ["part.parquet"]


def test_only_beam_options_pass_through():
    extra = ["--runner", "DataflowRunner", "--project=p", "--direct_num_workers", "2"]
    assert not_beam_options(extra) == []
    assert not_beam_options([*extra, "--max-per-querry", "5", "stray"]) == [
        "--max-per-querry",
        "5",
        "stray",
    ]
    assert closest_flag("--max-per-querry", ["--out", "--max-per-query"]) == "--max-per-query"
    assert closest_flag("--zzz", ["--out"]) is None


def parsed_defaults(add_parser, argv: list[str]) -> dict:
    import argparse

    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers())
    return vars(parser.parse_args(argv))


def test_command_lines_show_the_settings_defaults():
    from common.config import defaults
    from dedup.cli import add_dedup_parser
    from dedup.settings import TrainConfig
    from pipeline.cli import add_curate_parser, add_download_parser
    from pipeline.config import CurateConfig, DownloadConfig

    curate = parsed_defaults(add_curate_parser, ["curate", "--queries", "Q", "--out", "O"])
    for name, value in vars(defaults(CurateConfig)).items():
        if name not in ("inputs", "tables", "wats"):  # built from --pairs/--wat
            assert curate[name] == value, name
    download = parsed_defaults(add_download_parser, ["download", "C", "--out", "S"])
    for name, value in vars(defaults(DownloadConfig)).items():
        if name != "honour_opt_out":  # the flag is --ignore-opt-out
            assert download[name] == value, name
    detector = parsed_defaults(add_dedup_parser, ["dedup", "train-detector", "S", "--out", "D"])
    expected = vars(defaults(TrainConfig))
    assert detector["dim"] == expected["embed_dim"]
    assert tuple(int(n) for n in detector["layers"].split(",")) == expected["layers"]
    for name in ("steps", "batch_size", "image_size", "width", "lr", "seed", "max_images"):
        assert detector[name] == expected[name], name
    assert CurateConfig("t", "w", "q", "o").max_per_query == 20_000  # the paper's cap


def test_the_query_list_command_shows_its_settings_defaults():
    from common.config import defaults
    from queries.cli import add_parser
    from queries.config import BuildConfig

    argv = ["queries", "build", "--wiki-dump", "D", "--pageviews", "P", "--out", "O"]
    parsed = parsed_defaults(add_parser, argv)
    for name, value in vars(defaults(BuildConfig)).items():
        if name != "versions":  # filled in by the run
            assert parsed[name] == value, name
    assert BuildConfig([], [], "w", "o").max_queries == 500_000  # the paper's list size


# In a fresh interpreter: free a 16 MiB buffer (glibc then raises its mmap threshold to
# 16 MiB by itself), allocate 2 MiB, and print whether that buffer was mapped on its own.
MAPPED_AFTER_A_LARGE_FREE = """
import ctypes, sys
from common.memory import keep_large_buffers_mapped
FIELDS = "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost"
class Info(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in FIELDS.split()]
libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = Info
if sys.argv[1] == "set":
    assert keep_large_buffers_mapped()
large = bytearray(16 << 20)
del large
before = libc.mallinfo2().hblkhd
buffer = bytearray(2 << 20)
print(libc.mallinfo2().hblkhd - before >= 2 << 20)
"""


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="a glibc setting")
def test_large_buffers_stay_mapped_after_a_large_one_is_freed():
    def mapped(mode: str) -> str:
        run = [sys.executable, "-c", MAPPED_AFTER_A_LARGE_FREE, mode]
        root = Path(__file__).resolve().parents[1]
        done = subprocess.run(run, capture_output=True, text=True, check=True, cwd=root)
        return done.stdout.strip()

    assert mapped("unset") == "False"  # glibc's own rule: from the heap, where it stays
    assert mapped("set") == "True"


def test_check_at_least_names_the_flag_and_the_value():
    args = Namespace(max_per_query=0, min_row_views=0, threads=3)
    check_at_least(args, {"min_row_views": 0, "threads": 3})  # at the least: accepted
    with pytest.raises(ValueError, match=r"^--max-per-query must be at least 1, not 0$"):
        check_at_least(args, {"threads": 1, "max_per_query": 1})
