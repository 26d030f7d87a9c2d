"""Pixel shuffle + ``mlp1``: InternViT patch features → LLM-sized image tokens (256 per 448-px tile)."""

from __future__ import annotations

import torch
from torch import nn


def pixel_shuffle(x: torch.Tensor, scale: float = 0.5, version: str = "v2") -> torch.Tensor:
    """(N, H, W, C) → (N, H·s, W·s, C/s²): merge each 2×2 block of patches into one token.

    With v2 the output token (r, c) holds ``[x(2r,2c), x(2r,2c+1), x(2r+1,2c), x(2r+1,2c+1)]``; v1 leaves
    the grid transposed, which is what checkpoints trained with v1 expect.
    """
    n, h, w, c = x.shape
    x = x.reshape(n, h, int(w * scale), int(c / scale))  # merge column pairs
    x = x.permute(0, 2, 1, 3).contiguous()
    x = x.reshape(n, int(w * scale), int(h * scale), int(c / (scale * scale)))  # merge row pairs
    if version != "v1":
        x = x.permute(0, 2, 1, 3).contiguous()
    return x


def build_mlp1(vision_hidden: int, llm_hidden: int, downsample_ratio: float) -> nn.Sequential:
    """LayerNorm(4C) → Linear(4C, D) → GELU → Linear(D, D); indices match the checkpoint (``mlp1.0/1/3``)."""
    merged = int(vision_hidden * int(1 / downsample_ratio) ** 2)
    return nn.Sequential(
        nn.LayerNorm(merged),
        nn.Linear(merged, llm_hidden),
        nn.GELU(),
        nn.Linear(llm_hidden, llm_hidden),
    )


def project_patches(patches: torch.Tensor, mlp1: nn.Module, downsample_ratio: float, ps_version: str) -> torch.Tensor:
    """(T, P, C) patch features without CLS → (T, P·r², D) image tokens."""
    t, p, c = patches.shape
    side = int(p**0.5)
    grid = patches.reshape(t, side, side, c)
    shuffled = pixel_shuffle(grid, downsample_ratio, ps_version)
    return mlp1(shuffled.reshape(t, -1, shuffled.shape[-1]))
