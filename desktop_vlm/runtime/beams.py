"""Beam search over the shared decoder interface (batch of beams sharing one KV cache, reordered per step).

Scores are summed log-probabilities; a finished hypothesis is ranked by score / length (length penalty
1.0, as transformers' default). Search ends when every live beam is worse than the worst kept finished
hypothesis could become, or at ``max_new_tokens``. Beam answers are not streamed token by token: the
best hypothesis is only known at the end.
"""

from __future__ import annotations

import torch

from ..core.types import GenerationParams
from .api import CancelToken


def beam_search(decoder, cache, logits: torch.Tensor, params: GenerationParams, stop_id: int, cancel: CancelToken):
    """``logits`` (1, 1, V) from the prefill of a batch-1 ``cache`` → (best ids, finish reason)."""
    k = params.num_beams
    logprobs = torch.log_softmax(logits[:, -1].float(), dim=-1)  # (1, V)
    scores, tokens = logprobs[0].topk(k)  # (k,)
    beams: list[list[int]] = [[int(t)] for t in tokens]
    beam_scores = scores.clone()
    finished: list[tuple[float, list[int]]] = []
    cache.batch_repeat_interleave(k)
    finish = "length"
    for step in range(1, params.max_new_tokens + 1):
        live = []
        for i, seq in enumerate(beams):
            if seq[-1] == stop_id:
                finished.append((float(beam_scores[i]) / len(seq), seq))
                beam_scores[i] = float("-inf")
            else:
                live.append(i)
        finished.sort(key=lambda f: f[0], reverse=True)
        finished = finished[:k]
        best_live = max((float(beam_scores[i]) / len(beams[i]) for i in live), default=float("-inf"))
        if not live or (len(finished) == k and finished[-1][0] >= best_live):
            finish = "stop"
            break
        if step == params.max_new_tokens or cancel.cancelled:
            finish = "cancelled" if cancel.cancelled else "length"
            break
        last = torch.tensor([[seq[-1]] for seq in beams], device=beam_scores.device)  # (k, 1)
        no_image = torch.zeros_like(last, dtype=torch.bool)
        step_logits = decoder(decoder.embed(last), no_image, cache, logits_to_keep=1)[:, -1].float()  # (k, V)
        if params.repetition_penalty != 1.0:
            for i, seq in enumerate(beams):
                idx = torch.tensor(seq, device=step_logits.device)
                vals = step_logits[i, idx]
                step_logits[i, idx] = torch.where(
                    vals < 0, vals * params.repetition_penalty, vals / params.repetition_penalty
                )
        total = beam_scores.unsqueeze(1) + torch.log_softmax(step_logits, dim=-1)  # (k, V)
        flat_scores, flat_idx = total.view(-1).topk(k)
        vocab = total.shape[1]
        origin = flat_idx // vocab
        beams = [beams[int(o)] + [int(t)] for o, t in zip(origin, flat_idx % vocab)]
        beam_scores = flat_scores
        cache.reorder_cache(origin)
    candidates = finished + [
        (float(beam_scores[i]) / len(seq), seq) for i, seq in enumerate(beams) if seq[-1] != stop_id
    ]
    best = max(candidates, key=lambda c: c[0])[1] if candidates else beams[0]
    if best and best[-1] == stop_id:
        finish = "stop"
    return best, finish
