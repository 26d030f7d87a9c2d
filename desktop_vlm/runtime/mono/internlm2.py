"""InternLM2 with visual experts (InternLM2-VE), the language model of Mono-InternVL.

transformers has no InternLM2, so this is a small decoder written for the original weight layout:

- ``attention.wqkv`` packs q, k and v *per key/value group*: for kv head h the rows hold its
  ``H/KV`` query heads, then its key, then its value (not Llama's ``[all q | all k | all v]``);
- RoPE rotates halves over the whole head dim with base ``rope_theta``; cos/sin are computed in
  float32 and cast to the activation dtype (the original caches them that way);
- RMSNorm normalises in float32, casts back, then scales by the weight;
- every layer has two SwiGLU FFNs, ``feed_forward`` (text) and ``feed_forward_ve`` (visual expert);
  rows whose input id is ``<IMG_CONTEXT>`` go to the expert, all others to the text FFN. Routing is
  by that mask, there is no learned router. Unlike the original (experts only in a cache-less prefill)
  we route in every forward, so a turn prefilled on top of a kept cache equals a full recompute.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from ...core.errors import CheckpointError
from ...core.messages import Message
from ..attention import few_query_attention, is_cpu_decode_step

# scaled_dot_product_attention shares key/value heads across query heads itself from torch 2.5 on
_NATIVE_GQA = tuple(int(part) for part in torch.__version__.split("+")[0].split(".")[:2]) >= (2, 5)


class RMSNorm(nn.Module):
    def __init__(self, hidden: int, eps: float):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(hidden))
        self.eps = eps

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        dtype = x.dtype
        x32 = x.float()
        x32 = x32 * torch.rsqrt(x32.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * x32.to(dtype)


class SwiGLU(nn.Module):
    """``w2(silu(w1 x) * w3 x)``: w1 gate, w3 up, w2 down (checkpoint names)."""

    def __init__(self, hidden: int, intermediate: int):
        super().__init__()
        self.w1 = nn.Linear(hidden, intermediate, bias=False)
        self.w3 = nn.Linear(hidden, intermediate, bias=False)
        self.w2 = nn.Linear(intermediate, hidden, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.w2(F.silu(self.w1(x)) * self.w3(x))


class Rotary:
    """cos/sin for absolute positions, computed on the fly (no buffers to rebuild after a meta build).

    The original's "dynamic" NTK scaling only changes the base past ``max_position_embeddings``,
    which the engine never reaches (it refuses prompts beyond the context length).
    """

    def __init__(self, head_dim: int, base: float):
        self.head_dim = head_dim
        self.base = base
        self._inv_freq: dict[torch.device, torch.Tensor] = {}

    def inv_freq(self, device: torch.device) -> torch.Tensor:
        if device not in self._inv_freq:
            exponents = torch.arange(0, self.head_dim, 2, device=device).float() / self.head_dim
            self._inv_freq[device] = 1.0 / (self.base**exponents)  # (d/2,) float32
        return self._inv_freq[device]

    def __call__(self, positions: torch.Tensor, dtype: torch.dtype) -> tuple[torch.Tensor, torch.Tensor]:
        """positions (L,) → cos, sin (L, d) in ``dtype``."""
        freqs = positions.float()[:, None] * self.inv_freq(positions.device)[None, :]  # (L, d/2)
        angles = torch.cat((freqs, freqs), dim=-1)
        return angles.cos().to(dtype), angles.sin().to(dtype)


def _rotate_half(x: torch.Tensor) -> torch.Tensor:
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


def _apply_rotary(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """x (B, heads, L, d); cos/sin (L, d)."""
    return x * cos + _rotate_half(x) * sin


class Attention(nn.Module):
    def __init__(self, hidden: int, heads: int, kv_heads: int):
        super().__init__()
        if hidden % heads or heads % kv_heads:
            raise CheckpointError(
                Message(
                    "InternLM2 config is inconsistent: hidden {hidden}, heads {heads}, kv heads {kv_heads}.",
                    hidden=hidden,
                    heads=heads,
                    kv_heads=kv_heads,
                )
            )
        self.heads, self.kv_heads = heads, kv_heads
        self.head_dim = hidden // heads
        self.group = heads // kv_heads  # query heads per kv head
        self.wqkv = nn.Linear(hidden, (heads + 2 * kv_heads) * self.head_dim, bias=False)
        self.wo = nn.Linear(heads * self.head_dim, hidden, bias=False)

    def forward(self, x, cos, sin, cache, layer_idx: int, mask, causal: bool) -> torch.Tensor:
        """x (B, L, D) → (B, L, D); appends this chunk's keys/values to ``cache``."""
        b, n, _ = x.shape
        packed = self.wqkv(x).view(b, n, self.kv_heads, self.group + 2, self.head_dim)
        # query head index = kv_head * group + g, i.e. heads sharing a kv head are adjacent
        q = packed[:, :, :, : self.group].reshape(b, n, self.heads, self.head_dim).transpose(1, 2)
        k = packed[:, :, :, -2].transpose(1, 2)  # (B, KV, L, d)
        v = packed[:, :, :, -1].transpose(1, 2)
        q, k = _apply_rotary(q, cos, sin), _apply_rotary(k, cos, sin)
        if cache is not None:
            k, v = cache.update(k, v, layer_idx)  # (B, KV, past + L, d)
        if is_cpu_decode_step(q):  # torch's fused CPU kernel is slow for one query (runtime/attention.py)
            out = few_query_attention(q, k, v, mask=mask)
        elif self.group > 1 and _NATIVE_GQA:  # kv head h serves query heads h·group … h·group + group − 1
            out = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, is_causal=causal, enable_gqa=True)
        else:  # older torch: expand the cache per query head (a copy per step, hence not the default)
            k = k.repeat_interleave(self.group, dim=1)
            v = v.repeat_interleave(self.group, dim=1)
            out = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, is_causal=causal)  # (B, H, L, d)
        return self.wo(out.transpose(1, 2).reshape(b, n, self.heads * self.head_dim))


class DecoderLayer(nn.Module):
    def __init__(self, hidden: int, intermediate: int, heads: int, kv_heads: int, eps: float):
        super().__init__()
        self.attention = Attention(hidden, heads, kv_heads)
        self.attention_norm = RMSNorm(hidden, eps)
        self.ffn_norm = RMSNorm(hidden, eps)
        self.feed_forward = SwiGLU(hidden, intermediate)
        self.feed_forward_ve = SwiGLU(hidden, intermediate)

    def forward(self, x, cos, sin, cache, layer_idx, mask, causal, image_rows) -> torch.Tensor:
        """``image_rows``: None (no image tokens) or (text_rows, image_rows), indices into B·L rows."""
        h = x + self.attention(self.attention_norm(x), cos, sin, cache, layer_idx, mask, causal)
        y = self.ffn_norm(h)
        if image_rows is None:
            return h + self.feed_forward(y)
        # each row goes through exactly one FFN (the original computes both and selects with a 0/1
        # mask, which is the same result for finite values, at twice the cost)
        text_idx, image_idx = image_rows
        flat = y.reshape(-1, y.shape[-1])  # (B·L, D)
        out = torch.empty_like(flat)
        if text_idx.numel():
            out[text_idx] = self.feed_forward(flat[text_idx])
        out[image_idx] = self.feed_forward_ve(flat[image_idx])
        return h + out.view_as(h)


class InternLM2Model(nn.Module):
    """Checkpoint names under ``language_model.model``: ``tok_embeddings``, ``layers.N``, ``norm``."""

    def __init__(self, config: dict):
        super().__init__()
        hidden = int(config["hidden_size"])
        heads = int(config["num_attention_heads"])
        kv_heads = int(config.get("num_key_value_heads") or heads)
        eps = float(config.get("rms_norm_eps", 1e-6))
        self.tok_embeddings = nn.Embedding(int(config["vocab_size"]), hidden)
        self.layers = nn.ModuleList(
            DecoderLayer(hidden, int(config["intermediate_size"]), heads, kv_heads, eps)
            for _ in range(int(config["num_hidden_layers"]))
        )
        self.norm = RMSNorm(hidden, eps)


class InternLM2VEDecoder(nn.Module):
    """The engine's decoder interface over InternLM2-VE (``language_model.*`` → ``decoder.*``).

    ``forward(inputs_embeds (B, L, D), image_mask (B, L) bool, cache, logits_to_keep) -> logits (B, k, V)``
    in float32; ``image_mask`` marks the ``<IMG_CONTEXT>`` rows that go to the visual experts.
    """

    def __init__(self, config: dict):
        super().__init__()
        if config.get("bias", False):
            raise CheckpointError(Message("InternLM2 checkpoints with linear biases are not supported."))
        self.model = InternLM2Model(config)
        self.output = nn.Linear(int(config["hidden_size"]), int(config["vocab_size"]), bias=False)
        self._context_length = int(config.get("max_position_embeddings", 32768))
        head_dim = int(config["hidden_size"]) // int(config["num_attention_heads"])
        self.rotary = Rotary(head_dim, config.get("rope_theta", 10000))

    @property
    def context_length(self) -> int:
        return self._context_length

    supports_static_decode = False  # decodes on its own cache only

    @property
    def language_model(self) -> InternLM2VEDecoder:
        """What quantisation replaces the linear layers of: the decoder itself."""
        return self

    def release(self) -> None:
        """Nothing is kept between answers (the conversation's cache belongs to the engine)."""

    def get_output_embeddings(self) -> nn.Linear:
        return self.output

    def embed(self, input_ids: torch.Tensor) -> torch.Tensor:
        return self.model.tok_embeddings(input_ids)

    def new_cache(self):
        from ..kv_cache import new_cache

        return new_cache()  # per-layer (B, KV, T, d) views; crop / reorder for reuse and beams

    def forward(self, inputs_embeds, image_mask, cache, logits_to_keep: int = 1) -> torch.Tensor:
        n = inputs_embeds.shape[1]
        past = cache.get_seq_length() if cache is not None else 0
        positions = torch.arange(past, past + n, device=inputs_embeds.device)
        cos, sin = self.rotary(positions, inputs_embeds.dtype)
        mask, causal = None, False
        if n > 1 and past == 0:
            causal = True
        elif n > 1:  # a chunk on top of a cache: new row i sees every cached key and new keys ≤ i
            mask = torch.ones(n, past + n, dtype=torch.bool, device=inputs_embeds.device).tril(diagonal=past)
        image_rows = None
        if image_mask is not None and bool(image_mask.any()):
            flat = image_mask.reshape(-1)
            image_rows = (torch.nonzero(~flat).squeeze(1), torch.nonzero(flat).squeeze(1))
        h = inputs_embeds
        for idx, layer in enumerate(self.model.layers):
            h = layer(h, cos, sin, cache, idx, mask, causal, image_rows)
        h = self.model.norm(h[:, -logits_to_keep:] if logits_to_keep else h)
        return self.output(h).float()
