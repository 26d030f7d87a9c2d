"""Registration of the Ristretto family with the loader."""

from __future__ import annotations

from ..families import Family
from .model import RECOMMENDED_IMAGE_TOKENS, RistrettoModel
from .vision import HEAD_PREFIX


def build_family() -> Family:
    """The Ristretto family: offers the card's 64…576 budgets in the UI and up to 10 tiles per image."""
    return Family(
        "ristretto",
        lambda config, attn: RistrettoModel(config, attn),
        # the unused attention-pooling head of SiglipVisionModel (the original never calls it)
        ignore_tensor=lambda name: name.startswith(HEAD_PREFIX),
        image_token_choices=lambda model: RECOMMENDED_IMAGE_TOKENS,
        default_max_tiles=10,  # the model card's load_image default
    )
