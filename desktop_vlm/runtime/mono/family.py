"""Registry entry for Mono-InternVL: builder, float16 refusal, SentencePiece tokenizer builder."""

from __future__ import annotations

from ..families import Family
from ..tokenizer import SENTENCEPIECE_BUILDERS

FAMILY_NAME = "mono-internvl"


def _build(config: dict, attn_implementation: str):
    from .model import MonoInternVLChatModel

    return MonoInternVLChatModel(config, attn_implementation)


def _build_tokenizer(folder, config: dict):
    from .tokenizer import load_internlm2_tokenizer

    return load_internlm2_tokenizer(folder, config)


def build_family() -> Family:
    """The Mono-InternVL family; also registers its ``tokenizer.model`` loader.

    ``fp16_ok=False``: activations overflow float16 (the published model gives NaN), so the loader
    refuses float16 and automatic choice falls back to bfloat16 / float32.
    """
    SENTENCEPIECE_BUILDERS[FAMILY_NAME] = _build_tokenizer
    return Family(FAMILY_NAME, _build, fp16_ok=False)
