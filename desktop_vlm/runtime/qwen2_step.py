"""A Qwen2 decode step on CPU, written out, with the query, key and value products fused into one.

A decode step streams every weight once, so its time is the weights' bytes over the memory bandwidth plus
whatever else runs. Two things in transformers' layer cost a full-size InternVL2_5-4B step (36 layers) time
that no weight needs: the key and value products are separate 2,048 → 256 products, too small to stream at
full rate (1 MB each: 10 GB/s against 16–20 for the larger products, 7 ms a step for 72 MB), and the layer's
Python plumbing (keyword arguments, the attention-function registry, hub-kernel wrappers). Measured on an
AVX512-BF16 CPU, alternated steps after a 445-position prompt: 324.8 ms a step through transformers' layers,
311.6 ms through this one (420.3 against 410.1 ms under an AVX2 cap; ``docs/benchmarks.md``, "A Qwen2 decode
step written out").

:func:`fuse_qkv` makes one weight of the three, held once. On the conversation's own cache (the default
decode) the three layers become :class:`ColumnsOfFused`: prefill — many rows, through transformers' own layer
— runs the fused product once per layer and hands each its columns, so the fused weight is the only holder of
its memory and may be held in oneDNN's blocked layout (:mod:`.kernels.blocked`). Through ATen's kernel the
2,560 × 2,048 bf16 product streamed at 7 GB/s inside a full-size step; blocked, a step took 439 against 474 ms
(alternated steps in one process, AVX512-BF16 + AMX). For a static or compiled decode, which traces
transformers' layers, the three stay linear layers viewing the fused weight. int8 and int4 layers quantised on CPU are
stacked the same way (:meth:`~.kernels.quantized.QuantizedLinear.stacked`): in-process A/B at full size,
181.6 → 174.6 ms a step in int8 and 151.9 → 147.7 ms in int4. :class:`Qwen2DecodeStep` runs one
token through the same operations in the same order: the rotary embedding, the cache's ``update`` and the
single-query attention of :mod:`.attention` are the very functions transformers' layer calls, and the RMS
norm is its formula, operation for operation.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import torch
from torch import nn

from .attention import few_query_attention
from .kernels.quantized import QuantizedLinear


def _qkv(attention: Any) -> list[nn.Module]:
    return [attention.q_proj, attention.k_proj, attention.v_proj]


def can_fuse_qkv(attention: Any) -> bool:
    """Whether :func:`fuse_qkv` can join ``attention``'s q/k/v layers: plain linear layers, or quantised ones
    that :meth:`~.kernels.quantized.QuantizedLinear.stacked` can stack."""
    parts = _qkv(attention)
    plain = all(type(p) is type(parts[0]) and isinstance(p, nn.Linear) for p in parts)
    return plain or QuantizedLinear.can_stack(parts)


def qkv_read_groups(names: Iterable[str]) -> list[tuple[str, str, str]]:
    """The checkpoint's q/k/v weights and biases as (q, k, v) name triples, for the loader to read each triple
    back to back into one allocation (``load_weights(read_together=…)``): :func:`fuse_qkv` then joins them
    without copying, where joining by copy took 0.58 s of a 6.0 s full-size bf16 load."""
    present = set(names)
    triples = []
    for name in present:
        head, found, tail = name.rpartition(".q_proj.")
        if found and tail in ("weight", "bias"):
            triple = tuple(f"{head}.{part}_proj.{tail}" for part in "qkv")
            if present.issuperset(triple):
                triples.append(triple)
    return sorted(triples)


def _back_to_back(tensors: list[torch.Tensor]) -> torch.Tensor | None:
    """``torch.cat(tensors)`` without a copy when they already lie one after another in one storage (as
    :func:`qkv_read_groups` has the loader read them); None otherwise."""
    first = tensors[0]
    storage, offset = first.untyped_storage(), first.storage_offset()
    for tensor in tensors:
        alike = tensor.dtype == first.dtype and tensor.shape[1:] == first.shape[1:] and tensor.is_contiguous()
        if not alike or tensor.untyped_storage().data_ptr() != storage.data_ptr() or tensor.storage_offset() != offset:
            return None
        offset += tensor.numel()
    rows = sum(tensor.shape[0] for tensor in tensors)
    return first.as_strided((rows, *first.shape[1:]), first.stride(), first.storage_offset())


class FusedOutput:
    """The fused q/k/v layer's output for the latest input, computed once for the three :class:`ColumnsOfFused`
    that take their columns of it (transformers' attention calls q, k and v on the same hidden states)."""

    def __init__(self, fused: nn.Module, parts: int):
        self.fused, self.parts = fused, parts
        self._input: torch.Tensor | None = None
        self._output: torch.Tensor | None = None
        self._taken = 0

    def columns(self, x: torch.Tensor, start: int, stop: int) -> torch.Tensor:
        """Columns start:stop of ``fused(x)`` (…, stop − start), a view; the product runs again for another
        input. Forgotten once every part has taken its columns, so a later call never sees a stale product
        (inference tensors keep no version counter to tell an in-place change by)."""
        output = self._output
        if output is None or x is not self._input:
            output = self.fused(x)  # (…, Nq + Nk + Nv)
            self._input, self._output, self._taken = x, output, 0
        columns = output[..., start:stop]
        self._taken += 1
        if self._taken >= self.parts:
            self._input = self._output = None  # hold neither the hidden states nor the product past the layer
        return columns


class ColumnsOfFused(nn.Module):
    """Stands in for one of q_proj / k_proj / v_proj: its outputs are columns start:stop of the fused
    layer's (held by :class:`FusedOutput`, not registered here, so the fused weight appears once in the
    model)."""

    def __init__(self, output: FusedOutput, start: int, stop: int):
        super().__init__()
        self.output, self.start, self.stop = output, start, stop
        self.out_features = stop - start

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.output.columns(x, self.start, self.stop)

    def extra_repr(self) -> str:
        return f"columns {self.start}:{self.stop} of the fused q/k/v product"


def fuse_qkv(attention: Any, columns: bool = False) -> nn.Module:
    """One linear layer computing ``attention``'s q, k and v products (outputs stacked in that order), the
    three weights held once (``can_fuse_qkv`` first). With ``columns`` the three layers are replaced by
    :class:`ColumnsOfFused`; otherwise they view the fused weight and bias (quantised layers always do).
    Weights the loader read back to back are joined as they lie; others are copied into one."""
    parts: Any = _qkv(attention)
    if isinstance(parts[0], QuantizedLinear):
        return QuantizedLinear.stacked(parts)

    def joined(tensors: list[torch.Tensor]) -> torch.Tensor:
        as_they_lie = _back_to_back(tensors)
        return as_they_lie if as_they_lie is not None else torch.cat(tensors)

    weight = joined([p.weight for p in parts])  # (Nq + Nk + Nv, D)
    bias = joined([p.bias for p in parts]) if parts[0].bias is not None else None
    fused = type(parts[0])(weight.shape[1], weight.shape[0], bias=bias is not None, device="meta")
    fused.weight = nn.Parameter(weight, requires_grad=False)
    if bias is not None:
        fused.bias = nn.Parameter(bias, requires_grad=False)
    output = FusedOutput(fused, len(parts))
    start = 0
    for name, part in zip(("q_proj", "k_proj", "v_proj"), parts):
        rows = part.out_features
        if columns:
            setattr(attention, name, ColumnsOfFused(output, start, start + rows))
        else:
            part.weight = nn.Parameter(weight[start : start + rows], requires_grad=False)
            if bias is not None:
                part.bias = nn.Parameter(bias[start : start + rows], requires_grad=False)
        start += rows
    return fused


class Qwen2DecodeStep(nn.Module):
    """``(body, x (1, 1, D), cache) → hidden (1, 1, D)``: one new token through a transformers ``Qwen2Model``
    ``body``, its final norm included (the caller applies the head)."""

    def __init__(self, qkv: list[nn.Module], config: Any):
        super().__init__()
        # (D → (H + 2·KV)·d) per layer; registered so the decode-kernel probe times its shape
        self.qkv = nn.ModuleList(qkv)
        self.heads, self.kv_heads = config.num_attention_heads, config.num_key_value_heads
        self.head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads

    @classmethod
    def of(cls, body: Any, columns: bool = False) -> Qwen2DecodeStep | None:
        """The step for ``body``, its layers' q/k/v fused (``columns``: see :func:`fuse_qkv`); None (and
        nothing fused) when a layer's cannot be."""
        attention = [layer.self_attn for layer in body.layers]
        if not all(can_fuse_qkv(a) for a in attention):
            return None
        return cls([fuse_qkv(a, columns) for a in attention], body.config)

    def forward(self, body: Any, x: torch.Tensor, cache) -> torch.Tensor:
        from transformers.models.qwen2.modeling_qwen2 import apply_rotary_pos_emb

        position = torch.tensor([[cache.get_seq_length()]], device=x.device)
        cos, sin = body.rotary_emb(x, position)
        q_width, kv_width = self.heads * self.head_dim, self.kv_heads * self.head_dim
        for index, (layer, qkv) in enumerate(zip(body.layers, self.qkv)):
            attention, mlp = layer.self_attn, layer.mlp
            projected = qkv(_rms_norm(layer.input_layernorm, x))  # (1, 1, (H + 2·KV)·d)
            query = projected[..., :q_width].view(1, 1, self.heads, self.head_dim).transpose(1, 2)
            key = projected[..., q_width : q_width + kv_width].view(1, 1, self.kv_heads, self.head_dim).transpose(1, 2)
            value = projected[..., q_width + kv_width :].view(1, 1, self.kv_heads, self.head_dim).transpose(1, 2)
            query, key = apply_rotary_pos_emb(query, key, cos, sin)
            key, value = cache.update(key, value, index)  # (1, KV, T, d) each
            attended = few_query_attention(query, key, value, attention.scaling)  # (1, H, 1, d)
            x = x + attention.o_proj(attended.transpose(1, 2).reshape(1, 1, q_width))
            h = _rms_norm(layer.post_attention_layernorm, x)
            x = x + mlp.down_proj(mlp.act_fn(mlp.gate_proj(h)) * mlp.up_proj(h))
        return _rms_norm(body.norm, x)


def _rms_norm(norm: Any, x: torch.Tensor) -> torch.Tensor:
    """transformers' Qwen2 RMS norm, operation for operation (float32 inside, the weight applied after
    rounding back), without the module call's hub-kernel wrapper."""
    widened = x.to(torch.float32)
    variance = widened.pow(2).mean(-1, keepdim=True)
    return norm.weight * (widened * torch.rsqrt(variance + norm.variance_epsilon)).to(x.dtype)
