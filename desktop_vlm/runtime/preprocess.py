"""Image → normalised tile tensor, identical to the model cards' torchvision pipeline, using Pillow only.

Per image: RGB → resize to the tile grid (bicubic) → crop tiles row-major → thumbnail last (bicubic) →
per tile: resize to the tile size (bicubic; a no-op copy at that size) → /255 → (x − mean) / std.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import torch
from PIL import Image

from ..core.tiling import TilePlan, plan_tiles

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)
SIGLIP_MEAN = (0.5, 0.5, 0.5)
SIGLIP_STD = (0.5, 0.5, 0.5)


@dataclass(frozen=True)
class ImageNormalization:
    tile_size: int
    mean: tuple[float, float, float]
    std: tuple[float, float, float]


def tile_image(image: Image.Image, plan: TilePlan) -> list[Image.Image]:
    """Crops of ``image`` following ``plan``: grid tiles row-major, then the thumbnail."""
    image = image.convert("RGB")
    resized = image.resize(plan.resized_size, Image.Resampling.BICUBIC)
    tiles = [resized.crop(box) for box in plan.tile_boxes()]
    if plan.thumbnail:
        tiles.append(image.resize((plan.tile_size, plan.tile_size), Image.Resampling.BICUBIC))
    return tiles


def tiles_to_tensor(tiles: list[Image.Image], norm: ImageNormalization) -> torch.Tensor:
    """Stack tiles into float32 pixel values of shape (T, 3, S, S).

    Computed in numpy, not torch: this runs on the preprocessing threads, and a torch operation there starts
    an OpenMP thread team of that thread's own beside the model thread's. With more OpenMP threads than
    cores, GNU OpenMP stops letting idle workers spin, so every later decode step paid for waking its worker
    at each of its ~1,500 parallel regions: after one image, a full-size int8 step took 261 ms against 217 ms
    (2 cores; ``benchmarks/decode_step_profile.py --after-image``).

    A byte has 256 values, so each channel's normalised values are looked up rather than computed: the table
    holds the float32 results of the very operations torchvision runs per pixel, so the output is bit for
    bit the same, in a third of the time (13 tiles: 19–22 against 54–64 ms on two cores; the arithmetic
    broadcast over a last axis of 3 was most of it)."""
    size = (norm.tile_size, norm.tile_size)
    tables = _channel_tables(norm)  # (3, 256)
    pixels = np.empty((len(tiles), 3, *size), dtype=np.float32)
    for i, tile in enumerate(tiles):
        rgb = _tile_bytes(tile, norm.tile_size)  # (S, S, 3)
        for channel in range(3):
            np.take(tables[channel], rgb[:, :, channel], out=pixels[i, channel])
    return torch.from_numpy(pixels)


def tiles_to_bytes(tiles: list[Image.Image], norm: ImageNormalization) -> torch.Tensor:
    """Stack tiles into their (T, S, S, 3) uint8 bytes, for :func:`normalise` where the model runs: a GPU
    takes a quarter of float32's bytes across the bus, and the host skips the per-pixel lookups."""
    return torch.from_numpy(np.stack([_tile_bytes(tile, norm.tile_size) for tile in tiles]))


def normalise(pixel_bytes: torch.Tensor, norm: ImageNormalization) -> torch.Tensor:
    """(T, 3, S, S) float32 of (T, S, S, 3) uint8 ``pixel_bytes``, on their device: the values
    :func:`tiles_to_tensor` gives, bit for bit (the same float32 tables, looked up there)."""
    tables = torch.from_numpy(_channel_tables(norm)).to(pixel_bytes.device)  # (3, 256)
    channel_offsets = torch.arange(0, 3 * 256, 256, device=pixel_bytes.device).view(1, 3, 1, 1)
    return tables.view(-1)[pixel_bytes.permute(0, 3, 1, 2).long() + channel_offsets]


def _tile_bytes(tile: Image.Image, size: int) -> np.ndarray:
    """(S, S, 3) uint8 of ``tile`` at the tile size (bicubic; a copy when it is that size already)."""
    return np.asarray(tile.convert("RGB").resize((size, size), Image.Resampling.BICUBIC), dtype=np.uint8)


@functools.cache
def _channel_tables(norm: ImageNormalization) -> np.ndarray:
    """(3, 256) float32: ``(byte / 255 − mean) / std`` per channel, each step rounded to float32 as
    torchvision's ``ToTensor`` then ``Normalize`` round it."""
    levels = np.arange(256, dtype=np.float32) / np.float32(255)
    mean, std = np.asarray(norm.mean, dtype=np.float32), np.asarray(norm.std, dtype=np.float32)
    return (levels[None, :] - mean[:, None]) / std[:, None]


def preprocess_image(
    image: Image.Image,
    norm: ImageNormalization,
    *,
    min_tiles: int,
    max_tiles: int,
    use_thumbnail: bool,
) -> tuple[torch.Tensor, TilePlan]:
    """Pixel values (T, 3, S, S) of one image and the tile plan that produced them."""
    width, height = image.size
    plan = plan_tiles(
        width, height, min_tiles=min_tiles, max_tiles=max_tiles, tile_size=norm.tile_size, use_thumbnail=use_thumbnail
    )
    return tiles_to_tensor(tile_image(image, plan), norm), plan
