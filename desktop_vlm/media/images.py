"""Images: decode safely to RGB, the way a person expects them to look."""

from __future__ import annotations

import io
import struct
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from ..core.errors import MediaError

try:  # HEIC/HEIF when the optional plugin is installed
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - optional
    pass

SUPPORTED_IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff", ".gif", ".heic", ".heif")
DEFAULT_MAX_PIXELS = 80_000_000  # ~ a 10000×8000 scan; beyond that decoding alone needs gigabytes


def load_image(source: Path | bytes, *, max_pixels: int = DEFAULT_MAX_PIXELS) -> Image.Image:
    """Decode ``source`` to an RGB image.

    EXIF orientation is applied, animated files give their first frame, transparency is composited on
    white, CMYK / 16-bit / palette images are converted. The pixel count is checked from the header
    before decoding, so a decompression bomb is refused without allocating it.
    """
    name = source.name if isinstance(source, Path) else "the pasted image"
    try:
        data = source.read_bytes() if isinstance(source, Path) else bytes(source)
    except FileNotFoundError:
        raise MediaError(f"File not found: {source}") from None
    except OSError as err:
        raise MediaError(f"Cannot read {name}: {err.strerror or err}.") from None
    if not data:
        raise MediaError(f"{name} is empty.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # damaged-file notices from plugins; we report our own message
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width <= 0 or height <= 0:
                raise MediaError(f"{name} has no pixels ({width}×{height}).")
            if width * height > max_pixels:
                raise MediaError(
                    f"{name} is {width}×{height} pixels, more than the {max_pixels / 1e6:.0f} MP limit.",
                    hint="Scale it down or crop the part you want to ask about.",
                )
            image.seek(0)  # first frame of GIF / APNG / multi-page TIFF
            image.load()
            image = ImageOps.exif_transpose(image)
            return _to_rgb(image)
    except MediaError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError(
            f"{name} declares far more pixels than the {max_pixels / 1e6:.0f} MP limit (a decompression bomb?).",
            hint="Scale it down or crop the part you want to ask about.",
        ) from None
    except UnidentifiedImageError:
        raise MediaError(f"{name} is not an image Desktop VLM can read, or it is damaged.") from None
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, TypeError, struct.error) as err:
        raise MediaError(f"{name} could not be decoded ({_short(err)}); the file may be truncated or damaged.") from None


def _short(err: Exception) -> str:
    text = str(err) or type(err).__name__
    return text if len(text) < 120 else text[:117] + "..."


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        # 16-bit greyscale: scale to 8 bits instead of clipping everything above 255 to white
        image = image.point(lambda v: v / 256).convert("L")
    if image.mode == "P":
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "RGBa"):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")


def make_thumbnail(image: Image.Image, size: int = 256) -> Image.Image:
    """A copy no larger than ``size`` on its long side, aspect ratio kept."""
    thumb = image.copy()
    thumb.thumbnail((size, size), Image.Resampling.LANCZOS)
    return thumb
