"""The decode-kernel probe's own timings, for a model's real layer shapes: every candidate batch-1 kernel of
each precision (bf16 / int8 / int4), as ``runtime/kernels/probe.py`` times them at a model's first load.

    python benchmarks/decode_kernels.py --rounds 15

Default shapes are Qwen2.5-3B's (InternVL2_5-4B's language model): q/o 2048², k/v 2048 → 256, gate/up
2048 → 11,008, down 11,008 → 2,048 and the 151,674-row output head. Random weights (speed depends on the
shape). As the probe does, each candidate is timed over a pass of distinct copies of the layer — as many as
the model has of that shape, or fewer once a pass reads ``--pass-mb`` — so the weights come from memory,
not from a cache that holds one layer. Times are per layer; GB/s is the layer's stored bytes (weights and
scales) over its time.
"""

from __future__ import annotations

import argparse
import copy
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHAPES = {(2048, 2048): 72, (256, 2048): 72, (11008, 2048): 72, (2048, 11008): 36, (151674, 2048): 1}  # → count


def layers(out_features: int, in_features: int):
    """One layer of the shape per precision, as the loader builds them."""
    import torch

    from desktop_vlm.runtime.kernels.quantized import QuantizedLinear
    from desktop_vlm.runtime.widening import WideningLinear

    weight = (torch.randn(out_features, in_features) * 0.02).to(torch.bfloat16)
    bf16 = WideningLinear(in_features, out_features, bias=False, device="meta")
    bf16.weight = torch.nn.Parameter(weight, requires_grad=False)
    built = {"bf16": (bf16, weight.numel() * 2)}
    for mode in ("int8", "int4"):
        layer = QuantizedLinear(in_features, out_features, False, mode, torch.bfloat16)
        layer.load_weight(weight)
        built[mode] = (layer, layer.stored_bytes)
    return built


def main(argv=None) -> int:
    from desktop_vlm.runtime.kernels import probe

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--budget-s", type=float, default=3.0, help="per shape: stop adding rounds past this")
    ap.add_argument("--pass-mb", type=float, default=1024, help="copies of a layer per pass: up to this many MB")
    args = ap.parse_args(argv)
    print(f"{probe.machine_key()}; medians of up to {args.rounds} interleaved rounds\n")
    print("| layer (out × in) | precision | copies | kernel | per layer | GB/s | fastest? |")
    print("|---|---|---|---|---|---|---|")
    for (out_features, in_features), count in SHAPES.items():
        for precision, (layer, stored) in layers(out_features, in_features).items():
            copies = max(1, min(count, math.ceil(args.pass_mb * 1e6 / stored)))
            alike = [layer] + [copy.deepcopy(layer) for _ in range(copies - 1)]  # distinct memory, same values
            timings = probe.measure(alike, rounds=args.rounds, budget_s=args.budget_s)
            best = min(timings, key=timings.get)
            for kernel, seconds in timings.items():
                each = seconds / copies
                print(
                    f"| {out_features:,} × {in_features:,} | {precision} | {copies} | {kernel} | {each * 1e3:.2f} ms "
                    f"| {stored / each / 1e9:.1f} | {'yes' if kernel == best else ''} |"
                )
            del alike
    return 0


if __name__ == "__main__":
    sys.exit(main())
