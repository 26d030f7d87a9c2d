"""Image → normalised tile tensor, identical to the model cards' torchvision pipeline, using Pillow only.

Per image: RGB → resize to the tile grid (bicubic) → crop tiles row-major → thumbnail last (bicubic) →
per tile: resize to the tile size (bicubic; a no-op copy at that size) → /255 → (x − mean) / std.
"""

from __future__ import annotations

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

    Computed in numpy, with the same float32 operations torch would run: this runs on the preprocessing
    threads, and a torch operation there starts an OpenMP thread team of that thread's own beside the model
    thread's. With more OpenMP threads than cores, GNU OpenMP stops letting idle workers spin, so every
    later decode step paid for waking its worker at each of its ~1,500 parallel regions: after one image,
    a full-size int8 step took 261 ms against 217 ms (2 cores; ``benchmarks/decode_step_profile.py
    --after-image``)."""
    size = (norm.tile_size, norm.tile_size)
    arrays = [np.asarray(t.convert("RGB").resize(size, Image.Resampling.BICUBIC), dtype=np.uint8) for t in tiles]
    pixels = np.stack(arrays).astype(np.float32) / np.float32(255)  # (T, S, S, 3)
    mean, std = np.asarray(norm.mean, dtype=np.float32), np.asarray(norm.std, dtype=np.float32)
    return torch.from_numpy(np.ascontiguousarray(((pixels - mean) / std).transpose(0, 3, 1, 2)))


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
