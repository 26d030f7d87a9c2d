"""Decode speed with our in-place growing KV cache against transformers' concatenating one.

``runtime/kv_cache.py`` replaced transformers' ``DynamicCache`` layers, which copy a layer's whole cache
for every decoded token. This loads one synthetic checkpoint once and answers the same cold request
(an image of 1, 6 or 13 tiles) with each cache in turn, interleaved for ``--rounds`` rounds, so both
see the same machine state; the decoders pick the cache up through ``kv_cache.new_cache``, which is
swapped between rounds.

Usage: python benchmarks/kv_cache_ab.py --model mono-internvl-2b --size full --tiles 13 --new-tokens 24 --rounds 2
(a full-size 13-tile request takes ~40 s (Mono) to ~2 min (InternVL2_5-4B) per answer on a 2-core CPU)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str] | None = None) -> int:
    from runtime_bench import TILE_IMAGES
    from synthetic import SIZES, synthetic_models

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", choices=sorted(synthetic_models()), default="mono-internvl-2b")
    ap.add_argument("--size", choices=SIZES, default="tiny")
    ap.add_argument("--workdir", type=Path, help="write the synthetic checkpoint here and reuse it on later runs")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--tiles", type=int, choices=sorted(TILE_IMAGES), default=13)
    ap.add_argument("--new-tokens", type=int, default=24)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)

    from runtime_bench import _requests
    from synthetic import ensure_checkpoint
    from transformers import DynamicCache

    from desktop_vlm.runtime import kv_cache, load_runtime

    caches = {
        "transformers' DynamicCache (concatenating)": lambda config=None: DynamicCache(config=config),
        "ours (growing in place)": kv_cache.new_cache,
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = ensure_checkpoint(args.model, args.size, args.workdir or Path(tmp))
        runtime = load_runtime(folder, device=args.device)
        runtime.stop_id = -1  # a fixed number of new tokens
        request, _ = _requests(args.tiles, args.new_tokens)
        rates: dict[str, list[float]] = {name: [] for name in caches}
        try:
            for _ in range(args.rounds):
                for name, factory in caches.items():
                    kv_cache.new_cache = factory
                    runtime.reset_cache()
                    rates[name].append(runtime.generate(request).stats.decode_tokens_per_s)
        finally:
            kv_cache.new_cache = caches["ours (growing in place)"]
        prompt_tokens = runtime.count_prompt_tokens(request)
    print(
        f"{args.model} ({args.size}), {args.tiles} tiles ({prompt_tokens:,} prompt tokens), "
        f"{args.new_tokens} new tokens, {args.rounds} rounds, decode tokens/s:"
    )
    for name, values in rates.items():
        print(f"- {name}: median {statistics.median(values):.2f} ({', '.join(f'{v:.2f}' for v in values)})")
    base, ours = (statistics.median(v) for v in rates.values())
    print(f"ratio ours / transformers': {ours / base:.2f}×; command: python {' '.join(sys.argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
