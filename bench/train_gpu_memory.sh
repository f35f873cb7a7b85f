#!/usr/bin/env bash
# Peak GPU memory and samples/s of ViT-B-32 bf16 under `openwit train` with the memory savers:
# plain, --grad-checkpointing, and --accum-steps 4 (same contrastive batch of 256).
# Reuses the shards written by bench/train_gpu.sh (WORK). Usage: bench/train_gpu_memory.sh [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-bench/out/gpu}
WORK=${WORK:-/tmp/openwit-gpu-bench}
PY=${PY:-python3}
mkdir -p "$OUT"
for variant in "plain" "--grad-checkpointing" "--accum-steps 4"; do
    flags=$([ "$variant" = plain ] || echo "$variant")
    # shellcheck disable=SC2086
    "$PY" -m openwit.cli train --train-data "$WORK/shards/{00000..00027}.tar" --model ViT-B-32 \
        --batch-size 256 --precision bf16 --epochs 1 --samples-per-epoch 15360 --warmup 10 \
        --workers "${WORKERS:-14}" --log-every 10 --resample --no-progress --save-every-steps 0 \
        --out "$WORK/mem" $flags > /dev/null 2>&1
    "$PY" -c "import json,sys; s=json.load(open(sys.argv[1])); print(f'{sys.argv[2]:<22} \
{s[\"samples_per_s\"]:8.0f} samples/s  peak {s[\"peak_gpu_memory_gib\"]:.1f} GiB  loss {s[\"final_loss\"]:.3f}')" \
        "$WORK/mem/summary.json" "$variant" | tee -a "$OUT/memory.txt"
    rm -rf "$WORK/mem"
done
