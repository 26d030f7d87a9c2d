"""The Ristretto chat model: SigLIP tower → token-adaptive projector → Qwen2.5 language model.

Original → our names: ``vision_model.vision_model.*`` → ``vision_model.*`` (see :mod:`.vision`),
``projector.mlp.*`` keeps its names, ``language_model.*`` → ``decoder.lm.*`` (a ``Qwen2ForCausalLM`` with its
own, untied ``lm_head``).

Image-token budget N (per request; ``None`` → ``config.num_image_token``, 256 for Ristretto-3B):
accepted when N is a perfect square in [``MIN_IMAGE_TOKENS``, G²], G the patch grid (27 at 384 px, so
16 … 729). Below 4×4 each tile is a handful of tokens and nothing published uses it (the card recommends
64–576, VLMEvalKit uses 144–576); G² means no pooling. Above G² the original would up-sample the grid
(e.g. 784 → 28×28), inventing tokens rather than seeing more, so we refuse it. A non-square N makes the
original crash on a shape mismatch (its prompt has N tokens per tile, its projector emits ⌊√N⌋²); we
refuse it up front with a message.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import torch
from torch import nn

from ...core.errors import CheckpointError, InvalidRequestError
from ...core.messages import Message
from ..llm import HfDecoder, build_causal_lm, build_llm_config
from ..preprocess import SIGLIP_MEAN, SIGLIP_STD, ImageNormalization
from .projector import TokenAdaptiveProjector
from .vision import build_siglip_tower, map_vision_name

MIN_IMAGE_TOKENS = 16


class RistrettoModel(nn.Module):
    """Ristretto-3B-format checkpoint as the runtime's family model.

    Parameters
    ----------
    config : dict
        The original config.json (``architectures: ["RistrettoModel"]``).
    attn_implementation : str
        Attention kernel for both towers, ``"sdpa"`` by default.
    """

    def __init__(self, config: dict, attn_implementation: str = "sdpa"):
        super().__init__()
        if int(config.get("select_layer", -1)) != -1:
            raise CheckpointError(Message("Ristretto checkpoints with select_layer other than -1 are not supported."))
        vision_config = config["vision_config"]
        self.image_size = int(config.get("force_image_size") or vision_config["image_size"])
        self.grid = self.image_size // int(vision_config["patch_size"])  # G: patches per side (27)
        self.num_image_token = int(config.get("num_image_token", 256))
        self.tile_norm = ImageNormalization(self.image_size, SIGLIP_MEAN, SIGLIP_STD)
        self.vision_model = build_siglip_tower(vision_config, attn_implementation)
        llm_config = build_llm_config(config["llm_config"], attn_implementation)
        self.projector = TokenAdaptiveProjector(vision_config["hidden_size"], llm_config.hidden_size)
        self.decoder = HfDecoder(build_causal_lm(llm_config))
        self.eval()

    def tokens_per_tile(self, image_tokens: int | None) -> int:
        """The image-token budget N per tile.

        Parameters
        ----------
        image_tokens : int or None
            The request's budget; None means the checkpoint's ``num_image_token``.

        Raises
        ------
        InvalidRequestError
            When N is not a perfect square in [``MIN_IMAGE_TOKENS``, G²].
        """
        n = self.num_image_token if image_tokens is None else int(image_tokens)
        most = self.grid * self.grid
        if not (MIN_IMAGE_TOKENS <= n <= most) or math.isqrt(n) ** 2 != n:
            raise InvalidRequestError(
                Message(
                    "Image tokens per tile must be a perfect square between {least} and {most} "
                    "(e.g. 64, 144, 256, 576); got {count}.",
                    least=MIN_IMAGE_TOKENS,
                    most=most,
                    count=image_tokens,
                )
            )
        return n

    def encode_tiles(self, pixel_values: torch.Tensor, image_tokens: int | None = None) -> torch.Tensor:
        """Tiles to LLM embeddings: (T, 3, S, S) → SigLIP (T, G², C) → projector (T, N, D)."""
        n = self.tokens_per_tile(image_tokens)
        features = self.vision_model(pixel_values=pixel_values).last_hidden_state  # (T, G², C)
        return self.projector(features, n)

    @staticmethod
    def map_tensor(name: str, tensor: torch.Tensor) -> Iterable[tuple[str, torch.Tensor]]:
        """One original tensor → [(our name, tensor)]; the values are never changed."""
        if name.startswith("language_model."):
            return [("decoder.lm." + name[len("language_model.") :], tensor)]
        vision_name = map_vision_name(name)
        if vision_name is not None:
            return [("vision_model." + vision_name, tensor)]
        return [(name, tensor)]  # projector.mlp.*
