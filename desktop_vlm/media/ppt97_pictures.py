"""The raster pictures the slides of a PowerPoint 97–2003 presentation show, for :mod:`.ppt97_text`.

A picture shape's properties name its picture by number (``pib``, counting from 1) in the blip store, a list of
entries in the document's drawing group. An entry gives the offset of the picture's record in the ``Pictures``
stream, or holds that record itself, whose image file :mod:`.office_art` reads. The pictures are a bonus on top of
the text: a damaged blip store or ``Pictures`` stream, or a picture that does not decode, leaves pictures out,
never the presentation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PIL import Image

from ..core.errors import MediaError
from .office_art import DRAWING_GROUP_CONTAINER, Blip, blip_store, fitted_picture, image_span
from .office_pictures import MAX_PICTURES, PICTURE_MARK

if TYPE_CHECKING:
    from .ppt97_text import Record

_DRAWING_GROUP = 0x040B  # the document's record holding its OfficeArt drawing group, which holds the blip store


class PresentationReader(Protocol):
    """What the pictures need of the presentation's reader: its stream, its checked records, and the room left for
    text (a picture's mark takes some)."""

    name: str
    stream: bytes
    room: int

    def children(self, parent: Record) -> list[Record]: ...

    def charge(self, text: str) -> str: ...


class SlidePictures:
    """The pictures of one reading of a presentation, decoded the first time each is shown, in the order shown:
    at most ``MAX_PICTURES``, a picture shown twice (or named by two entries) sent once."""

    def __init__(self, reader: PresentationReader, pictures_stream: bytes):
        """``pictures_stream``: the ``Pictures`` stream, empty when the presentation has none."""
        self.reader = reader
        self.pictures_stream = pictures_stream
        self.blips: list[Blip | None] = []  # the blip store's entries, in ``pib`` order
        # The bytes of pictures' records decoded. A sound file's pictures lie apart, so no more than its streams
        # hold; entries pointing into one another's bytes would have the same bytes decoded over and over.
        self.undecoded = len(reader.stream) + len(pictures_stream)
        # the pictures' records tried, and those sent in the order they appear: by stream (the document's or not)
        # and start
        self.tried: set[tuple[bool, int]] = set()
        self.sent: dict[tuple[bool, int], Image.Image] = {}

    def find_store(self, contents: list[Record]) -> None:
        """Find where each entry of the blip store (among the document's ``contents``) puts its picture's record
        (None where it names none); none at all when the store is missing or damaged."""
        try:
            group = self._inside(contents, _DRAWING_GROUP)
        except MediaError:  # a record of the drawing group that the reader refuses as damaged
            group = []
        container = next((record for record in group if record.type == DRAWING_GROUP_CONTAINER), None)
        self.blips = blip_store(self.reader.stream, container, self.pictures_stream) if container is not None else []

    def mark(self, pib: int) -> str | None:
        """The mark of the blip store's picture ``pib``, decoding it the first time it is shown; None when it is
        not sent (not in the store, past ``MAX_PICTURES``, not worth sending, or the text is full)."""
        blip = self.blips[pib - 1] if 0 < pib <= len(self.blips) else None
        if blip is None or self.reader.room <= 0:
            return None
        key = (blip.stream is self.reader.stream, blip.start)
        if key not in self.tried and len(self.sent) < MAX_PICTURES:
            self.tried.add(key)
            picture = self._decode(blip, f"{self.reader.name}: picture {pib}")
            if picture is not None:
                self.sent[key] = picture
        if key not in self.sent:
            return None
        return self.reader.charge(PICTURE_MARK.format(list(self.sent).index(key) + 1))

    def _inside(self, records: list[Record], kind: int) -> list[Record]:
        """The records inside the first of ``records`` of type ``kind``; none when there is no such record."""
        found = next((record for record in records if record.type == kind), None)
        return self.reader.children(found) if found is not None else []

    def _decode(self, blip: Blip, name: str) -> Image.Image | None:
        """The picture in ``blip``'s record, fitted to ``PICTURE_TILES``; None when it is a vector one, damaged,
        under ``MIN_SIDE`` pixels on a side, or more than the bytes left to decode."""
        span = image_span(blip)
        if span is None or span[1] - span[0] > self.undecoded:
            return None
        start, end = span
        self.undecoded -= end - start
        return fitted_picture(blip.stream[start:end], name)
