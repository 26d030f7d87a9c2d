"""PDF pages rendered as images with PDFium (pypdfium2), at the resolution the tile budget can use.

PDFium is not thread-safe and the app renders from the UI thread (previews) and the model thread
(rebuilding a reopened conversation) alike, so every PDFium call here holds ``_PDFIUM_LOCK``.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PIL import Image

from ..core.errors import MediaError
from ..core.tiling import plan_tiles

MAX_RENDER_PIXELS = 40_000_000  # ~160 MB as RGBA; a page never needs more for any tile budget we offer
_PDFIUM_LOCK = threading.RLock()
_ERR_PASSWORD = 4  # FPDF_ERR_PASSWORD
_ERR_SECURITY = 5  # FPDF_ERR_SECURITY: an unsupported security handler


def _open(path: Path):
    import pypdfium2 as pdfium

    if not path.is_file():
        raise MediaError(f"File not found: {path}")
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as err:
        code = getattr(err, "err_code", None)
        if code == _ERR_PASSWORD or "password" in str(err).lower():
            raise MediaError(f"{path.name} is password-protected.",
                             hint="Open it in a PDF viewer, save or print an unprotected copy, and attach that.") from None  # fmt: skip
        if code == _ERR_SECURITY:
            raise MediaError(f"{path.name} uses a protection scheme Desktop VLM cannot open.") from None
        raise MediaError(f"{path.name} is not a PDF Desktop VLM can read; it may be damaged.") from None
    except OSError as err:
        raise MediaError(f"Cannot read {path.name}: {err.strerror or err}.") from None


def pdf_page_count(path: Path) -> int:
    """Number of pages.

    Raises
    ------
    MediaError
        Missing, damaged, or password-protected file.
    """
    path = Path(path)
    with _PDFIUM_LOCK:
        doc = _open(path)
        try:
            return len(doc)
        finally:
            doc.close()


def render_scale(page_width_pt: float, page_height_pt: float, *, max_tiles: int, tile_size: int = 448) -> float:
    """PDF points → pixels scale for a page, tied to the tile budget.

    The grid is the one ``plan_tiles`` chooses for the page's aspect ratio as if the page were a
    high-resolution scan (so among grids of equal aspect the largest wins: a document wants every tile it
    may have). The page is then scaled just enough to cover that grid (its long side is about
    ``max(columns, rows) × tile_size``): small print gets full tile resolution, and no pixels are rendered
    that the runtime would only resize away. Re-planning the rendered image gives the same grid. Capped
    at ``MAX_RENDER_PIXELS``.
    """
    if max_tiles < 1:
        raise ValueError(f"max_tiles must be at least 1, got {max_tiles}")
    cap = (MAX_RENDER_PIXELS / (page_width_pt * page_height_pt)) ** 0.5
    big_w, big_h = max(1, round(page_width_pt * cap)), max(1, round(page_height_pt * cap))
    plan = plan_tiles(big_w, big_h, max_tiles=max_tiles, tile_size=tile_size)
    grid_w, grid_h = plan.resized_size
    return min(max(grid_w / page_width_pt, grid_h / page_height_pt), cap)


def render_pdf_page(path: Path, index: int, *, max_tiles: int, tile_size: int = 448) -> Image.Image:
    """Page ``index`` (0-based) as an RGB image at the tile budget's resolution (see :func:`render_scale`).

    Raises
    ------
    MediaError
        Missing, damaged or password-protected file, no such page, or a page that fails to render.
    """
    import pypdfium2 as pdfium

    path = Path(path)
    with _PDFIUM_LOCK:
        doc = _open(path)
        try:
            count = len(doc)
            if not 0 <= index < count:
                raise MediaError(f"{path.name} has {count} page(s); page {index + 1} does not exist.")
            page = doc[index]
            width, height = page.get_size()  # in points, /Rotate already applied
            if not (width > 0 and height > 0) or width * height > 1e12:
                raise MediaError(f"Page {index + 1} of {path.name} has an unusable size ({width:g}×{height:g} pt).")
            scale = render_scale(width, height, max_tiles=max_tiles, tile_size=tile_size)
            bitmap = page.render(scale=scale)  # on white, like paper: no alpha to composite later
            return bitmap.to_pil().convert("RGB")
        except pdfium.PdfiumError:
            raise MediaError(f"Page {index + 1} of {path.name} could not be rendered; the file may be damaged.") from None
        except MemoryError:
            raise MediaError(f"Page {index + 1} of {path.name} is too large to render.") from None
        finally:
            doc.close()
