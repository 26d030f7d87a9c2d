"""Weight-only quantisation of one (out_features, in_features) matrix, a row chunk at a time, into the layouts
torch's own CPU kernels read, and back to float32 a block at a time for products of many rows.

- **int8**: one symmetric scale per output row, ``w ≈ q · scale`` with ``q`` in [-127, 127] — the layout of
  ``aten._weight_int8pack_mm``.
- **int4**: a scale and a zero point per group of ``group`` weights along a row, ``w ≈ (q − 8) · scale + zero``
  with ``q`` in [0, 15] — the layout of ``aten._weight_int4pack_mm_for_cpu``, whose packed bytes interleave
  the rows of each block of 32 (AVX2) or 64 (AVX512) in an order that depends on the CPU; :func:`unpack_int4`
  learns that order from torch's own packer once, instead of restating it.

Scales and zero points are rounded to the activation dtype *before* the weights are rounded against them, so
the packed kernel (which reads them in that dtype) and the float32 path here compute with the same values.
Quantising in row chunks bounds the float32 temporaries (the 151,674-row output head would otherwise need
1.2 GB for one float32 copy).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import torch

if TYPE_CHECKING:
    from ..weights import FileRows

INT4_ROW_MULTIPLE = 64  # the packer's row blocks (32 on AVX2, 64 on AVX512): rows are padded to a multiple
CHUNK_BYTES = 4 << 20  # float32 bytes per quantisation chunk: in-place passes over it stay in the L3 cache


def _row_chunks(rows: int, columns: int, multiple: int = 1):
    step = max(multiple, (CHUNK_BYTES // (4 * columns)) // multiple * multiple)
    for start in range(0, rows, step):
        yield start, min(start + step, rows)


def quantize_int8(weight: torch.Tensor | FileRows, scale_dtype: torch.dtype) -> tuple[torch.Tensor, torch.Tensor]:
    """(q (N, K) int8, scales (N,) in ``scale_dtype``) for ``weight`` (N, K) of any float dtype (or anything
    that slices into row blocks, as :class:`~desktop_vlm.runtime.weights.FileRows`)."""
    rows, columns = weight.shape
    q = torch.empty(rows, columns, dtype=torch.int8)
    scales = torch.empty(rows, dtype=scale_dtype)
    chunks = list(_row_chunks(rows, columns))
    scratch = torch.empty(chunks[0][1] - chunks[0][0], columns)
    for start, stop in chunks:
        chunk = scratch[: stop - start]
        chunk.copy_(weight[start:stop])
        low, high = torch.aminmax(chunk, dim=1)
        scale = (torch.maximum(high, -low) / 127).to(scale_dtype).float()
        scale[scale == 0] = 1.0  # an all-zero row: any scale reproduces it
        q[start:stop].copy_(chunk.div_(scale[:, None]).round_().clamp_(-127, 127))
        scales[start:stop] = scale.to(scale_dtype)
    return q, scales


def dequantize_int8(q: torch.Tensor, scales: torch.Tensor, out: torch.Tensor) -> torch.Tensor:
    """``out`` (rows, K) float32 or bf16 ← q[rows] · scales[rows]."""
    out.copy_(q)
    return out.mul_(scales.to(out.dtype)[:, None])


def int4_group_size(in_features: int) -> int | None:
    """The int4 group: 64 weights (one bf16 scale and zero per 64 → 4.5 bits a weight, as many as llama.cpp's
    Q4_0), else the largest of 128 / 32 that divides ``in_features``; None when none does."""
    return next((g for g in (64, 128, 32) if in_features % g == 0), None)


def quantize_int4(
    weight: torch.Tensor | FileRows, group: int, scale_dtype: torch.dtype
) -> tuple[torch.Tensor, torch.Tensor]:
    """(packed (N', K/2) uint8, scales_and_zeros (K/group, N', 2) in ``scale_dtype``) for ``weight`` (N, K);
    N' is N rounded up to :data:`INT4_ROW_MULTIPLE` (the extra rows are zeros)."""
    rows, columns = weight.shape
    padded = -(-rows // INT4_ROW_MULTIPLE) * INT4_ROW_MULTIPLE
    packed = torch.empty(padded, columns // 2, dtype=torch.uint8)
    scales_and_zeros = torch.empty(columns // group, padded, 2, dtype=scale_dtype)
    chunks = list(_row_chunks(padded, columns, INT4_ROW_MULTIPLE))
    scratch = torch.empty(chunks[0][1] - chunks[0][0], columns)
    for start, stop in chunks:
        chunk = scratch[: stop - start]
        real = max(0, min(stop, rows) - start)
        chunk[:real].copy_(weight[start : start + real])
        chunk[real:].zero_()
        groups = chunk.view(stop - start, columns // group, group)  # (rows, groups, group)
        low, high = torch.aminmax(groups, dim=2)
        scale = ((high - low) / 15).to(scale_dtype).float()
        scale[scale == 0] = 1.0
        zero = (low + 8 * scale).to(scale_dtype).float()
        q = groups.sub_(zero[..., None]).div_(scale[..., None]).add_(8).round_().clamp_(0, 15)
        packed[start:stop] = torch.ops.aten._convert_weight_to_int4pack_for_cpu(q.view(stop - start, columns).int(), 1)
        scales_and_zeros[:, start:stop, 0] = scale.t().to(scale_dtype)
        scales_and_zeros[:, start:stop, 1] = zero.t().to(scale_dtype)
    return packed, scales_and_zeros


@cache
def _int4_layout(columns: int) -> tuple[int, torch.Tensor, torch.Tensor]:
    """(rows per packed block, source row of each low nibble, of each high nibble) — read off torch's packer by
    packing row numbers, for a (64, ``columns``) matrix. Within a block, byte (k, j) holds column k of two rows."""
    rows = torch.arange(INT4_ROW_MULTIPLE, dtype=torch.int32)[:, None].expand(INT4_ROW_MULTIPLE, columns)
    low_digit = torch.ops.aten._convert_weight_to_int4pack_for_cpu((rows % 16).contiguous(), 1).reshape(-1)
    high_digit = torch.ops.aten._convert_weight_to_int4pack_for_cpu((rows // 16).contiguous(), 1).reshape(-1)
    columns_pattern = (torch.arange(columns, dtype=torch.int32) % 16)[None, :].expand(INT4_ROW_MULTIPLE, columns)
    column_digit = torch.ops.aten._convert_weight_to_int4pack_for_cpu(columns_pattern.contiguous(), 1).reshape(-1)
    per_k = int((column_digit & 0xF).ne(0).nonzero()[0]) if columns > 1 else INT4_ROW_MULTIPLE // 2
    block = 2 * per_k  # rows per block: each of its K byte rows holds two nibbles of per_k bytes
    source_low = (low_digit[:per_k] & 0xF) + 16 * (high_digit[:per_k] & 0xF)
    source_high = (low_digit[:per_k] >> 4) + 16 * (high_digit[:per_k] >> 4)
    return block, source_low.long(), source_high.long()


def unpack_int4(packed: torch.Tensor, columns: int) -> torch.Tensor:
    """(rows, K) uint8 values 0..15 of ``packed`` rows (a multiple of :data:`INT4_ROW_MULTIPLE`, from
    :func:`quantize_int4`)."""
    block, source_low, source_high = _int4_layout(columns)
    rows = packed.shape[0]
    bytes_ = packed.reshape(rows // block, columns, block // 2)  # (blocks, K, block / 2)
    if _halves_in_order(block, source_low, source_high):
        values = torch.cat((bytes_ & 0xF, bytes_ >> 4), dim=2)
    else:
        values = torch.empty(rows // block, columns, block, dtype=torch.uint8)
        values[:, :, source_low] = bytes_ & 0xF
        values[:, :, source_high] = bytes_ >> 4
    return values.transpose(1, 2).reshape(rows, columns)


def _halves_in_order(block: int, source_low: torch.Tensor, source_high: torch.Tensor) -> bool:
    """Whether a packed block's low nibbles hold its first half of rows and its high nibbles the second, each in
    order (torch's AVX2 and AVX512 layouts)."""
    half = torch.arange(block // 2)
    return torch.equal(source_low, half) and torch.equal(source_high, half + block // 2)


@cache
def int4_block_rows(columns: int) -> int | None:
    """Rows per packed block (32 or 64) where torch's packer lays each block's low nibbles out for its first
    half of rows and its high nibbles for the second, in order — the layout ``int4_int8dot.cpp`` reads; None
    for any other layout."""
    block, source_low, source_high = _int4_layout(columns)
    return block if block in (32, 64) and _halves_in_order(block, source_low, source_high) else None


# Nibble masks over four packed bytes read as one int32 (as signed values: torch's int32 holds no 0xF0F0F0F0)
_HIGH_NIBBLES = 0xF0F0F0F0 - (1 << 32)
_SIGN_BITS = 0x80808080 - (1 << 32)


def centred_int4(packed: torch.Tensor, columns: int) -> torch.Tensor:
    """(rows, K) int8 holding 16 · (q − 8) for the values q of ``packed`` rows (as :func:`unpack_int4`).

    Why 16 · (q − 8): in a byte whose high nibble is q, flipping the top bit makes the byte, read as int8,
    16 · (q − 8). So after one transposing copy of the packed bytes, four bytes at a time, as one int32, a mask
    and an xor centre every high nibble, and a shift first does the same for the low ones. Unpacking, centring
    and converting 4,096 × 2,048 weights to bf16 took 1.9 ms this way against 5.0 ms with :func:`unpack_int4`
    and a subtraction (AVX512-BF16 CPU, 2 cores)."""
    block, source_low, source_high = _int4_layout(columns)
    rows, half = packed.shape[0], block // 2
    if not _halves_in_order(block, source_low, source_high):
        return (unpack_int4(packed, columns).to(torch.int8) - 8) * 16
    # (blocks, row in half, K): byte (j, k) holds column k of the block's rows j and half + j; K is a multiple
    # of the int4 group, so of 4
    words = packed.reshape(rows // block, columns, half).transpose(1, 2).contiguous().view(torch.int32)
    out = torch.empty(rows // block, 2, half, columns, dtype=torch.int8)  # (blocks, nibble, row in half, K)
    low, high = out[:, 0].view(torch.int32), out[:, 1].view(torch.int32)
    torch.bitwise_left_shift(words, 4, out=low)
    low &= _HIGH_NIBBLES
    low ^= _SIGN_BITS
    torch.bitwise_and(words, _HIGH_NIBBLES, out=high)
    high ^= _SIGN_BITS
    return out.view(rows, columns)


def dequantize_int4(
    packed: torch.Tensor, scales_and_zeros: torch.Tensor, group: int, out: torch.Tensor
) -> torch.Tensor:
    """``out`` (rows, K) float32 or bf16 ← (q − 8) · scale + zero for ``packed`` rows and their
    (K/group, rows, 2) ``scales_and_zeros``. Computed as 16 · (q − 8) · (scale / 16) + zero: dividing by 16
    is exact, so each weight is rounded as (q − 8) · scale would be."""
    rows, columns = out.shape
    out.copy_(centred_int4(packed, columns))
    grouped = out.view(rows, columns // group, group)
    scale = (scales_and_zeros[:, :, 0].t().to(out.dtype) / 16)[..., None]  # (rows, groups, 1)
    zero = scales_and_zeros[:, :, 1].t().to(out.dtype)[..., None]
    return grouped.mul_(scale).add_(zero).view(rows, columns)
