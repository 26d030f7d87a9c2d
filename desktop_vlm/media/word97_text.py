"""The text of a Word 97–2003 document (.doc, .dot): its paragraphs in order, headings marked with ``#``, list
items with ``-``, tables as rows of cells separated by ``|`` and fields by the text they show — as
:mod:`.docx_text` gives a .docx — and the raster pictures of its text, shown in its lines or floating beside them,
sent beside the text as :mod:`.office_pictures` sends a .docx's, each marked ``[Image-N]`` where it sits (a
floating one where it is anchored): a scanned page pasted as a picture reaches the model. Footnotes, headers,
footers, comments and text boxes are left out, as are vector pictures (EMF, WMF, PICT) and the previews of embedded
objects.

How the format keeps its text. The ``WordDocument`` stream starts with a file information block (FIB) giving the
lengths of the document's parts in characters and where its tables are in the table stream (``0Table`` or
``1Table``). The characters are stored in pieces, each either UTF-16 or one byte per character (Windows-1252);
the piece table says where each piece of the character sequence lies in the stream. Paragraph properties (style,
whether a paragraph is in a table, ends a table row, is a list item) are kept by file offset in 512-byte pages.

A picture in a line is the character ``\x01``; :mod:`.word97_pictures` finds and decodes it. The property lists
both read are taken apart by :mod:`.word97_properties`.

Every offset and length here comes from the file, so each is checked against the bytes it points into, and a
count the file gives never decides how much is allocated before it is checked. The pictures are a bonus on top of the
text: damaged picture data or properties leave pictures out, never the text.
"""

from __future__ import annotations

import bisect
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass

from ..core.errors import MediaError, PasswordRequiredError
from ..core.messages import Message
from .compound_file import OFFICE_PASSWORD_HINT, PASSWORD_HINT, read_stream
from .office_pictures import OfficeDocument
from .text_files import MAX_TEXT_BYTES
from .word97_pictures import WordPictures
from .word97_properties import PAGE, modifiers

WORD_IDENTIFIER = 0xA5EC
FIRST_WORD97_VERSION = 101  # the FIB's nFib: Word 6 and 95 wrote lower numbers in another layout
_ENCRYPTED, _TABLE_STREAM_1, _OBFUSCATED = 0x0100, 0x0200, 0x8000  # the FIB's flags
_CLX, _PARAGRAPH_PAGES, _CHARACTER_PAGES = 33, 13, 12  # indexes of (offset, length) pairs in the FIB's FibRgFcLcb97
_SHAPE_ANCHORS, _DRAWINGS = 40, 50  # and of the main text's shape anchors (PlcfSpaMom) and the drawings (DggInfo)
_MAIN_TEXT_LENGTH = 3  # index of ccpText in the FIB's FibRgLw97
_COMPRESSED = 0x40000000  # a piece's offset flag: one byte per character
# single-operation property modifiers (sprms) read from a paragraph's properties
_IN_TABLE, _ROW_END, _LIST = 0x2416, 0x2417, 0x460B
_HEADINGS = range(1, 10)  # the style indexes Word reserves for Heading 1–9
# characters that mark structure rather than text
_PARAGRAPH_END, _CELL_END, _LINE_BREAK, _PAGE_BREAK, _COLUMN_BREAK = "\r", "\x07", "\x0b", "\x0c", "\x0e"
_PICTURE = "\x01"  # an inline picture, when its properties say it is special
_ANCHOR = "\x08"  # where a shape floating beside the text is anchored
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_PARAGRAPH_ENDS = {_PARAGRAPH_END, _CELL_END, _PAGE_BREAK, _COLUMN_BREAK}
# Windows-1252 as a translation of Latin-1: its five undefined bytes keep their Latin-1 code points, as Word does
_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_TOKENS = re.compile(
    r"[^\x00-\x1f]+|[\x00-\x1f]"
)  # text is taken a run at a time: a document is millions of characters
_SHOWN_AS = {_LINE_BREAK: "\n", "\x1e": "-", "\t": "\t"}  # a non-breaking hyphen reads as a hyphen


@dataclass(frozen=True)
class Piece:
    """Characters ``start``–``end`` of the document, at byte ``offset`` of the stream, one byte each when
    ``compressed`` (Windows-1252), else two (UTF-16)."""

    start: int
    end: int
    offset: int
    compressed: bool

    def offset_of(self, character: int) -> int:
        """The stream offset of the document's character ``character`` (one of this piece's)."""
        return self.offset + (character - self.start) * (1 if self.compressed else 2)


@dataclass(frozen=True)
class ParagraphStyle:
    """What the text needs of a paragraph's properties."""

    heading: int = 0  # 1–9 for Heading 1–9
    in_table: bool = False
    row_end: bool = False  # the mark that ends a table row, not a cell
    listed: bool = False


def word97_text(name: str, ole) -> str:
    """The text of the Word document ``name`` (an opened ``olefile.OleFileIO``).

    Raises
    ------
    MediaError
        Saved with a password, by Word 6 or 95, or damaged.
    """
    return read_word97(name, ole, with_pictures=False).text


def read_word97(name: str, ole, with_pictures: bool = True) -> OfficeDocument:
    """The text of the Word document ``name`` (an opened ``olefile.OleFileIO``) and, ``with_pictures``, the raster
    pictures of its text (in its lines or floating beside them), each marked ``[Image-N]`` in the text where it sits
    or is anchored, numbered in the order they appear, a picture shown twice sent once; at most ``MAX_PICTURES``,
    each at least ``MIN_SIDE`` px on each side, damaged and vector (EMF/WMF/PICT) ones left out. Raises as
    :func:`word97_text`."""
    word = read_stream(name, ole, "WordDocument")
    table_name = "1Table" if _fib_flags(name, word) & _TABLE_STREAM_1 else "0Table"
    table = read_stream(name, ole, table_name)
    return read_document(name, word, table, _data_stream(name, ole) if with_pictures else None)


def document_text(name: str, word: bytes, table: bytes) -> str:
    """The text of the document whose ``WordDocument`` stream is ``word`` and table stream ``table``. Raises as
    :func:`word97_text`."""
    return read_document(name, word, table, None).text


def read_document(name: str, word: bytes, table: bytes, data: bytes | None) -> OfficeDocument:
    """The text of the document whose ``WordDocument`` stream is ``word`` and table stream ``table`` and, unless
    ``data`` (its ``Data`` stream, empty when it has none) is None, the pictures in its lines. Raises as
    :func:`word97_text`."""
    flags = _fib_flags(name, word)
    if flags & _ENCRYPTED and flags & _OBFUSCATED:  # Word 95's scrambling, kept by some converters: not opened
        raise MediaError(Message("{name} is protected with a password.", name=name), hint=PASSWORD_HINT)
    if flags & _ENCRYPTED:  # RC4, as Word 97–2003 and LibreOffice encrypt: the window asks (media/unlocking.py)
        raise PasswordRequiredError(
            Message("{name} is protected with a password.", name=name), hint=OFFICE_PASSWORD_HINT
        )
    lengths, places = _fib(name, word)
    main_length = min(lengths[_MAIN_TEXT_LENGTH], MAX_TEXT_BYTES)
    pieces = _pieces(name, _part(name, table, *places[_CLX]), main_length)
    styles = _paragraph_styles(name, word, _part(name, table, *places[_PARAGRAPH_PAGES]))
    pictures = None
    if data is not None:
        try:
            pictures = WordPictures(name, word, _part(name, table, *places[_CHARACTER_PAGES]), data)
        except MediaError:
            pass  # character properties out of their part: the text goes without its pictures
    if pictures is not None and len(places) > _DRAWINGS:
        try:
            pictures.find_floating(_part(name, table, *places[_SHAPE_ANCHORS]), _part(name, table, *places[_DRAWINGS]))
        except MediaError:
            pass  # anchors or drawings out of their part: the text goes without its floating pictures
    characters = _characters(name, word, pieces)
    if pictures is None:
        return OfficeDocument(_visible(characters, pieces, styles), [])
    text = _visible(characters, pieces, styles, pictures.mark, pictures.floating_mark)
    return OfficeDocument(text, list(pictures.pictures.values()))


def _data_stream(name: str, ole) -> bytes:
    """The ``Data`` stream, which holds the pictures in a document's lines; empty when there is none or it cannot
    be read, so that the text still goes."""
    try:
        return read_stream(name, ole, "Data") if ole.exists("Data") else b""
    except MediaError:
        return b""


def _fib_flags(name: str, word: bytes) -> int:
    if len(word) < 32 or struct.unpack_from("<H", word)[0] != WORD_IDENTIFIER:
        raise MediaError(Message("{name} is not a Word document: its WordDocument part has no Word header.", name=name))
    (version,) = struct.unpack_from("<H", word, 2)
    if version < FIRST_WORD97_VERSION:
        raise MediaError(
            Message("{name} was saved by Word 6 or Word 95, which Desktop VLM cannot read.", name=name),
            hint=Message("Save it as .docx or PDF in Word or LibreOffice, and attach that."),
        )
    return struct.unpack_from("<H", word, 10)[0]


def _fib(name: str, word: bytes) -> tuple[list[int], list[tuple[int, int]]]:
    """The FIB's 32-bit counts (FibRgLw97) and its (offset, length) pairs (FibRgFcLcb97). The FIB's parts each
    start with their own length, so later Word versions' longer blocks are stepped over."""
    try:
        at = 32
        (shorts,) = struct.unpack_from("<H", word, at)
        at += 2 + 2 * shorts
        (longs,) = struct.unpack_from("<H", word, at)
        lengths = list(struct.unpack_from(f"<{longs}i", word, at + 2))
        at += 2 + 4 * longs
        (pairs,) = struct.unpack_from("<H", word, at)
        flat = struct.unpack_from(f"<{2 * pairs}I", word, at + 2)
    except struct.error:
        raise MediaError(Message("{name} is damaged: its Word header is cut short.", name=name)) from None
    places = list(zip(flat[::2], flat[1::2]))
    if len(lengths) <= _MAIN_TEXT_LENGTH or len(places) <= _CLX:
        raise MediaError(Message("{name} is damaged: its Word header is cut short.", name=name))
    return lengths, places


def _part(name: str, stream: bytes, offset: int, length: int) -> bytes:
    if offset + length > len(stream):
        raise MediaError(Message("{name} is damaged: a table points past the end of its part.", name=name))
    return stream[offset : offset + length]


def _pieces(name: str, clx: bytes, main_length: int) -> list[Piece]:
    """The pieces holding characters 0–``main_length`` (the main document), from the piece table at the end of
    ``clx`` (after the property lists of fast-saved files)."""
    at = 0
    while at < len(clx) and clx[at] == 1:  # a property list: its length, then its bytes
        if at + 3 > len(clx):
            break
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
    if at + 5 > len(clx) or clx[at] != 2:
        raise MediaError(Message("{name} is damaged: its piece table is missing.", name=name))
    (size,) = struct.unpack_from("<I", clx, at + 1)
    table = clx[at + 5 : at + 5 + size]
    count = (len(table) - 4) // 12  # n + 1 character positions, then n 8-byte descriptors
    if count < 1:
        raise MediaError(Message("{name} is damaged: its piece table is empty.", name=name))
    starts = struct.unpack_from(f"<{count + 1}I", table)
    pieces = []
    for k in range(count):
        start, end = starts[k], min(starts[k + 1], main_length)
        if start >= main_length:
            break
        if end <= start or start != (pieces[-1].end if pieces else 0):
            raise MediaError(Message("{name} is damaged: its pieces are out of order.", name=name))
        (offset,) = struct.unpack_from("<I", table, 4 * (count + 1) + 8 * k + 2)
        compressed = bool(offset & _COMPRESSED)
        offset &= _COMPRESSED - 1
        pieces.append(Piece(start, end, offset // 2 if compressed else offset, compressed))
    return pieces


def _characters(name: str, word: bytes, pieces: list[Piece]) -> str:
    parts = []
    for piece in pieces:
        width = 1 if piece.compressed else 2
        raw = word[piece.offset : piece.offset + (piece.end - piece.start) * width]
        if len(raw) < (piece.end - piece.start) * width:
            raise MediaError(Message("{name} is damaged: its text points past the end of the file.", name=name))
        parts.append(
            raw.decode("latin-1").translate(_CP1252) if piece.compressed else raw.decode("utf-16-le", "replace")
        )
    return "".join(parts)


def _paragraph_styles(name: str, word: bytes, plc: bytes) -> tuple[list[int], list[ParagraphStyle]]:
    """The document's paragraph properties as runs: ``(starts, styles)``, the style of the paragraphs whose end
    mark lies at a stream offset from ``starts[i]`` up to ``starts[i + 1]`` being ``styles[i]``. ``plc``: the
    table of the pages that hold them."""
    count = (len(plc) - 4) // 8
    if count < 0:
        raise MediaError(Message("{name} is damaged: its paragraph table is cut short.", name=name))
    pages = struct.unpack_from(f"<{count}I", plc, 4 * (count + 1)) if count else ()
    starts: list[int] = []
    styles: list[ParagraphStyle] = []
    for number in pages:
        page = word[(number & 0x3FFFFF) * PAGE : (number & 0x3FFFFF) * PAGE + PAGE]
        if len(page) < PAGE:
            raise MediaError(Message("{name} is damaged: a page of paragraph properties is missing.", name=name))
        runs = page[PAGE - 1]
        if 4 * (runs + 1) + 13 * runs > PAGE - 1:
            raise MediaError(Message("{name} is damaged: a page of paragraph properties is too full.", name=name))
        offsets = struct.unpack_from(f"<{runs + 1}I", page)
        for k in range(runs):
            starts.append(offsets[k])
            styles.append(_style(page, page[4 * (runs + 1) + 13 * k] * 2))
    order = sorted(range(len(starts)), key=starts.__getitem__)  # pages are in order in files Word writes
    return [starts[k] for k in order], [styles[k] for k in order]


def _style(page: bytes, at: int) -> ParagraphStyle:
    """The properties stored at ``at`` of a page (0: the defaults): a style index, then modifiers."""
    if at == 0 or at >= PAGE - 1:
        return ParagraphStyle()
    size = page[at]
    if size:
        grpprl = page[at + 1 : at + 2 * size]  # 2 × size − 1 bytes
    else:
        grpprl = page[at + 2 : at + 2 + 2 * page[at + 1]]
    if len(grpprl) < 2:
        return ParagraphStyle()
    values = modifiers(grpprl[2:])
    (style_index,) = struct.unpack_from("<H", grpprl)
    return ParagraphStyle(
        heading=style_index if style_index in _HEADINGS else 0,
        in_table=bool(values.get(_IN_TABLE)),
        row_end=bool(values.get(_ROW_END)),
        listed=bool(values.get(_LIST)),
    )


def _visible(
    characters: str,
    pieces: list[Piece],
    styles: tuple[list[int], list[ParagraphStyle]],
    mark: Callable[[int], str | None] | None = None,
    floating_mark: Callable[[int], str | None] | None = None,
) -> str:
    """The document as a person reads it: each paragraph a line (a heading's and a list item's marked), a
    table's rows as ``| a | b |``, a field's instructions left out and its result shown, and where a picture
    sits, the ``mark`` it gives for the picture character at a stream offset, or where a floating one is
    anchored, the ``floating_mark`` it gives for the anchor's character position (none when they give None)."""
    starts, runs = styles
    piece_starts = [p.start for p in pieces]

    def offset_at(character: int) -> int:
        return pieces[bisect.bisect_right(piece_starts, character) - 1].offset_of(character)

    def style_at(character: int) -> ParagraphStyle:
        run = bisect.bisect_right(starts, offset_at(character)) - 1
        return runs[run] if run >= 0 else ParagraphStyle()

    lines: list[str] = []
    cells: list[str] = []  # the table row being read
    cell: list[str] = []  # the paragraphs of the cell being read
    paragraph: list[str] = []
    fields: list[bool] = []  # per open field: whether its result (shown) has begun

    def end_row() -> None:
        if cells or cell:
            lines.append("| " + " | ".join([*cells, *([" ".join(filter(None, cell))] if cell else [])]) + " |")
            cells.clear()
            cell.clear()

    for token in _TOKENS.finditer(characters):
        character, at = token.group(), token.start()  # a run of text, or one control character
        if character == _FIELD_BEGIN:
            fields.append(False)
        elif character == _FIELD_SEPARATOR:
            if fields:
                fields[-1] = True
        elif character == _FIELD_END:
            if fields:
                fields.pop()
        elif character in _PARAGRAPH_ENDS:
            fields.clear()  # a field left open by damage hides no more than its paragraph
            text = "".join(paragraph).strip()
            paragraph = []
            style = style_at(at)
            if character == _CELL_END and style.row_end:
                end_row()
            elif character == _CELL_END or style.in_table:
                cell.append(text)
                if character == _CELL_END:
                    cells.append(" ".join(filter(None, cell)))
                    cell.clear()
            else:
                end_row()  # a row whose end mark was not told apart from a cell's
                if text:
                    lines.append(("#" * style.heading + " " if style.heading else "- " if style.listed else "") + text)
        elif not all(fields):
            continue  # a field's instructions
        elif character in _SHOWN_AS:
            paragraph.append(_SHOWN_AS[character])
        elif character == _PICTURE and mark is not None and (shown := mark(offset_at(at))) is not None:
            paragraph.append(shown)
        elif character == _ANCHOR and floating_mark is not None and (shown := floating_mark(at)) is not None:
            # beside the text, not in its flow: set apart from the words around its anchor
            paragraph.append(("" if not paragraph or paragraph[-1].endswith(" ") else " ") + shown + " ")
        elif character[0] >= " ":
            paragraph.append(character)
    end_row()
    if paragraph:
        lines.append("".join(paragraph).strip())
    return "\n".join(line for line in lines if line)
