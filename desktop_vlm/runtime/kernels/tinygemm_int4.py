"""int4 weights in the layout of CUDA's tinygemm kernel (``aten._weight_int4pack_mm``, which torchao's int4
layers call), read back to 16 bits for products of many rows.

tinygemm is made for a few rows at a time: a 13-tile prompt of 3,517 rows took 711 ms of InternVL2_5-4B's
prefill through it on an H200, where the bf16 weights' product took 52 ms. So a product of more than
:data:`PROMPT_ROWS` rows dequantises the layer's weight (a transient 16-bit copy of one layer) and runs the
dense product; decode steps, and lookup steps of a few rows, keep the packed kernel.

The packed order is read off torch's own CUDA packer once, by packing the positions of one tile's weights as
numbers, instead of restating the kernel's layout here: a packed weight is (N/8, K/(16·t), 32, t/2) int32
words for ``t`` inner k-tiles, each (8 rows × 16·t columns) tile packed alike, eight 4-bit values a word.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import torch

PROMPT_ROWS = 64  # more rows than this: dequantise and use the dense product
TILE_ROWS = 8  # output features per packed tile

Packer = Callable[[torch.Tensor, int], torch.Tensor]  # (N, K/2) uint8, inner k-tiles → packed int32


@cache  # one packer per device, so the tile order read off it is read once
def cuda_packer(device: torch.device) -> Packer:
    """torch's own packer on ``device``: (N, K/2) uint8, two values a byte (the even column in the high
    nibble, as torchao packs them) → tinygemm's int32 words."""

    def pack(values: torch.Tensor, inner_k_tiles: int) -> torch.Tensor:
        return torch.ops.aten._convert_weight_to_int4pack(values.to(device), inner_k_tiles).cpu()

    return pack


def pack_bytes(values: torch.Tensor) -> torch.Tensor:
    """(N, K) values 0..15 → (N, K/2) uint8, column 2j in the high nibble of byte j, 2j + 1 in the low."""
    values = values.to(torch.uint8)
    return (values[:, ::2] << 4 | values[:, 1::2]).contiguous()


@cache
def _tile_order(pack: Packer, inner_k_tiles: int) -> torch.Tensor:
    """(8 · 16 · t,) int64: for each 4-bit value of one packed tile, in the order the words hold them (word by
    word, low bits first), the position ``row · 16t + column`` it came from. Read by packing each position's
    three base-16 digits as a matrix of values.

    Raises
    ------
    ValueError
        What was read is no order of the tile's positions (a packer that loses or repeats values)."""
    columns = 16 * inner_k_tiles
    positions = torch.arange(TILE_ROWS * columns).view(TILE_ROWS, columns)
    order = torch.zeros(TILE_ROWS * columns, dtype=torch.int64)
    for digit in range(3):  # 8 · 128 positions need three hex digits at most
        packed = pack(pack_bytes((positions >> (4 * digit)) & 0xF), inner_k_tiles)
        order |= _values_in_word_order(packed.contiguous()).reshape(-1).long() << (4 * digit)
    if not torch.equal(order.sort().values, torch.arange(order.numel())):
        raise ValueError("the packer does not keep each of a tile's values once: its layout cannot be read back")
    return order


def _values_in_word_order(packed: torch.Tensor) -> torch.Tensor:
    """(..., words · 8) uint8: the 4-bit values of ``packed`` int32 words, low bits first (a little-endian
    word's byte m holds values 2m, low nibble, and 2m + 1, high nibble)."""
    bytes_ = packed.view(torch.uint8)  # (..., words · 4)
    return torch.stack((bytes_ & 0xF, bytes_ >> 4), dim=-1).flatten(-2)


@cache
def _inverse(order: torch.Tensor, device: torch.device) -> torch.Tensor:
    inverse = torch.empty_like(order)
    inverse[order] = torch.arange(order.numel())
    return inverse.to(device)


def unpack(packed: torch.Tensor, pack: Packer) -> torch.Tensor:
    """(N, K) uint8 values 0..15 of ``packed`` (N/8, K/(16·t), 32, t/2) int32, ``pack``'s layout."""
    tiles_n, tiles_k, lanes, half = packed.shape
    inner_k_tiles = 2 * half
    columns = 16 * inner_k_tiles
    values = _values_in_word_order(packed).view(tiles_n, tiles_k, lanes * half * 8)
    by_position = values[..., _inverse(_tile_order(pack, inner_k_tiles), packed.device)]  # (Nt, Kt, 8 · 16t)
    tiles = by_position.view(tiles_n, tiles_k, TILE_ROWS, columns)
    return tiles.permute(0, 2, 1, 3).reshape(tiles_n * TILE_ROWS, tiles_k * columns)


def dequantize(
    packed: torch.Tensor, scale_and_zero: torch.Tensor, group: int, dtype: torch.dtype, pack: Packer
) -> torch.Tensor:
    """(N, K) ``dtype`` weights ``(q − 8) · scale + zero`` of ``packed`` and its (K/group, N, 2)
    ``scale_and_zero``, as tinygemm reads them."""
    q = unpack(packed, pack)
    rows, columns = q.shape
    centred = (q.view(torch.int8) - 8).to(dtype).view(rows, columns // group, group)
    scale = scale_and_zero[:, :, 0].t().to(dtype)[..., None]  # (N, groups, 1)
    zero = scale_and_zero[:, :, 1].t().to(dtype)[..., None]
    return torch.addcmul(zero, centred, scale, out=torch.empty_like(centred)).view(rows, columns)  # one rounding
