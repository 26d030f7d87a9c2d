"""InternViT on transformers' ``InternVLVisionModel``, configured and mapped from the original format.

Original → transformers names: ``attn.qkv`` is split into ``q_proj``/``k_proj``/``v_proj`` (rows q|k|v),
``attn.proj`` → ``projection_layer``, ``norm1``/``norm2`` → ``layernorm_before``/``layernorm_after``,
``ls1``/``ls2`` → ``lambda_1``/``lambda_2``, and the embeddings' names. The original has no final norm
(``use_mean_pooling=True`` makes transformers use an identity there) and returns the last hidden state.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import torch

from ...core.errors import CheckpointError
from ...core.messages import Message


def build_vision_config(vision_config: dict, image_size: int, attn_implementation: str = "sdpa"):
    from transformers import InternVLVisionConfig

    if vision_config.get("norm_type", "layer_norm") not in ("layer_norm", "rms_norm"):
        raise CheckpointError(
            Message("Unsupported vision norm_type {norm_type!r}.", norm_type=vision_config.get("norm_type"))
        )
    config = InternVLVisionConfig(
        hidden_size=vision_config["hidden_size"],
        num_hidden_layers=vision_config["num_hidden_layers"],
        num_attention_heads=vision_config["num_attention_heads"],
        intermediate_size=vision_config["intermediate_size"],
        hidden_act=vision_config.get("hidden_act", "gelu"),
        attention_bias=bool(vision_config.get("qkv_bias", True)),
        use_qk_norm=bool(vision_config.get("qk_normalization", False)),
        norm_type=vision_config.get("norm_type", "layer_norm"),
        layer_norm_eps=vision_config.get("layer_norm_eps", 1e-6),
        image_size=[image_size, image_size],
        patch_size=[vision_config["patch_size"]] * 2,
        num_channels=vision_config.get("num_channels", 3),
        use_mean_pooling=True,  # no final layer norm, as in the original
        use_absolute_position_embeddings=True,
        use_mask_token=False,
        hidden_dropout_prob=0.0,
        attention_dropout=0.0,
        projection_dropout=0.0,
    )
    config._attn_implementation = attn_implementation
    return config


_LAYER = re.compile(r"encoder\.layers\.(\d+)\.(.+)")
_LAYER_RENAMES = {
    "attn.proj.": "attention.projection_layer.",
    "attn.q_norm.": "attention.q_norm.",
    "attn.k_norm.": "attention.k_norm.",
    "mlp.fc1.": "mlp.fc1.",
    "mlp.fc2.": "mlp.fc2.",
    "norm1.": "layernorm_before.",
    "norm2.": "layernorm_after.",
}
_EMBEDDING_RENAMES = {
    "embeddings.class_embedding": "embeddings.cls_token",
    "embeddings.patch_embedding.weight": "embeddings.patch_embeddings.projection.weight",
    "embeddings.patch_embedding.bias": "embeddings.patch_embeddings.projection.bias",
    "embeddings.position_embedding": "embeddings.position_embeddings",
}


def map_vision_tensor(name: str, tensor: torch.Tensor, prefix: str) -> Iterable[tuple[str, torch.Tensor]]:
    """Original InternViT tensor ``name`` (without the ``vision_model.`` prefix) → our parameter names."""
    if name in _EMBEDDING_RENAMES:
        return [(prefix + _EMBEDDING_RENAMES[name], tensor)]
    match = _LAYER.fullmatch(name)
    if not match:
        return [(prefix + name, tensor)]  # reported as unexpected by the loader
    layer, rest = match.groups()
    base = f"{prefix}encoder.layer.{layer}."
    if rest.startswith("attn.qkv."):
        leaf = rest[len("attn.qkv.") :]
        q, k, v = tensor.chunk(3, dim=0)
        return [(f"{base}attention.{p}_proj.{leaf}", t) for p, t in (("q", q), ("k", k), ("v", v))]
    if rest in ("ls1", "ls2"):
        return [(base + ("lambda_1" if rest == "ls1" else "lambda_2"), tensor)]
    for old, new in _LAYER_RENAMES.items():
        if rest.startswith(old):
            return [(base + new + rest[len(old) :], tensor)]
    return [(base + rest, tensor)]
