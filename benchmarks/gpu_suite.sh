#!/usr/bin/env bash
# Issue 7's GPU measurements in one command, for a machine with a CUDA GPU and torch + transformers installed.
#
#   bash benchmarks/gpu_suite.sh OUT_DIR [STAGE ...]
#
# Stages, in priority order (default: all; each step has its own time limit, so what finishes is kept):
#   tests      pytest -m gpu (the CUDA fast paths: compiled ids, CUDA graphs not refused, int4, pinned pixels)
#   internvl   InternVL2_5-4B at full size, bf16: our dynamic and compiled decode against the chat() baseline
#   quantized  the same model with int8 and int4 weights (ours only: dynamic and compiled decode)
#   families   Ristretto-3B and Mono-InternVL-2B at full size against their baselines, and Ristretto's
#              time to first token against its image-token budget (64/144/256/576)
#   kvcache    decode with our in-place KV cache against transformers' concatenating one, 13 tiles
#              (Mono-InternVL-2B and InternVL2_5-4B), to confirm the CPU gain holds on the GPU
# Results: OUT_DIR/summary.md (every table), OUT_DIR/results.jsonl (one JSON object per run), OUT_DIR/log.txt.
# A dry run of the same steps on CPU at tiny size: SIZE=tiny DEVICE=cpu bash benchmarks/gpu_suite.sh /tmp/out
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: gpu_suite.sh OUT_DIR [STAGE ...]}
shift
stages=${*:-tests internvl quantized families kvcache}
size=${SIZE:-full}
device=${DEVICE:-cuda}
py=${PYTHON:-python3}
tokens=${NEW_TOKENS:-128}
repeats=${REPEATS:-3}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1

bench() {  # bench NAME TIME_LIMIT_S ARGS...
  local name=$1 limit=$2
  shift 2
  echo "== $name: $*" >>"$out/log.txt"
  if timeout "$limit" "$py" benchmarks/runtime_bench.py --size "$size" --device "$device" --workdir "$work" \
      --new-tokens "$tokens" --repeats "$repeats" --json "$work/$name.json" "$@" >"$work/$name.md" 2>>"$out/log.txt"; then
    cat "$work/$name.md" >>"$out/summary.md"
    { tr -d '\n' <"$work/$name.json"; echo; } >>"$out/results.jsonl"
  else
    echo "**$name did not finish (exit $?); see log.txt**" >>"$out/summary.md"
  fi
}

for stage in $stages; do
  case $stage in
    tests)
      timeout 300 "$py" -m pytest -q -p no:cacheprovider -m gpu tests/runtime/test_cuda_paths.py >"$out/pytest_gpu.txt" 2>&1
      echo "pytest -m gpu: exit $?" >>"$out/log.txt" ;;
    internvl)
      bench internvl2_5-4b 420 --model internvl2_5-4b --decode dynamic,compiled ;;
    quantized)
      bench internvl2_5-4b-int8 240 --model internvl2_5-4b --quantize int8 --decode dynamic,compiled --no-baseline
      bench internvl2_5-4b-int4 240 --model internvl2_5-4b --quantize int4 --decode dynamic,compiled --no-baseline ;;
    families)
      bench ristretto-3b 300 --model ristretto-3b --decode dynamic,compiled
      echo "== ristretto image-token budget" >>"$out/log.txt"
      { echo "### ristretto-3b ($size): time to first token against the image-token budget"; echo;
        timeout 120 "$py" benchmarks/ristretto_image_tokens.py --size "$size" --device "$device" --workdir "$work" \
          --repeats 5 2>>"$out/log.txt" || echo "**did not finish (exit $?)**"; echo; } >>"$out/summary.md"
      bench mono-internvl-2b 300 --model mono-internvl-2b ;;
    kvcache)
      for model in mono-internvl-2b internvl2_5-4b; do
        echo "== kv cache A/B: $model" >>"$out/log.txt"
        { echo "### $model ($size): KV cache A/B"; echo;
          timeout 180 "$py" benchmarks/kv_cache_ab.py --model "$model" --size "$size" --device "$device" \
            --workdir "$work" --new-tokens "$tokens" --rounds "$repeats" 2>>"$out/log.txt" || echo "**did not finish (exit $?)**"
          echo; } >>"$out/summary.md"
      done ;;
    *) echo "gpu_suite.sh: unknown stage $stage" >&2; exit 2 ;;
  esac
done
echo "gpu_suite.sh: results in $out"
