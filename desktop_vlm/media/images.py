"""Images: decode safely to RGB, the way a person expects them to look, within a memory budget.

Three sizes matter, each read from the header before any pixel is decoded:

* up to ``DEFAULT_MAX_PIXELS`` (80 MP) an image is decoded whole, as it is;
* above that, :func:`load_image_fitted` shrinks it *while decoding* to what the model can use for the chosen
  tiles: a baseline JPEG decodes at 1/2 to 1/8 scale (libjpeg's DCT scaling) and an 8-bit PNG a strip of rows
  at a time (:mod:`.png_strips`), so memory follows the result's size, not the file's. Other formats (and
  progressive JPEGs, which libjpeg holds whole) are refused there, since only a full decode would read them;
* past ``HEADER_MAX_PIXELS`` (500 MP) nothing is decoded: such a header is a decompression bomb, or a scan
  that would still cost many seconds of inflating, which is not worth it for at most a few dozen 448 px tiles.
"""

from __future__ import annotations

import io
import math
import struct
import time
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pi_heif import register_heif_opener
from PIL import Image, ImageOps, TiffImagePlugin, UnidentifiedImageError

from ..core.errors import MediaError
from ..core.messages import Message
from ..core.tiling import plan_tiles
from .png_strips import decode_reduced

# HEIC/HEIF, what iPhones save photos as: Pillow reads them through pi-heif's decoder (AVIF it reads itself)
register_heif_opener()

SUPPORTED_IMAGE_EXTENSIONS = (
    ".png",
    ".jpg",
    ".jpeg",
    ".webp",
    ".bmp",
    ".tif",
    ".tiff",
    ".gif",
    ".heic",
    ".heif",
    ".avif",
    ".psd",
)
DEFAULT_MAX_PIXELS = 80_000_000  # ~ a 10000×8000 scan; decoded whole, that is already ~320 MB
HEADER_MAX_PIXELS = 500_000_000  # ~ 22000×22000; refused by the header alone past this
MAX_ANIMATION_FRAMES = 20_000  # frames an animation may have; a screen recording as a GIF has hundreds
DOWNSCALE_SECONDS = 60.0  # a PNG shrunk strip by strip gives up after this (400 MP take ~6-10 s)
# Pillow's own bomb check would refuse (at 2 × its 89 MP default) what load_image_fitted can shrink; our
# checks above come first and carry clear messages, so Pillow's is moved to our hard cap.
Image.MAX_IMAGE_PIXELS = HEADER_MAX_PIXELS
_HINT = Message("Scale it down or crop the part you want to ask about.")
_PASTED = Message("the pasted image")  # what messages call an image that came as bytes, without a name
_ORIENTATION = 0x0112
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True)
class FittedImage:
    """An image decoded for a tile budget (see :func:`load_image_fitted`).

    Attributes
    ----------
    image : PIL.Image.Image
        RGB, EXIF orientation applied.
    original_size : tuple of int
        (width, height) of the file, as displayed (orientation applied).
    note : str or None
        One line for the person when the image was downscaled, e.g. "downscaled from 20000×20000 to
        1344×1344 for 12 tiles"; None when it is the file's own size.
    """

    image: Image.Image
    original_size: tuple[int, int]
    note: Message | None = None


def load_image(
    source: Path | bytes,
    *,
    name: str | Message | None = None,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    at_least: int | None = None,
) -> Image.Image:
    """Decode an image file (or its bytes) to an RGB image, the way a person expects it to look.

    EXIF orientation is applied; animated files (GIF, APNG, WebP) and multi-page TIFFs give their first
    frame; transparency is composited on white; CMYK, 16-bit and palette images are converted. HEIC/HEIF
    works when the optional ``pillow-heif`` package is installed.

    Parameters
    ----------
    source : Path or bytes
        A file, or the bytes of one (read from a file, pasted, or sent to the server).
    name : str or Message, optional
        What error messages call the image; default: the file's name, or "the pasted image" for bytes.
    at_least : int, optional
        For a thumbnail: the decoder may return a smaller image whose sides are still at least this long
        (JPEG decodes at 1/2, 1/4 or 1/8 scale, several times faster); other formats decode in full.
    max_pixels : int
        Refuse larger images. Checked from the header *before* decoding, so a decompression bomb (a tiny
        file declaring 50000×50000 pixels) costs nothing. :func:`load_image_fitted` shrinks larger ones.

    Raises
    ------
    MediaError
        Missing, empty, truncated, damaged, too large, or not an image; the message says which.
    """
    name, stream = _open(source, name)
    with stream, _decoding(stream, name, max_pixels) as image:
        _check_size(image, name, max_pixels)
        _go_to_page(image, 0)
        if at_least:
            image.draft("RGB", (at_least, at_least))  # a no-op for formats that cannot decode smaller
        image.load()
        return _to_rgb(ImageOps.exif_transpose(image))


def load_image_fitted(
    source: Path | bytes,
    *,
    max_tiles: int,
    tile_size: int = 448,
    name: str | Message | None = None,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    page: int = 0,
) -> FittedImage:
    """Like :func:`load_image`, but an image over ``max_pixels`` is downscaled while it is decoded instead of
    refused: to the smallest size (aspect kept) that still covers the tile grid ``plan_tiles`` picks for it
    with ``max_tiles`` tiles, i.e. every pixel the model can use (and never past ``max_pixels``). See the
    module notes for what is refused. ``page`` (0-based) picks a page of a multi-page TIFF, checked and
    decoded by its own size.

    Raises
    ------
    MediaError
        As :func:`load_image`; also for an image over ``HEADER_MAX_PIXELS``, or over ``max_pixels`` in a
        format that cannot be decoded smaller, or one whose downscaling takes longer than ``DOWNSCALE_SECONDS``.
    """
    name, stream = _open(source, name)
    with stream, _decoding(stream, name, HEADER_MAX_PIXELS) as image:
        _go_to_page(image, page)  # a TIFF page's size, mode and orientation are its own directory's
        _check_size(image, name, HEADER_MAX_PIXELS)
        width, height = image.size
        orientation = _orientation(image)
        turned = orientation in (5, 6, 7, 8)
        shown = (height, width) if turned else (width, height)
        if width * height <= max_pixels:
            image.load()
            return FittedImage(_to_rgb(ImageOps.exif_transpose(image)), shown)
        target = useful_size(*shown, max_tiles=max_tiles, tile_size=tile_size)
        if target[0] * target[1] > max_pixels:  # a grid far from the image's aspect: still within the cap
            shrink = (max_pixels / (target[0] * target[1])) ** 0.5
            target = max(1, int(target[0] * shrink)), max(1, int(target[1] * shrink))
        target_w, target_h = (target[1], target[0]) if turned else target  # in the file's own orientation
        reduced = _decode_smaller(image, stream, name, (target_w, target_h), max_pixels)
        result = _to_rgb(reduced).resize((target_w, target_h), Image.Resampling.LANCZOS)
        transpose = _TRANSPOSE.get(orientation) if orientation is not None else None
        result = result.transpose(transpose) if transpose is not None else result
        note = Message(
            "downscaled from {width}×{height} to {sent_width}×{sent_height} for {tiles} tiles",
            width=shown[0],
            height=shown[1],
            sent_width=result.width,
            sent_height=result.height,
            tiles=max_tiles,
        )
        return FittedImage(result, shown, note)


def image_size(source: Path | bytes | BinaryIO, *, name: str | Message | None = None) -> tuple[int, int]:
    """(width, height) as stored, read from the header alone: nothing is decoded (cheap for any size).

    Raises
    ------
    MediaError
        Missing, empty, or not an image Desktop VLM can read.
    """
    name, stream = _open(source, name)
    with stream, _decoding(stream, name, HEADER_MAX_PIXELS) as image:
        return image.size


def useful_size(width: int, height: int, *, max_tiles: int, tile_size: int = 448) -> tuple[int, int]:
    """The smallest size with the aspect of ``width`` × ``height`` that covers the grid ``plan_tiles``
    chooses for it (its ``resized_size``): the runtime resizes to that grid, so larger pixels are never seen.
    Never larger than the image itself."""
    plan = plan_tiles(width, height, max_tiles=max_tiles, tile_size=tile_size)
    grid_w, grid_h = plan.resized_size
    scale = max(grid_w / width, grid_h / height)
    if scale >= 1:
        return width, height
    base = max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))
    # An aspect ratio exactly between two grids' (3:2 between 1×1 and 2×1) is a tie that one pixel of
    # rounding decides: nudge the size so that it keeps the grid the whole image gets.
    for more_w, more_h in ((0, 0), (1, 0), (0, 1)):
        size = base[0] + more_w, base[1] + more_h
        if plan_tiles(*size, max_tiles=max_tiles, tile_size=tile_size) == plan:
            return size
    return base


def _decode_smaller(
    image: Image.Image, stream: BinaryIO, name: str | Message, target: tuple[int, int], max_pixels: int
) -> Image.Image:
    """``image`` decoded at a reduced size no smaller than ``target``, never whole."""
    width, height = image.size
    factor = max(1, min(width // target[0], height // target[1]))
    if image.format == "JPEG":
        if image.info.get("progressive") or image.info.get("progression"):
            why = Message("a progressive JPEG this large needs the whole image in memory to decode")
        else:
            image.draft(image.mode if image.mode in ("L", "RGB") else None, target)  # DCT scaling: 1/2 … 1/8
            image.load()
            return image
    elif image.format == "PNG":
        reduced = decode_reduced(stream, factor, deadline=time.monotonic() + DOWNSCALE_SECONDS)
        if reduced is not None:
            return reduced
        why = Message("only 8-bit, non-interlaced PNGs this large can be downscaled while decoding")
    elif image.format:
        why = Message(
            "{image_format} images this large cannot be downscaled while decoding (JPEG and PNG can)",
            image_format=image.format,
        )
    else:
        why = Message("such images this large cannot be downscaled while decoding (JPEG and PNG can)")
    raise MediaError(
        Message(
            "{name} is {width}×{height} pixels, more than the {limit_mp:g} MP limit, and {reason}.",
            name=name,
            width=width,
            height=height,
            limit_mp=max_pixels / 1e6,
            reason=why,
        ),
        hint=_HINT,
    )


def _go_to_page(image: Image.Image, page: int) -> None:
    """Go to frame ``page`` of a multi-page TIFF (the first frame of a GIF, APNG or WebP). A PSD is opened at its
    flattened picture, which no frame number returns to (its frames are its layers).

    Raises
    ------
    EOFError
        The file has no such page (the caller's ``_decoding`` names the file).
    """
    if image.format != "PSD":
        image.seek(page)


def _orientation(image: Image.Image) -> int | None:
    """The EXIF orientation from the header. ``getexif()`` is not used: for a PNG it decodes the whole image
    to look for EXIF after the pixels."""
    if "exif" not in image.info:
        return None
    exif = Image.Exif()
    exif.load(image.info["exif"])
    return exif.get(_ORIENTATION)


def tiff_page_count(source: Path | bytes, *, name: str | Message | None = None) -> int:
    """How many pages a TIFF file holds (a scanner's multi-page scan; its directories, read without decoding a
    page); 1 for any other picture.

    Raises
    ------
    MediaError
        As :func:`load_image`.
    """
    name, stream = _open(source, name)
    with stream, _decoding(stream, name, HEADER_MAX_PIXELS) as image:
        return image.n_frames if isinstance(image, TiffImagePlugin.TiffImageFile) else 1


def load_animation_frames(
    source: Path | bytes, count: int, *, side: int, name: str | Message | None = None
) -> tuple[list[Image.Image], list[float]]:
    """``count`` frames of an animated GIF, PNG or WebP, spread over it as a video's are (the middles of equal
    segments, ``frame_indices``), each RGB as the animation shows it (earlier frames under it, transparency on
    white) and shrunk to fit ``side`` × ``side``; and the second each frame starts at. Fewer frames when it has
    fewer.

    Raises
    ------
    MediaError
        As :func:`load_image`; also for an animation of more than ``MAX_ANIMATION_FRAMES`` frames.
    """
    from .video import frame_indices

    name, stream = _open(source, name)
    with stream, _decoding(stream, name, DEFAULT_MAX_PIXELS) as image:
        _check_size(image, name, DEFAULT_MAX_PIXELS)
        total = getattr(image, "n_frames", 1)  # a GIF's count reads the whole file: bounded by its size
        if total > MAX_ANIMATION_FRAMES:
            raise MediaError(
                Message(
                    "{name} has {count:,} frames; Desktop VLM reads animations of at most {limit:,}.",
                    name=name,
                    count=total,
                    limit=MAX_ANIMATION_FRAMES,
                )
            )
        wanted = frame_indices(total, min(count, total))
        frames: list[Image.Image] = []
        times: list[float] = []
        elapsed_ms = 0.0
        for index in range(wanted[-1] + 1):  # in order: a GIF's frame is drawn over the ones before it
            image.seek(index)
            image.load()  # a WebP frame says its duration once decoded
            if index in wanted:
                frame = _to_rgb(image.convert("RGBA"))
                frame.thumbnail((side, side))
                frames.append(frame)
                times.append(round(elapsed_ms / 1000, 2))
            # a browser shows a frame of under 20 ms for 100 ms: so does the clock here
            duration = image.info.get("duration") or 0
            elapsed_ms += duration if duration >= 20 else 100
        return frames, times


def _open(source: Path | bytes | BinaryIO, name: str | Message | None) -> tuple[str | Message, BinaryIO]:
    name = name or (source.name if isinstance(source, Path) else _PASTED)
    if not isinstance(source, (Path, bytes, bytearray, memoryview)):  # an open binary stream
        return name, source
    try:
        if isinstance(source, Path):
            if source.stat().st_size == 0:
                raise MediaError(Message("{name} is empty.", name=name))
            return name, open(source, "rb")  # closed by the caller; Pillow reads lazily
        if not source:
            raise MediaError(Message("{name} is empty.", name=name))
        return name, io.BytesIO(bytes(source))
    except FileNotFoundError:
        raise MediaError(Message("File not found: {path}", path=str(source))) from None
    except IsADirectoryError:
        raise MediaError(Message("{name} is a folder, not an image.", name=name)) from None
    except OSError as err:
        raise MediaError(Message("Cannot read {name}: {reason}.", name=name, reason=err.strerror or str(err))) from None


def _check_size(image: Image.Image, name: str | Message, max_pixels: int) -> None:
    width, height = image.size
    if width <= 0 or height <= 0:
        raise MediaError(Message("{name} has no pixels ({width}×{height}).", name=name, width=width, height=height))
    if width * height > max_pixels:
        raise MediaError(
            Message(
                "{name} is {width}×{height} pixels, more than the {limit_mp:g} MP limit.",
                name=name,
                width=width,
                height=height,
                limit_mp=max_pixels / 1e6,
            ),
            hint=_HINT,
        )


@contextmanager
def _decoding(stream: BinaryIO, name: str | Message, max_pixels: int) -> Iterator[Image.Image]:
    """Pillow's image in ``stream``; every way opening or decoding it (in the ``with`` body) can fail becomes
    a MediaError about ``name``."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # damaged-file notices from plugins; we report our own message
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(stream) as image:
                yield image
    except MediaError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise MediaError(
            Message(
                "{name} declares far more pixels than the {limit_mp:g} MP limit (a decompression bomb?).",
                name=name,
                limit_mp=max_pixels / 1e6,
            ),
            hint=_HINT,
        ) from None
    except UnidentifiedImageError:
        supported = ", ".join(e[1:].upper() for e in SUPPORTED_IMAGE_EXTENSIONS)
        raise MediaError(
            Message("{name} is not an image Desktop VLM can read, or it is damaged.", name=name),
            hint=Message("Supported: {formats}.", formats=supported),
        ) from None
    except MemoryError:
        raise MediaError(
            Message("{name} needs more memory to decode than is available.", name=name), hint=_HINT
        ) from None
    # RuntimeError: the AVIF decoder's way of saying a frame is damaged
    except (
        OSError,
        ValueError,
        SyntaxError,
        EOFError,
        IndexError,
        TypeError,
        RuntimeError,
        struct.error,
        zlib.error,
    ) as err:
        raise MediaError(
            Message(
                "{name} could not be decoded ({reason}); the file may be truncated or damaged.",
                name=name,
                reason=_short(err),
            )
        ) from None
    except Exception as err:
        # Pillow's plugins raise many other types on hostile input. The person still gets a clear message;
        # chaining keeps the cause, so benchmarks/fuzz_media.py can report these as findings to handle above.
        raise MediaError(Message("{name} could not be decoded; the file may be damaged.", name=name)) from err


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
