"""Choosing the next token from logits: greedy, or sampling with temperature / top-k / top-p, with an
optional repetition penalty.

The repetition penalty, temperature and top-k are transformers' logits processors (their hook for exactly
this). Top-p and the draw itself are done here: with a 151,674-token vocabulary on CPU, transformers' top-p
sorts the whole vocabulary (11.9 ms a token) and ``torch.multinomial`` took 3.1 ms for one draw, 15 ms a
token together, a tenth of an int4 decode step. The nucleus is the same set of tokens, found among the most
probable few hundred (:func:`nucleus`), and the draw inverts the cumulative distribution (0.14 ms).
"""

from __future__ import annotations

from collections.abc import Sequence
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
        probs = torch.softmax(scores.float(), dim=-1)  # (B, V)
        if self.params.top_p < 1.0:
            kept, ids = nucleus(probs, self.params.top_p)
            return ids.gather(-1, draw(kept, self.generator)[:, None]).squeeze(-1)
        return draw(probs, self.generator)


FIRST_CANDIDATES = 256  # the most probable tokens searched for the nucleus first; ×8 while they fall short


def nucleus(probs: torch.Tensor, top_p: float) -> tuple[torch.Tensor, torch.Tensor]:
    """The top-p nucleus of ``probs`` (B, V): (probabilities (B, k), token ids (B, k)), most probable first,
    zero for candidates outside it. A token is in it when the tokens more probable than it hold less than
    ``top_p`` of the mass — transformers' rule (a token goes when the less probable ones, itself included,
    hold at most 1 − top_p), so the most probable token always stays. Searched among the most probable
    :data:`FIRST_CANDIDATES`, then eight times as many, until those hold ``top_p``: every token past them
    then has at least ``top_p`` above it."""
    vocabulary = probs.shape[-1]
    k = min(FIRST_CANDIDATES, vocabulary)
    while True:
        top, ids = probs.topk(k, dim=-1)  # (B, k), descending
        wide = top.to(sum_dtype(top.device))
        held = wide.cumsum(dim=-1)  # (B, k)
        if k == vocabulary or bool((held[:, -1] >= top_p).all()):
            break
        k = min(vocabulary, k * 8)
    above = held - wide  # (B, k): the mass of the candidates ranked above each
    return top.masked_fill(above >= top_p, 0.0), ids


def sum_dtype(device: torch.device) -> torch.dtype:
    """float64 for the nucleus's sums: a float32 running sum over thousands of small probabilities drifts by
    more than the last candidates weigh, which moves the nucleus's edge by a token. Apple's GPUs (MPS) have
    no float64; there the edge may move by a token of negligible mass, as transformers' float32 top-p's does."""
    return torch.float32 if device.type == "mps" else torch.float64


def draw(weights: torch.Tensor, generator: torch.Generator | None) -> torch.Tensor:
    """One index per row of ``weights`` (B, n), non-negative and not all zero, with probability proportional
    to its weight: the first whose cumulative weight exceeds a uniform draw over the row's total (an index of
    weight zero never does). (B,) int64."""
    cumulative = weights.cumsum(dim=-1)  # (B, n)
    total = cumulative[:, -1]
    if not bool((torch.isfinite(total) & (total > 0)).all()):
        raise ValueError("the model's next-token probabilities are not finite numbers; it cannot be sampled from")
    point = torch.rand(weights.shape[0], 1, generator=generator, device=weights.device) * cumulative[:, -1:]
    return torch.searchsorted(cumulative, point, right=True).clamp_(max=weights.shape[-1] - 1).squeeze(-1)


class StreamDecoder:
    """Turns generated ids into text deltas as they arrive.

    Byte-level BPE can split one character over several tokens; a delta is held back while the decoded
    text ends in an incomplete character (U+FFFD), so the stream never shows a replacement glyph that a
    later token would have completed.

    Each step decodes a short window, not the whole answer (decoding all of it at every token cost 1.2 ms a
    token at 4,000 tokens, and grows with the answer): the ids from the start of the last delta shown
    onwards, against the same window without the ids not yet shown. Both begin at the same id, so a
    SentencePiece tokenizer's handling of a leading space is the same in both and cancels out.
    """

    def __init__(self, tokenizer, context: Sequence[int] = ()):
        """``context``: the last ids of an answer being continued, shown already, so that the first delta is
        the text that follows them (with the space a SentencePiece tokenizer drops at the start of a text)."""
        self.tokenizer = tokenizer
        self.ids: list[int] = list(context)
        self._start = 0  # where the window decoded at each step begins: the first id of the last delta shown
        self._shown = len(self.ids)  # ids whose text has been shown

    def push(self, token_id: int) -> str:
        self.ids.append(token_id)
        return self._delta(holding_back=True)

    def flush(self) -> str:
        return self._delta(holding_back=False)

    def _delta(self, holding_back: bool) -> str:
        shown = self.tokenizer.decode(self.ids[self._start : self._shown], skip_special_tokens=True)
        text = self.tokenizer.decode(self.ids[self._start :], skip_special_tokens=True)
        if len(text) <= len(shown) or not text.startswith(shown) or (holding_back and text.endswith("\ufffd")):
            return ""
        self._start, self._shown = self._shown, len(self.ids)
        return text[len(shown) :]


def answer_text(tokenizer, generated: Sequence[int], stop_token: str, context: Sequence[int] = ()) -> str:
    """The text of the ``generated`` ids, up to ``stop_token``, without the whitespace around it. With
    ``context`` (the last ids of an answer being continued), the text that follows those ids: its leading space
    stays, since it parts the continuation from the answer's beginning."""
    if not context:
        return tokenizer.decode(list(generated), skip_special_tokens=True).split(stop_token)[0].strip()
    before = tokenizer.decode(list(context), skip_special_tokens=True)
    whole = tokenizer.decode([*context, *generated], skip_special_tokens=True)
    following = (
        whole[len(before) :]
        if whole.startswith(before)
        else tokenizer.decode(list(generated), skip_special_tokens=True)
    )
    return following.split(stop_token)[0].rstrip()
