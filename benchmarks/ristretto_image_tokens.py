"""Ristretto: time to first token against the image-token budget N, on one checkpoint, in one run.

python benchmarks/ristretto_image_tokens.py                      # the tiny reference fixture, CPU
python benchmarks/ristretto_image_tokens.py --size full --device cuda   # Ristretto-3B's shape, random weights
python benchmarks/ristretto_image_tokens.py --checkpoint DIR --device cuda --dtype bfloat16
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkpoint", type=Path, default=ROOT / "tests/data/reference/Ristretto-3B")
    ap.add_argument(
        "--size",
        choices=("tiny", "reduced", "full"),
        help="instead of --checkpoint: a synthetic Ristretto-3B-shaped checkpoint (benchmarks/synthetic.py)",
    )
    ap.add_argument("--workdir", type=Path, help="with --size: keep the synthetic checkpoint here for later runs")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--dtype", default="auto")
    ap.add_argument("--max-tiles", type=int, default=10)
    ap.add_argument("--repeats", type=int, default=9)
    args = ap.parse_args(argv)
    if not args.size:
        return run(args.checkpoint, args)
    import tempfile

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import ensure_checkpoint

    with tempfile.TemporaryDirectory(prefix="ristretto-bench-") as tmp:
        return run(ensure_checkpoint("ristretto-3b", args.size, args.workdir or Path(tmp)), args)


def run(checkpoint: Path, args) -> int:
    from PIL import Image

    from desktop_vlm.core.types import GenerationParams, TileParams
    from desktop_vlm.runtime import load_runtime
    from desktop_vlm.runtime.api import ChatRequest, VisualInput

    runtime = load_runtime(checkpoint, device=args.device, dtype=args.dtype)
    image = Image.open(ROOT / "tests/data/reference/images/image1.png").convert("RGB")  # 800×600
    budgets = (64, 144, 256, 576)
    requests = {
        n: ChatRequest(
            "Describe the image.",
            [VisualInput(image)],
            params=GenerationParams(max_new_tokens=1),
            tiles=TileParams(max_tiles=args.max_tiles),
            image_tokens=n,
        )
        for n in budgets
    }
    for request in requests.values():  # warm-up: first-call allocations and kernel choices
        runtime.reset_cache()
        runtime.generate(request)
    # Rounds interleave the budgets so that a change in machine load affects every N alike.
    stats = {n: [] for n in budgets}
    for _ in range(args.repeats):
        for n, request in requests.items():
            runtime.reset_cache()  # cold: encode and prefill every time
            stats[n].append(runtime.generate(request).stats)
    print("| N | tiles | prompt tokens | TTFT median (ms) | vision encode (ms) | prefill (ms) |")
    print("|---|---|---|---|---|---|")
    for n, runs in stats.items():
        # each column is its own median over the repeats (the phases need not peak in the same run)
        ttft, vision, prefill = (
            statistics.median(getattr(r, key) for r in runs) * 1e3
            for key in ("time_to_first_token_s", "vision_encode_s", "prefill_s")
        )
        print(f"| {n} | {runs[0].image_tiles} | {runs[0].prompt_tokens} | {ttft:.1f} | {vision:.1f} | {prefill:.1f} |")
    print(f"\ncommand: python {' '.join(sys.argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
