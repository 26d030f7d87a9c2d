"""Where a CPU decode step's time goes: each linear layer shape's time and the rate it streams its weight at,
against the rest of the step (attention, norms, the KV cache, Python), for the runtime as it loads a model.

    python benchmarks/decode_step_profile.py --size full --workdir DIR [--quantize int8] [--steps 12] [--after-image]

One loaded model; a prompt of ``--prompt-tokens`` random embeddings is prefilled, then ``--steps`` decode
steps are timed twice: plain (the step's time), then with a timer around every linear layer's call (the
products' share). A decode step reads every weight once, so a layer's bytes over its time is the rate it
streams from memory — the figure to hold against the machine's read bandwidth and against llama.cpp's
whole-step rate (bytes per token × tokens/s). Random weights: speed depends on the shapes, not the values.
``--after-image`` first answers one question about a picture, as a conversation does before its steps.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]


def stored_bytes(layer) -> int:
    """The bytes a layer's product reads: its weight (and scales, for a quantised one), its bias."""
    if hasattr(layer, "stored_bytes"):
        return int(layer.stored_bytes)
    held = [layer.weight] + ([layer.bias] if layer.bias is not None else [])
    return sum(t.numel() * t.element_size() for t in held)


def timed_steps(decoder, cache, steps: int) -> list[float]:
    """Seconds of each of ``steps`` decode steps on ``cache`` (the engine's step: one embedded id)."""
    import torch

    from desktop_vlm.runtime.device import single_token_kernels

    ids = torch.ones(1, 1, dtype=torch.long)
    row = decoder.embed(ids)  # (1, 1, D): the activations' device and dtype
    seconds = []
    with single_token_kernels(row.device, row.dtype):
        for _ in range(steps):
            begin = time.perf_counter()
            decoder(decoder.embed(ids), torch.zeros_like(ids, dtype=torch.bool), cache, 1)
            seconds.append(time.perf_counter() - begin)
    return seconds


def use_kernel(decoder, kernel: str) -> None:
    """Make every layer that lists ``kernel`` among its decode kernels run it, whatever the probe chose."""
    layers = [m for m in decoder.modules() if kernel in getattr(m, "decode_kernels", ())]
    if not layers:
        raise SystemExit(f"no layer of this model can run {kernel}")
    for layer in layers:
        layer.decode_kernel = kernel


def answer_about_a_picture(runtime) -> None:
    """One short answer about a 1-tile picture (its pixels prepared on the runtime's preprocessing threads)."""
    from PIL import Image

    from desktop_vlm.core.types import GenerationParams, TileParams
    from desktop_vlm.runtime import ChatRequest, VisualInput

    picture = Image.new("RGB", (448, 448), "white")
    params, tiles = GenerationParams(max_new_tokens=4), TileParams(max_tiles=1)
    runtime.generate(ChatRequest("<image>\nWhat is this?", [VisualInput(picture)], params=params, tiles=tiles))
    runtime.reset_cache()


def profile(
    checkpoint: Path, quantize: str, prompt_tokens: int, steps: int, after_image: bool = False, kernel: str = ""
) -> dict:
    import torch

    from desktop_vlm.runtime import load_runtime

    runtime = load_runtime(checkpoint, device="cpu", quantize=quantize)
    if kernel:
        use_kernel(runtime.model.decoder, kernel)
    if after_image:
        answer_about_a_picture(runtime)
    decoder = runtime.model.decoder
    width = decoder.embed(torch.zeros(1, 1, dtype=torch.long)).shape[-1]
    linears = [m for m in decoder.modules() if isinstance(m, torch.nn.Linear) or hasattr(m, "qweight")]
    with torch.inference_mode():
        cache = decoder.new_cache()
        prompt = torch.randn(1, prompt_tokens, width, generator=torch.Generator().manual_seed(0)) * 0.02
        decoder(prompt.to(runtime.dtype), torch.zeros(1, prompt_tokens, dtype=torch.bool), cache, 1)
        timed_steps(decoder, cache, 2)  # first steps pay for page faults and kernel set-up
        plain = timed_steps(decoder, cache, steps)

        spent: dict[str, float] = defaultdict(float)
        calls: dict[str, int] = defaultdict(int)
        rates: dict[str, tuple[int, str]] = {}
        begun: dict[int, float] = {}

        def before(module, _inputs):
            begun[id(module)] = time.perf_counter()

        def after(module, _inputs, _output):
            key = f"{module.out_features} × {module.in_features}"
            spent[key] += time.perf_counter() - begun.pop(id(module))
            calls[key] += 1
            rates[key] = (stored_bytes(module), str(getattr(module, "decode_kernel", "torch")))

        handles = [h for m in linears for h in (m.register_forward_pre_hook(before), m.register_forward_hook(after))]
        hooked = timed_steps(decoder, cache, steps)
        for handle in handles:
            handle.remove()
    layers = {
        key: {
            "calls_per_step": calls[key] / steps,
            "ms_per_step": spent[key] / steps * 1e3,
            "gb_per_s": rates[key][0] * calls[key] / spent[key] / 1e9,
            "kernel": rates[key][1],
        }
        for key in sorted(spent, key=lambda k: -spent[k])
    }
    products = sum(spent.values()) / steps
    weights = sum(rates[key][0] * calls[key] for key in spent) / steps
    return {
        "step_ms": statistics.median(plain) * 1e3,
        "hooked_step_ms": statistics.median(hooked) * 1e3,
        "products_ms": products * 1e3,
        "weights_gb_per_step": weights / 1e9,
        "layers": layers,
        "decode_kernel": runtime.decode_kernel,
        "threads": torch.get_num_threads(),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="internvl2_5-4b")
    ap.add_argument("--size", default="reduced")
    ap.add_argument("--quantize", default="none", choices=("none", "int8", "int4"))
    ap.add_argument("--prompt-tokens", type=int, default=445, help="cached positions before the first step")
    ap.add_argument("--steps", type=int, default=12)
    ap.add_argument("--after-image", action="store_true", help="answer a question about a picture first")
    ap.add_argument("--workdir", type=Path, required=True, help="the synthetic checkpoint is written here once")
    ap.add_argument("--kernel", default="", help="run this decode kernel wherever a layer has it (e.g. int4-aten)")
    args = ap.parse_args(argv)
    from synthetic import ensure_checkpoint

    checkpoint = ensure_checkpoint(args.model, args.size, args.workdir)
    result = profile(checkpoint, args.quantize, args.prompt_tokens, args.steps, args.after_image, args.kernel)
    step, products = result["step_ms"], result["products_ms"]
    print(
        f"{args.model} ({args.size}), {args.quantize}, {args.prompt_tokens} cached positions, median of "
        f"{args.steps} steps, {result['threads']} threads, kernels {result['decode_kernel'] or 'torch'}"
        f"{', after answering about a picture' if args.after_image else ''}\n"
    )
    print("| linear layers (out × in) | kernel | calls per step | ms per step | weight streamed at |")
    print("|---|---|---|---|---|")
    for key, row in result["layers"].items():
        print(
            f"| {key} | {row['kernel']} | {row['calls_per_step']:.0f} | {row['ms_per_step']:.1f} "
            f"| {row['gb_per_s']:.1f} GB/s |"
        )
    rest = result["hooked_step_ms"] - products
    print(
        f"\nstep {step:.1f} ms ({1e3 / step:.2f} tokens/s); with timers {result['hooked_step_ms']:.1f} ms, of which "
        f"products {products:.1f} ms ({result['weights_gb_per_step']:.2f} GB at "
        f"{result['weights_gb_per_step'] / products * 1e3:.1f} GB/s) and the rest {rest:.1f} ms; the whole step "
        f"streams the weights at {result['weights_gb_per_step'] / step * 1e3:.1f} GB/s"
    )
    print(f"\ncommand: python {' '.join(sys.argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
