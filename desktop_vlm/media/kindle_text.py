"""The text of a Kindle e-book without DRM (.mobi, .azw3, .azw, .prc — as Calibre, KindleGen or Project Gutenberg
make them, and a plain PalmDOC e-book): its title and author, then the text it shows (:mod:`.html_text`), with the
raster pictures it shows, each marked ``[Image-N]`` where it sits, as an EPUB's are, and its cover first.

A Kindle file is a Palm database: a table of records, the first holding the headers (PalmDOC's, then MOBI's and its
EXTH metadata), then the text in records of up to 4,096 bytes, each compressed on its own with PalmDOC's LZ77 and
followed by "trailing entries" that are not text, then the pictures, a record each, which the markup names by number
(``recindex`` in MOBI 6, ``kindle:embed:`` in KF8). A file made for both kinds of reader holds a MOBI 6 book and a
KF8 one: the MOBI 6 one, first, is read. A KF8 book keeps its style sheets after its text, in "flows" its FDST
record delimits: only the first flow, the text, is read.

Not read, and said so: books sold with DRM (encrypted records), and books compressed with Amazon's HUFF/CDIC scheme
(Calibre converts either kind it can open to EPUB, which is read).

Hostile files are bounded: a record decompresses to at most :data:`MAX_RECORD_TEXT` bytes, the book to
:data:`MAX_BOOK_TEXT`, and a copy that reaches before the record's start is damage.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

from ..core.errors import MediaError
from ..core.messages import Message
from .html_text import html_text
from .office_pictures import OfficeDocument, PictureLoader
from .text_files import MAX_TEXT_BYTES

WHAT = Message("a Kindle e-book")
KINDLE_IDENTS = (b"BOOKMOBI", b"TEXtREAd")  # a database's type and creator, at byte 60: MOBI, plain PalmDOC
MAX_RECORD_TEXT = 16 * 1024  # a text record holds 4,096 bytes of text: four times that is damage or an attack
MAX_BOOK_TEXT = 64 * 2**20  # decompressed markup, in all: a long novel is 1–10 MB
_NO_INDEX = 0xFFFFFFFF
_NO_COMPRESSION, _PALMDOC, _HUFF_CDIC = 1, 2, 17480
_EXTH_AUTHOR, _EXTH_COVER, _EXTH_FAKE_COVER, _EXTH_TITLE = 100, 201, 203, 503
_LITERAL_RUN = re.compile(rb"[\x00\x09-\x7f]+")
_RECINDEX = re.compile(r"""\brecindex\s*=\s*["']?0*(\d+)["']?""", re.I)
_EMBED = re.compile(r"kindle:embed:([0-9A-V]+)", re.I)
_ENCODINGS = {65001: "utf-8", 1252: "cp1252"}


def kindle_text(name: str, data: bytes) -> str:
    """The text of the Kindle book ``name`` holding ``data``: ``# title`` and ``by author``, then its text.

    Raises
    ------
    MediaError
        Not a Kindle or PalmDOC book, damaged, protected with DRM, compressed with HUFF/CDIC, or without text.
    """
    return read_kindle(name, data, with_pictures=False).text


def read_kindle(name: str, data: bytes, with_pictures: bool = True) -> OfficeDocument:
    """The text of the book and, ``with_pictures``, the raster pictures it shows, each marked where it sits,
    numbered in the order shown; at most ``MAX_PICTURES``, each at least ``MIN_SIDE`` px on each side. Raises as
    :func:`kindle_text`."""
    records = _Records(name, data)
    book = _book_header(name, records)
    markup = _markup(name, records, book)  # MOBI 6 (the first half of a joint file too), PalmDOC or KF8
    if book.version == 8:
        markup = _first_flow(name, records, book, markup)
    text = markup.decode(book.encoding, "replace")
    # keyed by record number: the cover and the text may name one picture two ways
    pictures = PictureLoader(name, lambda key: records.picture(book, int(key)), with_pictures)

    def mark(address: str) -> str | None:
        number = picture_number(address)
        return pictures.mark(str(number)) if number is not None else None

    cover = pictures.mark(str(book.cover + 1)) if book.cover is not None else None  # first, as it comes first
    if book.html:
        shown = html_text(_RECINDEX.sub(r'src="recindex:\1"', text), mark)
    else:  # a PalmDOC book is plain text
        shown = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n"))
    if not shown.strip():
        raise MediaError(Message("{name} is not an e-book with text to read.", name=name))
    byline = [f"# {book.title}"] if book.title else []
    byline += [f"by {book.author}"] if book.author else []
    byline += [f"Cover: {cover}"] if cover else []
    body = "\n".join(byline) + "\n\n" + shown if byline else shown
    return OfficeDocument(body[:MAX_TEXT_BYTES], list(pictures.pictures.values()))


def picture_number(key: str) -> int | None:
    """The picture record a picture's address names, counting from 1: ``recindex:N`` (MOBI 6, decimal) or
    ``kindle:embed:XXXX`` (KF8, in base 32: digits then A–V); None for any other address."""
    if key.startswith("recindex:"):
        return int(key.removeprefix("recindex:"))
    found = _EMBED.match(key)
    return int(found.group(1), 32) if found else None


class _Records:
    """The records of a Palm database, by number."""

    def __init__(self, name: str, data: bytes):
        self.name, self.data = name, data
        if len(data) < 78 or data[60:68] not in KINDLE_IDENTS:
            raise MediaError(Message("{name} is not {document_kind}.", name=name, document_kind=WHAT))
        self.ident = data[60:68]
        (count,) = struct.unpack_from(">H", data, 76)
        if len(data) < 78 + 8 * count:
            raise _damaged(name)
        self.offsets = [struct.unpack_from(">L", data, 78 + 8 * i)[0] for i in range(count)] + [len(data)]

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, index: int) -> bytes:
        if not 0 <= index < len(self):
            raise _damaged(self.name)
        start, end = self.offsets[index], self.offsets[index + 1]
        if not 0 <= start <= end <= len(self.data):
            raise _damaged(self.name)
        return self.data[start:end]

    def picture(self, book: _Book, number: int) -> bytes | None:
        """The bytes of picture ``number`` (counting from 1 at the book's first picture record); None for a record
        not there."""
        index = book.first_picture + number - 1
        if book.first_picture == _NO_INDEX or not 0 < index < len(self):
            return None
        return self[index]


@dataclass(frozen=True)
class _Book:
    """What the first record of a book says of it."""

    compression: int
    text_records: int
    encoding: str
    version: int
    first_picture: int
    extra_flags: int
    fdst: int
    title: str
    author: str
    html: bool  # MOBI books are HTML; PalmDOC ones plain text
    cover: int | None = None  # the cover's picture, counting from 0 (EXTH 201), unless the maker drew it (203)


def _book_header(name: str, records: _Records) -> _Book:
    head = records[0]
    if len(head) < 16:
        raise _damaged(name)
    compression, _, _, text_records, _, encryption = struct.unpack_from(">HHLHHH", head, 0)
    if encryption:
        raise MediaError(
            Message("{name} is protected with DRM: its text is encrypted.", name=name),
            hint=Message("Open it in the Kindle app it was bought for and copy the passage you are asking about."),
        )
    if compression == _HUFF_CDIC:
        raise MediaError(
            Message("{name} is compressed in Amazon's HUFF/CDIC format, which Desktop VLM does not read.", name=name),
            hint=Message("Convert it to EPUB with Calibre, and attach that."),
        )
    if compression not in (_NO_COMPRESSION, _PALMDOC):
        raise _damaged(name)
    if records.ident != b"BOOKMOBI" or head[16:20] != b"MOBI":  # a plain PalmDOC book: Windows-1252 text
        return _Book(compression, text_records, "cp1252", 1, _NO_INDEX, 0, _NO_INDEX, "", "", html=False)
    if len(head) < 0x84:
        raise _damaged(name)
    header_length, _, codepage = struct.unpack_from(">LLL", head, 20)
    encoding = _ENCODINGS.get(codepage, "cp1252")
    (version,) = struct.unpack_from(">L", head, 0x68)
    (first_picture,) = struct.unpack_from(">L", head, 0x6C)
    # the trailing entries' flags exist in MOBI headers of 0xE4 bytes and more (0x108 in KF8 books); an older
    # header has none
    has_flags = 0xE4 <= header_length <= 0x108 and len(head) >= 0xF4
    extra_flags = struct.unpack_from(">H", head, 0xF2)[0] if has_flags else 0
    fdst_index, fdst_count = struct.unpack_from(">LL", head, 0xC0) if len(head) >= 0xC8 else (_NO_INDEX, 0)
    exth = _exth(head, 16 + header_length) if struct.unpack_from(">L", head, 0x80)[0] & 0x40 else {}
    name_offset, name_length = struct.unpack_from(">LL", head, 0x54)
    full_name = head[name_offset : name_offset + name_length].decode(encoding, "replace")
    cover = _number(exth.get(_EXTH_COVER))
    if cover == _NO_INDEX or _number(exth.get(_EXTH_FAKE_COVER)):
        cover = None
    return _Book(
        compression,
        text_records,
        encoding,
        version,
        first_picture,
        extra_flags,
        fdst_index if fdst_count > 1 else _NO_INDEX,
        (exth.get(_EXTH_TITLE, b"").decode(encoding, "replace") or full_name).strip(),
        exth.get(_EXTH_AUTHOR, b"").decode(encoding, "replace").strip(),
        html=True,
        cover=cover,
    )


def _exth(head: bytes, at: int) -> dict[int, bytes]:
    """The EXTH metadata used here, by record type (the first of each): title, author, cover. A damaged EXTH gives
    what was read before the damage."""
    found: dict[int, bytes] = {}
    if head[at : at + 4] != b"EXTH" or len(head) < at + 12:
        return found
    (count,) = struct.unpack_from(">L", head, at + 8)
    position = at + 12
    for _ in range(min(count, 1024)):
        if len(head) < position + 8:
            break
        kind, length = struct.unpack_from(">LL", head, position)
        if length < 8 or len(head) < position + length:
            break
        content = head[position + 8 : position + length]
        if kind in (_EXTH_AUTHOR, _EXTH_COVER, _EXTH_FAKE_COVER, _EXTH_TITLE) and kind not in found:
            found[kind] = content
        position += length
    return found


def _number(content: bytes | None) -> int | None:
    """A four-byte EXTH number; None for one absent or of another length."""
    return struct.unpack(">L", content)[0] if content is not None and len(content) == 4 else None


def _markup(name: str, records: _Records, book: _Book) -> bytes:
    """The book's text records, their trailing entries cut off, decompressed and joined."""
    out = bytearray()
    for index in range(1, 1 + book.text_records):
        record = _without_trailing_entries(name, records[index], book.extra_flags)
        out += _palmdoc(name, record) if book.compression == _PALMDOC else record[:MAX_RECORD_TEXT]
        if len(out) > MAX_BOOK_TEXT:
            break
    return bytes(out[:MAX_BOOK_TEXT])


def _without_trailing_entries(name: str, record: bytes, flags: int) -> bytes:
    """``record`` without the entries its book's ``flags`` say follow the text: from the last, one per flag above
    the lowest (each ends with its size, a number written backwards), then the bytes of a character the next
    record repeats (lowest flag; their count in the last byte's two low bits)."""
    end = len(record)
    for bit in range(15, 0, -1):
        if flags & (1 << bit):
            size = _size_backwards(record, end)
            if size > end:
                raise _damaged(name)
            end -= size
    if flags & 1 and end:
        end -= (record[end - 1] & 0x3) + 1
    return record[: max(0, end)]


def _size_backwards(record: bytes, end: int) -> int:
    """The number written backwards before ``end``: 7 bits a byte, its first byte (the high bits) marked by the top
    bit; four bytes at most."""
    value, shift = 0, 0
    for position in range(end - 1, max(-1, end - 5), -1):
        byte = record[position]
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte & 0x80:
            break
    return value


def _palmdoc(name: str, record: bytes) -> bytes:
    """One record decompressed with PalmDOC's LZ77: bytes 0 and 9–127 stand for themselves (read here a run at a
    time), 1–8 say that many bytes follow as they are, 128–191 and the next byte copy 3–10 bytes from up to 2,047
    back, and 192–255 stand for a space and the character they hold."""
    out = bytearray()
    position, size = 0, len(record)
    while position < size and len(out) <= MAX_RECORD_TEXT:
        byte = record[position]
        if byte == 0 or 9 <= byte <= 0x7F:
            run = _LITERAL_RUN.match(record, position)
            assert run is not None, "a literal byte starts a run"
            out += run.group()
            position = run.end()
        elif byte <= 8:
            out += record[position + 1 : position + 1 + byte]
            position += 1 + byte
        elif byte <= 0xBF:
            if position + 1 >= size:
                raise _damaged(name)
            pair = ((byte << 8) | record[position + 1]) & 0x3FFF
            distance, length = pair >> 3, (pair & 0x7) + 3
            if not 0 < distance <= len(out):
                raise _damaged(name)
            start = len(out) - distance
            if distance >= length:
                out += out[start : start + length]
            else:  # the copy overlaps what it writes: a run repeating the last ``distance`` bytes
                out += (out[start:] * (length // distance + 1))[:length]
            position += 2
        else:
            out += b" " + bytes((byte ^ 0x80,))
            position += 1
    return bytes(out[:MAX_RECORD_TEXT])


def _first_flow(name: str, records: _Records, book: _Book, markup: bytes) -> bytes:
    """A KF8 book's text flow: the markup up to where its FDST record says the first flow ends (the style sheets and
    drawings follow it); all of it when there is no FDST."""
    if book.fdst == _NO_INDEX:
        return markup
    table = records[book.fdst]
    if table[:4] != b"FDST" or len(table) < 12:
        raise _damaged(name)
    offset, count = struct.unpack_from(">LL", table, 4)
    if count < 1 or len(table) < offset + 8:
        raise _damaged(name)
    start, end = struct.unpack_from(">LL", table, offset)
    return markup[start:end]


def _damaged(name: str) -> MediaError:
    return MediaError(Message("{name} is damaged or is not {document_kind}.", name=name, document_kind=WHAT))
