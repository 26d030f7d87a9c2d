"""Images of a request, in two steps: measured before the request is admitted, decoded only after.

:func:`read_image_part` reads a ``data:`` URL's bytes (bounded by the body size) or opens a file inside
``--allow-files``, and reads the image's size from its header, so the whole request's pixels can be checked
against the per-request budget before anything is decoded. :func:`decode_image` then decodes, once the model
worker has a place for the request: a request refused with 429 has cost no decoding.
"""

from __future__ import annotations

import base64
import binascii
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from ..core.errors import DesktopVlmError
from ..runtime.api import VisualInput
from .protocol import ApiError

_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer (not on Windows)


@dataclass(frozen=True)
class ImagePolicy:
    """Limits on images: encoded bytes and pixels per image, count and pixels per request, and the folder
    file paths may come from (None: data: URLs only).

    ``max_request_pixels`` bounds the memory one request's decoded images take (~4 bytes per pixel): 64 MP is
    16 images of 2000×2000, ~256 MB.
    """

    max_bytes: int = 15 * 1024 * 1024
    max_pixels: int = 40_000_000
    max_images: int = 16
    max_request_pixels: int = 64_000_000
    allow_files: Path | None = None


@dataclass(frozen=True)
class ImageSource:
    """One image of a request, measured but not decoded: the bytes of a data: URL or a file to read later."""

    size: tuple[int, int]
    max_tiles: int | None
    data: bytes | None = None
    path: Path | None = None


def _bad(message: str, code: str = "invalid_image_url") -> ApiError:
    return ApiError(400, message, code, param="messages")


def _too_large(policy: ImagePolicy) -> ApiError:
    return ApiError(413, f"An image is larger than {policy.max_bytes // (1024 * 1024)} MB.", "image_too_large")


def _data_url_bytes(url: str, policy: ImagePolicy) -> bytes:
    header, sep, payload = url.partition(",")
    if not sep or ";base64" not in header or not header[5:].startswith("image/"):
        raise _bad("image_url data URLs must look like data:image/<type>;base64,<data>.")
    # Base64 is 4/3 of the bytes: check the size before decoding so a huge string costs nothing.
    if len(payload) * 3 // 4 > policy.max_bytes:
        raise _too_large(policy)
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise _bad("An image_url data URL is not valid base64.") from None


def _allowed_path(url: str, policy: ImagePolicy) -> Path:
    if policy.allow_files is None:
        raise _bad(
            "Only data: URLs are accepted (start the server with --allow-files DIR for file paths; "
            "network URLs are never fetched)."
        )
    raw = unquote(urlparse(url).path) if url.startswith("file:") else url
    if any(ord(c) < 32 or ord(c) == 127 for c in raw):
        raise _bad("An image path contains control characters.")
    root = policy.allow_files.resolve()
    try:
        # resolve() follows symlinks and "..", so the check is on the real location of the file.
        target = (root / raw).resolve() if not os.path.isabs(raw) else Path(raw).resolve()
    except (OSError, ValueError, RuntimeError):  # a symlink loop, a name too long for the OS
        raise _bad("An image path cannot be resolved.", "image_not_found") from None
    if not target.is_relative_to(root):
        raise ApiError(
            403, "The image path is outside the folder this server may read.", "path_not_allowed", param="messages"
        )
    return target


def _open_regular(path: Path, policy: ImagePolicy):
    """``path`` opened for reading, only if it is a regular file within the size limit. Opened without
    blocking, so a FIFO planted in the folder is refused instead of holding this thread until a writer comes."""
    try:
        fd = os.open(path, os.O_RDONLY | _O_NONBLOCK)
    except OSError:
        raise _bad("The image file does not exist or cannot be read.", "image_not_found") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise _bad("The image path is not a regular file.", "image_not_found")
    if info.st_size > policy.max_bytes:
        os.close(fd)
        raise _too_large(policy)
    return os.fdopen(fd, "rb")


def _read_file(path: Path, policy: ImagePolicy) -> bytes:
    with _open_regular(path, policy) as fh:
        data = fh.read(policy.max_bytes + 1)  # the file may have grown since it was measured
    if len(data) > policy.max_bytes:
        raise _too_large(policy)
    return data


def read_image_part(part: dict, policy: ImagePolicy) -> ImageSource:
    """The :class:`ImageSource` of one ``{"type": "image_url", "image_url": {"url": …}}`` part; nothing decoded."""
    from ..media.images import image_size

    spec = part.get("image_url")
    url = spec.get("url") if isinstance(spec, dict) else spec
    if not isinstance(url, str) or not url:
        raise _bad("image_url parts need an image_url.url string.")
    # LMDeploy's per-image tile cap; we honour it so our remote client and server agree.
    max_tiles = spec.get("max_dynamic_patch") if isinstance(spec, dict) else None
    if max_tiles is not None and (
        isinstance(max_tiles, bool) or not isinstance(max_tiles, int) or not 1 <= max_tiles <= 40
    ):
        raise _bad("image_url.max_dynamic_patch must be an integer from 1 to 40.")
    data = path = None
    try:
        if url.startswith("data:"):
            data = _data_url_bytes(url, policy)
            size = image_size(data, name="the image")
        else:
            path = _allowed_path(url, policy)
            size = image_size(_open_regular(path, policy), name="the image")
    except DesktopVlmError as err:
        raise _bad(f"An image could not be used: {err}", "invalid_image") from None
    if size[0] * size[1] > policy.max_pixels:
        raise _bad(
            f"An image could not be used: it is {size[0]}×{size[1]} pixels, more than the "
            f"{policy.max_pixels / 1e6:g} MP limit.",
            "invalid_image",
        )
    return ImageSource(size, max_tiles, data=data, path=path)


def check_request_pixels(sources: list[ImageSource], policy: ImagePolicy) -> None:
    """413 when the images of one request hold more pixels than ``policy.max_request_pixels`` together."""
    total = sum(w * h for w, h in (s.size for s in sources))
    if total > policy.max_request_pixels:
        raise ApiError(
            413,
            f"The images of this request have {total / 1e6:.1f} MP together, more than the "
            f"{policy.max_request_pixels / 1e6:g} MP a request may have.",
            "images_too_large",
            param="messages",
        )


def decode_image(source: ImageSource, policy: ImagePolicy) -> VisualInput:
    """Decode one measured image (the pixel limits are checked again: a file may have changed meanwhile)."""
    from ..media import load_image

    if source.data is not None:
        data = source.data
    else:
        assert source.path is not None, "an image source is bytes or a file"
        data = _read_file(source.path, policy)
    try:
        image = load_image(data, name="the image", max_pixels=min(policy.max_pixels, source.size[0] * source.size[1]))
    except DesktopVlmError as err:
        raise _bad(f"An image could not be used: {err}", "invalid_image") from None
    return VisualInput(image, max_tiles=source.max_tiles)
