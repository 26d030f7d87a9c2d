"""The Mono-InternVL chat model: patch embedding → pixel shuffle + ``mlp1`` → InternLM2-VE.

Shapes: pixel values (T, 3, S, S) → patch tokens (T, (S/p)², Cv) → pixel shuffle (T, (S/2p)², 4Cv)
→ ``mlp1`` → (T, num_image_token, D) image tokens, which replace the ``<IMG_CONTEXT>`` embeddings;
those same positions are routed to the visual experts inside the decoder.
"""

from __future__ import annotations

from collections.abc import Iterable

import torch
from torch import nn

from ...core.errors import CheckpointError
from ...core.messages import Message
from ..internvl.geometry import read_geometry
from ..internvl.projector import build_mlp1, project_patches
from ..preprocess import IMAGENET_MEAN, IMAGENET_STD, ImageNormalization
from .internlm2 import InternLM2VEDecoder
from .patch_embed import PatchVisionModel


class MonoInternVLChatModel(nn.Module):
    """Built from an original ``config.json`` dict; weights come from :meth:`map_tensor` names."""

    def __init__(self, config: dict, attn_implementation: str = "sdpa"):
        super().__init__()
        vision_config = config["vision_config"]
        self.geometry = read_geometry(config, default_ps_version="v2")
        self.image_size, patch_size = self.geometry.image_size, self.geometry.patch_size
        self.downsample_ratio, self.ps_version = self.geometry.downsample_ratio, self.geometry.ps_version
        if int(config.get("select_layer", -1)) != -1:
            # the patch model has no layers to select from; the original only works with -1
            raise CheckpointError(Message("Mono-InternVL checkpoints must use select_layer -1."))
        if (self.image_size // patch_size) % 2:
            raise CheckpointError(
                Message(
                    "Tile size {tile_size} gives an odd patch grid; pixel shuffle needs an even one.",
                    tile_size=self.image_size,
                )
            )
        self.num_image_token = self.geometry.num_image_token
        self.tile_norm = ImageNormalization(self.image_size, IMAGENET_MEAN, IMAGENET_STD)

        llm_config = config["llm_config"]
        self.vision_model = PatchVisionModel(vision_config)
        self.mlp1 = build_mlp1(int(vision_config["hidden_size"]), int(llm_config["hidden_size"]), self.downsample_ratio)
        self.decoder = InternLM2VEDecoder(llm_config)
        self.eval()

    def tokens_per_tile(self, image_tokens: int | None) -> int:
        return self.geometry.tokens_per_tile(image_tokens)

    def encode_tiles(self, pixel_values: torch.Tensor, image_tokens: int | None = None) -> torch.Tensor:
        """(T, 3, S, S) → (T, num_image_token, D)."""
        patches = self.vision_model(pixel_values)  # (T, P, Cv), class token already dropped
        return project_patches(patches, self.mlp1, self.downsample_ratio, self.ps_version)

    @staticmethod
    def map_tensor(name: str, tensor: torch.Tensor) -> Iterable[tuple[str, torch.Tensor]]:
        if name.startswith("language_model."):
            return [("decoder." + name[len("language_model.") :], tensor)]
        return [(name, tensor)]  # vision_model.embeddings.* and mlp1.* keep their names
