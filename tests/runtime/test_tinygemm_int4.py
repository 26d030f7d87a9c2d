"""Reading tinygemm's int4 layout back (``runtime/kernels/tinygemm_int4.py``). torch's CUDA packer is not on
a CPU, so here the reading is checked against packers with the same tile shape: one written from the CUDA
kernel's description, and one that shuffles each tile's values at random; any fixed order within a tile must
read back. ``tests/runtime/test_cuda_paths.py`` checks it against torch's own packer on a GPU."""

from __future__ import annotations

import pytest
import torch

from desktop_vlm.runtime.kernels import tinygemm_int4
from desktop_vlm.runtime.kernels.tinygemm_int4 import TILE_ROWS, dequantize, pack_bytes, unpack


def _pack_by_order(values: torch.Tensor, inner_k_tiles: int, order: torch.Tensor) -> torch.Tensor:
    """(N, K) values → (N/8, K/(16t), 32, t/2) int32, each tile's values placed word by word in ``order``
    (positions row · 16t + column), low bits first."""
    rows, columns = values.shape
    width = 16 * inner_k_tiles
    tiles = values.view(rows // TILE_ROWS, TILE_ROWS, columns // width, width).permute(0, 2, 1, 3)
    flat = tiles.reshape(rows // TILE_ROWS, columns // width, TILE_ROWS * width)[..., order].long()
    nibbles = flat.view(rows // TILE_ROWS, columns // width, 32, inner_k_tiles // 2, 8)
    words = sum(nibbles[..., b] << (4 * b) for b in range(8))
    return (words - ((words >> 31) << 32)).to(torch.int32)  # the top nibble's bit is the int32's sign


def _unpacked_bytes(packed_bytes: torch.Tensor) -> torch.Tensor:
    return torch.stack((packed_bytes >> 4, packed_bytes & 0xF), dim=-1).flatten(-2)


def _kernel_order(inner_k_tiles: int) -> torch.Tensor:
    """The order the CUDA kernel ``_convert_weight_to_int4pack`` writes, from its description: lane ``l`` of
    32 takes row l / 4; each word takes bytes l % 4, + 4, + 8 and + 12 of two 16-column k-tiles, high nibbles
    in the low half of the word and low nibbles in the high half."""
    width = 16 * inner_k_tiles
    order = []
    for lane in range(32):
        for pair in range(inner_k_tiles // 2):
            first_byte = pair * 16 + lane % 4
            byte_columns = [2 * (first_byte + step) for step in (0, 4, 8, 12)]
            for nibble in range(8):
                column = byte_columns[nibble % 4] + (1 if nibble >= 4 else 0)
                order.append((lane // 4) * width + column)
    return torch.tensor(order)


def _packer(order_of):
    def pack(packed_bytes: torch.Tensor, inner_k_tiles: int) -> torch.Tensor:
        return _pack_by_order(_unpacked_bytes(packed_bytes), inner_k_tiles, order_of(inner_k_tiles))

    return pack


KERNEL = _packer(_kernel_order)
SHUFFLED = _packer(lambda t: torch.randperm(TILE_ROWS * 16 * t, generator=torch.Generator().manual_seed(t)))


def test_the_kernel_description_is_a_permutation_of_each_tile():
    for t in (2, 4, 8):
        assert sorted(_kernel_order(t).tolist()) == list(range(TILE_ROWS * 16 * t))


@pytest.mark.parametrize("pack", [KERNEL, SHUFFLED], ids=["kernel-layout", "shuffled-tiles"])
@pytest.mark.parametrize("inner_k_tiles", [2, 8])
def test_packed_values_read_back_exactly(pack, inner_k_tiles):
    values = torch.randint(0, 16, (24, 512), generator=torch.Generator().manual_seed(1), dtype=torch.uint8)
    packed = pack(pack_bytes(values), inner_k_tiles)
    assert packed.shape == (3, 512 // (16 * inner_k_tiles), 32, inner_k_tiles // 2)
    assert torch.equal(unpack(packed, pack), values)


def test_a_packer_that_loses_values_is_refused_not_read_back_wrong():
    """A packer that drops a tile's last value keeps no order of the tile's positions: reading its layout says so
    (before, the reading's inverse order kept unset entries, whatever memory held)."""

    def lossy(packed_bytes, inner_k_tiles):
        values = _unpacked_bytes(packed_bytes)
        values[:, -1] = 0
        return _pack_by_order(values, inner_k_tiles, _kernel_order(inner_k_tiles))

    values = torch.full((8, 128), 9, dtype=torch.uint8)
    with pytest.raises(ValueError, match="cannot be read back"):
        unpack(lossy(pack_bytes(values), 8), lossy)


def test_dequantised_weights_are_q_minus_8_times_scale_plus_zero():
    generator = torch.Generator().manual_seed(2)
    values = torch.randint(0, 16, (16, 256), generator=generator, dtype=torch.uint8)
    scale_and_zero = torch.randn(256 // 128, 16, 2, generator=generator).to(torch.bfloat16)
    weights = dequantize(KERNEL(pack_bytes(values), 8), scale_and_zero, 128, torch.float32, KERNEL)
    scale = scale_and_zero[:, :, 0].float().t().repeat_interleave(128, dim=1)  # (16, 256)
    zero = scale_and_zero[:, :, 1].float().t().repeat_interleave(128, dim=1)
    assert torch.equal(weights, (values.float() - 8) * scale + zero)


def test_prompt_rows_leave_lookup_steps_on_the_packed_kernel():
    """Lookup decoding feeds at most 8 rows a step: those stay on tinygemm, a prompt does not."""
    assert 8 < tinygemm_int4.PROMPT_ROWS < 3_388
