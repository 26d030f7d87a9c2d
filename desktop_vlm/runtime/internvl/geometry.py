"""Tile geometry of the pixel-shuffle families (InternVL and Mono-InternVL), read from config.json."""

from __future__ import annotations

from dataclasses import dataclass

from ...core.errors import InvalidRequestError
from ...core.messages import Message


@dataclass(frozen=True)
class ShuffleGeometry:
    image_size: int  # tile side in pixels (force_image_size, else the vision config's)
    patch_size: int
    downsample_ratio: float
    ps_version: str

    @property
    def num_image_token(self) -> int:
        """Tokens per tile: (S / patch)² patches, merged 2×2 by the pixel shuffle (448 px → 256)."""
        return int((self.image_size // self.patch_size) ** 2 * self.downsample_ratio**2)

    def tokens_per_tile(self, image_tokens: int | None) -> int:
        if image_tokens not in (None, self.num_image_token):
            raise InvalidRequestError(
                Message(
                    "This model always uses {count} image tokens per tile; the image-token budget "
                    "can only be changed for models with an adaptive projector (Ristretto).",
                    count=self.num_image_token,
                )
            )
        return self.num_image_token


def read_geometry(config: dict, default_ps_version: str) -> ShuffleGeometry:
    vision = config["vision_config"]
    return ShuffleGeometry(
        image_size=int(config.get("force_image_size") or vision["image_size"]),
        patch_size=int(vision["patch_size"]),
        downsample_ratio=float(config.get("downsample_ratio", 0.5)),
        ps_version=config.get("ps_version", default_ps_version),
    )
