"""The raster pictures of a Word 97–2003 document's text, for :mod:`.word97_text`: those shown in its lines
(inline pictures) and those floating beside them (shapes anchored to a paragraph).

A picture in a line is the character ``\x01``, whose character properties (kept in pages as a paragraph's are) say
it is special and where its picture lies in the ``Data`` stream: a header (PICF) saying how long it is and how it
is kept, then, for the pictures Word 97 and later write, a drawing shape and a blip store entry holding the
picture's record, whose image file :mod:`.office_art` reads.

A floating picture is a shape of the document's drawing, anchored at the character ``\x08``: the table stream's
shape anchors (PlcfSpa) give each anchor's character position and shape id; its OfficeArt content holds the
drawing group, whose blip store gives where each picture's record lies in the ``WordDocument`` stream, then the
drawings, each after a byte saying whose (0: the main text's), whose shapes name their picture in the store.

Every offset comes from the file and is checked against the bytes it points into; damage leaves a picture out,
never the text.
"""

from __future__ import annotations

import bisect
import struct

from PIL import Image

from .office_art import (
    BLIP_ENTRY,
    BLIP_TYPES,
    DRAWING_GROUP_CONTAINER,
    ENTRY_SIZE,
    HEADER,
    NAME_LENGTH,
    PROPERTY_TABLES,
    ArtRecord,
    Blip,
    art_record_at,
    art_records,
    blip_store,
    fitted_picture,
    image_span,
    picture_number,
)
from .office_pictures import MAX_PICTURES, PICTURE_MARK
from .word97_properties import PAGE, character_properties

# modifiers read from a character's properties: whether it is special (a picture, a field mark), where its picture
# lies in the Data stream, and whether that is instead a form field's data or it is an embedded object
_SPECIAL, _PICTURE_LOCATION, _FORM_DATA, _EMBEDDED = 0x0855, 0x6A03, 0x0806, 0x080A
_PICF_SIZE = 0x44  # bytes of a picture's header (PICF) in the Data stream, as its cbHeader gives them
_SHAPE, _SHAPE_FILE = 0x64, 0x66  # how a picture is kept (its mfpf.mm): as a drawing shape, and one named by a file
_ANCHOR_SIZE = 26  # bytes of a shape anchor after the character positions: the shape's id first
_MAIN_TEXT = 0  # the byte before the main text's drawing (1: the headers' and footers')
_SHAPE_CONTAINER, _SHAPE_ATOM = 0xF004, 0xF00A  # a shape, and its atom holding its id
MAX_DEPTH = 32  # shapes group a few levels deep; a deeper drawing is damaged


class WordPictures:
    """The pictures of one reading of a document, inline ones found through the properties of the characters
    showing them and floating ones through their anchors, each decoded the first time it is shown, in the order
    shown: at most ``MAX_PICTURES``, a picture shown twice (the same image file) sent once."""

    def __init__(self, name: str, word: bytes, plc: bytes, data: bytes):
        """``plc``: the table of the pages of character properties, the first stream offset each page covers
        followed by the page numbers; ``data``: the Data stream."""
        self.name, self.word, self.data = name, word, data
        count = max((len(plc) - 4) // 8, 0)
        self.firsts = struct.unpack_from(f"<{count + 1}I", plc) if count else ()
        self.numbers = struct.unpack_from(f"<{count}I", plc, 4 * (count + 1)) if count else ()
        self.pages: dict[int, tuple[tuple[int, ...], list[dict[int, int]]]] = {}
        # Bytes of the Data stream walked. A sound file's pictures lie apart, so no more than the stream holds;
        # pictures pointing into one another's bytes would have the same bytes walked and decoded over and over.
        self.unread = len(data)
        self.files: dict[int, bytes | None] = {}  # by Data offset: the image file there, None when none to send
        self.tried: set[bytes] = set()
        self.pictures: dict[bytes, Image.Image] = {}  # by image file, in the order shown
        self.anchored: dict[int, Blip] = {}  # the floating pictures' records, by the character anchoring each
        self.undecoded = len(word)  # bytes of the WordDocument stream's picture records left to decode

    def mark(self, offset: int) -> str | None:
        """The mark of the picture the picture character at stream ``offset`` shows, decoding it the first time;
        None when it is not sent (its properties name none, past ``MAX_PICTURES``, or not worth sending)."""
        location = self.location(offset)
        if location is None:
            return None
        if location not in self.files:
            self.files[location] = self.image_file(location)
        image_file = self.files[location]
        return self._mark_of(image_file) if image_file is not None else None

    def floating_mark(self, position: int) -> str | None:
        """The mark of the floating picture anchored at the main text's character ``position``, decoding it the
        first time; None when none is anchored there, or it is not sent."""
        blip = self.anchored.get(position)
        span = image_span(blip) if blip is not None else None
        if blip is None or span is None or span[1] - span[0] > self.undecoded:
            return None
        self.undecoded -= span[1] - span[0]
        return self._mark_of(blip.stream[span[0] : span[1]])

    def find_floating(self, anchors: bytes, drawings: bytes) -> None:
        """Find where the main text's floating pictures are anchored. ``anchors``: the table stream's shape
        anchors, each one's character position (and one more), then ``_ANCHOR_SIZE`` bytes each starting with
        its shape's id; ``drawings``: the document's OfficeArt content."""
        count = max((len(anchors) - 4) // (4 + _ANCHOR_SIZE), 0)
        group = art_record_at(drawings, 0, len(drawings))
        if not count or group is None or group.type != DRAWING_GROUP_CONTAINER:
            return
        blips = blip_store(drawings, group, self.word)
        pictures: dict[int, int] = {}  # by shape id: the picture's number in the store
        at = group.end
        while (drawing := art_record_at(drawings, at + 1, len(drawings))) is not None:
            if drawings[at] == _MAIN_TEXT:
                _shape_pictures(drawings, drawing, pictures, 0)
            at = drawing.end
        positions = struct.unpack_from(f"<{count}I", anchors)
        for k, position in enumerate(positions):
            (shape,) = struct.unpack_from("<I", anchors, 4 * (count + 1) + _ANCHOR_SIZE * k)
            pib = pictures.get(shape, 0)
            if 0 < pib <= len(blips) and (blip := blips[pib - 1]) is not None:
                self.anchored[position] = blip

    def _mark_of(self, image_file: bytes) -> str | None:
        """The mark of the picture in ``image_file``, decoding it the first time; None when it is not sent."""
        if image_file not in self.tried and len(self.pictures) < MAX_PICTURES:
            self.tried.add(image_file)
            picture = fitted_picture(image_file, f"{self.name}: picture")
            if picture is not None:
                self.pictures[image_file] = picture
        if image_file not in self.pictures:
            return None
        return PICTURE_MARK.format(list(self.pictures).index(image_file) + 1)

    def location(self, offset: int) -> int | None:
        """Where in the Data stream the picture of the character at stream ``offset`` lies, as its properties
        say; None when they do not make it a picture's."""
        page = bisect.bisect_right(self.firsts, offset) - 1
        if not 0 <= page < len(self.numbers):
            return None
        starts, properties = self.page(self.numbers[page] & 0x3FFFFF)
        run = bisect.bisect_right(starts, offset) - 1
        if not 0 <= run < len(properties):
            return None
        values = properties[run]
        if values.get(_SPECIAL) != 1 or values.get(_FORM_DATA) or values.get(_EMBEDDED):
            return None
        return values.get(_PICTURE_LOCATION)

    def page(self, number: int) -> tuple[tuple[int, ...], list[dict[int, int]]]:
        """The runs of a page of character properties: the stream offset each starts at (and where the last
        ends), and the modifiers of each; none when the page is missing or too full."""
        if number not in self.pages:
            page = self.word[number * PAGE : number * PAGE + PAGE]
            runs = page[PAGE - 1] if len(page) == PAGE else 0
            if 4 * (runs + 1) + runs > PAGE - 1:
                runs = 0
            starts = struct.unpack_from(f"<{runs + 1}I", page) if runs else ()
            self.pages[number] = (
                starts,
                [character_properties(page, 2 * page[4 * (runs + 1) + k]) for k in range(runs)],
            )
        return self.pages[number]

    def image_file(self, location: int) -> bytes | None:
        """The image file of the picture whose header lies at ``location`` in the Data stream, from the first
        picture's record after its shape: a raster picture's; None for a vector one, a picture kept some other
        way, damage, or once the stream's bytes have all been walked."""
        data = self.data
        if location + _PICF_SIZE > len(data):
            return None
        size, header_size, kept_as = struct.unpack_from("<IHH", data, location)
        end = location + size
        if header_size != _PICF_SIZE or kept_as not in (_SHAPE, _SHAPE_FILE) or size < _PICF_SIZE:
            return None
        if end > len(data) or size > self.unread:
            return None
        self.unread -= size
        at = location + _PICF_SIZE
        if kept_as == _SHAPE_FILE and at < end:
            at += 1 + data[at]  # the file's name, after its length
        while at + HEADER <= end:
            _, kind, length = struct.unpack_from("<HHI", data, at)
            body = at + HEADER
            if body + length > end:
                return None
            if kind == BLIP_ENTRY and length >= ENTRY_SIZE:
                span = image_span(Blip(data, body + ENTRY_SIZE + data[body + NAME_LENGTH], body + length))
                return data[span[0] : span[1]] if span else None
            if kind in BLIP_TYPES:
                span = image_span(Blip(data, at, body + length))
                return data[span[0] : span[1]] if span else None
            at = body + length  # the picture's shape
        return None


def _shape_pictures(data: bytes, container: ArtRecord, pictures: dict[int, int], depth: int) -> None:
    """Add to ``pictures`` the picture number of each shape in ``container`` (a drawing or a group) naming one, by
    the shape's id."""
    if depth > MAX_DEPTH:
        return
    for record in art_records(data, container.start, container.end):
        if record.type != _SHAPE_CONTAINER:
            if record.container:
                _shape_pictures(data, record, pictures, depth + 1)
            continue
        parts = art_records(data, record.start, record.end)
        atom = next((part for part in parts if part.type == _SHAPE_ATOM and part.end - part.start >= 4), None)
        table = next((part for part in parts if part.type in PROPERTY_TABLES), None)
        pib = picture_number(data, table) if table is not None else None
        if atom is not None and pib is not None:
            (shape,) = struct.unpack_from("<I", data, atom.start)
            pictures[shape] = pib
        for part in parts:  # a group's shapes sit in a group container inside it
            if part.container:
                _shape_pictures(data, part, pictures, depth + 1)
