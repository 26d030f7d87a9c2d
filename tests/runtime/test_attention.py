"""The CPU decode-step attention equals scaled_dot_product_attention, and the models use it."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from desktop_vlm.runtime import attention, load_runtime
from desktop_vlm.runtime.attention import ATTENTION_NAME, few_query_attention
from tests.conftest import REFERENCE_DIR


@pytest.mark.parametrize("heads, kv_heads", [(16, 2), (8, 8), (6, 1)])
def test_one_query_attention_equals_sdpa(heads, kv_heads):
    g = torch.Generator().manual_seed(heads)
    q = torch.randn(2, heads, 1, 64, generator=g)
    k, v = torch.randn(2, kv_heads, 37, 64, generator=g), torch.randn(2, kv_heads, 37, 64, generator=g)
    expected = F.scaled_dot_product_attention(
        q, k.repeat_interleave(heads // kv_heads, 1), v.repeat_interleave(heads // kv_heads, 1)
    )
    torch.testing.assert_close(few_query_attention(q, k, v), expected, rtol=1e-5, atol=1e-6)
    torch.testing.assert_close(
        few_query_attention(q, k, v, scale=0.3),
        F.scaled_dot_product_attention(
            q, k.repeat_interleave(heads // kv_heads, 1), v.repeat_interleave(heads // kv_heads, 1), scale=0.3
        ),
        rtol=1e-5,
        atol=1e-6,
    )


@pytest.mark.parametrize("heads, kv_heads", [(16, 2), (8, 8), (6, 1)])
def test_a_few_new_tokens_attend_causally_over_the_cache(heads, kv_heads):
    """A step of M new tokens on T − M cached positions: new token m sees what a step of its own would."""
    g = torch.Generator().manual_seed(heads + 1)
    rows, positions = 5, 41
    q = torch.randn(1, heads, rows, 32, generator=g)
    k, v = torch.randn(1, kv_heads, positions, 32, generator=g), torch.randn(1, kv_heads, positions, 32, generator=g)
    causal = torch.ones(rows, positions, dtype=torch.bool).tril(diagonal=positions - rows)
    expected = F.scaled_dot_product_attention(
        q, k.repeat_interleave(heads // kv_heads, 1), v.repeat_interleave(heads // kv_heads, 1), attn_mask=causal
    )
    torch.testing.assert_close(few_query_attention(q, k, v), expected, rtol=1e-5, atol=1e-6)
    for mask in (causal, causal[None, None]):  # Mono's (M, T) and transformers' (B, 1, M, T)
        torch.testing.assert_close(few_query_attention(q, k, v, mask=mask), expected, rtol=1e-5, atol=1e-6)
    for m in range(rows):
        seen = positions - rows + m + 1
        one = few_query_attention(q[:, :, m : m + 1], k[:, :, :seen], v[:, :, :seen])
        torch.testing.assert_close(few_query_attention(q, k, v)[:, :, m : m + 1], one, rtol=1e-5, atol=1e-6)


def test_masks_hide_the_empty_slots_of_a_static_cache():
    q, k, v = torch.randn(1, 4, 1, 16), torch.randn(1, 2, 10, 16), torch.randn(1, 2, 10, 16)
    keep = torch.zeros(1, 1, 1, 10, dtype=torch.bool)
    keep[..., :6] = True  # six real keys, four empty slots
    expected = few_query_attention(q, k[:, :, :6], v[:, :, :6])
    torch.testing.assert_close(few_query_attention(q, k, v, mask=keep), expected)
    additive = torch.zeros(1, 1, 1, 10).masked_fill(~keep, torch.finfo(torch.float32).min)
    torch.testing.assert_close(few_query_attention(q, k, v, mask=additive), expected)


@pytest.mark.parametrize("positions", [37, 3500])
def test_a_bf16_step_attends_in_float32(monkeypatch, positions):
    """A bf16 step widens queries, keys and values: the result is the float32 attention rounded once, where
    bf16 products round their scores and probabilities along the way."""
    g = torch.Generator().manual_seed(positions)
    q = torch.randn(1, 16, 1, 128, generator=g).to(torch.bfloat16)
    k = torch.randn(1, 2, positions + 9, 128, generator=g).to(torch.bfloat16)[:, :, :positions]  # a cache's view
    v = torch.randn(1, 2, positions + 9, 128, generator=g).to(torch.bfloat16)[:, :, :positions]
    reference = few_query_attention(q.float(), k.float(), v.float())
    spacing = torch.finfo(torch.bfloat16).eps * reference.abs().clamp_min(1e-3)

    def ulps(got):
        return ((got.float() - reference) / spacing).abs().max().item()

    widened = few_query_attention(q, k, v)
    assert widened.dtype == torch.bfloat16 and widened.shape == (1, 16, 1, 128)
    assert ulps(widened) <= 1.0
    monkeypatch.setattr(attention, "WIDEN_BF16_STEPS", False)
    assert ulps(few_query_attention(q, k, v)) > 1.0  # the products in bf16: what the widening avoids


def test_language_models_are_configured_with_it_and_the_towers_keep_sdpa():
    runtime = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", dtype="float32")
    assert runtime.model.decoder.lm.config._attn_implementation == ATTENTION_NAME
    assert runtime.model.vision_model.config._attn_implementation == "sdpa"
