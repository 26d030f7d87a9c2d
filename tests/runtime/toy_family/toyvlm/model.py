"""ToyVLM's modules: (T, 3, 56, 56) tiles → 14-px patches (T, 16, C) → projection (T, 16, D) → Qwen2."""

from __future__ import annotations

import torch
from torch import nn

from desktop_vlm.runtime.llm import HfDecoder, build_causal_lm, build_llm_config
from desktop_vlm.runtime.preprocess import IMAGENET_MEAN, IMAGENET_STD, ImageNormalization


class ToyModel(nn.Module):
    def __init__(self, config: dict, attn_implementation: str = "sdpa"):
        super().__init__()
        self.tile_norm = ImageNormalization(int(config["tile_size"]), IMAGENET_MEAN, IMAGENET_STD)
        llm_config = build_llm_config(config["llm_config"], attn_implementation)
        self.patch = nn.Conv2d(3, int(config["vision_width"]), 14, 14)
        self.proj = nn.Linear(int(config["vision_width"]), llm_config.hidden_size)
        self.decoder = HfDecoder(build_causal_lm(llm_config))

    def tokens_per_tile(self, image_tokens: int | None) -> int:
        return (self.tile_norm.tile_size // 14) ** 2

    def encode_tiles(self, pixel_values: torch.Tensor, image_tokens: int | None = None) -> torch.Tensor:
        return self.proj(self.patch(pixel_values).flatten(2).transpose(1, 2))

    @staticmethod
    def map_tensor(name: str, tensor: torch.Tensor):
        if name.startswith("language_model."):
            return [("decoder.lm." + name[len("language_model.") :], tensor)]
        return [(name, tensor)]
