"""PowerPoint 97–2003 presentations: each slide in the presentation's order with its text boxes, tables and speaker
notes, and the pictures its slides show, marked where they sit, from files LibreOffice wrote
(``tests/data/office97/make_ppt_files.py``) and from streams built here the way PowerPoint keeps placeholder text
and pictures; damaged, looping and password-protected files refused by name, damaged pictures left out."""

from __future__ import annotations

import io
import shutil
import struct
import time
from pathlib import Path

import olefile
import pytest
from PIL import Image

from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import ppt97_pictures
from desktop_vlm.media import ppt97_text as module
from desktop_vlm.media.compound_file import PASSWORD_HINT
from desktop_vlm.media.ppt97_text import ppt97_text, presentation_text, read_ppt97, read_presentation

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
# A photo on slide 1, the same photo again and a second one on slide 2, an icon too small to send on slide 3.
PHOTOS = (
    "## Slide 1\nSite visit\n[Image-1]\n\n"
    "## Slide 2\nBefore and after\n[Image-1]\n[Image-2]\nBoth taken in May\n\n"
    "## Slide 3\nContact"
)
PHOTOS_TEXT = PHOTOS.replace("[Image-1]\n", "").replace("[Image-2]\n", "")
DOCUMENT, CURRENT_USER, PICTURES = "PowerPoint Document", "Current User", "Pictures"


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


def read_with_pictures(path: Path, with_pictures: bool = True) -> tuple[str, list[tuple[int, int]]]:
    """The text of the presentation at ``path`` and the sizes of the pictures sent with it."""
    with olefile.OleFileIO(str(path)) as ole:
        document = read_ppt97(path.name, ole, with_pictures)
    return document.text, [picture.size for picture in document.pictures]


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
        assert refusal.value.hint_message == PASSWORD_HINT


@pytest.mark.parametrize(
    ("name", "expected"), [("review.ppt", REVIEW), ("languages.ppt", LANGUAGES), ("photos.ppt", PHOTOS_TEXT)]
)
def test_without_pictures_the_text_is_the_text_alone(name, expected):
    assert read_with_pictures(FILES / name, with_pictures=False) == (expected, [])
    assert read(FILES / name) == expected


def test_the_pictures_slides_show_are_sent_once_each_and_marked_where_they_sit():
    # The photo shown on two slides is sent once and marked twice; the 32 px icon is too small to send.
    assert read_with_pictures(FILES / "photos.ppt") == (PHOTOS, [(160, 120), (120, 160)])


def test_no_more_pictures_than_the_most_a_document_sends(monkeypatch):
    monkeypatch.setattr(ppt97_pictures, "MAX_PICTURES", 1)
    text, sizes = read_with_pictures(FILES / "photos.ppt")
    assert text == PHOTOS.replace("[Image-2]\n", "") and sizes == [(160, 120)]


def _lengthen_the_blip_store(data: bytearray) -> None:
    store = record_at(data, 0xF001)
    data[store + 4 : store + 8] = struct.pack("<I", 10**6)


@pytest.mark.parametrize(("stream", "edit"), [(PICTURES, _clear), (DOCUMENT, _lengthen_the_blip_store)])
def test_damaged_pictures_are_left_out_and_the_text_still_goes(tmp_path, stream, edit):
    assert read_with_pictures(damaged_copy(tmp_path, "photos.ppt", stream, edit)) == (PHOTOS_TEXT, [])


# Pictures built the way PowerPoint keeps them: a shape naming its picture by number in the blip store, whose entries
# hold the picture's record or give its offset in the Pictures stream.
def picture_shape(number: int, property_id: int = 0x4104) -> bytes:
    """A picture frame showing the blip store's picture ``number``, by its ``pib`` property (0x104) flagged as a
    picture's number (0x4000)."""
    properties = atom(0xF00B, struct.pack("<HI", property_id, number), instance=1)
    return container(0xF004, atom(0xF00A, bytes(8), instance=75), properties)


def blip_entry(offset: int = 0, held: bytes = b"") -> bytes:
    """An entry of the blip store: holding the picture's record ``held``, or pointing at ``offset``."""
    return atom(0xF007, struct.pack("<BB16sHIIIBBH", 6, 6, bytes(16), 0, len(held), 1, offset, 0, 0, 0) + held)


def blip(kind: int, instance: int, image: bytes, ids: int = 1) -> bytes:
    """A picture's record: ``ids`` 16-byte ids, a tag byte and the image file."""
    return atom(kind, bytes(16 * ids) + b"\xff" + image, instance=instance)


def blip_store(*entries: bytes) -> bytes:
    """The document's drawing group holding a blip store of ``entries``."""
    return container(0x040B, container(0xF000, container(0xF001, *entries)))


def image_file(size: tuple[int, int], colour: tuple[int, int, int], kind: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, kind)
    return buffer.getvalue()


RED, BLUE = (200, 30, 30), (30, 30, 200)


def test_pictures_held_in_the_store_or_the_pictures_stream_in_each_raster_kind():
    dib = image_file((100, 80), RED, "BMP")[14:]  # a BMP without its file header
    jpeg = blip(0xF01D, 0x46B, image_file((90, 70), BLUE, "JPEG"), ids=2)
    png = image_file((80, 80), BLUE, "PNG")
    emf = blip(0xF01A, 0x3D4, png)  # a vector picture's record, left out by its type whatever it holds
    store = blip_store(
        blip_entry(held=blip(0xF01F, 0x7A8, dib)),
        blip_entry(0),
        blip_entry(len(jpeg)),
        blip_entry(len(jpeg) + len(emf)),
    )
    notes = container(0x03F0, container(0x040C, container(0xF002, container(0xF003, picture_shape(4)))))
    shapes = [
        picture_shape(2),
        picture_shape(3),
        picture_shape(9),  # past the store
        picture_shape(4, property_id=0xC104),  # a complex property: not a picture's number
        text_box(atom(0x0FA8, b"Both")),
        picture_shape(1),
        picture_shape(2),
    ]
    stream, user = built(
        [store, container(0x0FF0, slide_persist(2, 0x100)), container(0x0FF0, slide_persist(3, 0x105), instance=2)],
        [slide(*shapes, notes_id=0x105), notes],
    )
    # The PNG is shown on the notes page alone, and a notes page's pictures are not sent.
    document = read_presentation("deck.ppt", stream, user, jpeg + emf + blip(0xF01E, 0x6E0, png))
    assert document.text == "## Slide 1\n[Image-1]\nBoth\n[Image-2]\n[Image-1]"
    assert [picture.size for picture in document.pictures] == [(90, 70), (100, 80)]
    assert document.pictures[1].getpixel((50, 40)) == RED


def test_no_picture_goes_once_the_text_is_full(monkeypatch):
    monkeypatch.setattr(module, "MAX_TEXT_BYTES", 20)
    assert read_with_pictures(FILES / "photos.ppt") == (PHOTOS[:20], [])


def test_pictures_whose_records_overlap_are_not_decoded_over_and_over():
    # Each entry points one header further into the Pictures stream, at a record running to its end: a sound file's
    # pictures lie apart, so no more bytes are decoded than the streams hold.
    count = 20_000
    tail = bytes(2**20)
    pictures = b"".join(
        struct.pack("<HHI", 0x6E0 << 4, 0xF01E, 8 * (count - index - 1) + len(tail)) for index in range(count)
    )
    store = blip_store(*(blip_entry(8 * index) for index in range(count)))
    stream, user = built(
        [store, container(0x0FF0, slide_persist(2, 0x100))],
        [slide(*(picture_shape(number) for number in range(1, count + 1)))],
    )
    started = time.monotonic()
    document = read_presentation("deck.ppt", stream, user, pictures + tail)
    assert document.pictures == [] and time.monotonic() - started < 1
