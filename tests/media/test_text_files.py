"""Text files attached: recognised by extension or, without a known one, by their bytes; read from the encodings
people's files are really in; refused when binary, empty or too large (before being read); cut to the context at a
line break, the same cut again when a stored conversation is reopened; drawn as a page."""

from __future__ import annotations

import codecs
import io
import tracemalloc

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file, prepare_stored
from desktop_vlm.core.errors import MediaError
from desktop_vlm.core.text_tokens import chars_within, estimate_tokens
from desktop_vlm.media import detect_kind
from desktop_vlm.media.text_files import MAX_TEXT_BYTES, read_text

NOTES = "# Groceries\n\n- milk\n- bread\n- café au lait\n"


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name", ["notes.md", "table.CSV", "main.py", "data.json", "README", "Makefile", "x.xyz"])
def test_text_is_recognised_by_extension_or_without_one_by_its_bytes(tmp_path, name):
    assert detect_kind(_write(tmp_path, name, NOTES.encode())) == "text"


def test_content_still_decides_and_binary_without_a_known_extension_is_refused(tmp_path):
    picture = io.BytesIO()
    Image.new("RGB", (8, 8)).save(picture, "PNG")
    assert detect_kind(_write(tmp_path, "notes.txt", picture.getvalue())) == "image"  # a PNG named .txt
    with pytest.raises(MediaError, match="Supported:.*text files"):
        detect_kind(_write(tmp_path, "dump.xyz", bytes(range(256))))


def test_ts_is_typescript_when_it_is_text_and_a_video_stream_when_it_is_not(tmp_path):
    assert detect_kind(_write(tmp_path, "app.ts", b"export const answer: number = 42;\n")) == "text"
    packet = b"\x47\x40\x00\x10" + bytes(184)  # an MPEG transport stream packet: sync byte, then binary
    assert detect_kind(_write(tmp_path, "clip.ts", packet * 4)) == "video"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (NOTES.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + NOTES.encode("utf-8"), "UTF-8"),
        (NOTES.encode("utf-16"), "UTF-16"),  # with its byte-order mark, as Windows Notepad saved "Unicode"
        (codecs.BOM_UTF16_BE + NOTES.encode("utf-16-be"), "UTF-16"),
        (NOTES.replace("\n", "\r\n").encode("cp1252"), "Windows-1252"),
    ],
)
def test_the_encodings_people_save_in_read_the_same_text(data, encoding):
    read = read_text("notes.txt", data)
    assert (read.text, read.encoding) == (NOTES.rstrip("\n"), encoding)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Größe: 5 Äpfel, Müller zahlt 3€ — danke.", "cp1252"),
        ("发票总额：人民币一千二百元整。请在月底前付款。", "gb18030"),
        ("請求書の合計は一万二千円です。月末までにお支払いください。", "shift_jis"),
        ("Итого по счёту: тысяча двести рублей. Оплатить до конца месяца.", "cp1251"),
    ],
)
def test_legacy_encodings_are_read_as_written(text, codec):
    assert read_text("old.txt", text.encode(codec)).text == text


def test_binary_and_damaged_and_empty_files_are_refused_by_name(tmp_path):
    with pytest.raises(MediaError, match="report.txt holds binary data"):
        read_text("report.txt", b"PK\x03\x04\x00\x00 a zip named .txt")
    with pytest.raises(MediaError, match="starts as UTF-16 text but is damaged"):
        read_text("notes.txt", codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00")
    with pytest.raises(MediaError, match="blank.txt has no text"):
        prepare_file(_write(tmp_path, "blank.txt", b" \n\t\r\n"))


def test_a_file_past_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.log"
    with open(path, "wb") as fh:  # sparse: nothing on disk, 16 MB + 1 byte to read
        fh.write(b"x")
        fh.truncate(MAX_TEXT_BYTES + 1)
    tracemalloc.start()
    try:
        with pytest.raises(MediaError, match="huge.log is 16.0 MB; Desktop VLM reads text files of up to 16 MB"):
            prepare_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2**20


def test_a_long_text_is_cut_at_a_line_break_to_the_room_and_reopens_with_the_same_cut(tmp_path):
    lines = [f"line {i}: the quick brown fox jumps over the lazy dog" for i in range(2000)]
    path = _write(tmp_path, "long.log", "\n".join(lines).encode())
    whole = prepare_file(path)
    assert whole.text == "\n".join(lines) and whole.note is None
    cut = prepare_file(path, image_token_room=1000)
    assert cut.text is not None and cut.text.endswith(lines[len(cut.text.split("\n")) - 1])  # whole lines
    sent = len(cut.text.split("\n"))
    assert 0 < sent < 2000 and estimate_tokens(cut.text) <= 1000
    assert cut.meta == {
        "encoding": "UTF-8",
        "char_count": len(whole.text),
        "line_count": 2000,
        "sent_chars": len(cut.text),
        "sent_lines": sent,  # for the sent message's caption, which has no text to count
    }
    assert cut.note == f"The first {sent:,} of 2,000 lines: the rest would not fit the model's context."
    reopened = prepare_stored(path, cut.meta, max_tiles=6)  # a stored conversation: no room, the stored cut
    assert reopened.text == cut.text


def test_a_text_file_is_drawn_as_a_page_with_its_first_lines(tmp_path):
    attachment = prepare_file(_write(tmp_path, "notes.md", NOTES.encode()))
    page = attachment.thumbnail
    assert page.height > page.width  # portrait, like a page
    inked = [y for y in range(page.height) if min(page.getpixel((x, y))[0] for x in range(page.width // 2)) < 128]
    assert inked and inked[0] < page.height // 3  # text from the top, not a blank picture
    assert attachment.images == []


def test_the_token_estimate_errs_long_and_finds_the_longest_prefix():
    assert estimate_tokens("abcdef") == 2 and estimate_tokens("abcdefg") == 3  # a third per ASCII character
    assert estimate_tokens("中文") == 2 and estimate_tokens("Việt") == 1 + 1  # one per other character
    # digits and the punctuation between them are a token each: tokenizers split numbers into single digits
    assert estimate_tokens("1234.56,789.01") == 14 and estimate_tokens("self.foo(bar)") == 3 + 4
    text = "ab中cd文ef" * 10
    for room in (0, 1, 5, 17, 1000):
        keep = chars_within(text, room)
        assert estimate_tokens(text[:keep]) <= room
        assert keep == len(text) or estimate_tokens(text[: keep + 1]) > room


def test_a_one_line_file_cut_inside_its_line_is_counted_in_characters(tmp_path):
    import json

    minified = json.dumps([{"id": i, "name": f"item {i}", "tags": ["a", "b"]} for i in range(5000)])
    path = _write(tmp_path, "export.json", minified.encode())
    cut = prepare_file(path, image_token_room=300)
    assert cut.text is not None and 0 < len(cut.text) < len(minified) and "\n" not in minified
    assert (
        cut.note
        == f"The first {len(cut.text):,} of {len(minified):,} characters: the rest would not fit the model's context."
    )


def test_text_that_starts_like_a_bitmap_is_still_text(tmp_path):
    assert detect_kind(_write(tmp_path, "cars.txt", b"BMW sales rose 4% in the third quarter.\n")) == "text"
    bitmap = io.BytesIO()
    Image.new("RGB", (4, 4)).save(bitmap, "BMP")
    assert detect_kind(_write(tmp_path, "tiny.dat", bitmap.getvalue())) == "image"


def test_with_no_room_left_a_file_still_attaches_its_first_lines(tmp_path):
    path = _write(tmp_path, "notes.log", "\n".join(f"entry {i}: disk check passed" for i in range(500)).encode())
    full = prepare_file(path, image_token_room=0)  # the conversation already fills the context
    assert full.text is not None and full.text.startswith("entry 0:") and 0 < estimate_tokens(full.text) <= 64
    assert full.note is not None and full.note.endswith("the rest would not fit the model's context.")
