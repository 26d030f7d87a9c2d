"""Decode steps in bf16 on CPU: their attention in bf16 products or widened to fp32.

``runtime/attention.py`` widens a bf16 decode step's queries, keys and values to float32
(``WIDEN_BF16_STEPS``). This measures what that does end to end: one loaded model, one cold request with
an image of N tiles (so the cache holds that prompt), then the same request again and again — its prompt
is reused from the cache, so each repetition is a decode over the long cache — alternating the two
attention variants. It runs in a child process, on this CPU's own instruction set (``--isa native``) or
with oneDNN, ATen and MKL capped to AVX2 (``--isa AVX2``, the default: a CPU without bf16 instructions,
simulated; ``cpu_precision.CAPS``).

Usage: python benchmarks/cpu_decode_attention.py [--model internvl2_5-4b] [--size reduced|full]
       [--tiles 13] [--new-tokens 16] [--repeats 3] [--isa AVX2|native] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ISA_LABELS = {"AVX2": "AVX2 cap", "native": "this CPU's own instruction set"}
VARIANTS = {"bf16 products (oneDNN)": False, "widened to fp32 (the runtime's choice)": True}


def measure(checkpoint: Path, tiles: int, new_tokens: int, repeats: int) -> dict:
    """In this process: decode tokens/s per attention variant over ``repeats``."""
    sys.path[:0] = [str(HERE.parent), str(HERE)]
    from runtime_bench import _requests

    from desktop_vlm.runtime import attention, load_runtime

    runtime = load_runtime(checkpoint, device="cpu", dtype="bfloat16")
    runtime.stop_id = -1  # random weights: a fixed number of new tokens
    request, _ = _requests(tiles, new_tokens)
    cold = runtime.generate(request).stats
    rates = {label: [] for label in VARIANTS}
    reused = []
    for _ in range(repeats):
        for label, widened in VARIANTS.items():
            attention.WIDEN_BF16_STEPS = widened
            stats = runtime.generate(request).stats  # the prompt comes from the cache: only decode runs
            rates[label].append(stats.decode_tokens_per_s)
            reused.append(stats.reused_prompt_tokens)
    return {
        "prompt_tokens": cold.prompt_tokens,
        "min_reused_prompt_tokens": min(reused),
        "decode_tok_s": {label: statistics.median(values) for label, values in rates.items()},
        "all_decode_tok_s": rates,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="internvl2_5-4b")
    ap.add_argument("--size", default="reduced")
    ap.add_argument("--tiles", type=int, default=13, choices=(1, 6, 13))
    ap.add_argument("--new-tokens", type=int, default=16)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--isa", default="AVX2", choices=("AVX2", "native"), help="the child's instruction set")
    ap.add_argument("--workdir", type=Path, help="write the synthetic checkpoint here and reuse it on later runs")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # the capped process: measure this checkpoint
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.tiles, args.new_tokens, args.repeats)))
        return 0

    sys.path.insert(0, str(HERE))
    from cpu_precision import CAPS
    from synthetic import ensure_checkpoint

    with tempfile.TemporaryDirectory() as tmp:
        checkpoint = ensure_checkpoint(args.model, args.size, args.workdir or Path(tmp))
        env = dict(os.environ, **(CAPS[args.isa] or {}), PYTHONPATH=str(HERE.parent))
        child = [
            sys.executable,
            __file__,
            "--child",
            str(checkpoint),
            "--tiles",
            str(args.tiles),
            "--new-tokens",
            str(args.new_tokens),
            "--repeats",
            str(args.repeats),
        ]
        done = subprocess.run(child, env=env, capture_output=True, text=True, cwd=HERE.parent)
        if done.returncode:
            print(done.stderr[-4000:], file=sys.stderr)
            return done.returncode
        result = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"{args.model} ({args.size}), bf16, {ISA_LABELS[args.isa]}, {args.tiles} tiles = {result['prompt_tokens']:,} prompt "
        f"tokens (≥ {result['min_reused_prompt_tokens']:,} reused from the cache per repetition), "
        f"{args.new_tokens} new tokens, median of {args.repeats}, the variants alternated:\n"
    )
    print("| decode-step attention | decode tok/s | all runs |\n|---|---|---|")
    for label, rate in result["decode_tok_s"].items():
        runs = " / ".join(f"{r:.1f}" for r in result["all_decode_tok_s"][label])
        print(f"| {label} | {rate:.1f} | {runs} |")
    print(f"\ncommand: python {' '.join(sys.argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
