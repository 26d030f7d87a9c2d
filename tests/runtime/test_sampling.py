"""Sampling: the top-p nucleus is the set of tokens transformers' own top-p keeps, and the draw follows the
weights it is given."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from transformers.generation.logits_process import TopPLogitsWarper

from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime.sampling import FIRST_CANDIDATES, TokenPicker, draw, nucleus

VOCABULARY = 151_674  # the Qwen2 tokenizer's, as the models' heads produce


def _logits(seed: int, spread: float, rows: int = 2) -> torch.Tensor:
    """(rows, VOCABULARY) logits: Zipf-like (a language model's shape) scaled by ``spread``, ids shuffled."""
    generator = torch.Generator().manual_seed(seed)
    ranks = torch.arange(1, VOCABULARY + 1, dtype=torch.float32)
    rows_ = [(-spread * ranks.log())[torch.randperm(VOCABULARY, generator=generator)] for _ in range(rows)]
    return torch.stack(rows_) + 0.01 * torch.randn(rows, VOCABULARY, generator=generator)


def _transformers_nucleus(logits: torch.Tensor, top_p: float) -> list[set[int]]:
    kept = TopPLogitsWarper(top_p)(torch.zeros(logits.shape[0], 1, dtype=torch.long), logits.clone())
    return [set(torch.isfinite(row).nonzero().flatten().tolist()) for row in kept]


def _exact_nucleus(probs: torch.Tensor, top_p: float) -> list[set[int]]:
    """The rule over the whole vocabulary in float64: keep a token while those above it hold less than top_p."""
    ordered, ids = probs.double().sort(dim=-1, descending=True)
    above = ordered.cumsum(dim=-1) - ordered
    return [set(row_ids[row_above < top_p].tolist()) for row_ids, row_above in zip(ids, above)]


def _ours(probs: torch.Tensor, top_p: float) -> list[set[int]]:
    kept, ids = nucleus(probs, top_p)
    return [set(row_ids[row_kept > 0].tolist()) for row_kept, row_ids in zip(kept, ids)]


@pytest.mark.parametrize("top_p", [0.1, 0.5, 0.9, 0.95, 0.999])
@pytest.mark.parametrize("spread", [0.3, 1.1, 3.0])  # flat (the search widens past its first candidates) to peaked
def test_the_nucleus_is_the_top_p_rule_exactly_and_transformers_set_to_its_last_token(top_p, spread):
    logits = _logits(seed=int(top_p * 1000) + int(spread * 10), spread=spread)
    probs = torch.softmax(logits, dim=-1)
    ours = _ours(probs, top_p)
    exact = _exact_nucleus(probs, top_p)
    for row in range(len(probs)):
        # tokens of equal probability may stand in for each other at the edge: compare the kept probabilities
        assert _kept(probs[row], ours[row]) == _kept(probs[row], exact[row])
        assert len(ours[row]) >= 1
    # transformers sums 151,674 probabilities in float32: its edge may differ by one token of negligible mass
    for row, theirs in enumerate(_transformers_nucleus(logits, top_p)):
        assert abs(len(ours[row]) - len(theirs)) <= 1
        differ = ours[row] ^ theirs
        assert all(probs[row, token] < 1e-4 for token in differ)


def _kept(probs: torch.Tensor, tokens: set[int]) -> list[float]:
    return sorted(probs[sorted(tokens)].tolist())


def test_a_flat_distribution_widens_the_search_past_the_first_candidates():
    logits = _logits(seed=3, spread=0.3, rows=1)
    probs, ids = nucleus(torch.softmax(logits, dim=-1), 0.9)
    assert probs.shape[-1] > FIRST_CANDIDATES and int((probs > 0).sum()) > FIRST_CANDIDATES
    everything = torch.softmax(logits, dim=-1)[0]
    assert _kept(everything, set(ids[probs > 0].tolist())) == _kept(
        everything, _exact_nucleus(everything[None], 0.9)[0]
    )


def test_the_sums_are_wide_where_the_device_has_float64_and_float32_on_apple_gpus():
    from desktop_vlm.runtime.sampling import sum_dtype

    assert sum_dtype(torch.device("cpu")) == sum_dtype(torch.device("cuda")) == torch.float64
    assert sum_dtype(torch.device("mps")) == torch.float32  # MPS refuses float64 tensors


def test_the_most_probable_token_always_stays():
    probs = torch.tensor([[0.05, 0.9, 0.05]])
    kept, ids = nucleus(probs, 0.1)
    assert ids[kept > 0].tolist() == [1]


def test_draws_follow_the_weights_and_never_pick_a_weight_of_zero():
    weights = torch.tensor([[0.1, 0.0, 0.6, 0.3]]).expand(20_000, 4).contiguous()
    picks = draw(weights, torch.Generator().manual_seed(0))
    counts = torch.bincount(picks, minlength=4).float() / len(picks)
    assert counts[1] == 0
    expected = torch.tensor([0.1, 0.0, 0.6, 0.3])
    sigma = (expected * (1 - expected) / len(picks)).sqrt()
    assert ((counts - expected).abs() <= 5 * sigma + 1e-9).all(), counts


def test_unnormalised_weights_are_drawn_in_proportion():
    picks = draw(torch.tensor([[2.0, 6.0]]).expand(10_000, 2).contiguous(), torch.Generator().manual_seed(1))
    assert abs(picks.float().mean().item() - 0.75) < 0.02


def test_probabilities_that_are_not_numbers_are_refused():
    with pytest.raises(ValueError, match="not finite"):
        draw(torch.tensor([[float("nan"), 0.5]]), None)


def test_a_sampled_token_is_always_in_the_nucleus_and_a_seed_repeats_the_draws():
    logits = _logits(seed=11, spread=1.1, rows=1)
    params = GenerationParams(do_sample=True, temperature=0.7, top_p=0.9, seed=5)
    nucleus_ids = _exact_nucleus(torch.softmax(logits / 0.7, dim=-1), 0.9)[0]
    generated = torch.zeros(1, 1, dtype=torch.long)
    picks = [TokenPicker(params, torch.device("cpu")) for _ in range(2)]
    runs = [[int(picker(logits.clone(), generated)) for _ in range(200)] for picker in picks]
    assert runs[0] == runs[1]
    assert set(runs[0]) <= nucleus_ids and len(set(runs[0])) > 1


PUBLISHED = Path(__file__).resolve().parents[1] / "data" / "published" / "models"
TEXT = (
    "Receipt #4711 — Café Ümlaut, 12.50 €\n\tTotal:  3 × 4,17 = 12,51?\n"
    "中文字符和日本語のテキスト 🍜🧾 emoji, ﬁ ligatures and a trailing space "
)


@pytest.mark.parametrize(
    "model", ["InternVL2_5-4B", "Vintern-3B-beta", "Ristretto-3B", "Mini-InternVL-Chat-4B-V1-5", "Mono-InternVL-2B"]
)
def test_streamed_deltas_add_up_to_the_answer_and_each_step_decodes_a_short_window(model):
    from desktop_vlm.runtime.checkpoint import open_checkpoint
    from desktop_vlm.runtime.sampling import StreamDecoder
    from desktop_vlm.runtime.tokenization import load_tokenizer

    folder = PUBLISHED / model
    tokenizer = load_tokenizer(folder, open_checkpoint(folder).format.llm_architecture)
    ids = tokenizer.encode(TEXT * 20)
    longest = []

    class Recording:
        def decode(self, window, **kwargs):
            longest.append(len(window))
            return tokenizer.decode(window, **kwargs)

    stream = StreamDecoder(Recording())
    deltas = [stream.push(token) for token in ids] + [stream.flush()]
    assert "".join(deltas) == tokenizer.decode(ids, skip_special_tokens=True)
    assert not any("\ufffd" in delta for delta in deltas)
    assert max(longest) <= 16  # a window of a few ids, not the answer so far
