"""Mono-InternVL's "vision model": one 14-px patch convolution plus a learned position embedding.

There is no transformer. The original module prepends a class token, adds the position embedding and
then drops the class token again, so ``class_embedding`` and the class slot of ``position_embedding``
are loaded (they are in the checkpoint) but never affect the output.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


class PatchEmbeddings(nn.Module):
    """Checkpoint names: ``patch_embedding.{weight,bias}``, ``position_embedding``, ``class_embedding``.

    Parameters
    ----------
    channels : int
        Embedding width ``Cv`` (``vision_config.hidden_size``).
    image_size : int
        The size the position embedding was trained for (``vision_config.image_size``); its grid is
        ``image_size // patch_size`` squared.
    patch_size : int
        Convolution kernel and stride.
    in_channels : int
        Image channels (3).
    """

    def __init__(self, channels: int, image_size: int, patch_size: int, in_channels: int = 3):
        super().__init__()
        self.grid = image_size // patch_size
        self.patch_embedding = nn.Conv2d(in_channels, channels, kernel_size=patch_size, stride=patch_size)
        self.position_embedding = nn.Parameter(torch.empty(1, 1 + self.grid * self.grid, channels))
        self.class_embedding = nn.Parameter(torch.empty(1, 1, channels))

    def _grid_positions(self, height: int, width: int) -> torch.Tensor:
        """(1, H·W, Cv) position embeddings for an H×W patch grid.

        The stored grid is resampled bicubically in float32 when the tile size differs from the one the
        embedding was trained for (``force_image_size`` ≠ ``image_size``), as the original does; at the
        trained size the resampling is the identity and is skipped.
        """
        grid = self.position_embedding[:, 1:, :]  # (1, G², Cv), class slot dropped
        if (height, width) == (self.grid, self.grid):
            return grid
        c = grid.shape[-1]
        square = grid.float().reshape(1, self.grid, self.grid, c).permute(0, 3, 1, 2)  # (1, Cv, G, G)
        resized = F.interpolate(square, size=(height, width), mode="bicubic", align_corners=False)
        return resized.reshape(1, c, height * width).permute(0, 2, 1).to(grid.dtype)

    def forward(self, pixel_values: torch.Tensor) -> torch.Tensor:
        """(T, 3, S, S) → (T, (S/14)², Cv) patch tokens, row-major (index = y·W + x), no class token."""
        weight_dtype = self.patch_embedding.weight.dtype
        patches = self.patch_embedding(pixel_values.to(weight_dtype))  # (T, Cv, H, W)
        _, _, height, width = patches.shape
        tokens = patches.flatten(2).transpose(1, 2)  # (T, H·W, Cv)
        return tokens + self._grid_positions(height, width).to(weight_dtype)


class PatchVisionModel(nn.Module):
    """Holds :class:`PatchEmbeddings` under ``embeddings`` so checkpoint names map one to one."""

    def __init__(self, vision_config: dict):
        super().__init__()
        self.embeddings = PatchEmbeddings(
            int(vision_config["hidden_size"]),
            int(vision_config["image_size"]),
            int(vision_config["patch_size"]),
            int(vision_config.get("num_channels", 3)),
        )

    def forward(self, pixel_values: torch.Tensor) -> torch.Tensor:
        return self.embeddings(pixel_values)
