"""What kind of file is this? Content first (magic bytes), extension second."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import MediaError

SUPPORTED_TEXT = "images (PNG, JPEG, WebP, BMP, TIFF, GIF, HEIC), videos (MP4, MOV, MKV, WebM, AVI) and PDF documents"

_IMAGE_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*",
)  # fmt: skip
_VIDEO_EXT = {".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mpg", ".mpeg", ".wmv", ".flv", ".3gp", ".ts"}
_IMAGE_EXT = {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff", ".gif", ".heic", ".heif"}


def _sniff(head: bytes) -> str | None:
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return "image" if brand in (b"heic", b"heix", b"mif1", b"msf1", b"avif") else "video"
    if head.startswith(b"\x1a\x45\xdf\xa3") or (head[:4] == b"RIFF" and head[8:11] == b"AVI"):
        return "video"
    if head[:4] in (b"\x00\x00\x01\xba", b"\x00\x00\x01\xb3") or head[:1] == b"\x47":
        return "video"
    return None


def detect_kind(path: Path) -> str:
    """'image', 'video' or 'pdf'; :class:`MediaError` naming what works otherwise."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        raise MediaError(f"File not found: {path}") from None
    except IsADirectoryError:
        raise MediaError(f"{path.name} is a folder, not a file.") from None
    except OSError as err:
        raise MediaError(f"Cannot read {path.name}: {err.strerror or err}.") from None
    if not head:
        raise MediaError(f"{path.name} is empty.")
    kind = _sniff(head)
    if kind is None:
        suffix = path.suffix.lower()
        kind = "video" if suffix in _VIDEO_EXT else "image" if suffix in _IMAGE_EXT else None
    if kind is None:
        raise MediaError(f"{path.name} is not a file type Desktop VLM can read.", hint=f"Supported: {SUPPORTED_TEXT}.")
    return kind
