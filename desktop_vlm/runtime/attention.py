"""Attention for one new token on CPU: the decode step's attention as two plain matrix products, in float32.

torch's fused CPU attention kernel is built for blocks of queries; for the single query of a decode step it
is slow — measured with bf16 and 16 query heads over 2 key/value heads: 5.9 ms over 3,517 cached positions
against 0.34 ms for the two products below, i.e. ~200 ms of every decoded token of a 36-layer model at 13
tiles (AVX2 CPU). So a decode step on CPU stacks the query heads that share a key/value head as rows of one
matrix and multiplies (softmax in float32, as the models' original eager attention does); everything else —
prefill, every GPU step — stays with ``scaled_dot_product_attention``. Language models from transformers
get this through its attention-function registry, Mono-InternVL's decoder calls it directly.

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


def single_query_attention(query, key, value, scale: float | None = None, mask=None) -> torch.Tensor:
    """query (B, H, 1, d), key/value (B, KV, T, d) with H a multiple of KV → (B, H, 1, d).

    Query head ``kv·G + g`` (G = H / KV) attends with key/value head ``kv``, as in grouped-query attention.
    ``mask``: None, or broadcastable to (B, 1, 1, T) — bool (True = attend) or additive float.
    """
    if query.dtype == torch.bfloat16 and WIDEN_BF16_STEPS:
        widened = _grouped_attention(query.float(), key.float(), value.float(), scale, mask)
        return widened.to(query.dtype)
    return _grouped_attention(query, key, value, scale, mask)


def _grouped_attention(query, key, value, scale, mask) -> torch.Tensor:
    b, heads, _, dim = query.shape
    groups = key.shape[1]
    q = query.reshape(b, groups, heads // groups, dim)  # (B, KV, G, d)
    with onednn(True):  # G-row products: oneDNN's (a decode step may have switched it off for its linears)
        # keys · queriesᵀ, not queries · keysᵀ: the cache's keys are a view into a longer buffer
        # (runtime/kv_cache.py), and oneDNN's batched product copies a transposed view of it first
        # (4.6 against 0.5 ms for 3,543 positions × 8 heads); as the left operand it is read in place
        scores = torch.matmul(key, q.transpose(-1, -2)).transpose(-1, -2)  # (B, KV, G, T)
        scores = scores * (dim**-0.5 if scale is None else scale)
        if mask is not None:
            mask = mask.reshape(mask.shape[0], 1, 1, mask.shape[-1])
            scores = scores.masked_fill(~mask, float("-inf")) if mask.dtype == torch.bool else scores + mask
        probs = scores.float().softmax(-1).to(value.dtype)
        return torch.matmul(probs, value).reshape(b, heads, 1, dim)


def is_cpu_decode_step(query: torch.Tensor) -> bool:
    return query.shape[2] == 1 and query.device.type == "cpu"


def _transformers_attention(module, query, key, value, attention_mask, dropout=0.0, scaling=None, **kwargs):
    """transformers' attention-function signature: returns ((B, L, H, d), None)."""
    if is_cpu_decode_step(query):
        return single_query_attention(query, key, value, scaling, attention_mask).transpose(1, 2).contiguous(), None
    from transformers.integrations.sdpa_attention import sdpa_attention_forward

    return sdpa_attention_forward(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling, **kwargs)


def register_with_transformers() -> None:
    """Make :data:`ATTENTION_NAME` a transformers attention implementation, with SDPA's mask format."""
    from transformers import AttentionInterface
    from transformers.masking_utils import ALL_MASK_ATTENTION_FUNCTIONS, sdpa_mask

    AttentionInterface.register(ATTENTION_NAME, _transformers_attention)
    ALL_MASK_ATTENTION_FUNCTIONS.register(ATTENTION_NAME, sdpa_mask)
