#!/usr/bin/env bash
# The GPU measurements in one command, for a machine with a CUDA GPU and torch + transformers installed
# (torchao for the int8 / int4 steps; platformdirs): at most about 8 minutes on one H100 / H200:
#
#   bash benchmarks/gpu_suite.sh OUT_DIR
#
# 1. benchmarks/gpu_suite.py (at most ~7 minutes: no step starts after BUDGET_S, 390 s): every model family at full
#    size with random weights, 13 tiles — decode tok/s against the bandwidth ceiling, time to first token
#    against the FLOP floor, the second turn, the original chat() with fused attention as the baseline,
#    int8 / int4 weights, the CUDA-graph (compiled) decode on and off;
# 2. pytest -m gpu (the CUDA fast paths: compiled ids, CUDA graphs not refused, int4, pinned pixels): 63 s on
#    an H200, most of it compiling, so it may take 90.
# Checkpoints go to OUT_DIR/checkpoints, or to WORKDIR where that is set (about 8 GB at a time).
# Results: OUT_DIR/summary.md (tables), OUT_DIR/results.json, OUT_DIR/pytest_gpu.txt, OUT_DIR/log.txt.
# Dry run on CPU at tiny size: SIZE=tiny DEVICE=cpu NEW_TOKENS=2 REPEATS=1 bash benchmarks/gpu_suite.sh /tmp/out
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: gpu_suite.sh OUT_DIR}
py=${PYTHON:-python3}
mkdir -p "$out"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
timeout "${SUITE_TIMEOUT_S:-440}" "$py" benchmarks/gpu_suite.py "$out" --size "${SIZE:-full}" \
  --device "${DEVICE:-cuda}" --new-tokens "${NEW_TOKENS:-64}" --repeats "${REPEATS:-2}" \
  --budget-s "${BUDGET_S:-390}" ${MODELS:+--models "$MODELS"} ${WORKDIR:+--workdir "$WORKDIR"} >>"$out/log.txt" 2>&1
echo "gpu_suite.py: exit $?" >>"$out/log.txt"
if [ "${DEVICE:-cuda}" = cuda ]; then
  timeout 90 "$py" -m pytest -q -p no:cacheprovider -m gpu tests/runtime/test_cuda_paths.py >"$out/pytest_gpu.txt" 2>&1
  echo "pytest -m gpu: exit $?" >>"$out/log.txt"
fi
echo "gpu_suite.sh: results in $out"
