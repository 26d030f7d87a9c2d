"""Dynamic tiling arithmetic shared by the runtime and the UI preview (pure, stdlib only).

InternVL-style models cut an image into a grid of square tiles whose aspect ratio is closest to the
image's, plus a thumbnail of the whole image when there is more than one tile. The UI calls
``plan_tiles`` to say "this image = 7 tiles = 1,792 tokens"; the runtime crops by the same plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class TilePlan:
    """How one image is tiled. ``columns`` × ``rows`` crops of ``tile_size`` px, in row-major order,
    then the thumbnail (if any) last."""

    columns: int
    rows: int
    tile_size: int
    thumbnail: bool

    @property
    def grid_tiles(self) -> int:
        return self.columns * self.rows

    @property
    def total_tiles(self) -> int:
        return self.grid_tiles + (1 if self.thumbnail else 0)

    @property
    def resized_size(self) -> tuple[int, int]:
        """(width, height) the whole image is resized to before cropping."""
        return self.columns * self.tile_size, self.rows * self.tile_size

    def tile_boxes(self) -> list[tuple[int, int, int, int]]:
        """Crop boxes (left, top, right, bottom) in the resized image, row-major."""
        s = self.tile_size
        return [(c * s, r * s, (c + 1) * s, (r + 1) * s) for r in range(self.rows) for c in range(self.columns)]


@lru_cache(maxsize=64)
def candidate_grids(min_tiles: int, max_tiles: int) -> tuple[tuple[int, int], ...]:
    """All (columns, rows) with min_tiles <= columns·rows <= max_tiles, ordered by tile count.

    Ties keep the iteration order of a Python set built in this exact sequence, because that is the
    order the original implementation walks and it decides exact-tie winners. Do not "simplify" this
    into a sorted list of unique pairs: the order would change.
    """
    grids = set(
        (i, j)
        for n in range(min_tiles, max_tiles + 1)
        for i in range(1, n + 1)
        for j in range(1, n + 1)
        if min_tiles <= i * j <= max_tiles
    )
    return tuple(sorted(grids, key=lambda g: g[0] * g[1]))


def closest_grid(width: int, height: int, grids: tuple[tuple[int, int], ...], tile_size: int) -> tuple[int, int]:
    """The grid whose aspect ratio is closest to width/height.

    On an exact tie a later (larger) grid wins only when the image has more than half the pixels that
    grid would hold, so small images are not blown up.
    """
    aspect = width / height
    best_diff = float("inf")
    best = (1, 1)
    area = width * height
    for cols, rows in grids:
        diff = abs(aspect - cols / rows)
        if diff < best_diff:
            best_diff = diff
            best = (cols, rows)
        elif diff == best_diff and area > 0.5 * tile_size * tile_size * cols * rows:
            best = (cols, rows)
    return best


def plan_tiles(
    width: int,
    height: int,
    *,
    min_tiles: int = 1,
    max_tiles: int = 12,
    tile_size: int = 448,
    use_thumbnail: bool = True,
) -> TilePlan:
    """Tile plan for an image of ``width`` × ``height`` pixels."""
    if width <= 0 or height <= 0:
        raise ValueError(f"image size must be positive, got {width}x{height}")
    cols, rows = closest_grid(width, height, candidate_grids(min_tiles, max_tiles), tile_size)
    return TilePlan(cols, rows, tile_size, thumbnail=use_thumbnail and cols * rows != 1)


def image_token_count(plan: TilePlan, tokens_per_tile: int) -> int:
    """Number of ``<IMG_CONTEXT>`` tokens the model sees for one image tiled by ``plan``."""
    return plan.total_tiles * tokens_per_tile
