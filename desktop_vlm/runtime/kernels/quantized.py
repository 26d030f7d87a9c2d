"""``QuantizedLinear``: a linear layer whose weight is held as int8 or int4 (:mod:`.packing`) on CPU.

Products of a few rows — decode steps, a short follow-up question — run torch's packed weight-only kernels,
which read the int8 / int4 weight once per step (the point of quantising: decode streams every weight per token,
so fewer bytes is more tokens per second). Products of many rows — prefill, vision — are compute-bound: they
run MKL's float32 product on the weight dequantised a block at a time into a small scratch
(:func:`~desktop_vlm.runtime.widening.blockwise_linear`, as bf16 weights are widened), because the packed
kernels compute far below MKL's rate there (445 rows × 2,048 → 11,008 on an AVX2-only CPU: int8 0.30 s, int4
0.25 s, float32 from a dequantised block 0.14 s). On a CPU with bf16 instructions the blocks are dequantised
to bf16 instead and multiplied by oneDNN (:func:`prompts_in_bf16`): on an AMX CPU the same product took
18 ms against 75 ms in float32 (int8; int4 30 against 87 ms).

The weight is quantised when the loader hands it over (:meth:`QuantizedLinear.load_weight`), tensor by
tensor while streaming from the file, so the unquantised language model never exists in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import torch
from torch import nn
from torch.nn import functional as F

from ..device import onednn
from ..widening import blockwise_linear, scratch_blocks
from . import native
from .packing import (
    INT4_ROW_MULTIPLE,
    dequantize_int4,
    dequantize_int8,
    int4_block_rows,
    int4_group_size,
    quantize_int4,
    quantize_int8,
)

if TYPE_CHECKING:
    from ..weights import FileRows

MODES = ("int8", "int4")
# Below this many rows — a decode step, a short follow-up question — a product runs the decode steps' kernel
# (torch's packed kernel, wherever the probe found it the fastest for one row; its time grows with the rows)
# rather than dequantising the whole weight for oneDNN / MKL (a fixed cost, then little per row). Where the
# two met for 2,048 × 2,048, 2,048 × 11,008 and 11,008 × 2,048 weights, on an AVX512-BF16 CPU and under an
# AVX2 cap alike: int8 at 16–24 rows, int4 at 48–64; 16 rows of int4 took 4.2 ms packed against 14.9 ms
# dequantised (11,008 × 2,048, 2 cores).
PACKED_KERNEL_ROWS = {"int8": 20, "int4": 56}
# The paired int8 kernel streams one row's product faster but computes each row twice, so past two rows (a
# lookup step's drafts) the plain kernel is cheaper: a full-size int8 step of 3 rows cost 1.53× one row's
# against 1.83× paired, 7 rows 2.82× against 3.58× (AVX512-BF16 CPU); under an AVX2 cap 1.56× against 2.34×
# and 2.84× against 4.47×. At 2 rows the paired one stayed ahead (1.22× against 1.45×).
PAIRED_ROWS = 2


class QuantizedLinear(nn.Module):
    """``y = x Wᵀ + b`` with W held as int8 (``mode="int8"``) or int4; x and y in ``dtype`` (bf16 or fp32).

    Built on the meta device in place of an ``nn.Linear``; :meth:`load_weight` quantises the real weight.
    """

    DECODE_KERNELS: ClassVar[dict[str, tuple[str, ...]]] = {
        "int8": ("int8-aten", "int8-aten-paired", "int8-aten-fp32", "int8-dequant"),
        # int4-int8dot: this project's kernel (:mod:`.native`), offered once it is built (:func:`offer_built_kernels`)
        "int4": ("int4-aten", "int4-int8dot", "int4-dequant"),
    }

    def __init__(self, in_features: int, out_features: int, bias: bool, mode: str, dtype: torch.dtype):
        super().__init__()
        if mode not in MODES:
            raise ValueError(f"unknown quantisation {mode!r}")
        self.in_features, self.out_features, self.mode, self.dtype = in_features, out_features, mode, dtype
        self.group = int4_group_size(in_features) if mode == "int4" else None
        self.bias = nn.Parameter(torch.empty(out_features, dtype=dtype), requires_grad=False) if bias else None
        self.kernel_family, self.activation_dtype = mode, dtype
        paired = out_features % 2 == 0  # int8-aten-paired reads the weight's rows in pairs
        int8dot = dtype == torch.bfloat16  # int4-int8dot reads bf16 scales
        self.decode_kernels = tuple(
            k
            for k in self.DECODE_KERNELS[mode]
            if (paired or k != "int8-aten-paired") and (int8dot or k != "int4-int8dot")
        )
        self.decode_kernel = self.decode_kernels[0]
        self._float_scales = None  # int8-aten-fp32 only: the scales in float32, made on first use
        self._unit_scales = None  # int8-aten-paired only: (out_features / 2,) ones, made on first use
        self.block_dtype = torch.float32  # what many-row products dequantise into (prompts_in_bf16)

    @staticmethod
    def can_hold(linear: nn.Linear, mode: str) -> bool:
        """Whether ``linear``'s shape fits ``mode`` (int4 needs a group size dividing in_features)."""
        return mode == "int8" or int4_group_size(linear.in_features) is not None

    @classmethod
    def like(cls, linear: nn.Linear, mode: str, dtype: torch.dtype) -> QuantizedLinear:
        """An empty QuantizedLinear of ``linear``'s shape (``linear`` may live on the meta device)."""
        return cls(linear.in_features, linear.out_features, linear.bias is not None, mode, dtype)

    def load_weight(self, weight: torch.Tensor | FileRows) -> None:
        """Quantise ``weight`` (out_features, in_features), any float dtype, into this layer's buffers."""
        if tuple(weight.shape) != (self.out_features, self.in_features):
            shape = f"{self.out_features}×{self.in_features}"
            raise ValueError(f"weight of shape {tuple(weight.shape)} for a {shape} layer")
        if self.mode == "int8":
            self.qweight, self.scales = quantize_int8(weight, self.dtype)
        else:
            self.qweight, self.scales = quantize_int4(weight, self._int4_group, self.dtype)

    @staticmethod
    def can_stack(parts: Sequence[nn.Module]) -> bool:
        """Whether :meth:`stacked` can join ``parts``: quantised layers alike in mode, dtype, inputs and bias,
        and for int4 without padding rows (each part's rows a multiple of the packer's row blocks)."""
        if not all(isinstance(p, QuantizedLinear) for p in parts):
            return False
        kind = lambda p: (p.mode, p.dtype, p.in_features, p.group, p.bias is not None)  # noqa: E731
        padded = lambda p: p.mode == "int4" and p.out_features % INT4_ROW_MULTIPLE != 0  # noqa: E731
        return all(kind(p) == kind(parts[0]) and not padded(p) for p in parts)

    @classmethod
    def stacked(cls, parts: Sequence[QuantizedLinear]) -> QuantizedLinear:
        """One layer whose output is the ``parts``' outputs side by side, in order, with their weights held
        once: its int8 / int4 weight (and bias) is the parts' stacked, and each part then views its own rows.
        int4 scales are copied for each part, not viewed: a part's rows of the stacked (K/group, N, 2) scales
        are strided, and torch's int4 kernel reads strided scales wrongly without an error (a few hundred KB a
        layer). The parts must pass :meth:`can_stack`."""
        if not cls.can_stack(parts):
            raise ValueError("these layers cannot be stacked")
        first = parts[0]
        int4 = first.mode == "int4"
        fused = cls(first.in_features, sum(p.out_features for p in parts), False, first.mode, first.dtype)
        fused.qweight = torch.cat([p.qweight for p in parts])  # (N, K) int8 or (N, K/2) packed int4
        fused.scales = torch.cat([p.scales for p in parts], dim=1 if int4 else 0)  # (K/group, N, 2) or (N,)
        biases: list[torch.Tensor] = [p.bias for p in parts if p.bias is not None]
        bias = torch.cat(biases) if biases else None
        fused.bias = None if bias is None else nn.Parameter(bias, requires_grad=False)
        fused.block_dtype = first.block_dtype
        start = 0
        for part in parts:
            stop = start + part.out_features
            part.qweight = fused.qweight[start:stop]
            part.scales = fused.scales[:, start:stop].contiguous() if int4 else fused.scales[start:stop]
            if bias is not None:
                part.bias = nn.Parameter(bias[start:stop], requires_grad=False)
            start = stop
        return fused

    @property
    def _int4_group(self) -> int:
        """Weights per int4 scale and zero point (only an int4 layer whose in_features has a group size has one)."""
        if self.group is None:
            raise ValueError(f"a {self.mode} layer of {self.in_features} inputs has no int4 group size")
        return self.group

    @property
    def holds_weight(self) -> bool:
        """Whether the weight is in (quantised here, or restored from the cache by :mod:`.stored`)."""
        return hasattr(self, "qweight")

    def fits(self, qweight: torch.Tensor, scales: torch.Tensor) -> bool:
        """Whether stored ``qweight`` / ``scales`` have this layer's shapes and dtypes."""
        if self.mode == "int8":
            weight_shape, weight_dtype = (self.out_features, self.in_features), torch.int8
            scale_shape = (self.out_features,)
        else:
            rows = -(-self.out_features // INT4_ROW_MULTIPLE) * INT4_ROW_MULTIPLE
            weight_shape, weight_dtype = (rows, self.in_features // 2), torch.uint8
            scale_shape = (self.in_features // self._int4_group, rows, 2)
        return (qweight.dtype, tuple(qweight.shape), scales.dtype, tuple(scales.shape)) == (
            weight_dtype,
            weight_shape,
            self.dtype,
            scale_shape,
        )

    def extra_repr(self) -> str:
        return f"{self.in_features} → {self.out_features}, {self.mode}, decode kernel {self.decode_kernel}"

    @property
    def held_tensors(self) -> list[torch.Tensor]:
        """The tensors this layer's product reads: weight, scales, bias (a stacked layer's parts view its own)."""
        return [self.qweight, self.scales] + ([self.bias] if self.bias is not None else [])

    @property
    def stored_bytes(self) -> int:
        """Bytes this layer holds (weights, scales, bias)."""
        return sum(t.numel() * t.element_size() for t in self.held_tensors)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        rows = x.numel() // self.in_features
        if rows < PACKED_KERNEL_ROWS[self.mode]:
            return self.run_decode_kernel(self._few_rows_kernel(rows), x)
        # int8 rows have one scale each, so the product of the plain int8 values is scaled instead of the weight:
        # converting a block is then one pass, not two (a 32-row product of 11,008 × 2,048 weights took 4.0
        # against 7.0 ms in bf16 on an AVX512-BF16 CPU)
        scales = self.scales if self.mode == "int8" else None
        blocks = self.dequantized_blocks(self.block_dtype, scaled=scales is None)
        if self.block_dtype == torch.bfloat16:
            return self._bf16_product(x, blocks, scales)
        return blockwise_linear(x, blocks, self.out_features, self.in_features, self.bias, scales)

    def _few_rows_kernel(self, rows: int) -> str:
        """The kernel for a product of fewer than :data:`PACKED_KERNEL_ROWS` rows: the one chosen for decode
        steps, except that the paired int8 kernel, which doubles the rows it computes, gives way to the plain
        one past :data:`PAIRED_ROWS`."""
        if self.decode_kernel == "int8-aten-paired" and rows > PAIRED_ROWS:
            return "int8-aten"
        return self.decode_kernel

    def _bf16_product(self, x: torch.Tensor, blocks, scales: torch.Tensor | None) -> torch.Tensor:
        """``(x @ Bᵀ) · scales + b`` for bf16 rows ``x`` (…, in_features) and bf16 ``blocks`` of B (as
        :meth:`dequantized_blocks` yields them); without ``scales``, B is W."""
        rows = x.reshape(-1, self.in_features)
        out = torch.empty(rows.shape[0], self.out_features, dtype=x.dtype)  # (tokens, out_features)
        with onednn(True):
            for start, stop, block in blocks:
                out[:, start:stop] = F.linear(rows, block)
        if scales is not None:
            out *= scales
        if self.bias is not None:
            out += self.bias
        return out.reshape(*x.shape[:-1], self.out_features)

    def dequantized_blocks(self, dtype: torch.dtype = torch.float32, scaled: bool = True):
        """Yield (start, stop, rows start:stop of W in ``dtype``), a scratch block at a time; int8 rows with
        ``scaled=False``: the int8 values only, each row still to be multiplied by its scale."""
        multiple = INT4_ROW_MULTIPLE if self.mode == "int4" else 1
        for start, stop, block in scratch_blocks(self.out_features, self.in_features, multiple, dtype):
            if self.mode == "int8" and not scaled:
                yield start, stop, block.copy_(self.qweight[start:stop])
            elif self.mode == "int8":
                yield start, stop, dequantize_int8(self.qweight[start:stop], self.scales[start:stop], block)
            else:
                padded = -(-(stop - start) // INT4_ROW_MULTIPLE) * INT4_ROW_MULTIPLE  # the last block's padding
                wide = block if padded == stop - start else torch.empty(padded, self.in_features, dtype=dtype)
                rows = slice(start, start + padded)
                dequantize_int4(self.qweight[rows], self.scales[:, rows], self._int4_group, wide)
                yield start, stop, wide[: stop - start]

    def run_decode_kernel(self, name: str, x: torch.Tensor) -> torch.Tensor:
        """This layer's product for a few rows ``x`` (…, in_features) with the kernel called ``name``."""
        rows = x.reshape(-1, self.in_features)
        if name == "int8-aten":
            out = torch.ops.aten._weight_int8pack_mm(rows.to(self.dtype), self.qweight, self.scales)
        elif name == "int8-aten-fp32":
            if self._float_scales is None:
                self._float_scales = self.scales.float()
            out = torch.ops.aten._weight_int8pack_mm(rows.float(), self.qweight, self._float_scales)
        elif name == "int8-aten-paired":
            out = self._paired_rows_product(rows.to(self.dtype))
        elif name == "int4-aten":
            out = torch.ops.aten._weight_int4pack_mm_for_cpu(rows.to(self.dtype), self.qweight, self.group, self.scales)
            out = out[:, : self.out_features]
        elif name == "int4-int8dot":
            block = int4_block_rows(self.in_features) or 0  # 0: another layout, refused by the kernel
            out = torch.ops.desktop_vlm.int4_int8dot_mm(
                rows.to(self.dtype), self.qweight, self.scales, self.group, self.out_features, block
            )
        elif name in ("int8-dequant", "int4-dequant"):
            out = blockwise_linear(rows, self.dequantized_blocks(), self.out_features, self.in_features, None)
        else:
            raise ValueError(f"unknown decode kernel {name!r}")
        out = out.to(x.dtype)
        if self.bias is not None:
            out = out + self.bias
        return out.reshape(*x.shape[:-1], self.out_features)

    def _paired_rows_product(self, rows: torch.Tensor) -> torch.Tensor:
        """``rows (m, K) @ Wᵀ`` with torch's int8 kernel run on W read as (N / 2, 2K): each stored row pair side
        by side, the same memory. The kernel reads four weight rows at a time; rows of 2,048 bytes are short
        runs for the CPU's prefetchers, and twice as long ones streamed faster (an 11,008 × 2,048 weight: 18.5
        against 13.5 GB/s on an AVX512-BF16 CPU). Each input row becomes two, zero-padded: row (i, p) holds
        ``rows[i]`` in half p, so it meets W's row 2j + p in pair j. The scales differ within a pair, so the
        kernel runs with unit scales and the real ones are applied after (a second bf16 rounding)."""
        m, k = rows.shape
        n = self.out_features
        if self._unit_scales is None:
            self._unit_scales = torch.ones(n // 2, dtype=self.dtype)
        spread = rows.new_zeros(m, 2, 2, k)  # (row i, pair half p, input half q, K): nonzero where q == p
        spread[:, 0, 0] = rows
        spread[:, 1, 1] = rows
        pairs = torch.ops.aten._weight_int8pack_mm(
            spread.view(2 * m, 2 * k), self.qweight.view(n // 2, 2 * k), self._unit_scales
        )
        # pairs[(i, p), j] = rows[i] · W[2j + p] → (m, N) in W's row order
        return pairs.view(m, 2, n // 2).transpose(1, 2).reshape(m, n) * self.scales


def prompts_in_bf16(root: nn.Module) -> int:
    """On a CPU with bf16 instructions: make every bf16 :class:`QuantizedLinear` under ``root`` run its
    many-row products on bf16 blocks instead of float32 ones. Returns how many."""
    layers = [m for m in root.modules() if isinstance(m, QuantizedLinear) and m.dtype == torch.bfloat16]
    for layer in layers:
        layer.block_dtype = torch.bfloat16
    return len(layers)


def offer_built_kernels(root: nn.Module, cache_dir: Path, on_build: Callable[[], None] = lambda: None) -> bool:
    """Build and load this project's int4 kernel (:mod:`.native`) where a :class:`QuantizedLinear` under
    ``root`` lists it, calling ``on_build()`` first; where it cannot run, drop it from every layer's
    candidates, so that the probe measures (and caches its choice) without it. Returns whether it is offered."""
    layers = [m for m in root.modules() if isinstance(m, QuantizedLinear) and "int4-int8dot" in m.decode_kernels]
    if not layers:
        return False
    if native.will_build(cache_dir):
        on_build()
    offered = int4_block_rows(layers[0].in_features) is not None and native.load_int4_int8dot(cache_dir)
    if not offered:
        for layer in layers:
            layer.decode_kernels = tuple(k for k in layer.decode_kernels if k != "int4-int8dot")
    return offered


def replace_linears(root: nn.Module, mode: str, dtype: torch.dtype, keep=lambda name, module: False) -> int:
    """Replace every ``nn.Linear`` under ``root`` (built on the meta device, before loading) that ``mode`` can
    hold and ``keep(name, module)`` does not keep, by an empty :class:`QuantizedLinear`. Returns how many."""
    replaced = 0
    for name, module in list(root.named_modules()):
        for child_name, child in list(module.named_children()):
            full = f"{name}.{child_name}" if name else child_name
            if type(child) is nn.Linear and QuantizedLinear.can_hold(child, mode) and not keep(full, child):
                setattr(module, child_name, QuantizedLinear.like(child, mode, dtype))
                replaced += 1
    return replaced
