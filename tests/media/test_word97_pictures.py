"""The pictures shown in the lines of a Word 97–2003 document go beside its text, each marked where it sits: the
files LibreOffice writes when told to save in that format (``tests/data/office97/``, made by the script beside
them) — a report with photos, one shown twice, and an icon, and a scanned page with no text — and the same files
with their pictures' data or properties damaged, which costs the pictures, never the text."""

from __future__ import annotations

import random
import shutil
import struct
from pathlib import Path

import olefile
import pytest

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.media import office_art, word97_pictures
from desktop_vlm.media.office_pictures import OfficeDocument
from desktop_vlm.media.word97_text import read_word97, word97_text

DATA = Path(__file__).parents[1] / "data" / "office97"

PICTURES_TEXT = """# Site visit
The roof was inspected on Monday.
[Image-1]
The gutter is blocked.
Before [Image-2] and after [Image-1]
Checked  by the inspector.
Repairs are due by Friday."""

PLAIN_TEXT = """# Site visit
The roof was inspected on Monday.
The gutter is blocked.
Before  and after
Checked  by the inspector.
Repairs are due by Friday."""

_PNG_RECORD = b"\x00\x6e\x1e\xf0"  # a PNG picture's record header: version and instance 0x6E0, type 0xF01E


def _read(path: Path, with_pictures: bool = True):
    with olefile.OleFileIO(str(path)) as ole:
        return read_word97(path.name, ole, with_pictures)


def _rewritten(tmp_path: Path, name: str, stream: str, change) -> Path:
    """A copy of the fixture ``name`` whose ``stream`` is ``change(stream's bytes)`` (of the same length)."""
    path = tmp_path / name
    shutil.copyfile(DATA / name, path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        ole.write_stream(stream, bytes(change(bytearray(ole.openstream(stream).read()))))
    return path


def test_a_documents_photos_are_marked_where_they_sit_in_its_text():
    document = _read(DATA / "pictures.doc")
    assert document.text == PICTURES_TEXT
    assert [picture.size for picture in document.pictures] == [(160, 120), (120, 160)]


def test_a_photo_shown_twice_is_sent_once_under_one_number():
    document = _read(DATA / "pictures.doc")
    assert document.text.count("[Image-1]") == 2 and "[Image-3]" not in document.text
    assert len(document.pictures) == 2


def test_an_icon_is_left_out_without_a_mark_for_being_small(monkeypatch):
    assert "Checked  by the inspector." in _read(DATA / "pictures.doc").text
    monkeypatch.setattr(office_art, "MIN_SIDE", 32)
    document = _read(DATA / "pictures.doc")
    assert "Checked [Image-3] by the inspector." in document.text
    assert [picture.size for picture in document.pictures][2:] == [(32, 32)]


def test_without_pictures_the_text_has_no_marks_and_is_as_before():
    document = _read(DATA / "pictures.doc", with_pictures=False)
    assert document.text == PLAIN_TEXT and document.pictures == []
    with olefile.OleFileIO(str(DATA / "pictures.doc")) as ole:
        assert word97_text("pictures.doc", ole) == PLAIN_TEXT
    with olefile.OleFileIO(str(DATA / "lease.doc")) as ole:
        lease = word97_text("lease.doc", ole)
        assert read_word97("lease.doc", ole) == OfficeDocument(lease, [])
    assert lease.startswith("# Lease agreement\n") and "[Image" not in lease


def test_a_scanned_page_with_no_text_gives_its_picture():
    document = _read(DATA / "scan.doc")
    assert document.text == "[Image-1]"
    assert [picture.size for picture in document.pictures] == [(200, 280)]
    assert _read(DATA / "scan.doc", with_pictures=False).text == ""


def test_a_scanned_page_is_attached_instead_of_refused(tmp_path):
    path = tmp_path / "letter.doc"
    shutil.copyfile(DATA / "scan.doc", path)
    attachment = prepare_file(path)
    assert attachment.kind == "office97" and attachment.meta["pictures"] == 1
    assert attachment.meta["encoding"] == "Word 97–2003 document"
    assert [picture.size for picture in attachment.images] == [(200, 280)]
    assert attachment.text is not None and "[Image-1]" in attachment.text


def test_no_more_pictures_than_the_most_a_document_sends(monkeypatch):
    monkeypatch.setattr(word97_pictures, "MAX_PICTURES", 1)
    document = _read(DATA / "pictures.doc")
    assert document.text == PICTURES_TEXT.replace("[Image-2]", "")
    assert [picture.size for picture in document.pictures] == [(160, 120)]


def test_a_vector_picture_is_left_out_and_the_same_photo_shown_elsewhere_still_goes(tmp_path):
    def first_as_emf(data: bytearray) -> bytearray:
        at = data.index(_PNG_RECORD)
        data[at + 2 : at + 4] = struct.pack("<H", 0xF01A)  # an EMF picture's record type
        return data

    document = _read(_rewritten(tmp_path, "pictures.doc", "Data", first_as_emf))
    assert "Monday.\nThe gutter" in document.text and "Before [Image-1] and after [Image-2]\n" in document.text
    assert [picture.size for picture in document.pictures] == [(120, 160), (160, 120)]


def _zeroed(data: bytearray) -> bytearray:
    return bytearray(len(data))


def _garbled(data: bytearray) -> bytearray:
    return bytearray(random.Random(7).randbytes(len(data)))


def _too_long(data: bytearray) -> bytearray:
    """Each picture's header claims more bytes than the stream holds."""
    for at in range(0, len(data) - 8):
        if data[at + 4 : at + 8] == b"\x44\x00\x64\x00":
            data[at : at + 4] = struct.pack("<I", 0x7FFFFFFF)
    return data


def _pictures_cut_short(data: bytearray) -> bytearray:
    """Each picture's record claims more bytes than its picture's header holds."""
    at = -1
    while (at := data.find(_PNG_RECORD, at + 1)) >= 0:
        data[at + 4 : at + 8] = struct.pack("<I", 0x10000)
    return data


def _entries_cut_short(data: bytearray) -> bytearray:
    """Each blip store entry (of a PNG) claims more bytes than its picture's header holds."""
    at = -1
    while (at := data.find(b"\x62\x00\x07\xf0", at + 1)) >= 0:
        data[at + 4 : at + 8] = struct.pack("<I", 0x10000)
    return data


@pytest.mark.parametrize("damage", [_zeroed, _garbled, _too_long, _pictures_cut_short, _entries_cut_short])
def test_damaged_picture_data_leaves_the_pictures_out_and_the_text_as_it_is(tmp_path, damage):
    document = _read(_rewritten(tmp_path, "pictures.doc", "Data", damage))
    assert document.text == PLAIN_TEXT and document.pictures == []


def _character_pages_pair(word: bytes) -> int:
    """The offset in the FIB of the (offset, length) pair of the table of character property pages."""
    at = 32
    at += 2 + 2 * struct.unpack_from("<H", word, at)[0]
    at += 2 + 4 * struct.unpack_from("<H", word, at)[0]
    return at + 2 + 8 * 12


def test_character_properties_pointing_outside_their_part_keep_the_text(tmp_path):
    def pointing_out(word: bytearray) -> bytearray:
        word[_character_pages_pair(bytes(word)) : _character_pages_pair(bytes(word)) + 4] = struct.pack("<I", 10**8)
        return word

    document = _read(_rewritten(tmp_path, "pictures.doc", "WordDocument", pointing_out))
    assert document.text == PLAIN_TEXT and document.pictures == []


def test_character_properties_not_saying_special_show_no_picture(tmp_path):
    def not_special(word: bytearray) -> bytearray:
        at = -1
        while (at := word.find(b"\x55\x08\x01", at + 1)) >= 0:  # sprmCFSpec set to 1, in the property pages
            word[at + 2] = 0
        return word

    document = _read(_rewritten(tmp_path, "pictures.doc", "WordDocument", not_special))
    assert document.text == PLAIN_TEXT and document.pictures == []


# ---------------------------------------------------------------- pictures floating beside the text
FLOATING_TEXT = """# House survey
[Image-1] The floor plan is on the right.
The hall was repainted.
The stairs: [Image-2]
[Image-1] The plan again, for the upstairs.
Signed by the surveyor."""


def test_floating_photos_are_marked_where_they_are_anchored_numbered_with_those_in_lines():
    document = _read(DATA / "floating.doc")
    assert document.text == FLOATING_TEXT  # the floor plan shown twice is sent once; the icon is left out
    assert [picture.size for picture in document.pictures] == [(160, 120), (120, 160)]
    plain = _read(DATA / "floating.doc", with_pictures=False)
    assert plain.text == FLOATING_TEXT.replace("[Image-1] ", "").replace(" [Image-2]", "") and plain.pictures == []


def test_floating_photos_count_toward_the_most_a_document_sends(monkeypatch):
    monkeypatch.setattr(word97_pictures, "MAX_PICTURES", 1)
    document = _read(DATA / "floating.doc")
    assert document.text == FLOATING_TEXT.replace(" [Image-2]", "") and len(document.pictures) == 1


def _fib_pair(word: bytes, index: int) -> int:
    """The offset in the FIB of its (offset, length) pair number ``index``."""
    at = 32
    at += 2 + 2 * struct.unpack_from("<H", word, at)[0]
    at += 2 + 4 * struct.unpack_from("<H", word, at)[0]
    return at + 2 + 8 * index


def _pointing_out(index: int):
    def change(word: bytearray) -> bytearray:
        word[_fib_pair(bytes(word), index) : _fib_pair(bytes(word), index) + 4] = struct.pack("<I", 10**8)
        return word

    return change


def _drawing_group_garbled(table: bytearray) -> bytearray:
    """The drawing group's container made a record of another type."""
    at = table.find(b"\x0f\x00\x00\xf0")
    table[at + 2 : at + 4] = b"\x01\xf0"
    return table


def _blip_offsets_past_the_end(word: bytearray) -> bytearray:
    """The header of each floating picture's record in the document stream wiped: the entries point at no
    picture's record any more."""
    at = -1
    while (at := word.find(_PNG_RECORD, at + 1)) >= 0:
        word[at : at + 4] = b"\x00\x00\x00\x00"
    return word


@pytest.mark.parametrize(
    ("stream", "damage"),
    [
        ("WordDocument", _pointing_out(40)),  # the shape anchors
        ("WordDocument", _pointing_out(50)),  # the drawings
        ("1Table", _drawing_group_garbled),
        ("WordDocument", _blip_offsets_past_the_end),
    ],
    ids=["anchors", "drawings", "group", "records"],
)
def test_damaged_floating_pictures_are_left_out_and_the_rest_goes(tmp_path, stream, damage):
    document = _read(_rewritten(tmp_path, "floating.doc", stream, damage))
    assert document.text == FLOATING_TEXT.replace("[Image-1] ", "").replace("[Image-2]", "[Image-1]")
    assert [picture.size for picture in document.pictures] == [(120, 160)]  # the photo in its line still goes
