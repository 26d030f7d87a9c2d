"""Kindle e-books are quoted as their title, author and text, with the pictures they show: books Calibre made
(``tests/data/ebooks/``, by the script beside them) as MOBI 6 (compressed and not), KF8 (.azw3) and both in one
file; and the refusals — DRM, Amazon's HUFF/CDIC compression, damage — with the decompression's bounds."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from desktop_vlm.app.attachments import prepare_file, prepare_stored
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind
from desktop_vlm.media import kindle_text as kindle
from desktop_vlm.media.kindle_text import kindle_text, read_kindle

BOOKS = Path(__file__).parents[1] / "data" / "ebooks"
CALIBRE_BOOKS = ["harbour.mobi", "harbour-plain.mobi", "harbour-joint.mobi", "harbour.azw3"]
LAST_LINE = "The last line of the book: hẹn gặp lại."


def _book(name: str) -> bytes:
    return (BOOKS / name).read_bytes()


def _record_offsets(data: bytes) -> list[int]:
    (count,) = struct.unpack_from(">H", data, 76)
    return [struct.unpack_from(">L", data, 78 + 8 * i)[0] for i in range(count)]


def _with_record0_field(data: bytes, offset: int, value: int) -> bytes:
    """``data`` with the 16-bit field at ``offset`` of record 0 set to ``value``."""
    start = _record_offsets(data)[0]
    changed = bytearray(data)
    struct.pack_into(">H", changed, start + offset, value)
    return bytes(changed)


@pytest.mark.parametrize("name", CALIBRE_BOOKS)
def test_a_calibre_book_gives_its_title_author_chapters_and_picture(name):
    book = read_kindle(name, _book(name))
    lines = book.text.split("\n")
    assert lines[:2] == ["# Harbour Notes", "by Lan Nguyễn"]
    assert "The Moon pulls the oceans twice a day." in lines
    assert "[Image-1]" in lines  # where the chart sits, before the sentence after it
    assert lines.index("[Image-1]") < lines.index("Heights by month are in the chart above.")
    assert "The range there is 13 m; cafés close at high tide." in lines
    assert "Câu 119: nước lên rồi nước xuống, thuyền về bến Saint-Malo lúc 23 giờ." in book.text
    assert lines[-1] == LAST_LINE and "\ufffd" not in book.text  # no character broken across records
    assert [picture.size for picture in book.pictures] == [(240, 160)]


def test_a_books_cover_comes_first_under_its_byline():
    """Calibre's --cover keeps the cover as a picture record the text does not show (EXTH 201 names it)."""
    book = read_kindle("harbour.azw3", _book("harbour-cover.azw3"))
    assert book.text.split("\n")[:3] == ["# Harbour Notes", "by Lan Nguyễn", "Cover: [Image-1]"]
    assert "[Image-2]\nHeights by month are in the chart above." in book.text
    assert [picture.size for picture in book.pictures] == [(300, 400), (240, 160)]
    assert book.pictures[0].getpixel((10, 10)) == (20, 110, 110)


def test_the_vietnamese_passage_really_splits_characters_between_records():
    """Guard on the fixtures: a text record of the joint file ends inside a character, which the next record
    repeats (Calibre cut the other books' records between characters)."""
    data = _book("harbour-joint.mobi")
    offsets = _record_offsets(data)
    text_records = struct.unpack_from(">H", data, offsets[0] + 8)[0]
    overlaps = [data[offsets[i + 1] - 1] & 0x3 for i in range(1, text_records + 1)]
    assert any(overlaps)


def test_every_form_of_one_book_reads_alike():
    """MOBI 6 compressed or not and the MOBI 6 half of a joint file give one text; KF8 the same lines (its headings
    marked as headings, where MOBI 6 keeps only their look)."""
    mobi = kindle_text("harbour.mobi", _book("harbour.mobi"))
    assert kindle_text("h.mobi", _book("harbour-plain.mobi")) == mobi
    assert kindle_text("h.mobi", _book("harbour-joint.mobi")) == mobi
    kf8 = kindle_text("harbour.azw3", _book("harbour.azw3"))
    assert kf8.replace("# The Moon", "The Moon").replace("# Saint-Malo", "Saint-Malo") == mobi


def test_a_kf8_book_reads_its_text_flow_not_its_style_sheets():
    text = kindle_text("harbour.azw3", _book("harbour.azw3"))
    assert "{" not in text and "margin" not in text


@pytest.mark.parametrize("name", ["harbour.azw3", "harbour.mobi", "book.bin", "book"])
def test_a_kindle_book_is_recognised_by_its_content_whatever_its_name(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(_book("harbour.azw3"))
    assert detect_kind(path) == "kindle"
    attachment = prepare_file(path)
    assert attachment.text is not None and attachment.text.endswith(LAST_LINE)
    assert attachment.meta["encoding"] == "Kindle e-book" and attachment.meta["pictures"] == 1
    assert len(attachment.images) == 1 and attachment.attachment_kind.picture_tiles == 1


def test_a_stored_book_sent_without_its_picture_comes_back_without_it(tmp_path):
    path = tmp_path / "harbour.mobi"
    path.write_bytes(_book("harbour.mobi"))
    again = prepare_stored(path, {"pictures": 0}, max_tiles=6)
    assert again.images == [] and "[Image-1]" not in (again.text or "")


def test_a_book_sold_with_drm_says_so():
    locked = _with_record0_field(_book("harbour.mobi"), 12, 2)  # encryption: Mobipocket's
    with pytest.raises(MediaError, match="protected with DRM") as refused:
        kindle_text("bought.azw", locked)
    assert refused.value.hint is not None and "Kindle app" in refused.value.hint


def test_a_book_in_amazons_huff_cdic_compression_names_it_and_the_way_on():
    huff = _with_record0_field(_book("harbour.mobi"), 0, 17480)
    with pytest.raises(MediaError, match="HUFF/CDIC") as refused:
        kindle_text("amazon.mobi", huff)
    assert refused.value.hint is not None and "EPUB" in refused.value.hint


@pytest.mark.parametrize(
    "data",
    [
        _book("harbour.mobi")[:70],  # cut inside the database header
        _book("harbour.mobi")[:2000],  # its records listed but gone
        _with_record0_field(_book("harbour.mobi"), 0, 7),  # a compression that does not exist
        bytes(60) + b"BOOKMOBI" + b"\x00" * 10,  # no records at all
    ],
    ids=["header-cut", "records-gone", "unknown-compression", "no-records"],
)
def test_a_damaged_book_is_refused_by_name(data):
    with pytest.raises(MediaError, match="book.mobi"):
        kindle_text("book.mobi", data)


def test_palmdoc_codes_literals_copies_of_earlier_bytes_and_spaced_characters():
    # "ab", three bytes as they are (one of them 0x85), a copy of 4 from 2 back (overlapping: "abab" after "ab"
    # gives "ab" repeated), then " x" as one byte
    record = b"ab" + b"\x03c\x85d" + bytes([0x80, (2 << 3) | 1]) + bytes([ord("x") ^ 0x80])
    assert kindle._palmdoc("b.mobi", record) == b"abc\x85d" + b"\x85d\x85d" + b" x"


def test_a_copy_from_before_the_records_start_is_damage():
    with pytest.raises(MediaError, match="damaged"):
        kindle._palmdoc("b.mobi", b"ab" + bytes([0x80, (9 << 3) | 0]))


def test_trailing_entries_are_cut_from_the_last_backwards():
    # text, then a multibyte overlap entry (two bytes of a character, count 2), then an entry of 3 bytes whose
    # size is written backwards in one byte
    record = b"text" + b"\xe1\xbb\x02" + b"\x01\x02\x83"
    assert kindle._without_trailing_entries("b.mobi", record, 0b11) == b"text"
    assert kindle._without_trailing_entries("b.mobi", record, 0) == record


def test_a_record_decompresses_to_a_bounded_size_and_a_book_to_a_bounded_total(monkeypatch):
    bomb = b"a" + b"\x01a" + bytes([0x80, (1 << 3) | 7]) * 2_000  # each pair writes 10 bytes
    assert len(kindle._palmdoc("b.mobi", bomb)) == kindle.MAX_RECORD_TEXT
    monkeypatch.setattr(kindle, "MAX_BOOK_TEXT", 5_000)
    data = _book("harbour-plain.mobi")
    records = kindle._Records("b.mobi", data)
    assert len(kindle._markup("b.mobi", records, kindle._book_header("b.mobi", records))) == 5_000


def test_picture_addresses_count_from_one_in_decimal_or_kf8s_base_32():
    assert kindle.picture_number("recindex:00012") == 12
    assert kindle.picture_number("kindle:embed:000A?mime=image/jpeg") == 10
    assert kindle.picture_number("kindle:embed:00V1") == 31 * 32 + 1
    assert kindle.picture_number("images/cover.jpg") is None


def _palm_database(ident: bytes, records: list[bytes]) -> bytes:
    """A Palm database of ``records``, as a Palm or an old e-book maker writes one: a 78-byte header (name, then
    type and creator at byte 60, then the record count), the records' offsets, two bytes of padding, the records."""
    start = 78 + 8 * len(records) + 2
    offsets, position = [], start
    for record in records:
        offsets.append(position)
        position += len(record)
    header = b"Palm book".ljust(60, b"\x00") + ident + bytes(8) + struct.pack(">H", len(records))
    table = b"".join(struct.pack(">L", offset) + bytes(4) for offset in offsets)
    return header + table + b"\x00\x00" + b"".join(records)


def test_a_plain_palmdoc_book_reads_as_windows_1252_text(tmp_path):
    text = "A Palm book.\r\nCaf\xe9 at the harbour.".encode("cp1252")
    book = _palm_database(b"TEXtREAd", [struct.pack(">HHLHHL", 1, 0, len(text), 1, 4096, 0), text])
    assert kindle_text("harbour.pdb", book) == "A Palm book.\nCafé at the harbour."
    path = tmp_path / "harbour.pdb"
    path.write_bytes(book)
    assert detect_kind(path) == "kindle"  # by its signature: .pdb names other databases too
