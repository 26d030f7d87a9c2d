"""The Ristretto chat model: SigLIP tower → token-adaptive projector → Qwen2 language model.

Original names: ``vision_model.vision_model.*`` (under transformers 4.x a ``SiglipVisionModel`` wrapped its
transformer, hence the doubled prefix; today's class is flat) → ``vision_model.*``; ``projector.mlp.*``
keeps its names; ``language_model.*`` becomes ``decoder.lm.*``. The SigLIP attention-pooling head is stored but never used by the original
(it takes ``last_hidden_state``), so we do not build it and skip its tensors.
"""

from __future__ import annotations

import math
from typing import Iterable

import torch
from torch import nn

from ...core.errors import CheckpointError, InvalidRequestError
from ..llm import HfDecoder, build_causal_lm, build_llm_config
from ..preprocess import SIGLIP_MEAN, SIGLIP_STD, ImageNormalization
from .projector import TokenAdaptiveProjector

MIN_IMAGE_TOKENS = 16
RECOMMENDED_IMAGE_TOKENS = tuple(n * n for n in range(8, 25))  # 64 … 576, the model card's range


def build_siglip_config(vision_config: dict, attn_implementation: str):
    from transformers import SiglipVisionConfig

    keys = ("hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads", "num_channels",
            "image_size", "patch_size", "hidden_act", "layer_norm_eps", "attention_dropout")  # fmt: skip
    config = SiglipVisionConfig(**{k: vision_config[k] for k in keys if k in vision_config}, vision_use_head=False)
    config._attn_implementation = attn_implementation
    return config


class RistrettoModel(nn.Module):
    def __init__(self, config: dict, attn_implementation: str = "sdpa"):
        super().__init__()
        from transformers import SiglipVisionModel

        if int(config.get("select_layer", -1)) != -1:
            raise CheckpointError("Ristretto checkpoints with select_layer other than -1 are not supported.")
        vision_config = config["vision_config"]
        self.image_size = int(config.get("force_image_size") or vision_config["image_size"])
        self.grid = self.image_size // int(vision_config["patch_size"])
        self.num_image_token = int(config.get("num_image_token", 256))
        self.tile_norm = ImageNormalization(self.image_size, SIGLIP_MEAN, SIGLIP_STD)
        self.vision_model = SiglipVisionModel(build_siglip_config(vision_config, attn_implementation))
        llm_config = build_llm_config(config["llm_config"], attn_implementation)
        self.projector = TokenAdaptiveProjector(vision_config["hidden_size"], llm_config.hidden_size)
        self.decoder = HfDecoder(build_causal_lm(llm_config))
        self.eval()

    def tokens_per_tile(self, image_tokens: int | None) -> int:
        """The image-token budget N per tile: the config's default, or a perfect square in range."""
        n = self.num_image_token if image_tokens is None else int(image_tokens)
        most = self.grid * self.grid
        if not (MIN_IMAGE_TOKENS <= n <= most) or math.isqrt(n) ** 2 != n:
            raise InvalidRequestError(
                f"Image tokens per tile must be a perfect square between {MIN_IMAGE_TOKENS} and {most} "
                f"(e.g. 64, 144, 256, 576); got {image_tokens}."
            )
        return n

    def encode_tiles(self, pixel_values: torch.Tensor, image_tokens: int | None = None) -> torch.Tensor:
        """(T, 3, S, S) → (T, N, D)."""
        n = self.tokens_per_tile(image_tokens)
        features = self.vision_model(pixel_values=pixel_values).last_hidden_state  # (T, G², C)
        return self.projector(features, n)

    @staticmethod
    def map_tensor(name: str, tensor: torch.Tensor) -> Iterable[tuple[str, torch.Tensor]]:
        if name.startswith("language_model."):
            return [("decoder.lm." + name[len("language_model.") :], tensor)]
        if name.startswith("vision_model.vision_model."):
            return [("vision_model." + name[len("vision_model.vision_model.") :], tensor)]
        return [(name, tensor)]
