"""bf16 weights held in oneDNN's blocked layout, a decode kernel for CPUs whose oneDNN multiplies bf16 itself.

Given a plain (out_features, in_features) bf16 weight, oneDNN copies it into its blocked layout on every call
(or ATen's own matrix × vector kernel runs instead, which :class:`~..widening.Bf16Linear` chose on decode
steps). Held in that layout once, at load, a one-row product reads the weight as it lies: on an AVX512-BF16
CPU with AMX, a full-size InternVL2_5-4B bf16 decode step took 285–290 ms against 326–330 ms through ATen's
kernel, in alternated processes (``docs/benchmarks.md``, "bf16 weights in oneDNN's blocked layout"). The
layout is the one oneDNN picks for a prompt's many rows, so prefill computes exactly what oneDNN's product
of the plain weight does, without copying the weight at every call: a 445-position prompt took 2.2–3.3 s
against 4.3 s. Blocking costs a load page faults on the new memory; a load blocks straight from the file
(``loader.may_block_from_the_file``) every weight the probe does not read — all of them once the choices are
cached — so those faults are the only ones such a weight costs.

The probe (:mod:`.probe`) measures this kernel against the others like any candidate; a layer holds its weight
blocked only once it was chosen (:func:`settle`), and then has no plain copy: the model's memory is unchanged.
A weight whose memory another parameter shares (a head tied to the token embeddings; q, k and v viewing
one fused weight, as for a static decode) stays plain (:func:`mark_shared_weights`). oneDNN refuses the
layout on CPUs without bf16 conversion instructions (AVX-512 BW / AVX-NE-CONVERT): there the kernel is not
offered.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol, runtime_checkable

import torch
from torch import nn

BLOCKED_KERNEL = "bf16-onednn-blocked"
# The layout oneDNN chooses for products of this many rows (AB16b32a2b on an AMX CPU: the same for 16 to
# 4,096 rows, so a prompt's product is bit for bit oneDNN's product of the plain weight); one-row products
# ran as fast in it as in the layout oneDNN picks for one row.
LAYOUT_ROWS = 512
SETTLE_THREADS = 2  # blocking a model's weights is bound by page faults on the new memory: two threads halve it


@functools.cache
def can_block() -> bool:
    """Whether oneDNN holds bf16 weights blocked on this CPU (it raises where it cannot)."""
    try:
        block(torch.zeros(32, 32, dtype=torch.bfloat16))
    except (RuntimeError, NotImplementedError, AttributeError):  # refused here, or a build without the op
        return False
    return True


def block(weight: torch.Tensor) -> torch.Tensor:
    """A plain (out_features, in_features) bf16 weight → the same values in oneDNN's blocked layout (a new,
    opaque tensor of the same shape and dtype)."""
    return torch.ops.mkldnn._reorder_linear_weight(weight.detach(), LAYOUT_ROWS)


def is_blocked(weight: torch.Tensor) -> bool:
    return weight.is_mkldnn


def blocked_linear(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None) -> torch.Tensor:
    """``F.linear(x, W, bias)`` for a :func:`block`-ed ``W``: (…, in_features) → (…, out_features)."""
    return torch.ops.mkldnn._linear_pointwise(x.contiguous(), weight, bias, "none", [], "")


@runtime_checkable
class BlockableLayer(Protocol):
    """A linear layer that can hold its weight blocked (:class:`~..widening.Bf16Linear`)."""

    weight: torch.Tensor
    decode_kernel: str
    blockable: bool  # False where the weight must stay plain
    blocked_copy: torch.Tensor | None  # made when the probe times the blocked kernel, until one is chosen


def _blockable_layers(model: nn.Module) -> list[BlockableLayer]:
    return [module for module in model.modules() if isinstance(module, BlockableLayer)]


def mark_shared_weights(model: nn.Module) -> None:
    """Make every layer of ``model`` whose weight's memory another parameter also holds (a view of it, or the
    very same tensor under a second name) not :attr:`~BlockableLayer.blockable`: blocking such a weight would
    keep the plain memory alive beside the blocked copy."""
    holders: Counter[int] = Counter()
    for module in model.modules():
        for parameter in module._parameters.values():  # not .parameters(): that lists a tied tensor once
            if parameter is not None and parameter.numel() and not is_blocked(parameter):
                holders[parameter.untyped_storage().data_ptr()] += 1
    for layer in _blockable_layers(model):
        if not is_blocked(layer.weight) and holders[layer.weight.untyped_storage().data_ptr()] > 1:
            layer.blockable = False


def keep_plain(model: nn.Module) -> None:
    """Offer no layer of ``model`` the blocked kernel (a compiled decode step traces the plain weights)."""
    for layer in _blockable_layers(model):
        layer.blockable = False


def to_settle(model: nn.Module) -> list[BlockableLayer]:
    """The layers :func:`settle` would block: those that run :data:`BLOCKED_KERNEL` and still hold a plain
    weight (those the probe did not time, or every one when the choice came from the cache)."""
    return [
        layer
        for layer in _blockable_layers(model)
        if layer.decode_kernel == BLOCKED_KERNEL and layer.blockable and not is_blocked(layer.weight)
    ]


def settle(
    model: nn.Module,
    on_blocked: Callable[[int], None] = lambda nbytes: None,
    layers: list[BlockableLayer] | None = None,
) -> None:
    """After the decode kernels of ``model`` are chosen: the layers of :func:`to_settle` (or those of them in
    ``layers``) hold their weight blocked from now on, the plain one freed. ``on_blocked(bytes)`` hears of
    each weight blocked, in the calling thread; an exception it raises ends the blocking after the weights
    already under way."""
    chosen = to_settle(model) if layers is None else layers
    pool = ThreadPoolExecutor(SETTLE_THREADS, thread_name_prefix="weight-block")
    try:
        for nbytes in pool.map(_hold_blocked, chosen):  # torch releases the GIL while it copies
            on_blocked(nbytes)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _hold_blocked(layer: BlockableLayer) -> int:
    """Block ``layer``'s weight; its size in bytes."""
    nbytes = layer.weight.nbytes
    layer.weight = nn.Parameter(block(layer.weight), requires_grad=False)
    return nbytes
