"""Mono-InternVL family: a patch embedding (no ViT) + pixel-shuffle MLP projector + InternLM2 with
visual experts (``InternLM2VEForCausalLM``), loaded from the original checkpoint without its code."""
