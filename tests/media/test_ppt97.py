"""PowerPoint 97–2003 presentations: each slide in the presentation's order with its text boxes, tables and speaker
notes, from files LibreOffice wrote (``tests/data/office97/make_ppt_files.py``) and from streams built here the way
PowerPoint keeps placeholder text; damaged, looping and password-protected files refused by name."""

from __future__ import annotations

import shutil
import struct
import time
from pathlib import Path

import olefile
import pytest

from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import ppt97_text as module
from desktop_vlm.media.compound_file import PASSWORD_HINT
from desktop_vlm.media.ppt97_text import ppt97_text, presentation_text

FILES = Path(__file__).resolve().parents[1] / "data" / "office97"
REVIEW = (
    "## Slide 1\nQuarterly review\nRevenue rose 12%\nCosts fell\nNotes: Start with the good news. Then the costs.\n\n"
    "## Slide 2\nSales by region\n| Region | Sales |\n| North | 1,200 |\n| South | 950 |\nFigures in thousands\n\n"
    "## Slide 3\n\n"
    "## Slide 4\nNext steps\nNotes: Ask for questions."
)
LANGUAGES = (
    "## Slide 1\nXin chào thế giới\nTiếng Việt có dấu\n中文文本\nNotes: Ghi chú của người nói: 谢谢\n\n"
    "## Slide 2\nPlain ASCII text box"
)
DOCUMENT, CURRENT_USER = "PowerPoint Document", "Current User"


def streams(name: str) -> tuple[bytes, bytes]:
    """The document and Current User streams of the fixture ``name``."""
    with olefile.OleFileIO(str(FILES / name)) as ole:
        return ole.openstream(DOCUMENT).read(), ole.openstream(CURRENT_USER).read()


def damaged_copy(tmp_path: Path, name: str, stream: str, edit) -> Path:
    """A copy of the fixture ``name`` whose ``stream`` is replaced by ``edit(bytearray of it)`` (same size)."""
    path = tmp_path / name
    shutil.copy(FILES / name, path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream(stream).read())
        edit(data)
        ole.write_stream(stream, bytes(data))
    return path


def read(path: Path) -> str:
    with olefile.OleFileIO(str(path)) as ole:
        return ppt97_text(path.name, ole)


def record_at(stream: bytearray, kind: int) -> int:
    """The offset of the first record of type ``kind``, looking into every container from the stream's start."""
    offset = 0
    while True:
        version_instance, found_kind, length = struct.unpack_from("<HHI", stream, offset)
        if found_kind == kind:
            return offset
        offset += 8 if version_instance & 0xF == 0xF else 8 + length


# Streams built the way PowerPoint keeps text: a record is its header (version and instance, type, length) and body.
def atom(kind: int, body: bytes = b"", instance: int = 0) -> bytes:
    return struct.pack("<HHI", instance << 4, kind, len(body)) + body


def container(kind: int, *children: bytes, instance: int = 0) -> bytes:
    return struct.pack("<HHI", instance << 4 | 0xF, kind, sum(map(len, children))) + b"".join(children)


def slide_persist(persist_id: int, slide_id: int) -> bytes:
    return atom(0x03F3, struct.pack("<IIiII", persist_id, 0, 0, slide_id, 0))


def text_box(*records: bytes) -> bytes:
    """A shape holding ``records`` in its text box."""
    return container(0xF004, atom(0xF00A, bytes(8), instance=1), container(0xF00D, *records))


def slide(*shapes: bytes, notes_id: int = 0) -> bytes:
    """A slide with ``shapes`` in one group, and the id of its notes."""
    drawing = container(0xF002, container(0xF003, container(0xF004, atom(0xF00A, bytes(8))), *shapes))
    return container(
        0x03EE, atom(0x03EF, struct.pack("<I8sIIHH", 0, bytes(8), 0, notes_id, 0, 0)), container(0x040C, drawing)
    )


def built(lists: list[bytes], objects: list[bytes], encryption: int | None = None) -> tuple[bytes, bytes]:
    """A stream: the document (persist id 1) holding the slide ``lists``, then ``objects`` (persist ids 2, 3…), the
    persist directory and the one edit; and its Current User stream."""
    parts = [container(0x03E8, atom(0x03E9, bytes(40)), *lists, atom(0x03EA)), *objects]
    offsets = [sum(map(len, parts[:index])) for index in range(len(parts))]
    directory = atom(0x1772, struct.pack(f"<I{len(parts)}I", 1 | len(parts) << 20, *offsets))
    directory_offset = sum(map(len, parts))
    edit_body = struct.pack("<IHBBIIIIHH", 0x100, 0, 0, 3, 0, directory_offset, 1, len(parts) + 1, 1, 0)
    if encryption is not None:
        edit_body += struct.pack("<I", encryption)
    stream = b"".join(parts) + directory + atom(0x0FF5, edit_body)
    user = atom(0x0FF6, struct.pack("<III", 0x14, 0xE391C05F, directory_offset + len(directory)))
    return stream, user


def edited(stream: bytes, user: bytes, persist_id: int, replacement: bytes) -> tuple[bytes, bytes]:
    """``stream`` and its Current User ``user`` with one more edit saved after the others, as PowerPoint's fast save
    appends one: ``replacement`` is the object of ``persist_id`` now."""
    (last_edit,) = struct.unpack_from("<I", user, 16)
    directory = atom(0x1772, struct.pack("<II", persist_id | 1 << 20, len(stream)))
    directory_offset = len(stream) + len(replacement)
    edit = atom(0x0FF5, struct.pack("<IHBBIIIIHH", 0x100, 0, 0, 3, last_edit, directory_offset, 1, 9, 1, 0))
    return stream + replacement + directory + edit, user[:16] + struct.pack("<I", directory_offset + len(directory))


TITLE = atom(0x0F9F, struct.pack("<I", 0)) + atom(0x0FA8, b"Plan \xe0 venir")
BODY = atom(0x0F9F, struct.pack("<I", 1)) + atom(0x0FA0, "One\rTwo\x0bthree\r".encode("utf-16-le"))
PAGE_NUMBER = text_box(atom(0x0FA0, "Page *".encode("utf-16-le")), atom(0x0FD8, struct.pack("<I", 5)))
NOTES = container(0x03F0, container(0x040C, container(0xF002, container(0xF003, text_box(atom(0x0FA8, b"Speak"))))))
POWERPOINT = built(
    [
        container(0x0FF0, slide_persist(2, 0x100), TITLE, BODY, instance=0),
        container(0x0FF0, slide_persist(3, 0x105), instance=2),
    ],
    [slide(text_box(atom(0x0F9E, struct.pack("<I", 1))), PAGE_NUMBER, notes_id=0x105), NOTES],
)


@pytest.mark.parametrize(("name", "expected"), [("review.ppt", REVIEW), ("languages.ppt", LANGUAGES)])
def test_slides_in_order_with_text_boxes_tables_and_notes(name, expected):
    assert read(FILES / name) == expected


def test_placeholder_text_kept_in_the_slide_list_and_one_byte_text():
    # The title's shape is left out, so its text comes first; the slide number's "*" is a field, not text.
    assert presentation_text("plan.ppt", *POWERPOINT) == "## Slide 1\nPlan à venir\nOne\nTwo\nthree\nPage\nNotes: Speak"


def test_the_slide_lists_order_wins_over_where_the_slides_lie():
    stream, user = built(
        [container(0x0FF0, slide_persist(3, 0x101), slide_persist(2, 0x100))],
        [slide(text_box(atom(0x0FA8, b"second"))), slide(text_box(atom(0x0FA8, b"first")))],
    )
    assert presentation_text("deck.ppt", stream, user) == "## Slide 1\nfirst\n\n## Slide 2\nsecond"


def test_the_newest_saved_edit_wins():
    draft = built([container(0x0FF0, slide_persist(2, 0x100))], [slide(text_box(atom(0x0FA8, b"Draft")))])
    final = edited(*draft, 2, slide(text_box(atom(0x0FA8, b"Final"))))
    assert presentation_text("deck.ppt", *final) == "## Slide 1\nFinal"


def test_the_text_stops_at_the_most_a_text_may_hold(monkeypatch):
    monkeypatch.setattr(module, "MAX_TEXT_BYTES", 40)
    assert read(FILES / "review.ppt") == REVIEW[:40]


def test_text_repeated_by_reference_stops_at_the_limit_too(monkeypatch):
    monkeypatch.setattr(module, "MAX_TEXT_BYTES", 10_000)
    words = atom(0x0FA0, ("word\r" * 5_000).encode("utf-16-le"))
    references = [text_box(atom(0x0F9E, bytes(4))) for _ in range(20_000)]
    stream, user = built([container(0x0FF0, slide_persist(2, 0x100), words)], [slide(*references)])
    started = time.monotonic()
    text = presentation_text("deck.ppt", stream, user)
    assert len(text) == 10_000 and text.startswith("## Slide 1\nword\nword\n") and time.monotonic() - started < 1


def test_a_presentation_without_slides_is_refused():
    stream, user = built([container(0x0FF0, instance=0)], [])
    with pytest.raises(MediaError, match=r"^deck.ppt is not a PowerPoint presentation: it has no slides\.$"):
        presentation_text("deck.ppt", stream, user)


def _clear(data: bytearray) -> None:
    data[:] = bytes(len(data))


def _point_current_user_past_the_end(data: bytearray) -> None:
    data[16:20] = struct.pack("<I", 10**8)


def _point_the_edit_at_itself(data: bytearray) -> None:
    edit = record_at(data, 0x0FF5)
    data[edit + 16 : edit + 20] = struct.pack("<I", edit)


def _cut_the_end(data: bytearray) -> None:
    data[-200:] = bytes(200)


def _lengthen_a_slide(data: bytearray) -> None:
    data[record_at(data, 0x03EE) + 4 : record_at(data, 0x03EE) + 8] = b"\xff\xff\xff\xff"


def _lengthen_a_text(data: bytearray) -> None:
    text = data.find("Revenue".encode("utf-16-le")) - 8
    data[text + 4 : text + 8] = struct.pack("<I", 10**6)


@pytest.mark.parametrize(
    ("stream", "edit", "message"),
    [
        (CURRENT_USER, _clear, "its Current User part is not a PowerPoint one"),
        (CURRENT_USER, _point_current_user_past_the_end, "a record lies outside its part"),
        (DOCUMENT, _point_the_edit_at_itself, "its saved edits point at one another in a loop"),
        (DOCUMENT, _cut_the_end, "its Current User part does not point at a saved edit"),
        (DOCUMENT, _lengthen_a_slide, "a record is longer than the part holding it"),
        (DOCUMENT, _lengthen_a_text, "a record is longer than the part holding it"),
    ],
)
def test_damaged_presentations_are_refused_by_name(tmp_path, stream, edit, message):
    with pytest.raises(MediaError, match=f"^review.ppt is damaged: {message}\\.$"):
        read(damaged_copy(tmp_path, "review.ppt", stream, edit))


@pytest.mark.parametrize("persist_id", [9, 1])  # one the directory lacks, and the document's
def test_a_slide_missing_from_the_persist_directory_is_damage(persist_id):
    stream, user = built([container(0x0FF0, slide_persist(persist_id, 0x100))], [])
    with pytest.raises(MediaError, match=r"^deck.ppt is damaged: a slide, or the document listing them, is missing\.$"):
        presentation_text("deck.ppt", stream, user)


def test_a_slide_listed_over_and_over_is_refused_not_read_for_ever():
    shapes = [text_box(atom(0x0FA8, b"x" * 50)) for _ in range(300)]
    listed = [slide_persist(2, 0x100) for _ in range(3_000)]
    stream, user = built([container(0x0FF0, *listed)], [slide(*shapes)])
    started = time.monotonic()
    with pytest.raises(MediaError, match="deck.ppt is damaged: its records point into one another"):
        presentation_text("deck.ppt", stream, user)
    assert time.monotonic() - started < 1


def test_groups_nested_past_any_presentations_are_refused():
    group = container(0xF004, atom(0xF00A, bytes(8)))
    for _ in range(100):
        group = container(0xF003, container(0xF004, atom(0xF00A, bytes(8))), group)
    drawing = container(0x040C, container(0xF002, group))
    stream, user = built([container(0x0FF0, slide_persist(2, 0x100))], [container(0x03EE, drawing)])
    with pytest.raises(MediaError, match="deck.ppt is damaged: its shapes are grouped deeper"):
        presentation_text("deck.ppt", stream, user)


class _Encrypted:
    """A compound file with an ``EncryptedSummary`` stream, as PowerPoint saves one with a password."""

    def exists(self, stream: str) -> bool:
        return stream in ("EncryptedSummary", DOCUMENT, CURRENT_USER)

    def openstream(self, stream: str):
        raise AssertionError("an encrypted presentation's streams are not read")


def test_presentations_saved_with_a_password_are_refused():
    stream, user = streams("review.ppt")
    encrypted_user = user[:12] + struct.pack("<I", 0xF3D1C4DF) + user[16:]
    session = built([container(0x0FF0, slide_persist(2, 0x100))], [container(0x2F14)], encryption=2)
    for read_it in (
        lambda: ppt97_text("deck.ppt", _Encrypted()),  # type: ignore[arg-type]
        lambda: presentation_text("deck.ppt", stream, encrypted_user),
        lambda: presentation_text("deck.ppt", *session),
    ):
        with pytest.raises(MediaError) as refusal:
            read_it()
        assert refusal.value.user_message == "deck.ppt is protected with a password."
        assert refusal.value.hint == PASSWORD_HINT
