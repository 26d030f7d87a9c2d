"""Registry entry for Mono-InternVL: builder and float16 refusal."""

from __future__ import annotations

from ..families import Family

FAMILY_NAME = "mono-internvl"


def _build(config: dict, attn_implementation: str):
    from .model import MonoInternVLChatModel

    return MonoInternVLChatModel(config, attn_implementation)


def build_family() -> Family:
    """The Mono-InternVL family.

    ``fp16_ok=False``: activations overflow float16 (the published model gives NaN), so the loader
    refuses float16 and automatic choice falls back to bfloat16 / float32.
    """
    return Family(FAMILY_NAME, _build, fp16_ok=False)
