"""CPU precision: bfloat16 vs float32 matrix products, with and without the CPU's bf16 instructions.

What ``runtime/device.py`` decides from: on a CPU with AVX512-BF16 / AMX, is bf16 faster than fp32 for
the two shapes a decoder runs — prefill (a 512-token block × weight) and decode (one token × weight,
bound by reading the weight)? And on a CPU without those instructions, where the runtime widens products
of many rows to fp32 block by block (``runtime/widening.py``)? The second case is simulated by
capping the instruction sets of oneDNN, ATen and MKL (``ONEDNN_MAX_CPU_ISA``, ``ATEN_CPU_CAPABILITY``,
``MKL_ENABLE_INSTRUCTIONS``, read when torch starts), so each row runs in its own process. A sweep over
the number of rows on the AVX2 cap shows where widening starts to pay (``ROWS_TO_WIDEN``), and one over
ragged token counts what padding them to ``TOKEN_MULTIPLE`` rows gains. Each row also times a decode
step's attention over a long, growing cache in bf16 products and widened to fp32 (``runtime/attention.py``).

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

# label → the instruction-set caps of oneDNN, ATen and MKL (None: this CPU's own)
CAPS = {
    "native": None,
    "AVX512_CORE (no bf16 instructions)": {"ONEDNN_MAX_CPU_ISA": "AVX512_CORE"},
    "AVX2": {"ONEDNN_MAX_CPU_ISA": "AVX2", "ATEN_CPU_CAPABILITY": "avx2", "MKL_ENABLE_INSTRUCTIONS": "AVX2"},
}
SWEEP_ROWS = (1, 4, 8, 16, 32, 64, 512)
RAGGED_TOKENS = (15, 16, 39, 40, 47, 48)  # a follow-up question's prompt is often ~40 tokens
CACHED_POSITIONS = 3500  # 13 tiles' prompt

_MEASURE = r"""
import json, sys, time, torch
from desktop_vlm.runtime import attention, widening
from desktop_vlm.runtime.widening import WideningConv2d, widened_linear
repeats, sweep = int(sys.argv[1]), [int(n) for n in sys.argv[2].split(",") if n]
ragged, positions = [int(n) for n in sys.argv[3].split(",") if n], int(sys.argv[4])

def median(fn, n):
    for _ in range(2):
        fn()
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return sorted(times)[n // 2]

linear = torch.nn.functional.linear
out = {}
with torch.inference_mode():
    weight32 = torch.randn(2 * 11008, 2048)
    weight16 = weight32.to(torch.bfloat16)
    for rows in sorted({1, 512, *sweep}):
        x32 = torch.randn(rows, 2048)
        x16 = x32.to(torch.bfloat16)
        n = repeats if rows < 64 else max(3, repeats // 5)
        out[f"float32/{rows}"] = median(lambda: linear(x32, weight32), n)
        out[f"bfloat16/{rows}"] = median(lambda: linear(x16, weight16), n)
        out[f"widened/{rows}"] = median(lambda: widened_linear(x16, weight16, None), n)
    for tokens in ragged:
        x16 = torch.randn(tokens, 2048).to(torch.bfloat16)
        for multiple, label in ((1, "unpadded"), (widening.TOKEN_MULTIPLE, "padded")):
            widening.TOKEN_MULTIPLE = multiple
            out[f"ragged/{tokens}/{label}"] = median(lambda: widened_linear(x16, weight16, None), repeats)
    # a decode step's attention: 16 query heads over 2 key/value heads of 128, keys a view into a longer cache
    # that grows by one position per call, as in decode (oneDNN sets up a new kernel for each new length)
    q = torch.randn(1, 16, 1, 128)
    k, v = (torch.randn(1, 2, positions + 4 * repeats + 256, 128) for _ in range(2))

    def growing(q, k, v):
        lengths = iter(range(positions, positions + 4 * repeats))

        def step():  # attends over one more cached position than the call before
            t = next(lengths)
            return attention.few_query_attention(q, k[:, :, :t], v[:, :, :t])

        return step

    out["attention/float32"] = median(growing(q, k, v), repeats)
    q, k, v = q.to(torch.bfloat16), k.to(torch.bfloat16), v.to(torch.bfloat16)
    for widen, label in ((False, "bfloat16"), (True, "widened")):
        attention.WIDEN_BF16_STEPS = widen
        out[f"attention/{label}"] = median(growing(q, k, v), repeats)
    conv = torch.nn.Conv2d(3, 1024, kernel_size=14, stride=14)  # InternViT-300M's patch embedding
    tile = torch.randn(1, 3, 448, 448)
    out["conv/float32"] = median(lambda: conv(tile), repeats)
    conv, tile = conv.to(torch.bfloat16), tile.to(torch.bfloat16)
    out["conv/bfloat16"] = median(lambda: conv(tile), max(3, repeats // 5))
    conv.__class__ = WideningConv2d
    out["conv/widened"] = median(lambda: conv(tile), repeats)
    x = torch.randn(1, 2048).to(torch.bfloat16)
    torch.backends.mkldnn.enabled = False  # what single_token_kernels does around a decode step
    out["bfloat16/1/aten"] = median(lambda: linear(x, weight16), repeats)
out["threads"] = torch.get_num_threads()
print(json.dumps(out))
"""


def measure(
    caps: dict | None,
    repeats: int,
    sweep: tuple[int, ...] = (),
    ragged: tuple[int, ...] = (),
    positions: int = CACHED_POSITIONS,
) -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("ONEDNN_MAX_CPU_ISA", "ATEN_CPU_CAPABILITY", "MKL_ENABLE_INSTRUCTIONS")
    }
    env.update(caps or {})
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    argv = [str(repeats), ",".join(map(str, sweep)), ",".join(map(str, ragged)), str(positions)]
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *argv], env=env, capture_output=True, text=True, check=True, cwd=root
    )
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
    print(
        "| instruction set | decode fp32 | decode bf16 | bf16 speed-up | prefill (512 rows) fp32 "
        "| prefill bf16 | bf16 widened to fp32 | widened vs fp32 |"
    )
    print("|---|---|---|---|---|---|---|---|")
    convs, attentions = [], []
    for label, caps in CAPS.items():
        capped = label == "AVX2"
        r = measure(caps, args.repeats, SWEEP_ROWS if capped else (), RAGGED_TOKENS if capped else ())
        d32, d16, p32, p16, pw = (
            r["float32/1"],
            r["bfloat16/1"],
            r["float32/512"],
            r["bfloat16/512"],
            r["widened/512"],
        )
        print(
            f"| {label} | {d32 * 1e3:.2f} ms ({weight_bytes['float32'] / d32 / 1e9:.0f} GB/s) "
            f"| {d16 * 1e3:.2f} ms ({weight_bytes['bfloat16'] / d16 / 1e9:.0f} GB/s) | {d32 / d16:.2f}× "
            f"| {p32 * 1e3:.1f} ms | {p16 * 1e3:.1f} ms | {pw * 1e3:.1f} ms | {p32 / pw:.2f}× |"
        )
        if capped:
            sweep = r
        attentions.append(
            f"| {label} | "
            + " | ".join(f"{r[f'attention/{kind}'] * 1e3:.2f} ms" for kind in ("float32", "bfloat16", "widened"))
            + " |"
        )
        convs.append(
            f"| {label} | {r['conv/float32'] * 1e3:.1f} ms | {r['conv/bfloat16'] * 1e3:.1f} ms "
            f"| {r['conv/widened'] * 1e3:.1f} ms |"
        )
    print("\npatch embedding of one 448-pixel tile (InternViT-300M's 14×14 convolution to 1,024 channels):\n")
    print("| instruction set | fp32 | bf16 | bf16 widened to fp32 |\n|---|---|---|---|")
    print("\n".join(convs))
    print("\nproducts of N rows on the AVX2 cap (ms; the runtime widens from ROWS_TO_WIDEN rows):\n")
    print("| rows | " + " | ".join(map(str, SWEEP_ROWS)) + " |")
    print("|---|" + "---|" * len(SWEEP_ROWS))
    for kind, label in (("float32", "fp32 weight"), ("bfloat16", "bf16 weight"), ("widened", "bf16 widened")):
        print(f"| {label} | " + " | ".join(f"{sweep[f'{kind}/{n}'] * 1e3:.1f}" for n in SWEEP_ROWS) + " |")
    print("\nwidened products of ragged token counts on the AVX2 cap (ms), padded to TOKEN_MULTIPLE rows or not:\n")
    print("| tokens | " + " | ".join(map(str, RAGGED_TOKENS)) + " |\n|---|" + "---|" * len(RAGGED_TOKENS))
    for kind in ("unpadded", "padded"):
        print(f"| {kind} | " + " | ".join(f"{sweep[f'ragged/{n}/{kind}'] * 1e3:.1f}" for n in RAGGED_TOKENS) + " |")
    print(
        f"\none decode step's attention over {CACHED_POSITIONS:,} cached positions and more, one more per call (16 "
        "query heads, 2 key/value heads of 128):\n"
    )
    print("| instruction set | fp32 | bf16 products | bf16 widened to fp32 |\n|---|---|---|---|")
    print("\n".join(attentions))
    native = measure(None, args.repeats)
    print(
        f"\nbf16 one-row product on the native instruction set with oneDNN bypassed (ATen's kernel, as in "
        f"decode steps): {native['bfloat16/1/aten'] * 1e3:.2f} ms "
        f"({weight_bytes['bfloat16'] / native['bfloat16/1/aten'] / 1e9:.0f} GB/s), oneDNN in the same process: "
        f"{native['bfloat16/1'] * 1e3:.2f} ms"
    )
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
    from synthetic import write_checkpoint

    import desktop_vlm.runtime.engine as engine
    from desktop_vlm.core.types import GenerationParams
    from desktop_vlm.runtime import load_runtime
    from desktop_vlm.runtime.api import ChatRequest

    bypass = engine.single_token_kernels
    with tempfile.TemporaryDirectory() as tmp:
        runtime = load_runtime(write_checkpoint(model, size, Path(tmp) / model), device="cpu", dtype="bfloat16")
        runtime.stop_id = -1
        request = ChatRequest("Describe the image in detail.", params=GenerationParams(max_new_tokens=32))
        runtime.generate(request)
        rates = {"oneDNN bypassed for one-row products (the default)": [], "oneDNN for every product": []}
        for _ in range(repeats):
            for label in rates:
                engine.single_token_kernels = (
                    bypass if "bypassed" in label else (lambda device, dtype: contextlib.nullcontext())
                )
                runtime.reset_cache()
                rates[label].append(runtime.generate(request).stats.decode_tokens_per_s)
        engine.single_token_kernels = bypass
    print(f"\nend to end, {model} ({size}), bf16, 32 new tokens, median of {repeats}:")
    for label, values in rates.items():
        print(f"- {label}: {sorted(values)[len(values) // 2]:.1f} tokens/s")


if __name__ == "__main__":
    sys.exit(main())
