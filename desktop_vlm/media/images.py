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


def load_image(source: Path | bytes, *, name: str | None = None, max_pixels: int = DEFAULT_MAX_PIXELS,
               at_least: int | None = None) -> Image.Image:
    """Decode an image file (or its bytes) to an RGB image, the way a person expects it to look.

    EXIF orientation is applied; animated files (GIF, APNG, WebP) and multi-page TIFFs give their first
    frame; transparency is composited on white; CMYK, 16-bit and palette images are converted. HEIC/HEIF
    works when the optional ``pillow-heif`` package is installed.

    Parameters
    ----------
    source : Path or bytes
        A file, or the bytes of one (read from a file, pasted, or sent to the server).
    name : str, optional
        What error messages call the image; default: the file's name, or "the pasted image" for bytes.
    at_least : int, optional
        For a thumbnail: the decoder may return a smaller image whose sides are still at least this long
        (JPEG decodes at 1/2, 1/4 or 1/8 scale, several times faster); other formats decode in full.
    max_pixels : int
        Refuse larger images. Checked from the header *before* decoding, so a decompression bomb (a tiny
        file declaring 50000×50000 pixels) costs nothing.

    Raises
    ------
    MediaError
        Missing, empty, truncated, damaged, too large, or not an image; the message says which.
    """
    name = name or (source.name if isinstance(source, Path) else "the pasted image")
    try:
        if isinstance(source, Path):
            if source.stat().st_size == 0:
                raise MediaError(f"{name} is empty.")
            stream = open(source, "rb")  # Pillow reads lazily: only the header until load()
        else:
            if not source:
                raise MediaError(f"{name} is empty.")
            stream = io.BytesIO(bytes(source))
    except FileNotFoundError:
        raise MediaError(f"File not found: {source}") from None
    except IsADirectoryError:
        raise MediaError(f"{name} is a folder, not an image.") from None
    except OSError as err:
        raise MediaError(f"Cannot read {name}: {err.strerror or err}.") from None
    with stream:
        return _decode(stream, name, max_pixels, at_least)


def _decode(stream, name: str, max_pixels: int, at_least: int | None = None) -> Image.Image:
    limit = f"{max_pixels / 1e6:g} MP limit"
    hint = "Scale it down or crop the part you want to ask about."
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # damaged-file notices from plugins; we report our own message
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(stream) as image:
                width, height = image.size
                if width <= 0 or height <= 0:
                    raise MediaError(f"{name} has no pixels ({width}×{height}).")
                if width * height > max_pixels:
                    raise MediaError(f"{name} is {width}×{height} pixels, more than the {limit}.", hint=hint)
                image.seek(0)  # first frame of GIF / APNG / WebP / multi-page TIFF
                if at_least:
                    image.draft("RGB", (at_least, at_least))  # a no-op for formats that cannot decode smaller
                image.load()
                return _to_rgb(ImageOps.exif_transpose(image))
    except MediaError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError(f"{name} declares far more pixels than the {limit} (a decompression bomb?).", hint=hint) from None
    except UnidentifiedImageError:
        raise MediaError(f"{name} is not an image Desktop VLM can read, or it is damaged.",
                         hint=f"Supported: {', '.join(e[1:].upper() for e in SUPPORTED_IMAGE_EXTENSIONS)}.") from None  # fmt: skip
    except MemoryError:
        raise MediaError(f"{name} needs more memory to decode than is available.", hint=hint) from None
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, TypeError, struct.error) as err:
        raise MediaError(f"{name} could not be decoded ({_short(err)}); the file may be truncated or damaged.") from None
    except Exception as err:
        # Pillow's plugins raise many other types on hostile input. The person still gets a clear message;
        # chaining keeps the cause, so benchmarks/fuzz_media.py can report these as findings to handle above.
        raise MediaError(f"{name} could not be decoded; the file may be damaged.") from err


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
    """A copy no larger than ``size`` × ``size``, aspect ratio kept (never enlarged).

    Parameters
    ----------
    image : PIL.Image.Image
        Usually the result of :func:`load_image`.
    size : int
        The long side of the thumbnail in pixels.
    """
    thumb = image.copy()
    thumb.thumbnail((size, size), Image.Resampling.LANCZOS)
    return thumb
