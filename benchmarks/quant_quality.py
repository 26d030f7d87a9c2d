"""How close quantised weights stay to bf16: top-1 agreement and KL divergence, position by position.

    python benchmarks/quant_quality.py --model internvl2_5-4b --size reduced --workdir ~/vlm-bench
    python benchmarks/quant_quality.py --trained --workdir ~/vlm-bench

Random weights (the default): for each prompt (text questions, and questions about two fixed pictures) the bf16
model answers greedily (``--new-tokens``); then bf16 and each other precision score that same conversation
teacher-forced. Synthetic checkpoints (``benchmarks/synthetic.py``) have random weights at the published widths
and the real 151,674-token vocabulary; ``--checkpoint DIR`` scores a real one. Random weights give flat
distributions whose best two logits often tie at bf16's resolution, so a disagreement there says little about
a trained model.

Trained weights (``--trained``): a small model trained on the Python standard library
(``benchmarks/trained_checkpoint.py``; trained on first use, ~10 minutes on 2 cores, kept in ``--workdir``)
scores held-out passages — files it never saw — teacher-forced on the TRUE text, as llama.cpp's
``perplexity --kl-divergence`` does for its "same top" figure: the user turn is "Continue this code:" and the
passage's first lines, the continuation is the rest (``--passages`` × up to ``--answer-tokens`` tokens). Its
distributions are peaked where code is predictable, so the agreement goals can be checked on them; it is a
few-million-parameter model trained for minutes on code, not the published model, so the figures show how
quantisation treats a trained model's logits, not what the published model's would be.

At every scored position the other precision's most likely token is compared with bf16's. Also reported: the
cosine similarity of the logits, bf16's top-2 margin where the two disagree, and the mean KL divergence
KL(bf16 ‖ other) over the whole vocabulary. The float32 row is the yardstick: the same weights unquantised,
rounded only differently from bf16.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

if TYPE_CHECKING:  # pragma: no cover
    import torch
    from trained_checkpoint import Passage

    from desktop_vlm.runtime.api import ChatRequest
    from desktop_vlm.runtime.engine import VlmRuntime

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


@dataclass(frozen=True)
class Case:
    request: ChatRequest
    continuation: list[int]  # the scored tokens: row k of the logits is the prediction of continuation[k]


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


def greedy_cases(reference: VlmRuntime, new_tokens: int) -> list[Case]:
    """The fixed prompts, each with bf16's greedy answer of exactly ``new_tokens`` tokens."""
    reference.stop_id = -1  # every prompt answers new_tokens tokens
    return [Case(request, reference.generate(request).token_ids) for request in _requests(new_tokens)]


def held_out_cases(reference: VlmRuntime, passages: list[Passage], answer_tokens: int) -> list[Case]:
    """Each passage as the chat the model was trained on, with the true continuation (cut at ``answer_tokens``)."""
    from desktop_vlm.runtime.api import ChatRequest

    return [Case(ChatRequest(p.question), reference.tokenizer.encode(p.rest)[:answer_tokens]) for p in passages]


def _load(checkpoint: Path, precision: str) -> VlmRuntime:
    """A runtime for ``precision``: bfloat16, float32, int8 or int4, the last two optionally followed by
    ``:KERNEL`` to run that decode kernel wherever a layer has it, whatever the probe chose."""
    from desktop_vlm.runtime import load_runtime

    if precision in ("bfloat16", "float32"):  # float32: the noise floor, the same weights rounded differently
        return load_runtime(checkpoint, device="cpu", dtype=precision)
    mode, _, kernel = precision.partition(":")
    runtime = load_runtime(checkpoint, device="cpu", dtype="bfloat16", quantize=mode)
    if kernel:
        layers = [m for m in runtime.model.decoder.modules() if kernel in getattr(m, "decode_kernels", ())]
        if not layers:
            raise SystemExit(f"no layer of this model can run {kernel}")
        for layer in layers:
            layer.decode_kernel = kernel
    return runtime


def _logits(runtime: VlmRuntime, cases: list[Case], stepwise: bool) -> list[torch.Tensor]:
    return [runtime.forward_logits(case.request, case.continuation[:-1], stepwise=stepwise) for case in cases]


def compare(base: list[torch.Tensor], other: list[torch.Tensor]) -> dict:
    """How ``other``'s logits differ from bf16's (``base``), over every scored position."""
    import torch.nn.functional as F

    agree, positions, cosines, margins, kl = 0, 0, [], [], 0.0
    for b, o in zip(base, other):
        same = b.argmax(-1) == o.argmax(-1)
        agree, positions = agree + int(same.sum()), positions + same.numel()
        cosines += F.cosine_similarity(b, o, dim=-1).tolist()
        top2 = b.topk(2, dim=-1).values
        margins += (top2[:, 0] - top2[:, 1])[~same].tolist()
        # float64: the per-position KL of float32 against bf16 is ~1e-4, a sum over 151k terms
        log_b, log_o = F.log_softmax(b.double(), -1), F.log_softmax(o.double(), -1)
        kl += float((log_b.exp() * (log_b - log_o)).sum())
    return {
        "agreement": agree / positions,
        "positions": positions,
        "cosine_min": min(cosines),
        "cosine_median": statistics.median(cosines),
        "disagreement_margin_median": statistics.median(margins) if margins else None,
        "kl_mean": kl / positions,
    }


def bf16_fit(base: list[torch.Tensor], cases: list[Case]) -> dict:
    """How well bf16 predicts the scored tokens — on the true text, how peaked and how right the model is."""
    import torch
    import torch.nn.functional as F

    losses, hits, top_probabilities = [], 0, []
    for logits, case in zip(base, cases):
        target = torch.tensor(case.continuation)
        losses += F.cross_entropy(logits, target, reduction="none").tolist()
        hits += int((logits.argmax(-1) == target).sum())
        top_probabilities += logits.softmax(-1).max(-1).values.tolist()
    return {
        "loss": statistics.fmean(losses),
        "top1_accuracy": hits / len(losses),
        "top_probability_median": statistics.median(top_probabilities),
    }


def score(
    checkpoint: Path, precisions: list[str], make_cases: Callable[[VlmRuntime], list[Case]], stepwise: bool = False
) -> tuple[dict, dict]:
    """(each precision compared with bf16, bf16's fit to the scored tokens) over the cases ``make_cases`` gives
    with the bf16 runtime; ``stepwise``: each scored token fed as a decode step (:meth:`forward_logits`)."""
    reference = _load(checkpoint, "bfloat16")
    cases = make_cases(reference)
    base = _logits(reference, cases, stepwise)
    reference.close()
    results = {}
    for precision in precisions:
        runtime = _load(checkpoint, precision)
        results[precision] = compare(base, _logits(runtime, cases, stepwise))
        runtime.close()
    return results, bf16_fit(base, cases)


def print_table(results: dict) -> None:
    print(
        "| weights | top-1 agreement with bf16 | positions | logits cosine, min / median "
        "| bf16's top-2 margin where they disagree (median) | mean KL(bf16 ‖ weights), nats |"
    )
    print("|---|---|---|---|---|---|")
    for precision, r in results.items():
        margin = "–" if r["disagreement_margin_median"] is None else f"{r['disagreement_margin_median']:.3f}"
        print(
            f"| {precision} | {r['agreement']:.1%} | {r['positions']} | {r['cosine_min']:.4f} / "
            f"{r['cosine_median']:.4f} | {margin} | {r['kl_mean']:.2e} |"
        )


def run_random(args: argparse.Namespace, precisions: list[str], workdir: Path) -> None:
    from synthetic import ensure_checkpoint

    folder = args.checkpoint or ensure_checkpoint(args.model, args.size, workdir)
    results, _fit = score(folder, precisions, lambda reference: greedy_cases(reference, args.new_tokens), args.stepwise)
    name = args.checkpoint.name if args.checkpoint else f"{args.model} ({args.size})"
    print(
        f"{name}: {len(QUESTIONS)} prompts × {args.new_tokens} answer positions, teacher-forced on bf16's answers"
        f"{', one decode step each' if args.stepwise else ''}\n"
    )
    print_table(results)


def run_trained(args: argparse.Namespace, precisions: list[str], workdir: Path) -> None:
    from trained_checkpoint import ensure_trained_checkpoint, held_out_passages, sized_settings, training_record

    settings = sized_settings(args.trained, args.train_budget_s)
    folder = ensure_trained_checkpoint(workdir, settings)
    passages = held_out_passages(settings, args.passages)
    cases = lambda reference: held_out_cases(reference, passages, args.answer_tokens)  # noqa: E731
    results, fit = score(folder, precisions, cases, args.stepwise)
    record = training_record(folder)
    curve = record["curve"]
    print(f"{folder.name}: {record['model']}")
    print(f"corpus: {record['corpus_summary']}")
    print(
        f"training: {record['steps']} steps, {record['tokens_seen']:,} tokens ({record['answer_tokens_seen']:,} "
        f"scored) in {record['train_seconds']:.0f} s ({record['wall_seconds']:.0f} s with writing and tokenizing, "
        f"{record['products']}); loss {curve[0]['loss']:.3f} (first {settings.log_every} steps) → "
        f"{curve[-1]['loss']:.3f} (last {settings.log_every}); held-out loss {record['held_out_loss_before']:.3f} → "
        f"{record['held_out_loss_after']:.3f}"
    )
    print(
        f"{len(passages)} held-out passages × up to {args.answer_tokens} tokens, teacher-forced on the true text"
        f"{', one decode step each' if args.stepwise else ''}; "
        f"bf16 on it: loss {fit['loss']:.3f} nats/token over all {settings.vocab_size} rows, top-1 = the true token "
        f"at {fit['top1_accuracy']:.1%} of positions, median top-1 probability {fit['top_probability_median']:.2f}\n"
    )
    print_table(results)


def main(argv=None) -> int:
    from synthetic import SIZES, synthetic_models
    from trained_checkpoint import SIZES as TRAINED_SIZES

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", choices=sorted(synthetic_models()), default="internvl2_5-4b")
    ap.add_argument("--size", choices=SIZES, default="reduced")
    ap.add_argument("--checkpoint", type=Path, help="score this folder instead of a synthetic checkpoint")
    ap.add_argument("--workdir", type=Path, help="keep the synthetic or trained checkpoint here for later runs")
    ap.add_argument(
        "--precisions",
        default="float32,int8,int4",
        help="compared with bf16; float32 shows what rounding alone changes on these weights; int8 / int4 may "
        "name a decode kernel to force, as int4:int4-aten",
    )
    ap.add_argument(
        "--stepwise",
        action="store_true",
        help="feed each scored token as a decode step (one row: the decode kernels) instead of all at once",
    )
    ap.add_argument("--new-tokens", type=int, default=16)
    ap.add_argument(
        "--trained",
        nargs="?",
        const="small",
        choices=sorted(TRAINED_SIZES),
        help="score the trained checkpoint (of this size, default small) on held-out text instead",
    )
    ap.add_argument("--train-budget-s", type=float, help="--trained: training time (default: the size's)")
    ap.add_argument("--passages", type=int, default=24, help="--trained: held-out passages scored")
    ap.add_argument("--answer-tokens", type=int, default=128, help="--trained: tokens scored per passage, at most")
    args = ap.parse_args(argv)
    if args.trained and args.checkpoint:
        ap.error("--trained scores its own checkpoint; leave out --checkpoint")
    precisions = args.precisions.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        if args.trained:
            run_trained(args, precisions, workdir)
        else:
            run_random(args, precisions, workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
