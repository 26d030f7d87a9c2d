"""What the model manager shows about a model before it is downloaded: the catalog entry type.

Pure data and arithmetic. Each family declares its entries in its ``spec.py``; the hub lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

GB = 1_000_000_000


@dataclass(frozen=True)
class CatalogEntry:
    """A published model the app offers to download; sizes and counts from its model card and index file."""

    repo_id: str
    family: str
    description: str
    languages: tuple[str, ...]
    license: str
    parameters: float  # billions
    download_bytes: int
    revision: str = "main"
    revision_pinned: bool = False
    vision_parameters: float = 0.3  # billions in the vision tower (+ projector); 16-bit in this estimate
    strengths: str = ""  # what a person would pick it for, in one line (the model manager's card)
    tile_tokens: tuple[int, int] = (256, 256)  # image tokens per tile: (fewest, most) the model can be set to
    max_tiles: int = 12  # tiles per image at the model card's default, a thumbnail tile added when > 1

    @property
    def image_token_range(self) -> tuple[int, int]:
        """Image tokens one picture costs: one tile at the smallest budget, up to every tile plus the
        thumbnail at the largest."""
        return self.tile_tokens[0], self.tile_tokens[1] * (self.max_tiles + (1 if self.max_tiles > 1 else 0))

    def vram_estimate_gib(self, dtype: str) -> float:
        """Memory to run this model with weights in ``dtype``; see :func:`vram_estimate_gib`."""
        return vram_estimate_gib(self.parameters, self.vision_parameters, dtype)


def vram_estimate_gib(parameters: float, vision_parameters: float, dtype: str) -> float:
    """Weights at the dtype's width plus ~1.5 GiB for activations, KV cache of a few thousand tokens and
    the CUDA context; parameter counts in billions.

    ``int8`` / ``int4`` quantise the language model's linear weights (with per-group scales, hence slightly
    over 1 / 0.5 bytes per parameter); the vision tower is counted in 16 bits, as a GPU holds it — on CPU its
    encoder is int8 too, so this errs high there by about half the vision parameters in bytes (0.15 GiB for
    InternViT-300M), and the model manager shows the exact figure from the downloaded files
    (``runtime.footprint``).
    """
    llm_width = {"bfloat16": 2.0, "float16": 2.0, "float32": 4.0, "int8": 1.06, "int4": 0.56}[dtype]
    vision_width = 4.0 if dtype == "float32" else 2.0
    llm = parameters - vision_parameters
    return (llm * llm_width + vision_parameters * vision_width) * 1e9 / 2**30 + 1.5
