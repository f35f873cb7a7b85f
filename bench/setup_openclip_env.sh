#!/usr/bin/env bash
# open_clip's own trainer (open_clip_train, shipped with open-clip-torch) needs
# webdataset<=0.2.86; OpenWIT uses a newer one. This puts 0.2.86 into bench/.venv-openclip,
# a folder that goes first on PYTHONPATH for the baseline run only (everything else comes
# from the project's .venv). Usage: bench/setup_openclip_env.sh [PYTHON]
set -euo pipefail
cd "$(dirname "$0")"
PY=${1:-../.venv/bin/python}
"$PY" -m pip install -q --no-deps --target .venv-openclip webdataset==0.2.86
echo "bench/.venv-openclip ready: PYTHONPATH=bench/.venv-openclip runs open_clip_train with webdataset 0.2.86"
