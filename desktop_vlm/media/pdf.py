"""PDF pages rendered as images with PDFium, at the resolution the tile budget can use."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ..core.errors import MediaError
from ..core.tiling import plan_tiles

MAX_RENDER_PIXELS = 40_000_000


def _open(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except FileNotFoundError:
        raise MediaError(f"File not found: {path}") from None
    except pdfium.PdfiumError as err:
        text = str(err).lower()
        if "password" in text:
            raise MediaError(f"{path.name} is password-protected.", hint="Open it, print it to a new PDF, try again.") from None
        raise MediaError(f"{path.name} is not a PDF Desktop VLM can read ({err}).") from None


def pdf_page_count(path: Path) -> int:
    doc = _open(Path(path))
    try:
        return len(doc)
    finally:
        doc.close()


def render_scale(page_width_pt: float, page_height_pt: float, *, max_tiles: int, tile_size: int = 448) -> float:
    """PDF points → pixels scale such that the page's long side gets the pixels of the tile grid the model
    will cut it into (no fewer: small print stays legible; no more: the extra pixels would be resized away)."""
    plan = plan_tiles(max(1, round(page_width_pt)), max(1, round(page_height_pt)), max_tiles=max_tiles,
                      tile_size=tile_size)  # fmt: skip
    grid_w, grid_h = plan.resized_size
    scale = max(grid_w / page_width_pt, grid_h / page_height_pt)
    cap = (MAX_RENDER_PIXELS / (page_width_pt * page_height_pt)) ** 0.5
    return min(scale, cap)


def render_pdf_page(path: Path, index: int, *, max_tiles: int, tile_size: int = 448) -> Image.Image:
    """Page ``index`` (0-based) as an RGB image at the tile budget's resolution."""
    import pypdfium2 as pdfium

    path = Path(path)
    doc = _open(path)
    try:
        if not 0 <= index < len(doc):
            raise MediaError(f"{path.name} has {len(doc)} page(s); page {index + 1} does not exist.")
        page = doc[index]
        width, height = page.get_size()
        if width <= 0 or height <= 0:
            raise MediaError(f"Page {index + 1} of {path.name} has no area.")
        scale = render_scale(width, height, max_tiles=max_tiles, tile_size=tile_size)
        bitmap = page.render(scale=scale)
        return bitmap.to_pil().convert("RGB")
    except pdfium.PdfiumError as err:
        raise MediaError(f"Page {index + 1} of {path.name} could not be rendered ({err}).") from None
    finally:
        doc.close()
