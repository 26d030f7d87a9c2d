"""The text of a PowerPoint 97–2003 presentation (.ppt, .pps, .pot): each slide in the presentation's order under
``## Slide N``, the paragraphs of its text boxes and placeholders, its tables' rows as ``| a | b |``, then its
speaker notes — as :mod:`.pptx_text` gives a .pptx — and the raster pictures its slides show, sent beside the text
as :mod:`.office_pictures` sends a .pptx's, each marked ``[Image-N]`` where it sits. The masters and layouts (with
their "Click to edit" prompts), pictures on notes pages, vector pictures (EMF, WMF, PICT), comments, fields such as
slide numbers and dates, and the presentation's properties are left out.

How the format keeps its text. The ``PowerPoint Document`` stream is a sequence of records, each an 8-byte header
(version and instance, type, length) and a body; a container's body is more records. Records are found through
the persist directory, which maps persist ids to stream offsets: the ``Current User`` stream points at the newest
user edit, each edit at the one before it and at its own part of the directory, and the newest edit names the
document record. That holds the slide list: one entry per slide in the order shown, giving the slide's persist id
and followed by the text of its placeholders (PowerPoint keeps it there; LibreOffice does not). A slide record
holds its drawing — shapes, groups and tables in front-to-back order, a shape's text either inside it or, for a
placeholder, as an index into the slide list's texts — and the id of its notes, whose own list maps it to the
notes record with a drawing of its own. Paragraphs end with ``\\r``; ``\\x0b`` breaks a line inside one.

A picture shape's properties name its picture by number in the blip store, which :mod:`.ppt97_pictures` reads.

Every offset, length and count comes from the file, so each is checked against the bytes it points into, nesting
is bounded, and no record is read more often than a sound file needs: a file whose offsets loop or overlap to make
the reader go round is refused as damaged. The pictures are a bonus on top of the text: a damaged blip store or
``Pictures`` stream, or a picture that does not decode, leaves pictures out, never the presentation.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING, NamedTuple

from ..core.errors import MediaError
from ..core.messages import Message
from .compound_file import PASSWORD_HINT, read_stream
from .office_art import HEADER, PROPERTY_TABLES, ArtRecord, picture_number
from .office_pictures import OfficeDocument
from .ppt97_pictures import SlidePictures
from .text_files import MAX_TEXT_BYTES

if TYPE_CHECKING:
    import olefile

MAX_DEPTH = 32  # groups of shapes nest a few levels deep; a deeper file is damaged or made to exhaust a reader
CONTAINER = 0xF  # the record version of a container
ENCRYPTED_TOKEN = 0xF3D1C4DF  # the Current User's header token when the document is encrypted
# record types of the presentation
_CURRENT_USER, _USER_EDIT, _PERSIST_DIRECTORY, _CRYPT_SESSION = 0x0FF6, 0x0FF5, 0x1772, 0x2F14
_DOCUMENT, _SLIDE_LIST, _SLIDE_PERSIST = 0x03E8, 0x0FF0, 0x03F3
_SLIDE, _SLIDE_ATOM, _NOTES, _DRAWING = 0x03EE, 0x03EF, 0x03F0, 0x040C
_TEXT_CHARS, _TEXT_BYTES, _OUTLINE_TEXT_REF = 0x0FA0, 0x0FA8, 0x0F9E
# A field's place in the text (slide number, date, header, footer): a "*" that stands for a value shown in its place.
_FIELDS = frozenset({0x0FD8, 0x0FF7, 0x0FF8, 0x0FF9, 0x0FFA, 0x1015})
_SLIDES, _NOTES_PAGES = 0, 2  # slide lists by instance; 1 lists the masters
# record types of the drawing (OfficeArt)
_DRAWING_CONTAINER, _GROUP, _SHAPE = 0xF002, 0xF003, 0xF004
_SHAPE_ATOM, _CHILD_ANCHOR, _TEXT_BOX = 0xF00A, 0xF00F, 0xF00D
_TABLE_PROPERTY = 0x039F  # set on the group that is a table; its cells are its rectangles
_RECTANGLE = 1  # a shape's type, the record instance of its shape atom
# Control characters: a line break inside a paragraph is kept, the others (field marks, padding) dropped.
_CONTROLS = {code: None for code in range(0x20) if chr(code) not in "\t\n\r"} | {0x0B: "\n"}
# A text as read: its paragraphs, or (a placeholder's, in a drawing) the index of the slide list's text it shows.
Text = list[str] | int


Record = ArtRecord  # PowerPoint's records are laid out as its drawings' are


class Shape(NamedTuple):
    """What the text needs of a shape: its type, where it sits in its group (left, top) if given, whether it is a
    table, its texts, and the number of the picture it shows in the blip store (0 for none)."""

    kind: int
    anchor: tuple[int, int] | None
    table: bool
    texts: list[Text]
    picture: int


def ppt97_text(name: str, ole: olefile.OleFileIO) -> str:
    """The text of the presentation ``name`` (an opened compound file): each slide in order under ``## Slide N``,
    its text, its tables' rows as ``| a | b |``, then ``Notes: ...`` with its speaker notes.

    Raises
    ------
    MediaError
        Saved with a password, without slides, or damaged.
    """
    return read_ppt97(name, ole, with_pictures=False).text


def read_ppt97(name: str, ole: olefile.OleFileIO, with_pictures: bool = True) -> OfficeDocument:
    """The text of the presentation and, ``with_pictures``, the raster pictures its slides show, each marked
    ``[Image-N]`` in the text under its slide where it sits, numbered in the order they appear; at most
    ``MAX_PICTURES``, each at least ``MIN_SIDE`` px on each side, damaged or vector (EMF/WMF/PICT) ones left out.
    Raises as :func:`ppt97_text`."""
    if ole.exists("EncryptedSummary"):
        raise _protected(name)
    document, current_user = read_stream(name, ole, "PowerPoint Document"), read_stream(name, ole, "Current User")
    return read_presentation(name, document, current_user, _pictures_stream(name, ole) if with_pictures else None)


def presentation_text(name: str, document: bytes, current_user: bytes) -> str:
    """The text of the presentation whose ``PowerPoint Document`` stream is ``document`` and ``Current User``
    stream ``current_user``. Raises as :func:`ppt97_text`."""
    return read_presentation(name, document, current_user, None).text


def read_presentation(name: str, document: bytes, current_user: bytes, pictures: bytes | None) -> OfficeDocument:
    """The text of the presentation whose streams are ``document`` and ``current_user`` and, unless ``pictures``
    (its ``Pictures`` stream, empty when it has none) is None, the pictures its slides show. Raises as
    :func:`ppt97_text`."""
    reader = _Reader(name, document, pictures)
    if not reader.read(current_user):
        raise MediaError(Message("{name} is not a PowerPoint presentation: it has no slides.", name=name))
    sent = list(reader.pictures.sent.values()) if reader.pictures else []
    return OfficeDocument("\n".join(reader.lines)[:MAX_TEXT_BYTES], sent)


def _pictures_stream(name: str, ole: olefile.OleFileIO) -> bytes:
    """The ``Pictures`` stream, which holds most presentations' pictures; empty when there is none or it cannot be
    read, so that the text still goes."""
    try:
        return read_stream(name, ole, "Pictures") if ole.exists("Pictures") else b""
    except MediaError:
        return b""


def _protected(name: str) -> MediaError:
    """The refusal of a presentation saved with a password."""
    return MediaError(Message("{name} is protected with a password.", name=name), hint=PASSWORD_HINT)


class _Reader:
    """One reading of a presentation's stream: how many more of its bytes it may read, how much more text it
    may give, and the lines of text so far."""

    def __init__(self, name: str, stream: bytes, pictures: bytes | None):
        self.name = name
        self.stream = stream
        # Record headers and persist directory entries read. A sound file has each read once, so no more than the
        # stream's bytes in all; offsets that loop or point into one another would make a reader go round.
        self.unread = len(stream)
        self.room = MAX_TEXT_BYTES
        self.lines: list[str] = []
        self.pictures = SlidePictures(self, pictures) if pictures is not None else None

    def damaged(self, why: Message) -> MediaError:
        """The refusal of the presentation, saying ``why`` it cannot be read."""
        return MediaError(Message("{name} is damaged: {reason}.", name=self.name, reason=why))

    def record(self, offset: int, end: int) -> Record:
        """The record at ``offset``, which must end by ``end``."""
        if offset < 0 or offset + HEADER > end:
            raise self.damaged(Message("a record lies outside its part"))
        self.spend(HEADER)
        version_instance, kind, length = struct.unpack_from("<HHI", self.stream, offset)
        if offset + HEADER + length > end:
            raise self.damaged(Message("a record is longer than the part holding it"))
        start = offset + HEADER
        return Record(kind, version_instance >> 4, version_instance & 0xF == CONTAINER, start, start + length)

    def children(self, parent: Record) -> list[Record]:
        """The records inside ``parent`` (none in an atom)."""
        found: list[Record] = []
        offset = parent.start
        while parent.container and offset < parent.end:
            found.append(self.record(offset, parent.end))
            offset = found[-1].end
        return found

    def spend(self, size: int) -> None:
        """Count ``size`` bytes more as read."""
        self.unread -= size
        if self.unread < 0:
            raise self.damaged(Message("its records point into one another"))

    def number(self, record: Record, at: int) -> int:
        """The unsigned 32-bit number at byte ``at`` of ``record``'s body."""
        if record.start + at + 4 > record.end:
            raise self.damaged(Message("a record is too short"))
        return struct.unpack_from("<I", self.stream, record.start + at)[0]

    def charge(self, text: str) -> str:
        """``text``, counted (with the line break after it) against the room left for the presentation's text."""
        self.room -= len(text) + 1
        return text

    def read(self, current_user: bytes) -> bool:
        """Add the text of every slide to ``lines``; False if the presentation has no slides."""
        persist, document = self.persist_directory(current_user)
        contents = self.children(document)
        if self.pictures is not None:
            self.pictures.find_store(contents)
        lists = {record.instance: record for record in contents if record.type == _SLIDE_LIST}
        notes = {
            notes_id: (page, kept)
            for page, notes_id, kept in self.slide_list(persist, lists.get(_NOTES_PAGES), _NOTES)
            if notes_id
        }
        slides = self.slide_list(persist, lists.get(_SLIDES), _SLIDE)
        for number, (slide, _, kept) in enumerate(slides, 1):
            if number > 1:
                self.lines.append("")
            self.lines.append(self.charge(f"## Slide {number}"))
            parts = self.children(slide)
            self.add_drawing(parts, kept, self.lines, shown=True)
            atom = next((part for part in parts if part.type == _SLIDE_ATOM), None)
            spoken: list[str] = []
            if atom is not None and (notes_page := notes.get(self.number(atom, 16))) is not None:
                page, page_kept = notes_page
                self.add_drawing(self.children(page), page_kept, spoken, shown=False)
            if spoken:
                self.lines.append("Notes: " + " ".join(spoken))
        return bool(slides)

    def persist_directory(self, current_user: bytes) -> tuple[dict[int, int], Record]:
        """The stream offset of each persist id, as the newest edit has it, and the document record."""
        if len(current_user) < HEADER + 12 or struct.unpack_from("<H", current_user, 2)[0] != _CURRENT_USER:
            raise self.damaged(Message("its Current User part is not a PowerPoint one"))
        token, offset = struct.unpack_from("<II", current_user, HEADER + 4)
        if token == ENCRYPTED_TOKEN:
            raise _protected(self.name)
        edits: list[Record] = []
        seen: set[int] = set()
        while not edits or offset:
            if offset in seen:
                raise self.damaged(Message("its saved edits point at one another in a loop"))
            seen.add(offset)
            edits.append(self.record(offset, len(self.stream)))
            if edits[-1].type != _USER_EDIT:
                raise self.damaged(Message("its Current User part does not point at a saved edit"))
            offset = self.number(edits[-1], 8)
        persist: dict[int, int] = {}
        for edit in reversed(edits):  # the oldest first: a newer edit's offsets replace an older one's
            persist.update(self.directory_part(self.record(self.number(edit, 12), len(self.stream))))
        newest = edits[0]
        if newest.end - newest.start >= 32:  # only an encrypted document's edit names its encryption record
            session = persist.get(self.number(newest, 28))
            if session is not None and self.record(session, len(self.stream)).type == _CRYPT_SESSION:
                raise _protected(self.name)
        return persist, self.persisted(persist, self.number(newest, 16), _DOCUMENT)

    def directory_part(self, record: Record) -> dict[int, int]:
        """The offsets one persist directory record gives: runs of consecutive persist ids, each after a number
        holding its first id (low 20 bits) and its length (high 12 bits)."""
        if record.type != _PERSIST_DIRECTORY:
            raise self.damaged(Message("a saved edit does not point at its persist directory"))
        offsets: dict[int, int] = {}
        at = record.start
        while at + 4 <= record.end:
            (entry,) = struct.unpack_from("<I", self.stream, at)
            first, count = entry & 0xFFFFF, entry >> 20
            if at + 4 + 4 * count > record.end:
                raise self.damaged(Message("its persist directory is cut short"))
            self.spend(4 + 4 * count)
            for index, offset in enumerate(struct.unpack_from(f"<{count}I", self.stream, at + 4)):
                offsets[first + index] = offset
            at += 4 + 4 * count
        return offsets

    def persisted(self, persist: dict[int, int], persist_id: int, kind: int) -> Record:
        """The container of type ``kind`` that ``persist_id`` names."""
        offset = persist.get(persist_id)
        record = self.record(offset, len(self.stream)) if offset is not None else None
        if record is None or record.type != kind or not record.container:
            raise self.damaged(Message("a slide, or the document listing them, is missing"))
        return record

    def slide_list(
        self, persist: dict[int, int], listing: Record | None, kind: int
    ) -> list[tuple[Record, int, list[Text]]]:
        """Each slide (or notes page, ``kind``) of a slide list in order: its record, its id and the texts the
        list keeps for it."""
        entries: list[tuple[Record, int, list[Text]]] = []
        run: list[Record] = []  # the records after a slide's entry: its texts
        for record in [*(self.children(listing) if listing is not None else []), None]:
            if record is not None and record.type != _SLIDE_PERSIST:
                run.append(record)
                continue
            if entries:
                entries[-1][2].extend(self.texts(run))
            if record is not None:
                entries.append((self.persisted(persist, self.number(record, 0), kind), self.number(record, 12), []))
            run = []
        return entries

    def add_drawing(self, parts: list[Record], kept: list[Text], sink: list[str], shown: bool) -> None:
        """Add to ``sink`` the lines of the drawing among a slide's or notes page's ``parts``: first the texts its
        slide list ``kept`` that no shape points at (a writer may leave a placeholder's shape out), then each
        shape's text and each table's rows, front to back, and, when its pictures are ``shown`` (a slide's, not a
        notes page's), the mark of each picture sent."""
        shapes: list[Shape | list[Shape]] = []
        for drawing in (part for part in parts if part.type == _DRAWING):
            for container in self.children(drawing):
                if container.type == _DRAWING_CONTAINER:
                    self.shapes(container, shapes, 0)
        pointed = {
            text for item in shapes for shape in _shapes_of(item) for text in shape.texts if isinstance(text, int)
        }
        for index, text in enumerate(kept):
            if index not in pointed:
                sink.extend(line for line in self.resolve(text, kept) if line)
        for item in shapes:
            if isinstance(item, list):
                sink.extend(self.table_rows(item, kept))
                continue
            if shown and item.picture and self.pictures and (mark := self.pictures.mark(item.picture)) is not None:
                sink.append(mark)
            sink.extend(line for text in item.texts for line in self.resolve(text, kept) if line)

    def shapes(self, container: Record, found: list[Shape | list[Shape]], depth: int) -> None:
        """Add to ``found`` the shapes in ``container`` (a drawing or a group), front to back; a table as the
        list of its cells."""
        if depth > MAX_DEPTH:
            raise self.damaged(Message("its shapes are grouped deeper than any presentation's"))
        for record in self.children(container):
            if record.type == _SHAPE:
                found.append(self.shape(record))
            elif record.type == _GROUP:
                members: list[Shape | list[Shape]] = []
                self.shapes(record, members, depth + 1)
                # The group's first shape stands for the group itself; a table's cells are its rectangles.
                cells = [member for member in members[1:] if isinstance(member, Shape) and member.kind == _RECTANGLE]
                table = bool(members) and isinstance(members[0], Shape) and members[0].table
                if table and cells and all(cell.anchor is not None for cell in cells):
                    found.append(cells)
                else:
                    found.extend(members)

    def shape(self, container: Record) -> Shape:
        """What the text needs of one shape."""
        kind, anchor, table, texts, picture = 0, None, False, [], 0
        for record in self.children(container):
            if record.type == _SHAPE_ATOM:
                kind = record.instance
            elif record.type == _CHILD_ANCHOR and record.end - record.start >= 16:
                anchor = struct.unpack_from("<ii", self.stream, record.start)
            elif record.type in PROPERTY_TABLES:
                entries = self.properties(record)
                table = table or any(number & 0x3FFF == _TABLE_PROPERTY for number, _ in entries)
                picture = picture_number(self.stream, record) or picture
            elif record.type == _TEXT_BOX:
                texts = self.texts(self.children(record))
        return Shape(kind, anchor, table, texts, picture)

    def properties(self, record: Record) -> list[tuple[int, int]]:
        """The entries of a shape's property table: a 16-bit id (the property's number in its low 14 bits) and a
        32-bit value each, as many as the record's instance."""
        count = min(record.instance, (record.end - record.start) // 6)
        return list(struct.iter_unpack("<HI", self.stream[record.start : record.start + 6 * count]))

    def texts(self, records: list[Record]) -> list[Text]:
        """The texts among ``records`` (a text box's, or those a slide list keeps for a slide): each as its
        paragraphs, or as the index of the slide list's text it shows."""
        texts: list[str | int] = []
        fields: dict[int, set[int]] = {}  # by text: where its characters stand for fields
        for record in records:
            if record.type == _TEXT_CHARS:
                texts.append(self.stream[record.start : record.end].decode("utf-16-le", "replace"))
            elif record.type == _TEXT_BYTES:  # each byte the low byte of a UTF-16 code unit
                texts.append(self.stream[record.start : record.end].decode("latin-1"))
            elif record.type == _OUTLINE_TEXT_REF:
                texts.append(self.number(record, 0))
            elif record.type in _FIELDS and texts and isinstance(texts[-1], str):
                fields.setdefault(len(texts) - 1, set()).add(self.number(record, 0))
        return [
            text if isinstance(text, int) else _paragraphs(text, fields.get(index, set()))
            for index, text in enumerate(texts)
        ]

    def resolve(self, text: Text, kept: list[Text]) -> list[str]:
        """The paragraphs of ``text``, looked up in the slide list's ``kept`` texts if it is an index there; none
        once the presentation's text has filled its room, so that text shown over and over costs no more."""
        if self.room <= 0:
            return []
        if isinstance(text, int):
            found = kept[text] if text < len(kept) else []
            text = found if isinstance(found, list) else []
        return [self.charge(paragraph) for paragraph in text]

    def table_rows(self, cells: list[Shape], kept: list[Text]) -> list[str]:
        """A table's rows as ``| a | b |``: its cells by where they sit, top to bottom and left to right."""
        rows: dict[int, list[tuple[int, str]]] = {}
        for cell in cells:
            left, top = cell.anchor or (0, 0)
            words = " ".join(line for text in cell.texts for line in self.resolve(text, kept) if line)
            rows.setdefault(top, []).append((left, words))
        return [
            "| " + " | ".join(words for _, words in sorted(row, key=lambda cell: cell[0])) + " |"
            for _, row in sorted(rows.items())
        ]


def _shapes_of(item: Shape | list[Shape]) -> list[Shape]:
    """The shape, or a table's cells."""
    return item if isinstance(item, list) else [item]


def _paragraphs(text: str, fields: set[int]) -> list[str]:
    """The paragraphs of a text, without the characters at ``fields`` that stand for a field's value."""
    if fields:
        text = "".join(
            "" if index in fields and character == "*" else character for index, character in enumerate(text)
        )
    return [paragraph.strip() for paragraph in text.translate(_CONTROLS).split("\r")]
