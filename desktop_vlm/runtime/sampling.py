"""Choosing the next token from logits: greedy, or sampling with temperature / top-k / top-p, with an
optional repetition penalty. Built on transformers' logits processors (their hook for exactly this)."""

from __future__ import annotations

from typing import cast

import torch

from ..core.types import GenerationParams


class TokenPicker:
    def __init__(self, params: GenerationParams, device: torch.device):
        from transformers.generation.logits_process import (
            LogitsProcessorList,
            RepetitionPenaltyLogitsProcessor,
            TemperatureLogitsWarper,
            TopKLogitsWarper,
            TopPLogitsWarper,
        )

        self.params = params
        self.processors = LogitsProcessorList()
        if params.repetition_penalty != 1.0:
            self.processors.append(RepetitionPenaltyLogitsProcessor(params.repetition_penalty))
        if params.do_sample:
            if params.temperature != 1.0:
                self.processors.append(TemperatureLogitsWarper(params.temperature))
            if params.top_k > 0:
                self.processors.append(TopKLogitsWarper(params.top_k))
            if params.top_p < 1.0:
                self.processors.append(TopPLogitsWarper(params.top_p))
        self.generator = None
        if params.do_sample and params.seed is not None:
            self.generator = torch.Generator(device=device).manual_seed(params.seed)

    def __call__(self, logits: torch.Tensor, generated: torch.Tensor) -> torch.Tensor:
        """``logits`` (B, V) float32 of the last position, ``generated`` (B, n) ids so far → (B,) next ids.

        The repetition penalty looks at generated ids only: the original generates from embeddings, so
        the prompt is not in its ``input_ids``.
        """
        # transformers annotates the ids as the legacy torch.LongTensor class; any int64 tensor is what it takes
        ids = cast(torch.LongTensor, generated)
        scores = self.processors(ids, logits) if len(self.processors) else logits
        if not self.params.do_sample:
            return scores.argmax(dim=-1)
        probs = torch.softmax(scores, dim=-1)
        return torch.multinomial(probs, 1, generator=self.generator).squeeze(-1)


class StreamDecoder:
    """Turns generated ids into text deltas as they arrive.

    Byte-level BPE can split one character over several tokens; a delta is held back while the decoded
    text ends in an incomplete character (U+FFFD), so the stream never shows a replacement glyph that a
    later token would have completed.
    """

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self.ids: list[int] = []
        self.emitted = ""

    def push(self, token_id: int) -> str:
        self.ids.append(token_id)
        text = self.tokenizer.decode(self.ids, skip_special_tokens=True)
        if text.endswith("\ufffd") or not text.startswith(self.emitted):
            return ""
        delta = text[len(self.emitted) :]
        self.emitted = text
        return delta

    def flush(self) -> str:
        text = self.tokenizer.decode(self.ids, skip_special_tokens=True)
        delta = text[len(self.emitted) :] if text.startswith(self.emitted) else ""
        self.emitted = text
        return delta
