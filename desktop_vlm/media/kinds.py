"""What kind of file is this? Content first (magic bytes), extension second."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import MediaError

SUPPORTED_TEXT = "images (PNG, JPEG, WebP, BMP, TIFF, GIF, HEIC), videos (MP4, MOV, MKV, WebM, AVI) and PDF documents"

_IMAGE_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*",
)  # fmt: skip
_HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis")
_VIDEO_EXT = {".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mpg", ".mpeg", ".wmv", ".flv", ".3gp", ".ts"}
_IMAGE_EXT = {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff", ".gif", ".heic", ".heif"}


def _sniff(head: bytes) -> str | None:
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return "image" if brand in _HEIF_BRANDS else "video"
    if head.startswith(b"\x1a\x45\xdf\xa3") or (head[:4] == b"RIFF" and head[8:11] == b"AVI"):
        return "video"
    if head[:4] in (b"\x00\x00\x01\xba", b"\x00\x00\x01\xb3"):  # MPEG program / elementary stream
        return "video"
    if len(head) > 376 and head[0] == head[188] == head[376] == 0x47:  # MPEG-TS: a sync byte every 188 bytes
        return "video"
    return None


def detect_kind(path: Path) -> str:
    """What a dropped file is: ``"image"``, ``"video"`` or ``"pdf"``.

    The content decides (magic bytes), so a PNG named ``.jpg`` is an image; the extension is used only
    when the content is not recognised (formats without a reliable signature).

    Raises
    ------
    MediaError
        Missing, empty, a folder, or neither content nor extension is one we read; the message lists the
        supported formats.
    """
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
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
