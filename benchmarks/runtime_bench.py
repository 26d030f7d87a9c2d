"""Runtime benchmark: our runtime vs a baseline that behaves like the models' own ``chat()``, same weights,
one run.

Baseline = eager attention, ``language_model.generate(inputs_embeds=...)`` (transformers' generic loop),
re-encoding the image and re-prefilling the whole conversation every turn — what the original code does.
Ours = the runtime as shipped (SDPA, own decode loop, vision-feature and prefix-KV reuse).

Usage (from the repository root):
    python benchmarks/runtime_bench.py --shape tiny                     # CPU smoke run, seconds
    python benchmarks/runtime_bench.py --shape reduced-4b --device cpu  # real widths, 2+2 layers
    python benchmarks/runtime_bench.py --shape internvl2_5-4b --device cuda --dtype bfloat16   # GPU, full size
    python benchmarks/runtime_bench.py --checkpoint DIR                 # any checkpoint folder
Random weights: speed depends on shapes, not values; a fixed number of new tokens is forced.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SHAPES = {
    # name: options for tests.runtime.tiny_internvl.write_internvl_checkpoint
    "tiny": dict(),
    "reduced-4b": dict(vision_hidden=1024, vision_layers=2, vision_heads=16, vision_intermediate=4096,
                       llm_hidden=2048, llm_layers=2, llm_heads=16, kv_heads=2, llm_intermediate=11008,
                       vocab_size=151674, scale=0.02),  # fmt: skip
    "internvl2_5-4b": dict(vision_hidden=1024, vision_layers=24, vision_heads=16, vision_intermediate=4096,
                           llm_hidden=2048, llm_layers=36, llm_heads=16, kv_heads=2, llm_intermediate=11008,
                           vocab_size=151674, scale=0.02, shards=4),  # fmt: skip
}
# image sizes whose tile plan (max 12 tiles, thumbnail) gives 1, 6 and 13 tiles
TILE_IMAGES = {1: (448, 448), 6: (2240, 448), 13: (800, 600)}


def _sync(device):
    import torch

    if device.type == "cuda":
        torch.cuda.synchronize()


class _TokenClock:
    """A transformers streamer that only records when each token arrives."""

    def __init__(self):
        self.stamps: list[float] = []

    def put(self, value):
        self.stamps.append(time.perf_counter())

    def end(self):
        pass


def _picture(size, seed=0):
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8), "RGB")


def bench(checkpoint: Path, device: str, dtype: str, new_tokens: int, repeats: int, decode: str = "dynamic") -> dict:
    import torch

    from desktop_vlm.core.types import GenerationParams, Turn
    from desktop_vlm.runtime import load_runtime
    from desktop_vlm.runtime.api import ChatRequest, VisualInput
    from desktop_vlm.runtime.checkpoint import open_checkpoint
    from desktop_vlm.runtime.loader import weight_bytes

    t0 = time.perf_counter()
    runtime = load_runtime(checkpoint, device=device, dtype=dtype, decode=decode)
    load_s = time.perf_counter() - t0
    rss_gib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 2**30  # Linux: KiB
    params, nbytes = weight_bytes(open_checkpoint(checkpoint), runtime.dtype)
    dev = runtime.device
    model, lm = runtime.model, runtime.model.decoder.lm
    runtime.stop_id = -1  # force exactly new_tokens tokens
    gen = GenerationParams(max_new_tokens=new_tokens)
    out = {"load_s": load_s, "peak_rss_gib_after_load": rss_gib, "weights_gib": nbytes / 2**30, "params": params,
           "device": dev.type, "dtype": runtime.info.dtype, "tiles": {}}  # fmt: skip

    def baseline_turn(request):
        """chat(): encode all images, prefill everything from embeddings, generic generate loop, eager attn."""
        t_start = time.perf_counter()
        prompt = runtime._prepare(request)
        with torch.inference_mode():
            from desktop_vlm.runtime.preprocess import tile_image, tiles_to_tensor

            tiles = [t for s in prompt.spans for im, p in zip(s.images, s.plans) for t in tile_image(im, p)]
            ids = torch.tensor([prompt.ids], device=dev)
            embeds = lm.get_input_embeddings()(ids)
            if tiles:
                pixels = tiles_to_tensor(tiles, model.tile_norm).to(dev, runtime.dtype)
                feats = model.encode_tiles(pixels)
                embeds[ids == runtime.img_context_id] = feats.reshape(-1, feats.shape[-1]).to(embeds.dtype)
            clock = _TokenClock()
            lm.generate(inputs_embeds=embeds, attention_mask=torch.ones_like(ids), max_new_tokens=new_tokens,
                        min_new_tokens=new_tokens, do_sample=False, streamer=clock)  # fmt: skip
            _sync(dev)
        stamps = clock.stamps[-new_tokens:]  # one timestamp per generated token
        ttft = stamps[0] - t_start  # tiling + vision encode + prefill + first token, as chat()
        return ttft, (new_tokens - 1) / max(1e-9, stamps[-1] - stamps[0])

    for n_tiles, size in TILE_IMAGES.items():
        image = _picture(size, n_tiles)
        req = ChatRequest("Describe the image in detail.", [VisualInput(image)], params=gen)
        # ours: cold (fresh caches) turn 1, then a follow-up that reuses image + prefix
        runtime.reset_cache()
        runtime.generate(req)  # warm-up (kernels, allocator)
        firsts, decodes, seconds, encodes, prefills = [], [], [], [], []
        for _ in range(repeats):
            runtime.reset_cache()
            r1 = runtime.generate(req)
            follow = ChatRequest("And what colour dominates?", [VisualInput(image)],
                                 [Turn("<image>\nDescribe the image in detail.", r1.text)], params=gen)  # fmt: skip
            r2 = runtime.generate(follow)
            firsts.append(r1.stats.time_to_first_token_s)
            decodes.append(r1.stats.decode_tokens_per_s)
            encodes.append(r1.stats.vision_encode_s / max(1, r1.stats.image_tiles))
            prefills.append(r1.stats.prefill_s)
            seconds.append(r2.stats.time_to_first_token_s)
        # baseline on the same weights
        lm.set_attn_implementation("eager")
        model.vision_model.set_attn_implementation("eager")
        try:
            baseline_turn(req)  # warm-up
            b_first, b_decode = zip(*[baseline_turn(req) for _ in range(repeats)])
            b_second = [baseline_turn(follow)[0] for _ in range(repeats)]
        finally:
            lm.set_attn_implementation("sdpa")
            model.vision_model.set_attn_implementation("sdpa")
        ours = {"ttft_s": statistics.median(firsts), "decode_tok_s": statistics.median(decodes),
                "second_turn_ttft_s": statistics.median(seconds), "vision_encode_per_tile_s": statistics.median(encodes),
                "prefill_s": statistics.median(prefills), "prompt_tokens": r1.stats.prompt_tokens}  # fmt: skip
        base = {"ttft_s": statistics.median(b_first), "decode_tok_s": statistics.median(b_decode),
                "second_turn_ttft_s": statistics.median(b_second)}  # fmt: skip
        out["tiles"][n_tiles] = {"ours": ours, "baseline": base}
    if dev.type == "cuda":
        out["peak_device_gib"] = torch.cuda.max_memory_allocated() / 2**30
    return out


def to_markdown(result: dict, title: str) -> str:
    lines = [f"### {title}", "",
             f"device {result['device']} · dtype {result['dtype']} · {result['params'] / 1e6:.1f} M params "
             f"({result['weights_gib']:.2f} GiB) · load {result['load_s']:.2f} s · peak host RSS after load "
             f"{result['peak_rss_gib_after_load']:.2f} GiB"
             + (f" · peak device {result['peak_device_gib']:.2f} GiB" if "peak_device_gib" in result else ""), "",
             "| tiles | prompt tokens | TTFT ours | TTFT baseline | ratio | decode tok/s ours | baseline | ratio "
             "| 2nd-turn TTFT ours | baseline | ratio | encode/tile ours |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for n, r in result["tiles"].items():
        o, b = r["ours"], r["baseline"]
        lines.append(
            f"| {n} | {o['prompt_tokens']} | {o['ttft_s'] * 1e3:.1f} ms | {b['ttft_s'] * 1e3:.1f} ms | "
            f"{b['ttft_s'] / o['ttft_s']:.2f}× | {o['decode_tok_s']:.1f} | {b['decode_tok_s']:.1f} | "
            f"{o['decode_tok_s'] / b['decode_tok_s']:.2f}× | {o['second_turn_ttft_s'] * 1e3:.1f} ms | "
            f"{b['second_turn_ttft_s'] * 1e3:.1f} ms | {b['second_turn_ttft_s'] / o['second_turn_ttft_s']:.1f}× | "
            f"{o['vision_encode_per_tile_s'] * 1e3:.1f} ms |"
        )
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shape", choices=sorted(SHAPES), default="tiny")
    ap.add_argument("--checkpoint", type=Path, help="benchmark this folder instead of a synthetic shape")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--dtype", default="auto")
    ap.add_argument("--new-tokens", type=int, default=64)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", type=Path, help="also write the raw figures here")
    ap.add_argument("--decode", choices=("dynamic", "static", "compiled"), default="dynamic",
                    help="our decode path (compiled = static KV cache + torch.compile / CUDA graphs)")
    args = ap.parse_args(argv)
    import torch
    import transformers

    torch.manual_seed(0)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.checkpoint
        if folder is None:
            from tests.runtime.tiny_internvl import write_internvl_checkpoint

            t0 = time.perf_counter()
            folder = write_internvl_checkpoint(Path(tmp) / args.shape, **SHAPES[args.shape])
            print(f"synthetic {args.shape} checkpoint written in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        result = bench(folder, args.device, args.dtype, args.new_tokens, args.repeats, args.decode)
    result["versions"] = {"python": platform.python_version(), "torch": torch.__version__,
                          "transformers": transformers.__version__, "cpu": platform.processor() or platform.machine(),
                          "threads": torch.get_num_threads()}  # fmt: skip
    title = f"{args.checkpoint.name if args.checkpoint else args.shape} on {result['device']}, decode={args.decode}"
    print(to_markdown(result, title))
    print(f"versions: {result['versions']}; command: python {' '.join(sys.argv)}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
