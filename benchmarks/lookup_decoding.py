"""What lookup decoding (``GenerationParams.lookup_tokens``, ``runtime/lookup.py``) buys, in two parts, since
no one checkpoint shows both here:

    python benchmarks/lookup_decoding.py cost --workdir DIR [--size full] [--quantize int8]
    python benchmarks/lookup_decoding.py answers --workdir DIR [--passages 12] [--new-tokens 96]

``cost``: the time of a decode step of 1 to 7 rows after a 445-position prompt, on the full-size synthetic
InternVL2_5-4B (random weights: the time depends on the shapes only). A step that keeps ``a`` of its drafted
tokens yields ``a + 1`` tokens for its time, so ``a + 1`` against the step's time over a one-row step's is the
gain.

``answers``: a small InternVL2_5-format model trained on Python code (``trained_checkpoint.py``), continuing
held-out code passages greedily, with each draft length: tokens/s, the draft tokens fed and kept, the tokens
a step yields, and whether every answer equals the answer without lookup (float32: it must). Random weights
cannot show this: what a draft is worth depends on what the model writes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]


def step_costs(checkpoint: Path, quantize: str, rows: list[int], rounds: int = 3) -> dict[int, float]:
    """:func:`step_costs_of` a CPU runtime loaded from ``checkpoint`` with ``quantize`` weights."""
    from desktop_vlm.runtime import load_runtime

    runtime = load_runtime(checkpoint, device="cpu", quantize=None if quantize == "none" else quantize)
    return step_costs_of(runtime, rows, rounds)


def step_costs_of(runtime, rows: list[int], rounds: int = 3, cached: int = 445) -> dict[int, float]:
    """Median seconds of a decode step of each row count (the engine's step: embedded ids on the
    conversation's cache, logits for every row), each timed on a ``cached``-position prompt's cache and cropped
    back; the row counts interleaved round by round, so a drift of the machine spreads over all of them."""
    import torch

    from desktop_vlm.runtime.device import single_token_kernels

    decoder = runtime.model.decoder
    device = runtime.device
    width = decoder.embed(torch.zeros(1, 1, dtype=torch.long, device=device)).shape[-1]

    def synchronize() -> None:  # a GPU step is queued, not done, when the call returns
        if device.type == "cuda":
            torch.cuda.synchronize(device)

    seconds: dict[int, list[float]] = {n: [] for n in rows}
    with torch.inference_mode():
        cache = decoder.new_cache()
        prompt = torch.randn(1, cached, width, generator=torch.Generator().manual_seed(0)) * 0.02
        decoder(prompt.to(device, runtime.dtype), torch.zeros(1, cached, dtype=torch.bool, device=device), cache, 1)
        length = cache.get_seq_length()
        for _ in range(rounds):
            for n in rows:
                ids = torch.ones(1, n, dtype=torch.long, device=device)
                mask = torch.zeros(1, n, dtype=torch.bool, device=device)
                best = float("inf")
                for _ in range(3):  # the fastest of three: the first pays for page faults and kernel set-up
                    synchronize()
                    with single_token_kernels(device, runtime.dtype):
                        begin = time.perf_counter()
                        decoder(decoder.embed(ids), mask, cache, n)
                        synchronize()
                        best = min(best, time.perf_counter() - begin)
                    cache.crop(length - cache.get_seq_length())
                seconds[n].append(best)
    return {n: statistics.median(s) for n, s in seconds.items()}


def answer_speeds(checkpoint: Path, passages, lookups: list[int], new_tokens: int, dtype: str) -> dict[int, dict]:
    """Per draft length: tokens/s over all passages, draft tokens fed and kept, tokens a step, same answers."""
    from desktop_vlm.core.types import GenerationParams
    from desktop_vlm.runtime import load_runtime
    from desktop_vlm.runtime.api import ChatRequest

    runtime = load_runtime(checkpoint, device="cpu", dtype=dtype)
    runtime.stop_id = -1  # every answer is new_tokens long: the same work for each draft length
    answers: dict[int, list[list[int]]] = {}
    results = {}
    for lookup in lookups:
        params = GenerationParams(max_new_tokens=new_tokens, lookup_tokens=lookup)
        decode_s = tokens = drafted = kept = 0.0
        answers[lookup] = []
        for passage in passages:
            runtime.reset_cache()
            result = runtime.generate(ChatRequest(passage.question, params=params))
            answers[lookup].append(result.token_ids)
            decode_s += result.stats.decode_s
            tokens += result.stats.new_tokens - 1
            drafted += result.stats.drafted_tokens
            kept += result.stats.accepted_tokens
        steps = tokens - kept  # every step yields one token of its own plus the drafts it keeps
        results[lookup] = {
            "tokens_per_s": tokens / decode_s,
            "drafted": int(drafted),
            "kept": int(kept),
            "tokens_per_step": tokens / steps,
            "same_answers": answers[lookup] == answers[lookups[0]],
        }
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("part", choices=("cost", "answers"))
    ap.add_argument("--workdir", type=Path, required=True, help="checkpoints are written here once")
    ap.add_argument("--size", default="full", help="cost: the synthetic checkpoint's size")
    ap.add_argument("--quantize", default="none", choices=("none", "int8", "int4"), help="cost: weights")
    ap.add_argument("--passages", type=int, default=12, help="answers: held-out passages continued")
    ap.add_argument("--new-tokens", type=int, default=96, help="answers: tokens a passage is continued by")
    ap.add_argument("--dtype", default="float32", help="answers: the trained model's dtype")
    args = ap.parse_args(argv)
    if args.part == "cost":
        from synthetic import ensure_checkpoint

        checkpoint = ensure_checkpoint("internvl2_5-4b", args.size, args.workdir)
        costs = step_costs(checkpoint, args.quantize, list(range(1, 8)))
        print(f"internvl2_5-4b ({args.size}), {args.quantize}, a step after 445 cached positions\n")
        print("| rows | step | ÷ one row | tokens a step must keep to gain |")
        print("|---|---|---|---|")
        for n, seconds in costs.items():
            ratio = seconds / costs[1]
            print(f"| {n} | {seconds * 1e3:.1f} ms | {ratio:.2f}× | {max(0.0, ratio - 1):.2f} |")
    else:
        from trained_checkpoint import ensure_trained_checkpoint, held_out_passages, sized_settings

        settings = sized_settings("small")
        checkpoint = ensure_trained_checkpoint(args.workdir, settings)
        passages = held_out_passages(settings, args.passages)
        speeds = answer_speeds(checkpoint, passages, [0, 2, 4, 6], args.new_tokens, args.dtype)
        print(f"{checkpoint.name}, {args.dtype}, {len(passages)} held-out passages × {args.new_tokens} tokens\n")
        print("| draft tokens | tokens/s | ÷ no lookup | drafted | kept | tokens a step | answers as without |")
        print("|---|---|---|---|---|---|---|")
        for lookup, r in speeds.items():
            print(
                f"| {lookup} | {r['tokens_per_s']:.1f} | {r['tokens_per_s'] / speeds[0]['tokens_per_s']:.2f}× "
                f"| {r['drafted']} | {r['kept']} | {r['tokens_per_step']:.2f} | {'yes' if r['same_answers'] else 'NO'} |"
            )
    print(f"\ncommand: python benchmarks/lookup_decoding.py {' '.join(sys.argv[1:] if argv is None else argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
