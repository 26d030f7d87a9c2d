"""What picking one token costs on CPU, per sampling setting: the runtime's ``TokenPicker`` against the same
settings through transformers' own warpers and ``torch.multinomial`` (what the picker did before), in one run.
Then what turning each token into streamed text costs as the answer grows: the runtime's ``StreamDecoder``
against decoding the whole answer at every token (what it did before), with the published InternVL2_5-4B
tokenizer files the tests keep.

    python benchmarks/sampling_cost.py [--vocabulary 151674] [--tokens 200] [--threads 2] [--answer 4000]

Logits are Zipf-like (a language model's shape: the token of rank r has logit −1.1 · ln r, ids shuffled),
one row per token, as a decode step hands them over. A decode step on CPU takes 150–450 ms at full size, so
milliseconds here are a share of every token's time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent)]

SETTINGS = {
    "greedy": dict(do_sample=False),
    "temperature 0.7": dict(do_sample=True, temperature=0.7),
    "temperature 0.7, top-p 0.9 (the window's sampling defaults)": dict(do_sample=True, temperature=0.7, top_p=0.9),
    "top-k 40, top-p 0.95": dict(do_sample=True, top_k=40, top_p=0.95),
}


def zipf_logits(vocabulary: int, tokens: int, seed: int = 0):
    import torch

    generator = torch.Generator().manual_seed(seed)
    ranks = torch.arange(1, vocabulary + 1, dtype=torch.float32)
    shape = -1.1 * ranks.log()
    return [shape[torch.randperm(vocabulary, generator=generator)][None] for _ in range(tokens)]


def transformers_picker(params):
    """The baseline: transformers' warpers for every setting, then ``torch.multinomial``."""
    import torch
    from transformers.generation.logits_process import (
        LogitsProcessorList,
        TemperatureLogitsWarper,
        TopKLogitsWarper,
        TopPLogitsWarper,
    )

    warpers = LogitsProcessorList()
    if params.do_sample and params.temperature != 1.0:
        warpers.append(TemperatureLogitsWarper(params.temperature))
    if params.do_sample and params.top_k > 0:
        warpers.append(TopKLogitsWarper(params.top_k))
    if params.do_sample and params.top_p < 1.0:
        warpers.append(TopPLogitsWarper(params.top_p))
    generator = torch.Generator().manual_seed(0)

    def pick(logits, generated):
        scores = warpers(generated, logits) if len(warpers) else logits
        if not params.do_sample:
            return scores.argmax(dim=-1)
        return torch.multinomial(torch.softmax(scores, dim=-1), 1, generator=generator).squeeze(-1)

    return pick


TOKENIZER = HERE.parent / "tests" / "data" / "published" / "models" / "InternVL2_5-4B"
ANSWER = "The receipt lists a coffee for 3.20 €, 中文 and 日本語 words, and an emoji 🍜. "


class WholeAnswerDecoder:
    """The baseline: decode every id so far at each token and show what is new."""

    def __init__(self, tokenizer):
        self.tokenizer, self.ids, self.emitted = tokenizer, [], ""

    def push(self, token_id: int) -> str:
        self.ids.append(token_id)
        text = self.tokenizer.decode(self.ids, skip_special_tokens=True)
        if text.endswith("\ufffd") or not text.startswith(self.emitted):
            return ""
        delta, self.emitted = text[len(self.emitted) :], text
        return delta


def streaming_ms(decoder, ids: list[int], marks: list[int]) -> dict[int, float]:
    """Milliseconds of ``decoder.push`` at each answer length in ``marks`` (the median of the 9 pushes
    ending there)."""
    seconds = []
    for token in ids:
        begin = time.perf_counter()
        decoder.push(token)
        seconds.append(time.perf_counter() - begin)
    return {mark: statistics.median(seconds[mark - 9 : mark]) * 1e3 for mark in marks}


def per_token_ms(pick, rows, generated) -> float:
    times = []
    for logits in rows:
        scores = logits.clone()  # warpers write into their input
        begin = time.perf_counter()
        pick(scores, generated)
        times.append(time.perf_counter() - begin)
    return statistics.median(times) * 1e3


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vocabulary", type=int, default=151_674, help="the Qwen2 tokenizer's, by default")
    ap.add_argument("--tokens", type=int, default=200)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--answer", type=int, default=4000, help="tokens of streamed answer")
    args = ap.parse_args(argv)
    import torch

    from desktop_vlm.core.types import GenerationParams
    from desktop_vlm.runtime.sampling import TokenPicker

    torch.set_num_threads(args.threads)
    rows = zipf_logits(args.vocabulary, args.tokens)
    generated = torch.zeros(1, 1, dtype=torch.long)
    print(f"{args.vocabulary:,}-token vocabulary, median of {args.tokens} tokens, {args.threads} threads\n")
    print("| setting | ours, ms a token | transformers' warpers + multinomial | ours ÷ theirs |")
    print("|---|---|---|---|")
    for name, fields in SETTINGS.items():
        params = GenerationParams(seed=0, **fields)
        ours = per_token_ms(TokenPicker(params, torch.device("cpu")), rows, generated)
        theirs = per_token_ms(transformers_picker(params), rows, generated)
        print(f"| {name} | {ours:.2f} | {theirs:.2f} | {ours / theirs:.2f}× |")
    from desktop_vlm.runtime.checkpoint import open_checkpoint
    from desktop_vlm.runtime.sampling import StreamDecoder
    from desktop_vlm.runtime.tokenization import load_tokenizer

    tokenizer = load_tokenizer(TOKENIZER, open_checkpoint(TOKENIZER).format.llm_architecture)
    ids = tokenizer.encode(ANSWER * (args.answer // 10 + 1))[: args.answer]
    marks = [mark for mark in (100, 1000, 4000, 16000) if mark <= len(ids)]
    ours = streaming_ms(StreamDecoder(tokenizer), ids, marks)
    theirs = streaming_ms(WholeAnswerDecoder(tokenizer), ids, marks)
    print("\n| answer so far (tokens) | streaming one token, ours (ms) | decoding the whole answer (ms) |")
    print("|---|---|---|")
    for mark in marks:
        print(f"| {mark:,} | {ours[mark]:.3f} | {theirs[mark]:.3f} |")
    print(f"\ncommand: python {' '.join(sys.argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
