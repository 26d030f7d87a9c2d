#!/usr/bin/env bash
# The GPU measurements in one command, for a machine with a CUDA GPU and torch + transformers installed
# (torchao for the int8 / int4 steps; platformdirs), within 8 minutes (TOTAL_S, 480) on one H100 / H200:
#
#   bash benchmarks/gpu_suite.sh OUT_DIR
#
# 1. pytest -m gpu (tests/runtime/test_cuda_paths.py: the CUDA fast paths give the default path's ids —
#    recorded graphs, compiled steps, lookup steps, int4 prompts, pixels normalised on the GPU), at most 150 s;
#    first, so that the measurements below are of paths known to be right;
# 2. benchmarks/gpu_suite.py with the rest of the time (no step starts within 70 s of the end): every model
#    family at full size with random weights, 13 tiles — decode tok/s against the bandwidth ceiling, time to
#    first token against the FLOP floor, the second turn, the original chat() with fused attention as the
#    baseline, the recorded CUDA-graph decode, int8 / int4 weights, a profile of a cold request and its
#    follow-up, and last the compiled decode.
# Checkpoints go to OUT_DIR/checkpoints, or to WORKDIR where that is set (about 8 GB at a time).
# Results: OUT_DIR/summary.md (tables), OUT_DIR/results.json, OUT_DIR/first_token_profile.txt,
# OUT_DIR/pytest_gpu.txt, OUT_DIR/log.txt.
# Dry run on CPU at tiny size: SIZE=tiny DEVICE=cpu NEW_TOKENS=2 REPEATS=1 bash benchmarks/gpu_suite.sh /tmp/out
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: gpu_suite.sh OUT_DIR}
py=${PYTHON:-python3}
total=${TOTAL_S:-480}
mkdir -p "$out"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
started=$SECONDS
if [ "${DEVICE:-cuda}" = cuda ]; then
  timeout 150 "$py" -m pytest -q -p no:cacheprovider -m gpu --durations=0 tests/runtime/test_cuda_paths.py \
    >"$out/pytest_gpu.txt" 2>&1
  echo "pytest -m gpu: exit $? after $((SECONDS - started)) s" >>"$out/log.txt"
fi
left=$((total - (SECONDS - started)))
timeout "$left" "$py" benchmarks/gpu_suite.py "$out" --size "${SIZE:-full}" \
  --device "${DEVICE:-cuda}" --new-tokens "${NEW_TOKENS:-64}" --repeats "${REPEATS:-2}" \
  --budget-s "$((left - 70))" ${MODELS:+--models "$MODELS"} ${WORKDIR:+--workdir "$WORKDIR"} >>"$out/log.txt" 2>&1
echo "gpu_suite.py: exit $? after $((SECONDS - started)) s in all" >>"$out/log.txt"
echo "gpu_suite.sh: results in $out"
