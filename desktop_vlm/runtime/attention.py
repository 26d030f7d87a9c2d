"""Attention for one new token on CPU, or a few: a decode step's attention as two plain matrix products, in
float32.

torch's fused CPU attention kernel is built for blocks of queries; for the single query of a decode step it
is slow — measured with bf16 and 16 query heads over 2 key/value heads: 5.9 ms over 3,517 cached positions
against 0.34 ms for the two products below, i.e. ~200 ms of every decoded token of a 36-layer model at 13
tiles (AVX2 CPU). So a decode step on CPU stacks the query heads that share a key/value head as rows of one
matrix and multiplies (softmax in float32, as the models' original eager attention does); everything else —
prefill, every GPU step — stays with ``scaled_dot_product_attention``. Language models from transformers
get this through its attention-function registry, Mono-InternVL's decoder calls it directly. A step of up to
:data:`FEW_QUERIES` new tokens (lookup decoding's, ``runtime/lookup.py``) takes the same path, each new token
seeing the cache and the new tokens up to itself: its rows are what one-token steps compute, up to float32
rounding, where torch's fused kernel would compute them in bf16.

A bf16 step widens its query, keys and values to float32 first, on every CPU. Without bf16 instructions the
bf16 products are oneDNN's emulated ones: 7.1 ms over 3,500 cached positions against 0.6 ms widened (AVX2
cap). With them (AVX512-BF16 + AMX) oneDNN builds a new kernel for every new key count — and the count
grows by one each step — so a step's bf16 products took 1.8 ms per layer over ~460 positions and 4.4 ms
over ~3,500, against 0.10 and 0.64 ms widened, whose float32 products go to MKL, which has no such set-up
(``benchmarks/cpu_precision.py``, "attention" rows, keys growing as in decode). Widening rounds once, at
the end, where bf16 products round the scores and probabilities along the way.
"""

from __future__ import annotations

import torch

from .device import onednn

ATTENTION_NAME = "desktop_vlm_sdpa"  # the name our transformers language models are configured with
# Whether a bf16 step attends in float32 (see above). A constant, not a per-CPU probe: torch.compile will not
# trace a probe, so calling one inside a compiled decode step broke the step's graph in two. The benchmarks
# switch it off to measure the bf16 products against it.
WIDEN_BF16_STEPS = True


# The most new tokens a step attends through this module: lookup decoding's steps (at most 7 rows), not
# prompts, whose queries torch's fused kernel handles in blocks.
FEW_QUERIES = 7


def few_query_attention(query, key, value, scale: float | None = None, mask=None) -> torch.Tensor:
    """query (B, H, M, d) for the last M of T positions, key/value (B, KV, T, d) with H a multiple of KV →
    (B, H, M, d). Query head ``kv·G + g`` (G = H / KV) attends with key/value head ``kv``, as in
    grouped-query attention. ``mask``: None (causal: new token m sees positions up to T − M + m), or
    broadcastable to (B, 1, M, T) — bool (True = attend) or additive float.
    """
    if query.dtype == torch.bfloat16 and WIDEN_BF16_STEPS:
        widened = _grouped_attention(query.float(), key.float(), value.float(), scale, mask)
        return widened.to(query.dtype)
    return _grouped_attention(query, key, value, scale, mask)


def _grouped_attention(query, key, value, scale, mask) -> torch.Tensor:
    b, heads, rows, dim = query.shape
    groups, positions = key.shape[1], key.shape[2]
    q = query.reshape(b, groups, heads // groups * rows, dim)  # (B, KV, G·M, d), a head's M rows together
    with onednn(True):  # G·M-row products: oneDNN's (a decode step may have switched it off for its linears)
        # keys · queriesᵀ, not queries · keysᵀ: the cache's keys are a view into a longer buffer
        # (runtime/kv_cache.py), and oneDNN's batched product copies a transposed view of it first
        # (4.6 against 0.5 ms for 3,543 positions × 8 heads); as the left operand it is read in place
        scores = torch.matmul(key, q.transpose(-1, -2)).transpose(-1, -2)  # (B, KV, G·M, T)
        scores = scores * (dim**-0.5 if scale is None else scale)
        if mask is None and rows > 1:
            mask = _causal(rows, positions, scores.device)
        if mask is not None:
            scores = scores.view(b, groups, heads // groups, rows, positions)
            batch = mask.shape[0] if mask.dim() == 4 else 1  # (B, 1, M, T) from transformers, (M, T) from Mono
            mask = mask.reshape(batch, 1, 1, rows, positions)
            scores = scores.masked_fill(~mask, float("-inf")) if mask.dtype == torch.bool else scores + mask
            scores = scores.view(b, groups, heads // groups * rows, positions)
        probs = scores.float().softmax(-1).to(value.dtype)
        return torch.matmul(probs, value).reshape(b, heads, rows, dim)


def _causal(rows: int, positions: int, device) -> torch.Tensor:
    """(M, T) bool: new token m (the last M of T positions) sees positions up to T − M + m."""
    return torch.ones(rows, positions, dtype=torch.bool, device=device).tril(diagonal=positions - rows)


def is_cpu_decode_step(query: torch.Tensor) -> bool:
    return query.shape[2] <= FEW_QUERIES and query.device.type == "cpu"


def _transformers_attention(module, query, key, value, attention_mask, dropout=0.0, scaling=None, **kwargs):
    """transformers' attention-function signature: returns ((B, L, H, d), None)."""
    if is_cpu_decode_step(query):
        return few_query_attention(query, key, value, scaling, attention_mask).transpose(1, 2).contiguous(), None
    from transformers.integrations.sdpa_attention import sdpa_attention_forward

    return sdpa_attention_forward(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling, **kwargs)


def register_with_transformers() -> None:
    """Make :data:`ATTENTION_NAME` a transformers attention implementation, with SDPA's mask format."""
    from transformers import AttentionInterface
    from transformers.masking_utils import ALL_MASK_ATTENTION_FUNCTIONS, sdpa_mask

    AttentionInterface.register(ATTENTION_NAME, _transformers_attention)
    ALL_MASK_ATTENTION_FUNCTIONS.register(ATTENTION_NAME, sdpa_mask)
