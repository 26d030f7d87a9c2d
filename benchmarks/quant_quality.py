"""How often quantised weights pick the same next token as bf16: top-1 agreement over a fixed set of prompts.

    python benchmarks/quant_quality.py --model internvl2_5-4b --size reduced --workdir ~/vlm-bench

For each prompt (text questions, and questions about two fixed pictures) the bf16 model answers greedily
(``--new-tokens``); then bf16, int8 and int4 each score that same conversation teacher-forced, and at every
answer position the quantised model's most likely token is compared with bf16's. Also reported: the cosine
similarity of the logits and how far apart bf16's two best tokens are where the two disagree (random weights
give flat distributions, so a disagreement between near-ties says little about a trained model). The float32 row
is the yardstick: the same weights unquantised, rounded only differently from bf16.
Synthetic checkpoints (``benchmarks/synthetic.py``) have random weights at the published widths and the real
151,674-token vocabulary; ``--checkpoint DIR`` scores a real one.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

QUESTIONS = [
    "Describe the image in detail.",
    "What is written on the receipt, and what is the total?",
    "Count the people in the picture.",
    "Xin chào, bạn là ai? Hãy mô tả hình ảnh này.",
    "你好，请描述这张图片。",
    "Write a short poem about the picture.",
    "Which colour dominates, and where?",
    "Is there any text? Transcribe it exactly.",
]


def _requests(new_tokens: int):
    import numpy as np
    from PIL import Image

    from desktop_vlm.core.types import GenerationParams, TileParams
    from desktop_vlm.runtime.api import ChatRequest, VisualInput

    rng = np.random.default_rng(0)
    pictures = [
        Image.fromarray(rng.integers(0, 255, (448, 448, 3), dtype=np.uint8), "RGB"),
        Image.new("RGB", (448, 448), "white"),
    ]
    params, tiles = GenerationParams(max_new_tokens=new_tokens), TileParams(max_tiles=1)
    requests = []
    for i, question in enumerate(QUESTIONS):
        if i % 2:  # half text only, half about a picture
            requests.append(ChatRequest(question, params=params))
        else:
            requests.append(
                ChatRequest(f"<image>\n{question}", [VisualInput(pictures[i // 2 % 2])], params=params, tiles=tiles)
            )
    return requests


def score(checkpoint: Path, precisions: list[str], new_tokens: int) -> dict:
    """Agreement of each precision with bf16, over every answer position of every prompt."""
    import torch

    from desktop_vlm.runtime import load_runtime

    requests = _requests(new_tokens)
    reference = load_runtime(checkpoint, device="cpu", dtype="bfloat16")
    reference.stop_id = -1  # every prompt answers new_tokens tokens
    answers = [reference.generate(request).token_ids for request in requests]
    logits = {"bfloat16": [reference.forward_logits(r, a[:-1]) for r, a in zip(requests, answers)]}
    reference.close()
    out = {}
    for precision in precisions:
        if precision == "float32":  # the noise floor: the same weights, only rounded differently from bf16
            runtime = load_runtime(checkpoint, device="cpu", dtype="float32")
        else:
            runtime = load_runtime(checkpoint, device="cpu", dtype="bfloat16", quantize=precision)
        logits[precision] = [runtime.forward_logits(r, a[:-1]) for r, a in zip(requests, answers)]
        runtime.close()
        agree, positions, cosines, margins = 0, 0, [], []
        for base, quantised in zip(logits["bfloat16"], logits[precision]):
            same = base.argmax(-1) == quantised.argmax(-1)
            agree, positions = agree + int(same.sum()), positions + same.numel()
            cosines += torch.nn.functional.cosine_similarity(base, quantised, dim=-1).tolist()
            top2 = base.topk(2, dim=-1).values
            margins += (top2[:, 0] - top2[:, 1])[~same].tolist()
        out[precision] = {
            "agreement": agree / positions,
            "positions": positions,
            "cosine_min": min(cosines),
            "cosine_median": statistics.median(cosines),
            "disagreement_margin_median": statistics.median(margins) if margins else None,
        }
    return out


def main(argv=None) -> int:
    from synthetic import SIZES, ensure_checkpoint, synthetic_models

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", choices=sorted(synthetic_models()), default="internvl2_5-4b")
    ap.add_argument("--size", choices=SIZES, default="reduced")
    ap.add_argument("--checkpoint", type=Path, help="score this folder instead of a synthetic checkpoint")
    ap.add_argument("--workdir", type=Path, help="keep the synthetic checkpoint here for later runs")
    ap.add_argument(
        "--precisions",
        default="float32,int8,int4",
        help="compared with bf16; float32 shows what rounding alone changes on these weights",
    )
    ap.add_argument("--new-tokens", type=int, default=16)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.checkpoint or ensure_checkpoint(args.model, args.size, args.workdir or Path(tmp))
        result = score(folder, args.precisions.split(","), args.new_tokens)
    name = args.checkpoint.name if args.checkpoint else f"{args.model} ({args.size})"
    print(f"{name}: {len(QUESTIONS)} prompts × {args.new_tokens} answer positions, teacher-forced on bf16's answers\n")
    print(
        "| weights | top-1 agreement with bf16 | positions | logits cosine, min / median "
        "| bf16's top-2 margin where they disagree (median) |"
    )
    print("|---|---|---|---|---|")
    for precision, r in result.items():
        margin = "–" if r["disagreement_margin_median"] is None else f"{r['disagreement_margin_median']:.3f}"
        print(
            f"| {precision} | {r['agreement']:.1%} | {r['positions']} | {r['cosine_min']:.4f} / "
            f"{r['cosine_median']:.4f} | {margin} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
