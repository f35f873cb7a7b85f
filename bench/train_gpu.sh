#!/usr/bin/env bash
# The GPU figures of the README: ViT-B-32 bf16 samples/s of `openwit train` against
# open_clip's own trainer on the same synthetic shards, then a short fp16 (autocast +
# gradient scaling) run. Needs open_clip, webdataset and braceexpand importable, and
# webdataset==0.2.86 in OPENCLIP_PATH (default bench/.venv-openclip, see setup_openclip_env.sh).
# Usage: bench/train_gpu.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-bench/out/gpu}
WORK=${WORK:-/tmp/openwit-gpu-bench}
PY=${PY:-python3}
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1
"$PY" bench/train_throughput.py --data synthetic --rounds 1 --model ViT-B-32 --precision bf16 --batch-size 256 --steps 200 \
    --log-every 20 --workers "${WORKERS:-14}" --threads 4 --image-size 224 --shards 28 \
    --samples-per-shard 400 --resample --out "$WORK" \
    --openclip-path "${OPENCLIP_PATH:-bench/.venv-openclip}" | tee "$OUT/bench.txt"
cp "$WORK/result.json" "$OUT/result.json"
cp "$WORK/openwit/metrics.jsonl" "$OUT/bf16_metrics.jsonl"
tail -n 40 "$WORK/openclip.log" > "$OUT/openclip_tail.log"
"$PY" -m openwit.cli train --train-data "$WORK/shards/{00000..00027}.tar" --model ViT-B-32 \
    --batch-size 256 --precision fp16 --epochs 1 --samples-per-epoch 25600 --max-steps 100 \
    --warmup 10 --workers "${WORKERS:-14}" --log-every 10 --resample --no-progress \
    --save-every-steps 0 --out "$WORK/fp16" 2>&1 | tail -n 3 | tee "$OUT/fp16.txt"
cp "$WORK/fp16/metrics.jsonl" "$OUT/fp16_metrics.jsonl"
