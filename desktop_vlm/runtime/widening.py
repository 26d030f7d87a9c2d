"""bfloat16 weights on CPUs without bfloat16 instructions: products of many rows widen the weight to
float32 a block at a time, products of a few rows stay in bfloat16, convolutions run in float32.

Why: without AVX512-BF16 / AMX, oneDNN emulates bf16 products and a 512-token prefill block ran 3.8×
slower than float32 (``benchmarks/cpu_precision.py`` with the CPU capped to AVX2). Falling back to
float32 weights costs twice the memory — InternVL2_5-4B needs 13.8 GiB instead of 6.9 — and loses the
memory-mapped load, and a decode step then streams twice the bytes: ATen's bf16 one-row kernel is
bandwidth-bound and was 3.8× faster than float32's. Widening a block of the weight into a small float32
scratch right before its product keeps the bf16 storage and runs prefill at float32 speed or better:
the scratch stays in cache while the product reads it, so the weight still crosses memory once, in bf16.

On CPUs with bf16 instructions nothing is widened, but bf16 linears still get a per-CPU choice of decode
kernel (:class:`Bf16Linear`): on an AVX512-BF16 CPU with AMX, oneDNN's one-row product streamed a model's
weights 40 % faster than ATen's, the opposite of what an older AVX512-BF16 CPU measured.
"""

from __future__ import annotations

import threading

import torch
from torch import nn
from torch.nn import functional as F

from .device import onednn
from .kernels.blocked import BLOCKED_KERNEL, block, blocked_linear, can_block, is_blocked

# Below this many rows a bf16 product reads the weight once and wins (one-row products are what decode
# runs); from about 8 rows the widened float32 product is as fast, from 16 faster (AVX2 cap, 2,048 → 22,016
# and 11,008 → 2,048 weights: 8 rows bf16 18.5 / 8.3 ms against widened 20.5 / 10.4; 16 rows 34.0 / 15.7
# against 17.1 / 10.5; 4 rows bf16 wins 14–22 against 30–50 ms). A follow-up question is widened too.
ROWS_TO_WIDEN = 8
# Below this many rows each block is multiplied transposed (see _transposed_product); at 512 rows the two
# forms were within 1.0–1.2× of each other, from 1,725 the column form won.
ROWS_TO_TRANSPOSE = 512
# The transposed product's token count is padded with zero rows to a multiple of this: MKL's AVX2 sgemm
# runs a (block × tokens) product with a ragged last column group far slower — 39 tokens took 3.6–4.1 ms
# per 2,048² block against 2.3–2.8 ms for 40, 15 tokens 2.7–2.9 against 0.9–1.2 (the padding's few extra FLOPs
# included); counts already a multiple of 8 are not touched.
TOKEN_MULTIPLE = 8
BLOCK_BYTES = 16 << 20  # scratch per weight block: fits the L3 cache it is read from (4–32 MiB swept)

_scratch = threading.local()  # one scratch per thread: the model thread and benchmark threads never share


def _scratch_block(rows: int, columns: int, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """A reusable (rows, columns) buffer: a fresh one per block would page-fault on every call (widening a
    90 MB weight into new memory took 66 ms; into a kept buffer 10 ms)."""
    buffers = getattr(_scratch, "buffers", None)
    if buffers is None:
        buffers = _scratch.buffers = {}
    buffer = buffers.get((columns, dtype))
    if buffer is None or buffer.shape[0] < rows:
        with torch.inference_mode(False):  # a normal tensor: writable inside and outside inference mode
            buffer = buffers[columns, dtype] = torch.empty(rows, columns, dtype=dtype)
    return buffer[:rows]


def widened_linear(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None) -> torch.Tensor:
    """``F.linear(x, weight, bias)`` computed in float32 from a bf16 ``weight`` (out_features, in_features),
    block by block; the result has ``x``'s dtype."""
    out_features, in_features = weight.shape
    return blockwise_linear(x, _widened_blocks(weight), out_features, in_features, bias)


def blockwise_linear(
    x: torch.Tensor,
    blocks,
    out_features: int,
    in_features: int,
    bias: torch.Tensor | None,
    scales: torch.Tensor | None = None,
):
    """``(x @ Wᵀ) · scales + bias`` in float32 from ``blocks`` — (start, stop, float32 rows start:stop of W) — of
    a weight stored in any form (bf16 here; int8 / int4 in :mod:`.kernels.quantized`, where int8 blocks may be
    the plain values and ``scales`` (out_features,) their rows' scales); the result has ``x``'s dtype."""
    tokens = x.numel() // in_features
    if tokens < ROWS_TO_TRANSPOSE:
        result = _transposed_product(_padded_rows(x, tokens, in_features), blocks, out_features)[:tokens]
    else:
        result = _product_by_columns(x.reshape(tokens, in_features).float(), blocks, out_features)
    if scales is not None:
        result *= scales
    if bias is not None:
        result += bias
    out = torch.empty(tokens, out_features, dtype=x.dtype)
    out.copy_(result)  # narrowed (and, after a transposed product, transposed back) in one pass
    return out.reshape(*x.shape[:-1], out_features)


def _padded_rows(x: torch.Tensor, tokens: int, in_features: int) -> torch.Tensor:
    """``x`` as float32 (tokens rounded up to :data:`TOKEN_MULTIPLE`, in_features) rows, zeros below."""
    padded = -(-tokens // TOKEN_MULTIPLE) * TOKEN_MULTIPLE
    rows = torch.empty(padded, in_features, dtype=torch.float32)
    rows[:tokens].copy_(x.reshape(tokens, in_features))  # widened in the same pass
    rows[tokens:].zero_()
    return rows


def scratch_blocks(out_features: int, in_features: int, multiple: int = 1, dtype: torch.dtype = torch.float32):
    """Yield (start, stop, scratch of (stop − start, in_features) in ``dtype``) covering ``out_features`` rows
    in blocks of about :data:`BLOCK_BYTES` (a multiple of ``multiple`` rows), one scratch reused for every block."""
    size = torch.empty(0, dtype=dtype).element_size()
    block = max(multiple, BLOCK_BYTES // (size * in_features) // multiple * multiple)
    scratch = _scratch_block(min(block, out_features), in_features, dtype)
    for start in range(0, out_features, block):
        stop = min(start + block, out_features)
        yield start, stop, scratch[: stop - start]


def _widened_blocks(weight: torch.Tensor):
    """Yield (start, stop, float32 copy of weight[start:stop])."""
    out_features, in_features = weight.shape
    for start, stop, wide in scratch_blocks(out_features, in_features):
        wide.copy_(weight[start:stop])
        yield start, stop, wide


def _transposed_product(rows: torch.Tensor, blocks, out_features: int) -> torch.Tensor:
    """Few tokens: ``block @ rowsᵀ`` → (block, tokens), a tall product with contiguous output rows, which
    MKL ran 1.15–2.9× faster for 16–64 tokens than :func:`_product_by_columns`. ``rows``: (padded tokens,
    in_features); returns a (padded tokens, out_features) transposed view."""
    result = torch.empty(out_features, rows.shape[0], dtype=torch.float32)  # (out_features, tokens)
    for start, stop, wide in blocks:
        torch.mm(wide, rows.t(), out=result[start:stop])
    return result.t()


def _product_by_columns(rows: torch.Tensor, blocks, out_features: int) -> torch.Tensor:
    """Many tokens: ``rows @ blockᵀ`` into a column slice of the (tokens, out_features) result (unit stride:
    BLAS writes it in place); for 1,725–6,150 tokens this was 1.06–1.54× faster than the transposed
    product, whose transposing copy back no longer fits in cache."""
    result = torch.empty(rows.shape[0], out_features, dtype=torch.float32)
    for start, stop, wide in blocks:
        torch.mm(rows, wide.t(), out=result[:, start:stop])
    return result


class Bf16Linear(nn.Linear):
    """An ``nn.Linear`` with a bf16 weight on a CPU with bf16 instructions, whose products of fewer than
    :data:`ROWS_TO_WIDEN` rows (decode steps) run :attr:`decode_kernel`: ATen's bf16 matrix × vector, oneDNN's,
    or oneDNN's from a weight held in its blocked layout (:mod:`.kernels.blocked`), which the loader picks by
    timing them on this CPU (:mod:`.kernels.probe`) — which streams a weight faster from memory differs
    between CPUs. Products of more rows run oneDNN's bf16 product."""

    kernel_family = "bf16"
    kernels_for_plain_weights: tuple[str, ...] = ("bf16-aten", "bf16-onednn")
    _decode_kernel = "bf16-aten"
    blockable = True  # False where another parameter shares the weight's memory (blocked.mark_shared_weights)
    blocked_copy: torch.Tensor | None = None  # made when the probe times the blocked kernel, until settled

    @property
    def decode_kernels(self) -> tuple[str, ...]:
        plain = self.kernels_for_plain_weights
        return (*plain, BLOCKED_KERNEL) if self.blockable and can_block() else plain

    @property
    def decode_kernel(self) -> str:
        return self._decode_kernel

    @decode_kernel.setter
    def decode_kernel(self, name: str) -> None:
        """Choosing a kernel frees what the others needed: a blocked copy the probe made becomes the weight
        (the plain one freed) or is dropped, so the probe holds at most one pass of copies at a time."""
        self._decode_kernel = name
        if name == BLOCKED_KERNEL and self.blocked_copy is not None:
            self.weight = nn.Parameter(self.blocked_copy, requires_grad=False)
        self.blocked_copy = None

    @property
    def stored_bytes(self) -> int:
        return self.weight.numel() * self.weight.element_size()

    @property
    def activation_dtype(self) -> torch.dtype:
        return self.weight.dtype

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if is_blocked(self.weight):
            return blocked_linear(x, self.weight, self.bias)
        if x.numel() < ROWS_TO_WIDEN * self.in_features:
            return self.run_decode_kernel(self.decode_kernel, x)
        return self.many_rows(x)

    def many_rows(self, x: torch.Tensor) -> torch.Tensor:
        with onednn(True):  # decode steps switch oneDNN off; eight beams or more are still a many-row product
            return F.linear(x, self.weight, self.bias)

    def run_decode_kernel(self, name: str, x: torch.Tensor) -> torch.Tensor:
        """This layer's product for a few rows ``x`` with the kernel called ``name`` (before
        :func:`~.kernels.blocked.settle`, while the weight is plain)."""
        if is_blocked(self.weight):
            if name != BLOCKED_KERNEL:
                raise ValueError(f"{name} needs the plain weight, which this layer no longer holds")
            return blocked_linear(x, self.weight, self.bias)
        if name == BLOCKED_KERNEL:
            if self.blocked_copy is None:
                self.blocked_copy = block(self.weight)
            return blocked_linear(x, self.blocked_copy, self.bias)
        with onednn(name == "bf16-onednn"):
            return F.linear(x, self.weight, self.bias)


class WideningLinear(Bf16Linear):
    """A :class:`Bf16Linear` for CPUs without bf16 instructions: products of :data:`ROWS_TO_WIDEN` rows or
    more widen the weight to float32 block by block; a few rows may also take the widened product."""

    kernels_for_plain_weights = ("bf16-aten", "bf16-onednn", "bf16-widened")
    blockable = False  # without bf16 instructions oneDNN would emulate the blocked product

    def many_rows(self, x: torch.Tensor) -> torch.Tensor:
        return widened_linear(x, self.weight, self.bias)

    def run_decode_kernel(self, name: str, x: torch.Tensor) -> torch.Tensor:
        if name == "bf16-widened":
            return widened_linear(x, self.weight, self.bias)
        return super().run_decode_kernel(name, x)


class WideningConv2d(nn.Conv2d):
    """An ``nn.Conv2d`` (a vision tower's patch embedding) computed in float32 from its bf16 weight: the
    emulated bf16 convolution took 1,104 ms per 448-pixel tile against 7.8 ms in float32 (AVX2 cap), and
    the weight is small (0.6 M values for InternViT's), so widening all of it per call costs nothing."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        bias = None if self.bias is None else self.bias.float()
        return self._conv_forward(x.float(), self.weight.float(), bias).to(x.dtype)


_WIDENING = {nn.Linear: WideningLinear, nn.Conv2d: WideningConv2d}


def widen_bf16_products(model: nn.Module, *, native: bool = False) -> int:
    """Make every ``nn.Linear`` / ``nn.Conv2d`` of ``model`` with a plain bf16 weight its widening kind, in
    place (same parameters; quantised and float32-kept weights are left alone) — or, on a CPU with bf16
    instructions (``native``), every such ``nn.Linear`` a :class:`Bf16Linear`, which widens nothing but has
    its decode kernel chosen. Returns how many changed."""
    kinds: dict[type[nn.Module], type[nn.Module]] = {nn.Linear: Bf16Linear} if native else _WIDENING
    changed = 0
    for module in model.modules():
        weight = getattr(module, "weight", None)
        kind = kinds.get(type(module))
        if kind and type(weight) is nn.Parameter and weight.dtype == torch.bfloat16:
            module.__class__ = kind
            changed += 1
    return changed
