"""The pictures of Office 97–2003 drawings (OfficeArt), shared by :mod:`.ppt97_text` and :mod:`.word97_text`: a
picture's record (a blip) is an 8-byte header (version and instance, type, length), one or two 16-byte ids, a tag
byte and the image file's bytes — for a bitmap, a DIB: a BMP without its 14-byte file header, which Pillow reads
as it is. Raster pictures (JPEG, PNG, DIB, TIFF) are read; vector ones (EMF, WMF, PICT) are left out, having no
decoder here.
"""

from __future__ import annotations

import struct
from typing import NamedTuple

from PIL import Image

from ..core.errors import MediaError
from .images import load_image_fitted
from .office_pictures import MIN_SIDE, PICTURE_TILES

HEADER = 8  # bytes of a record's header
BLIP_ENTRY = 0xF007  # a blip store entry: a fixed part, the picture's name, then (where held there) its record
ENTRY_SIZE = 36  # an entry's fixed part, before its picture's name and the picture's record (when held there)
NAME_LENGTH = 33  # the byte of an entry's fixed part giving its picture's name's length
BLIP_TYPES = range(0xF018, 0xF118)  # the record types a picture's record may have
RASTER_BLIPS = frozenset({0xF01D, 0xF01E, 0xF01F, 0xF029, 0xF02A})  # JPEG, PNG, DIB, TIFF, CMYK JPEG
# The instances of a raster picture's record with a second 16-byte id (JPEG, PNG, TIFF, DIB): each one more than the
# instance of the same kind of record with one.
TWO_IDS = frozenset({0x46B, 0x6E1, 0x6E3, 0x6E5, 0x7A9})
_BLIP_PREFIX = 17  # bytes of one id and the tag byte before the image file


class Blip(NamedTuple):
    """Where a picture's record lies: in ``stream``, from ``start`` (its header) to at most ``end``."""

    stream: bytes
    start: int
    end: int


def image_span(blip: Blip) -> tuple[int, int] | None:
    """Where the image file a raster picture's record holds starts and ends in its stream; None for a vector
    picture's, or a record that is not a picture's or runs past ``blip.end``."""
    if blip.start < 0 or blip.start + HEADER > blip.end:
        return None
    version_instance, kind, length = struct.unpack_from("<HHI", blip.stream, blip.start)
    skip = _BLIP_PREFIX + (16 if version_instance >> 4 in TWO_IDS else 0)
    end = blip.start + HEADER + length
    if kind not in RASTER_BLIPS or length < skip or end > blip.end:
        return None
    return blip.start + HEADER + skip, end


def fitted_picture(data: bytes, name: str) -> Image.Image | None:
    """The picture in the image file ``data``, fitted to ``PICTURE_TILES``; None when it does not decode or is
    under ``MIN_SIDE`` pixels on a side (an icon, a bullet, a rule)."""
    try:
        image = load_image_fitted(data, max_tiles=PICTURE_TILES, name=name).image
    except MediaError:
        return None
    return image if min(image.size) >= MIN_SIDE else None
