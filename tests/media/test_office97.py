"""Word and Excel 97–2003 files are attached as their text: the files LibreOffice writes when told to save in
those formats (``tests/data/office97/``, made by the script beside them), Word's one-byte-per-character pieces
built here byte by byte, and the refusals — a password, Word 95, an Outlook message, damage — each said plainly."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import olefile
import pytest

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError, PasswordRequiredError
from desktop_vlm.media import detect_kind
from desktop_vlm.media.attachment_kinds.office97 import office97_text
from desktop_vlm.media.word97_properties import PAGE
from desktop_vlm.media.word97_text import document_text

DATA = Path(__file__).parents[1] / "data" / "office97"
LEASE = (DATA / "lease.doc").read_bytes()
INVOICES = (DATA / "invoices.xls").read_bytes()

LEASE_TEXT = """# Lease agreement
The tenant gives three months' notice.
See the terms online.
| Item | Amount | Note |
| Deposit |  | two months |
| Rent | 1,200 |  |
| Keys | two sets one fob | returned |
- First item
- Second item
## Termination
Tiếng Việt: hợp đồng thuê nhà. 中文：租赁合同。
Line one
line two"""

INVOICES_TEXT = """## Sheet: Invoices
Client,Due,Amount
"Nguyễn Văn A, Hà Nội",2026-03-31,1200.5
北京公司,,2401,#DIV/0!

## Sheet: Empty

## Sheet: Notes
0.1,"said ""hi"", then left\""""


def test_a_word_document_gives_its_headings_paragraphs_table_rows_and_list_items():
    read = office97_text("lease.doc", LEASE)
    assert read.text == LEASE_TEXT
    assert read.encoding == "Word 97–2003 document"


def test_an_excel_workbook_gives_each_sheet_as_csv_with_dates_results_and_errors():
    read = office97_text("invoices.xls", INVOICES)
    assert read.text == INVOICES_TEXT
    assert read.encoding == "Excel 97–2003 workbook"


@pytest.mark.parametrize(
    ("name", "data", "kind_read"),
    [
        ("lease.doc", LEASE, "Word 97–2003 document"),
        ("lease.xls", LEASE, "Word 97–2003 document"),  # misnamed: the streams inside decide
        ("invoices", INVOICES, "Excel 97–2003 workbook"),
    ],
)
def test_attached_as_text_by_its_content_whatever_its_name(tmp_path, name, data, kind_read):
    path = tmp_path / name
    path.write_bytes(data)
    assert detect_kind(path) == "office97"
    attachment = prepare_file(path)
    assert attachment.kind == "office97" and attachment.images == []
    assert attachment.meta["encoding"] == kind_read
    assert attachment.text is not None and ("Lease agreement" in attachment.text or "Nguyễn" in attachment.text)


# ---------------------------------------------------------------- Word's own layout, built byte by byte
def _word_streams(paragraphs: list[tuple[str, int]], *, flags: int = 0x0200, version: int = 193) -> tuple[bytes, bytes]:
    """A ``WordDocument`` and ``1Table`` stream holding ``paragraphs`` ((text ending in its mark, style index)) in
    one piece of one byte per character, as Word saves text that Windows-1252 holds, each paragraph its own run of
    paragraph properties."""
    text = "".join(t for t, _ in paragraphs).encode("cp1252")
    text_at = 2 * PAGE  # page 0: the header; page 1: the paragraph properties; then the text
    word = bytearray(text_at + len(text))
    struct.pack_into("<HHHHH", word, 0, 0xA5EC, version, 0, 0, 0)
    struct.pack_into("<H", word, 10, flags)
    struct.pack_into("<H", word, 32, 14)  # 14 shorts, then 22 longs, then 93 (offset, length) pairs
    struct.pack_into("<H", word, 62, 22)
    struct.pack_into("<i", word, 64 + 12, len(text))  # the main document's length in characters
    struct.pack_into("<H", word, 152, 93)
    word[text_at:] = text
    # one page of paragraph properties: a run per paragraph, each its style index and no modifiers
    page = bytearray(PAGE)
    page[PAGE - 1] = len(paragraphs)
    ends, at = [text_at], text_at
    for text_part, _ in paragraphs:
        at += len(text_part.encode("cp1252"))
        ends.append(at)
    struct.pack_into(f"<{len(ends)}I", page, 0, *ends)
    properties_at = PAGE - 1 - 8 * len(paragraphs)
    for k, (_, style) in enumerate(paragraphs):
        place = properties_at + 8 * k  # an even offset: stored halved
        page[4 * len(ends) + 13 * k] = place // 2
        page[place : place + 4] = bytes([2]) + struct.pack("<H", style) + b"\0"  # 2 × 2 − 1 bytes: the style
    word[PAGE : 2 * PAGE] = page
    pieces = struct.pack("<II", 0, len(text)) + struct.pack("<HIH", 0, 0x40000000 | (2 * text_at), 0)
    clx = b"\x02" + struct.pack("<I", len(pieces)) + pieces
    page_table = struct.pack("<III", text_at, at, 1)
    table = clx + page_table
    struct.pack_into("<II", word, 154 + 8 * 13, len(clx), len(page_table))  # where the paragraph pages are listed
    struct.pack_into("<II", word, 154 + 8 * 33, 0, len(clx))  # where the piece table is
    return bytes(word), table


def test_text_stored_one_byte_per_character_is_read_as_windows_1252():
    word, table = _word_streams([("Caf\xe9 \u201cmenu\u201d \u2013 \u20ac5\r", 0)])
    assert document_text("menu.doc", word, table) == "Café “menu” – €5"


def test_a_fields_instructions_are_left_out_and_its_result_kept_nested_or_not():
    field = "Page \x13 PAGE \x142\x15 of \x13 NUMPAGES \x14\x13 SECTIONPAGES \x149\x15\x15.\r"
    hidden = 'Updated\x13 DATE \\@ "d MMM" \x15 daily.\r'  # a field with no result shows nothing
    word, table = _word_streams([(field, 0), (hidden, 0)])
    assert document_text("menu.doc", word, table) == "Page 2 of 9.\nUpdated daily."


def test_headings_are_told_by_the_style_word_keeps_for_them():
    word, table = _word_streams([("Terms\r", 1), ("Body text\r", 0), ("Fees\r", 3), ("Styled\r", 15)])
    assert document_text("menu.doc", word, table) == "# Terms\nBody text\n### Fees\nStyled"


def test_a_document_encrypted_with_its_password_asks_for_it():
    word, table = _word_streams([("Secret\r", 0)], flags=0x0200 | 0x0100)
    with pytest.raises(PasswordRequiredError, match="menu.doc is protected with a password") as asked:
        document_text("menu.doc", word, table)
    assert asked.value.hint is not None and "asks for its password" in asked.value.hint


def test_a_document_scrambled_as_word_95_did_is_refused_with_what_to_do():
    word, table = _word_streams([("Secret\r", 0)], flags=0x0200 | 0x0100 | 0x8000)  # fObfuscation: XOR
    with pytest.raises(MediaError, match="menu.doc is protected with a password") as refused:
        document_text("menu.doc", word, table)
    assert not isinstance(refused.value, PasswordRequiredError)
    assert refused.value.hint is not None and "save a copy without the password" in refused.value.hint


def test_a_word_95_document_is_refused_by_name():
    word, table = _word_streams([("Old\r", 0)], version=104 - 4)
    with pytest.raises(MediaError, match="saved by Word 6 or Word 95"):
        document_text("menu.doc", word, table)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda w, t: (w[:40], t), "header is cut short"),
        (lambda w, t: (w[: 2 * PAGE + 3], t), "points past the end"),  # the text is cut off
        (lambda w, t: (w, t[:10]), "points past the end of its part"),  # the table stream is cut off
        (lambda w, t: (w[:PAGE] + bytes(PAGE - 1), t), "page of paragraph properties is missing"),
        (lambda w, t: (w, b"\x07" + t[1:]), "piece table is missing"),
        (lambda w, t: (b"\x00" + w[1:], t), "not a Word document"),
    ],
)
def test_damage_is_refused_as_damage(damage, message):
    word, table = _word_streams([("Words\r", 0)])
    with pytest.raises(MediaError, match=message):
        document_text("menu.doc", *damage(word, table))


# ---------------------------------------------------------------- the container
def _renamed(data: bytes, old: str, new: str) -> bytes:
    """``data`` with the stream ``old`` of its directory called ``new`` (as long as 31 characters or fewer)."""
    entry = data.find(old.encode("utf-16-le") + b"\0\0")
    assert entry > 0 and entry % 128 == 0  # a directory entry starts on a 128-byte boundary
    name = (new.encode("utf-16-le") + b"\0\0").ljust(64, b"\0")
    return data[:entry] + name + struct.pack("<H", 2 * len(new) + 2) + data[entry + 66 :]


@pytest.mark.parametrize(
    ("stream", "message", "hint"),
    [
        ("EncryptedPackage", "report.doc is protected with a password.", "without the password"),
        ("Contents", "report.doc is not a Word, Excel or PowerPoint file.", "Save it as PDF"),
    ],
)
def test_other_compound_files_are_refused_with_what_they_are(stream, message, hint):
    with pytest.raises(MediaError) as refused:
        office97_text("report.doc", _renamed(LEASE, "WordDocument", stream))
    assert refused.value.user_message.startswith(message)
    assert refused.value.hint is not None and hint in refused.value.hint


def test_a_missing_table_stream_is_damage():
    with pytest.raises(MediaError, match="report.doc is damaged: it has no 1Table part"):
        office97_text("report.doc", _renamed(LEASE, "1Table", "2Table"))


def test_a_damaged_container_is_refused_as_damage():
    with pytest.raises(MediaError, match="report.doc is damaged: its Office container cannot be read"):
        office97_text("report.doc", LEASE[:8] + bytes(range(256)) * 4)


@pytest.mark.parametrize(("encryption", "asked"), [(1, True), (0, False)])  # RC4 / Excel 95's XOR scrambling
def test_a_workbook_saved_with_a_password_asks_for_it_unless_scrambled(tmp_path, encryption, asked):
    # Excel marks an encrypted workbook with a FILEPASS record (type 0x2F) right after its BOF record; the
    # record's first field says how it is encrypted
    path = tmp_path / "locked.xls"
    shutil.copyfile(DATA / "invoices.xls", path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        stream = bytearray(ole.openstream("Workbook").read())
        first = 4 + struct.unpack_from("<H", stream, 2)[0]  # the record after the BOF record
        assert struct.unpack_from("<H", stream, first + 2)[0] >= 2
        struct.pack_into("<HxxH", stream, first, 0x2F, encryption)
        ole.write_stream("Workbook", bytes(stream))
    with pytest.raises(MediaError, match="locked.xls is protected with a password") as refused:
        office97_text("locked.xls", path.read_bytes())
    assert isinstance(refused.value, PasswordRequiredError) is asked


def test_a_damaged_workbook_is_refused_as_damage(tmp_path):
    path = tmp_path / "broken.xls"
    shutil.copyfile(DATA / "invoices.xls", path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        size = ole.get_size("Workbook")
        ole.write_stream("Workbook", bytes(range(256)) * (size // 256) + bytes(size % 256))
    with pytest.raises(MediaError, match="broken.xls is damaged"):
        office97_text("broken.xls", path.read_bytes())


def test_a_file_named_doc_that_is_not_one_says_so(tmp_path):
    path = tmp_path / "minutes.doc"
    path.write_text("Minutes of the meeting, exported by a web form as .doc\n")
    assert detect_kind(path) == "office97"  # by its name: no other kind claims its content
    with pytest.raises(
        MediaError, match="minutes.doc is not an Office 97–2003 file, whatever its name says"
    ) as refused:
        prepare_file(path)
    assert refused.value.hint is not None and "save it as PDF or .docx" in refused.value.hint


def test_a_presentations_photos_are_attached_with_its_text(tmp_path):
    path = tmp_path / "site visit.ppt"
    path.write_bytes((DATA / "photos.ppt").read_bytes())
    attachment = prepare_file(path)
    assert attachment.meta["encoding"] == "PowerPoint 97–2003 presentation" and attachment.meta["pictures"] == 2
    assert [picture.size for picture in attachment.images] == [(160, 120), (120, 160)]
    assert attachment.text is not None and "Before and after\n[Image-1]\n[Image-2]" in attachment.text
