"""Ristretto: time to first token against the image-token budget N, on one checkpoint, in one run.

    python benchmarks/ristretto_image_tokens.py                      # the tiny reference fixture, CPU
    python benchmarks/ristretto_image_tokens.py --checkpoint DIR --device cuda --dtype bfloat16
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkpoint", type=Path, default=ROOT / "tests/data/reference/Ristretto-3B")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--dtype", default="auto")
    ap.add_argument("--max-tiles", type=int, default=10)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args(argv)

    from PIL import Image

    from desktop_vlm.core.types import GenerationParams, TileParams
    from desktop_vlm.runtime import load_runtime
    from desktop_vlm.runtime.api import ChatRequest, VisualInput

    runtime = load_runtime(args.checkpoint, device=args.device, dtype=args.dtype)
    image = Image.open(ROOT / "tests/data/reference/images/image1.png").convert("RGB")  # 800×600
    print("| N | tiles | prompt tokens | TTFT median (ms) | vision encode (ms) | prefill (ms) |")
    print("|---|---|---|---|---|---|")
    for n in (64, 144, 256, 576):
        request = ChatRequest("Describe the image.", [VisualInput(image)], params=GenerationParams(max_new_tokens=1),
                              tiles=TileParams(max_tiles=args.max_tiles), image_tokens=n)  # fmt: skip
        runtime.reset_cache()
        runtime.generate(request)  # warm-up
        runs = []
        for _ in range(args.repeats):
            runtime.reset_cache()  # cold: encode and prefill every time
            t0 = time.perf_counter()
            result = runtime.generate(request)
            runs.append((time.perf_counter() - t0, result.stats))
        s = runs[len(runs) // 2][1]
        ttft = statistics.median(r[1].time_to_first_token_s for r in runs)
        print(f"| {n} | {s.image_tiles} | {s.prompt_tokens} | {ttft * 1e3:.1f} | {s.vision_encode_s * 1e3:.1f} | "
              f"{s.prefill_s * 1e3:.1f} |")
    print(f"\ncommand: python {' '.join(sys.argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
