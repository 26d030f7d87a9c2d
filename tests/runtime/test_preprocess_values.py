"""Tile pixels against torchvision's arithmetic: ``ToTensor`` (byte → float32 / 255) then ``Normalize``
(− mean, / std), written here with torch operations, for both normalisations the families use."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image

from desktop_vlm.runtime.preprocess import (
    IMAGENET_MEAN,
    IMAGENET_STD,
    SIGLIP_MEAN,
    SIGLIP_STD,
    ImageNormalization,
    normalise,
    tiles_to_bytes,
    tiles_to_tensor,
)


def _torchvision_arithmetic(tile: Image.Image, norm: ImageNormalization) -> torch.Tensor:
    """(3, S, S): what ``Normalize(mean, std)(ToTensor()(tile))`` computes, step by step in float32."""
    chw = torch.from_numpy(np.array(tile.convert("RGB"))).permute(2, 0, 1).to(torch.float32).div(255)
    mean = torch.tensor(norm.mean, dtype=torch.float32)[:, None, None]
    std = torch.tensor(norm.std, dtype=torch.float32)[:, None, None]
    return chw.sub(mean).div(std)


@pytest.mark.parametrize("mean, std", [(IMAGENET_MEAN, IMAGENET_STD), (SIGLIP_MEAN, SIGLIP_STD)])
def test_tile_pixels_equal_torchvision_arithmetic_bit_for_bit(mean, std):
    norm = ImageNormalization(32, mean, std)
    rng = np.random.default_rng(7)
    # every byte value in every channel, then random tiles, and a greyscale tile that convert("RGB") widens
    ramp = np.arange(32 * 32 * 3, dtype=np.int64).reshape(32, 32, 3) % 256
    tiles = [Image.fromarray(ramp.astype(np.uint8), "RGB")]
    tiles += [Image.fromarray(rng.integers(0, 256, (32, 32, 3), dtype=np.uint8), "RGB") for _ in range(3)]
    tiles.append(Image.fromarray(rng.integers(0, 256, (32, 32), dtype=np.uint8), "L"))

    pixels = tiles_to_tensor(tiles, norm)

    assert pixels.shape == (5, 3, 32, 32) and pixels.dtype == torch.float32 and pixels.is_contiguous()
    expected = torch.stack([_torchvision_arithmetic(t, norm) for t in tiles])
    assert torch.equal(pixels, expected)


def test_a_tile_of_another_size_is_resized_to_the_tile_size():
    norm = ImageNormalization(16, IMAGENET_MEAN, IMAGENET_STD)
    tile = Image.fromarray(np.full((40, 24, 3), 200, dtype=np.uint8), "RGB")
    pixels = tiles_to_tensor([tile], norm)
    assert pixels.shape == (1, 3, 16, 16)
    expected = _torchvision_arithmetic(Image.fromarray(np.full((16, 16, 3), 200, dtype=np.uint8), "RGB"), norm)
    assert torch.equal(pixels[0], expected)


@pytest.mark.parametrize("mean, std", [(IMAGENET_MEAN, IMAGENET_STD), (SIGLIP_MEAN, SIGLIP_STD)])
def test_bytes_normalised_where_the_model_runs_equal_the_host_pixels(mean, std):
    """A GPU gets a tile's bytes and normalises them itself (here on the CPU, the same lookup): the values
    must be the host's, bit for bit, tile sizes and greyscale tiles included."""
    norm = ImageNormalization(24, mean, std)
    rng = np.random.default_rng(11)
    tiles = [Image.fromarray(rng.integers(0, 256, (24, 24, 3), dtype=np.uint8), "RGB") for _ in range(2)]
    tiles += [Image.fromarray(rng.integers(0, 256, (30, 20), dtype=np.uint8), "L")]

    pixel_bytes = tiles_to_bytes(tiles, norm)

    assert pixel_bytes.shape == (3, 24, 24, 3) and pixel_bytes.dtype == torch.uint8
    pixels = normalise(pixel_bytes, norm)
    assert pixels.shape == (3, 3, 24, 24) and pixels.dtype == torch.float32
    assert torch.equal(pixels, tiles_to_tensor(tiles, norm))
