"""Run open_clip's own trainer (open_clip_train.main) after registering OpenWIT's model configs,
so that both trainers can train e.g. `openwit-tiny`. Arguments go to open_clip_train as they are.
Run with webdataset 0.2.86 first on PYTHONPATH (see bench/setup_openclip_env.sh)."""

import sys
from pathlib import Path

import open_clip
from open_clip_train.main import main

open_clip.add_model_config(Path(__file__).resolve().parents[1] / "trainer" / "model_configs")
main(sys.argv[1:])
