"""The InternVL chat model: vision tower → projector → language model, joined by one merge step.

Shapes: pixel values (T, 3, S, S) → ViT hidden (T, 1 + P, C) → drop CLS → pixel shuffle + mlp1 →
(T, P/4, D) image tokens, which replace the ``<IMG_CONTEXT>`` embeddings in prompt order.
"""

from __future__ import annotations

from collections.abc import Iterable

import torch
from torch import nn

from ..llm import HfDecoder, build_causal_lm, build_llm_config
from ..preprocess import IMAGENET_MEAN, IMAGENET_STD, ImageNormalization
from .geometry import read_geometry
from .projector import build_mlp1, project_patches
from .vision import build_vision_config, map_vision_tensor


class InternVLChatModel(nn.Module):
    """Built from an original ``config.json`` dict; weights come from :meth:`map_tensor` names."""

    def __init__(self, config: dict, attn_implementation: str = "sdpa"):
        super().__init__()
        from transformers import InternVLVisionModel

        vision_config = config["vision_config"]
        self.geometry = read_geometry(config, default_ps_version="v1")
        self.image_size = self.geometry.image_size
        self.downsample_ratio, self.ps_version = self.geometry.downsample_ratio, self.geometry.ps_version
        self.select_layer = int(config.get("select_layer", -1))
        self.num_image_token = self.geometry.num_image_token
        self.tile_norm = ImageNormalization(self.image_size, IMAGENET_MEAN, IMAGENET_STD)

        self.vision_model = InternVLVisionModel(
            build_vision_config(vision_config, self.image_size, attn_implementation)
        )
        llm_config = build_llm_config(config["llm_config"], attn_implementation)
        self.mlp1 = build_mlp1(vision_config["hidden_size"], llm_config.hidden_size, self.downsample_ratio)
        self.decoder = HfDecoder(build_causal_lm(llm_config))
        self.eval()

    def tokens_per_tile(self, image_tokens: int | None) -> int:
        return self.geometry.tokens_per_tile(image_tokens)

    def encode_tiles(self, pixel_values: torch.Tensor, image_tokens: int | None = None) -> torch.Tensor:
        """(T, 3, S, S) → (T, num_image_token, D)."""
        vit = self.vision_model
        hidden = vit.embeddings(pixel_values)
        layers = vit.encoder.layer
        # hidden_states[k] is the output after k layers (k = 0: embeddings); select_layer indexes that list
        for layer in layers[: self.select_layer % (len(layers) + 1)]:
            hidden = layer(hidden)
        return project_patches(hidden[:, 1:, :], self.mlp1, self.downsample_ratio, self.ps_version)

    @staticmethod
    def map_tensor(name: str, tensor: torch.Tensor) -> Iterable[tuple[str, torch.Tensor]]:
        if name.startswith("vision_model."):
            return map_vision_tensor(name[len("vision_model.") :], tensor, "vision_model.")
        if name.startswith("language_model."):
            return [("decoder.lm." + name[len("language_model.") :], tensor)]
        return [(name, tensor)]  # mlp1.* keeps its names
