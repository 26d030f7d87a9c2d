"""The raster pictures on the sheets of an Excel 97–2003 workbook, for :mod:`.xls_text`, which marks each after its
sheet's rows as :mod:`.xlsx_text` does.

The workbook stream is a run of BIFF records, each a 2-byte type, a 2-byte length and a body. Its global part (up
to the first end-of-file record) holds the drawing group (``MSODRAWINGGROUP``, continued by ``CONTINUE`` records)
whose blip store keeps every picture's record; each sheet's part, found through its ``BOUNDSHEET`` record, holds
the sheet's drawing (``MSODRAWING`` records, with object records between them), whose shapes name their picture by
number in that store. The drawings are OfficeArt records, as in Word and PowerPoint files (:mod:`.office_art`).

Every offset and length comes from the file and is checked against the bytes it points into; nesting is bounded.
The pictures are a bonus on top of the text: damage leaves pictures out, never the workbook.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

from PIL import Image

from .office_art import (
    DRAWING_GROUP_CONTAINER,
    PROPERTY_TABLES,
    Blip,
    art_records,
    blip_store,
    fitted_picture,
    image_span,
    picture_number,
)
from .office_pictures import MAX_PICTURES, PICTURE_MARK

# BIFF record types
_EOF, _CONTINUE, _BOUNDSHEET, _DRAWING_GROUP, _DRAWING = 0x000A, 0x003C, 0x0085, 0x00EB, 0x00EC
MAX_DEPTH = 32  # shapes group a few levels deep; a deeper drawing is damaged


class SheetPictures:
    """The pictures of one reading of a workbook, decoded the first time a sheet shows each, in the order shown:
    at most ``MAX_PICTURES``, a picture shown twice sent once."""

    def __init__(self, stream: bytes):
        """``stream``: the workbook stream."""
        self.stream = stream
        self.blips: list[Blip | None] = []
        self.shown: dict[str, list[int]] = {}  # by sheet name: the picture numbers its shapes name, in order
        # The bytes of pictures' records decoded. A sound file's pictures lie apart, so no more than the stream
        # holds; entries pointing into one another's bytes would have the same bytes decoded over and over.
        self.undecoded = len(stream)
        self.tried: set[int] = set()
        self.sent: dict[int, Image.Image] = {}  # by where the picture's record starts, in the order shown
        try:
            self._read()
        except (struct.error, IndexError, RecursionError):  # damage the bounds below did not foresee
            self.blips, self.shown = [], {}

    def marks(self, sheet: str) -> list[str]:
        """The marks of the pictures sent that the sheet named ``sheet`` shows, decoding each the first time."""
        found: list[str] = []
        for pib in self.shown.get(sheet, []):
            blip = self.blips[pib - 1] if 0 < pib <= len(self.blips) else None
            if blip is None:
                continue
            if blip.start not in self.tried and len(self.sent) < MAX_PICTURES:
                self.tried.add(blip.start)
                picture = self._decode(blip, f"picture {pib}")
                if picture is not None:
                    self.sent[blip.start] = picture
            if blip.start in self.sent:
                mark = PICTURE_MARK.format(list(self.sent).index(blip.start) + 1)
                if mark not in found:
                    found.append(mark)
        return found

    def _read(self) -> None:
        """Find the blip store in the global part and the pictures each sheet's drawing shows."""
        group = bytearray()
        sheets: list[tuple[str, int]] = []  # each sheet's name and where its part starts
        previous = -1
        for kind, start, end in _biff_records(self.stream, 0):
            if kind == _EOF:
                break
            if kind == _BOUNDSHEET and end - start >= 8:
                sheets.append(
                    (_sheet_name(self.stream, start + 6, end), struct.unpack_from("<I", self.stream, start)[0])
                )
            elif kind == _DRAWING_GROUP or (kind == _CONTINUE and previous == _DRAWING_GROUP):
                group += self.stream[start:end]
            if kind != _CONTINUE:
                previous = kind
        data = bytes(group)
        container = next((r for r in art_records(data, 0, len(data)) if r.type == DRAWING_GROUP_CONTAINER), None)
        self.blips = blip_store(data, container) if container is not None else []
        if not self.blips:
            return
        for name, offset in sheets:
            drawing = bytearray()
            for kind, start, end in _biff_records(self.stream, offset):
                if kind == _EOF:
                    break
                if kind == _DRAWING:
                    drawing += self.stream[start:end]
            pibs: list[int] = []
            _collect_pibs(bytes(drawing), 0, len(drawing), pibs, 0)
            self.shown[name] = pibs

    def _decode(self, blip: Blip, name: str) -> Image.Image | None:
        span = image_span(blip)
        if span is None or span[1] - span[0] > self.undecoded:
            return None
        self.undecoded -= span[1] - span[0]
        return fitted_picture(blip.stream[span[0] : span[1]], name)


def _biff_records(stream: bytes, offset: int) -> Iterator[tuple[int, int, int]]:
    """(type, body start, body end) of each record from ``offset`` on, while whole records fit the stream."""
    at = offset
    while 0 <= at and at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        if at + 4 + length > len(stream):
            return
        yield kind, at + 4, at + 4 + length
        at += 4 + length


def _sheet_name(stream: bytes, start: int, end: int) -> str:
    """A sheet's name as its ``BOUNDSHEET`` record keeps it: a length, a flag (UTF-16 or one byte a character),
    then the characters."""
    if start + 2 > end:
        return ""
    count, wide = stream[start], stream[start + 1] & 1
    text = stream[start + 2 : min(end, start + 2 + count * (2 if wide else 1))]
    return text.decode("utf-16-le", "replace") if wide else text.decode("latin-1")


def _collect_pibs(data: bytes, start: int, end: int, pibs: list[int], depth: int) -> None:
    """Add to ``pibs`` the picture numbers the shapes between ``start`` and ``end`` name, front to back."""
    if depth > MAX_DEPTH:
        return
    for record in art_records(data, start, end):
        if record.container:
            _collect_pibs(data, record.start, record.end, pibs, depth + 1)
        elif record.type in PROPERTY_TABLES and (pib := picture_number(data, record)) is not None:
            pibs.append(pib)
