"""Ristretto's vision tower: SigLIP2-so400m-patch14-384 on transformers' ``SiglipVisionModel``.

The published checkpoint stores the tower as ``vision_model.vision_model.*``: under transformers 4.x a
``SiglipVisionModel`` wrapped a ``SiglipVisionTransformer``, hence the doubled prefix. Today's class is flat
(``embeddings.*``, ``encoder.layers.*``, ``post_layernorm.*``), so the tower's own names are the original's
with one ``vision_model.`` dropped. The attention-pooling ("MAP") head ``vision_model.vision_model.head.*``
is stored but the original never calls it (it takes ``last_hidden_state``): we build the tower without it
(``vision_use_head=False``) and the loader skips those tensors (see :data:`HEAD_PREFIX`).
"""

from __future__ import annotations

import torch

ORIGINAL_PREFIX = "vision_model.vision_model."
HEAD_PREFIX = ORIGINAL_PREFIX + "head."

# SiglipVisionConfig fields the original's vision_config carries and the tower needs; others
# (drop_path_rate, model_type, transformers_version …) do not affect inference.
_CONFIG_KEYS = (
    "hidden_size",
    "intermediate_size",
    "num_hidden_layers",
    "num_attention_heads",
    "num_channels",
    "image_size",
    "patch_size",
    "hidden_act",
    "layer_norm_eps",
    "attention_dropout",
)


def build_siglip_config(vision_config: dict, attn_implementation: str = "sdpa"):
    """Translate the original ``vision_config`` into a ``SiglipVisionConfig`` without the pooling head.

    Parameters
    ----------
    vision_config : dict
        The ``vision_config`` block of the original config.json (``model_type: siglip_vision_model``).
    attn_implementation : str
        ``"sdpa"`` (default) or ``"eager"``.
    """
    from transformers import SiglipVisionConfig

    config = SiglipVisionConfig(
        **{k: vision_config[k] for k in _CONFIG_KEYS if k in vision_config}, vision_use_head=False
    )
    config._attn_implementation = attn_implementation
    return config


def build_siglip_tower(vision_config: dict, attn_implementation: str = "sdpa") -> torch.nn.Module:
    """A ``SiglipVisionModel`` whose ``last_hidden_state`` (after ``post_layernorm``) is the original's
    ``extract_feature`` input: (T, 3, S, S) → (T, (S/14)², C), row-major over the patch grid, no cls token."""
    from transformers import SiglipVisionModel

    return SiglipVisionModel(build_siglip_config(vision_config, attn_implementation))


def map_vision_name(name: str) -> str | None:
    """``vision_model.vision_model.X`` → ``X`` (the tower's own name); None for names outside the tower."""
    return name[len(ORIGINAL_PREFIX) :] if name.startswith(ORIGINAL_PREFIX) else None
