"""The token-adaptive projector: one set of weights for any image-token budget N (a perfect square).

Shapes: SigLIP features (T, G², C) with G = 27 → grid (T, C, G, G) → bilinear resize (align_corners) to
the next multiple of n = √N when G is not one → average pool to n × n → (T, N, C) → gated FFN → (T, N, D).
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn


class GatedFFN(nn.Module):
    """LayerNorm → silu(f1 x) · f2 x → g; names match the checkpoint (``projector.mlp.*``)."""

    def __init__(self, vision_hidden: int, llm_hidden: int, ratio: int = 3):
        super().__init__()
        self.layernorm = nn.LayerNorm(vision_hidden)
        self.f1 = nn.Linear(vision_hidden, vision_hidden * ratio)
        self.f2 = nn.Linear(vision_hidden, vision_hidden * ratio)
        self.g = nn.Linear(vision_hidden * ratio, llm_hidden)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.layernorm(x)
        return self.g(F.silu(self.f1(x)) * self.f2(x))


class TokenAdaptiveProjector(nn.Module):
    """Pool SigLIP's G×G patch grid to √N×√N tokens, then map them to the LLM width.

    One set of weights (the gated FFN) serves every budget: N only changes the pooling in front of it,
    so the FFN always runs on N tokens, never on G².

    Parameters
    ----------
    vision_hidden : int
        SigLIP width C (1152).
    llm_hidden : int
        Qwen2 width D (2048).
    """

    def __init__(self, vision_hidden: int, llm_hidden: int):
        super().__init__()
        self.mlp = GatedFFN(vision_hidden, llm_hidden)

    @staticmethod
    def pooled_grid(features: torch.Tensor, num_tokens: int) -> torch.Tensor:
        """(T, G², C) → (T, N, C): resize the G×G grid up to a multiple of √N, then average-pool to √N×√N.

        The resize (bilinear, ``align_corners=True``, as the original) makes the pooling windows equal:
        G = 27 and N = 256 → 32×32 then 2×2 windows; N = 81 or 729 divides 27 and skips the resize.
        """
        t, length, c = features.shape
        side = math.isqrt(length)
        n = math.isqrt(num_tokens)
        grid = features.reshape(t, side, side, c).permute(0, 3, 1, 2)  # (T, C, G, G)
        resized = math.ceil(side / n) * n  # the next multiple of √N at or above G
        if resized != side:
            grid = F.interpolate(grid, size=(resized, resized), mode="bilinear", align_corners=True)
        kernel = resized // n
        grid = F.avg_pool2d(grid, (kernel, kernel))  # (T, C, n, n)
        return grid.permute(0, 2, 3, 1).reshape(t, n * n, c)

    def forward(self, features: torch.Tensor, num_tokens: int) -> torch.Tensor:
        """(T, G², C) SigLIP features → (T, N, D) embeddings; ``num_tokens`` must be a perfect square."""
        return self.mlp(self.pooled_grid(features, num_tokens))
