"""The pictures of Office 97–2003 drawings (OfficeArt), shared by the Word, Excel and PowerPoint readers: a
picture's record (a blip) is an 8-byte header (version and instance, type, length), one or two 16-byte ids, a tag
byte and the image file's bytes — for a bitmap, a DIB: a BMP without its 14-byte file header, which Pillow reads
as it is. Raster pictures (JPEG, PNG, DIB, TIFF) are read; vector ones (EMF, WMF, PICT) are left out, having no
decoder here.

A drawing group holds the blip store, a list of entries each holding a picture's record or giving its offset in
another stream (Word's document stream, PowerPoint's Pictures stream); a shape names its picture by its number in
the store (``pib``, counting from 1) in its property table.
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
_CONTAINER = 0xF  # the record version of a container
DRAWING_GROUP_CONTAINER, BLIP_STORE = 0xF000, 0xF001
PROPERTY_TABLES = frozenset({0xF00B, 0xF121, 0xF122})  # a shape's primary, secondary and tertiary property tables
_PIB = 0x0104  # the property naming a picture shape's picture
_BLIP_ID = 0x4000  # set in a property's id when its value is a picture's number (and the complex bit, 0x8000, clear)
_DELAY_OFFSET = 28  # where an entry that does not hold its picture's record gives its offset in the other stream


class ArtRecord(NamedTuple):
    """A drawing's record: its type, instance, whether it holds records, and where its body lies."""

    type: int
    instance: int
    container: bool
    start: int
    end: int


def art_record_at(data: bytes, at: int, end: int) -> ArtRecord | None:
    """The record at ``at`` of ``data``; None when it does not end by ``end``."""
    if at < 0 or at + HEADER > end:
        return None
    version_instance, kind, length = struct.unpack_from("<HHI", data, at)
    if at + HEADER + length > end:
        return None
    return ArtRecord(
        kind, version_instance >> 4, version_instance & 0xF == _CONTAINER, at + HEADER, at + HEADER + length
    )


def art_records(data: bytes, start: int, end: int) -> list[ArtRecord]:
    """The records from ``start`` to ``end`` of ``data``; those from a record running past ``end`` on are left
    out."""
    found: list[ArtRecord] = []
    while (record := art_record_at(data, found[-1].end if found else start, end)) is not None:
        found.append(record)
    return found


def blip_store(data: bytes, group: ArtRecord, delayed: bytes = b"") -> list[Blip | None]:
    """Where each entry of the blip store in the drawing group ``group`` keeps its picture's record: in the entry,
    or at its offset in ``delayed``; None for an entry that does neither. Empty when there is no store."""
    store = next((r for r in art_records(data, group.start, group.end) if r.type == BLIP_STORE), None)
    if store is None:
        return []
    return [_entry_blip(data, entry, delayed) for entry in art_records(data, store.start, store.end)]


def _entry_blip(data: bytes, entry: ArtRecord, delayed: bytes) -> Blip | None:
    if entry.type in BLIP_TYPES:
        return Blip(data, entry.start - HEADER, entry.end)
    if entry.type != BLIP_ENTRY or entry.end - entry.start < ENTRY_SIZE:
        return None
    held = entry.start + ENTRY_SIZE + data[entry.start + NAME_LENGTH]  # after the picture's name
    if held + HEADER <= entry.end:
        return Blip(data, held, entry.end)
    (offset,) = struct.unpack_from("<I", data, entry.start + _DELAY_OFFSET)
    return Blip(delayed, offset, len(delayed)) if delayed else None


def picture_number(data: bytes, table: ArtRecord) -> int | None:
    """The number in the blip store of the picture a shape's property ``table`` names; None when it names none."""
    count = min(table.instance, (table.end - table.start) // 6)
    for number, value in struct.iter_unpack("<HI", data[table.start : table.start + 6 * count]):
        if number & ~_BLIP_ID == _PIB:
            return value
    return None


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
