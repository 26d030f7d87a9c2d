"""CPU precision: bfloat16 vs float32 matrix products, with and without the CPU's bf16 instructions.

What ``runtime/device.py`` decides from: on a CPU with AVX512-BF16 / AMX, is bf16 faster than fp32 for
the two shapes a decoder runs — prefill (a 512-token block × weight) and decode (one token × weight,
bound by reading the weight)? And on a CPU without those instructions? The second case is simulated by
capping oneDNN's instruction set (``ONEDNN_MAX_CPU_ISA``, read when torch starts), so each row runs in
its own process.

Then, end to end, the runtime's batch-1 decode in bf16 with and without ``single_token_kernels`` (which
routes one-row products past oneDNN): the same loaded model, the two variants interleaved.

Usage: python benchmarks/cpu_precision.py [--repeats 30] [--e2e-model internvl2_5-4b --e2e-size reduced]
The weight is Qwen2.5-3B's fused gate+up projection (2048 → 2 × 11008).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

CAPS = {"native": None, "AVX512_CORE (no bf16 instructions)": "AVX512_CORE", "AVX2": "AVX2"}

_MEASURE = r"""
import json, sys, time, torch
repeats = int(sys.argv[1])
out = {}
with torch.inference_mode():
    for name, dtype in (("float32", torch.float32), ("bfloat16", torch.bfloat16)):
        weight = torch.randn(2 * 11008, 2048).to(dtype)
        for rows in (1, 512):
            x = torch.randn(rows, 2048).to(dtype)
            for _ in range(3):
                torch.nn.functional.linear(x, weight)
            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                torch.nn.functional.linear(x, weight)
                times.append(time.perf_counter() - start)
            out[f"{name}/{rows}"] = sorted(times)[len(times) // 2]
    weight = torch.randn(2 * 11008, 2048).to(torch.bfloat16)
    x = torch.randn(1, 2048).to(torch.bfloat16)
    torch.backends.mkldnn.enabled = False  # what single_token_kernels does around a decode step
    times = []
    for _ in range(3 + repeats):
        start = time.perf_counter()
        torch.nn.functional.linear(x, weight)
        times.append(time.perf_counter() - start)
    out["bfloat16/1/aten"] = sorted(times[3:])[repeats // 2]
out["threads"] = torch.get_num_threads()
print(json.dumps(out))
"""


def measure(cap: str | None, repeats: int) -> dict:
    env = dict(os.environ)
    env.pop("ONEDNN_MAX_CPU_ISA", None)
    if cap:
        env["ONEDNN_MAX_CPU_ISA"] = cap
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(repeats)], env=env, capture_output=True, text=True,
                          check=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=30)
    ap.add_argument("--e2e-model", default="internvl2_5-4b", help="'' to skip the end-to-end part")
    ap.add_argument("--e2e-size", default="reduced")
    args = ap.parse_args(argv)
    import torch

    from desktop_vlm.runtime.device import cpu_has_native_bf16

    weight_bytes = {"float32": 2 * 11008 * 2048 * 4, "bfloat16": 2 * 11008 * 2048 * 2}
    print(f"CPU bf16 instructions usable: {cpu_has_native_bf16()} · torch {torch.__version__}\n")
    print("| oneDNN instruction set | decode fp32 | decode bf16 | bf16 speed-up | prefill (512 rows) fp32 "
          "| prefill bf16 | bf16 speed-up |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for label, cap in CAPS.items():
        r = measure(cap, args.repeats)
        d32, d16, p32, p16 = r["float32/1"], r["bfloat16/1"], r["float32/512"], r["bfloat16/512"]
        print(f"| {label} | {d32 * 1e3:.2f} ms ({weight_bytes['float32'] / d32 / 1e9:.0f} GB/s) "
              f"| {d16 * 1e3:.2f} ms ({weight_bytes['bfloat16'] / d16 / 1e9:.0f} GB/s) | {d32 / d16:.2f}× "
              f"| {p32 * 1e3:.1f} ms | {p16 * 1e3:.1f} ms | {p32 / p16:.2f}× |")  # fmt: skip
    native = measure(None, args.repeats)
    print(f"\nbf16 one-row product on the native instruction set with oneDNN bypassed (ATen's kernel, as in "
          f"decode steps): {native['bfloat16/1/aten'] * 1e3:.2f} ms "
          f"({weight_bytes['bfloat16'] / native['bfloat16/1/aten'] / 1e9:.0f} GB/s), oneDNN in the same process: "
          f"{native['bfloat16/1'] * 1e3:.2f} ms")
    if args.e2e_model:
        end_to_end(args.e2e_model, args.e2e_size, args.repeats // 10 or 1)
    print(f"\n{r['threads']} torch threads; command: python {' '.join(sys.argv)}")
    return 0


def end_to_end(model: str, size: str, repeats: int) -> None:
    """Decode tokens/s of the runtime in bf16 on CPU, with and without the oneDNN bypass, interleaved."""
    import contextlib
    import tempfile
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import desktop_vlm.runtime.engine as engine
    from desktop_vlm.core.types import GenerationParams
    from desktop_vlm.runtime import load_runtime
    from desktop_vlm.runtime.api import ChatRequest
    from synthetic import write_checkpoint

    bypass = engine.single_token_kernels
    with tempfile.TemporaryDirectory() as tmp:
        runtime = load_runtime(write_checkpoint(model, size, Path(tmp) / model), device="cpu", dtype="bfloat16")
        runtime.stop_id = -1
        request = ChatRequest("Describe the image in detail.", params=GenerationParams(max_new_tokens=32))
        runtime.generate(request)
        rates = {"oneDNN bypassed for one-row products (the default)": [], "oneDNN for every product": []}
        for _ in range(repeats):
            for label in rates:
                engine.single_token_kernels = bypass if "bypassed" in label else (
                    lambda device, dtype: contextlib.nullcontext())  # fmt: skip
                runtime.reset_cache()
                rates[label].append(runtime.generate(request).stats.decode_tokens_per_s)
        engine.single_token_kernels = bypass
    print(f"\nend to end, {model} ({size}), bf16, 32 new tokens, median of {repeats}:")
    for label, values in rates.items():
        print(f"- {label}: {sorted(values)[len(values) // 2]:.1f} tokens/s")


if __name__ == "__main__":
    sys.exit(main())
