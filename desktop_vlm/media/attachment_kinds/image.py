"""Pictures: PNG, JPEG, WebP, BMP, TIFF, GIF, HEIC/HEIF, AVIF and Photoshop's PSD. One picture each, up to the
tile budget; one over the pixel cap is downscaled while it is decoded, with a note saying so. An animated GIF, PNG
or WebP is read as frames (``animation.py``), and a TIFF of several pages as pages (``scan.py``)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message
from .. import images
from ..kind_spec import AttachmentFile, AttachmentKind, Decoded, DecodeOptions

# PNG, JPEG, GIF, TIFF, and Photoshop's PSD (its flattened picture, which Pillow reads)
_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"8BPS\x00\x01")
# ISO base media files (MP4's container) whose brand says HEIF: pictures, asked before videos claim every "ftyp"
_HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis")


def _sniff(head: bytes) -> bool:
    webp = head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    heif = head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS
    # "BM" alone also starts text ("BMW sales…"): a bitmap's header goes on with its size and reserved fields,
    # which hold zero bytes no text has
    bitmap = head.startswith(b"BM") and b"\x00" in head[2:14]
    return head.startswith(_MAGIC) or webp or heif or bitmap


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    fitted = images.load_image_fitted(
        file.content, max_tiles=options.max_tiles, tile_size=options.tile_size, name=file.name
    )
    return Decoded([fitted.image], note=str(fitted.note) if fitted.note else None)  # stored with the file as read


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return images.load_image(path, at_least=at_least)  # a JPEG decodes at 1/8 scale: ~0.5 s -> tens of ms


KIND = AttachmentKind(
    name="image",
    title=Message("images"),
    formats="PNG, JPEG, WebP, BMP, TIFF, GIF, HEIC, AVIF, PSD",
    extensions=images.SUPPORTED_IMAGE_EXTENSIONS,
    mime="image/png",  # what every stored picture has been recorded as, whatever its format
    decode=_decode,
    sniff=_sniff,
    sniff_order=20,
    order=10,
    thumbnail=_thumbnail,
    file_is_picture=True,
)
