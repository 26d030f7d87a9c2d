"""Comic books (.cbz) are read page by page like a PDF: pages in reading order as a person counts them, the
pages that fit the context without a choice, the chosen ones with one, and what is no comic refused by name."""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file, prepare_stored
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind
from desktop_vlm.media.comic import comic_page_count, render_comic_page

# page colours; stored out of reading order, as a tool may write them
PAGES = {"Vol 1/page10.jpg": "purple", "Vol 1/page2.png": "green", "Vol 1/page1.png": "red", "Vol 1/page3.webp": "blue"}


def _picture(colour: str, fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 450), colour).save(buffer, fmt)
    return buffer.getvalue()


def comic(pages: dict[str, str] = PAGES, extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    formats = {".jpg": "JPEG", ".png": "PNG", ".webp": "WEBP"}
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("ComicInfo.xml", "<ComicInfo><Series>Tides</Series></ComicInfo>")
        for name, colour in pages.items():
            package.writestr(name, _picture(colour, formats[name[name.rindex(".") :]]))
        for name, data in (extra or {}).items():
            package.writestr(name, data)
    return buffer.getvalue()


def test_pages_come_in_the_order_a_person_counts_them(tmp_path):
    path = tmp_path / "tides.cbz"
    path.write_bytes(comic(extra={"__MACOSX/Vol 1/._page1.png": b"x", "Vol 1/.thumb.png": b"x"}))
    assert comic_page_count(path) == 4
    colours = [render_comic_page(path, i, max_tiles=1).getpixel((150, 225)) for i in range(4)]
    assert [max(range(3), key=lambda c: rgb[c]) for rgb in colours] == [0, 1, 2, 0]  # red, green, blue, purple
    assert colours[3][2] > 100  # purple, not red: page10 comes after page3


def test_a_comic_is_attached_as_the_pages_that_fit_and_a_choice_is_kept(tmp_path):
    path = tmp_path / "tides.cbz"
    path.write_bytes(comic())
    assert detect_kind(path) == "comic"
    attachment = prepare_file(path)
    assert attachment.meta["page_count"] == 4 and attachment.meta["pages"] == [0, 1, 2, 3]
    assert len(attachment.images) == 4
    chosen = prepare_stored(path, {"page_count": 4, "pages": [3]}, max_tiles=6)
    assert len(chosen.images) == 1 and chosen.images[0].getpixel((chosen.images[0].width // 2, 10))[2] > 100


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"PK\x03\x04 not a zip", "is damaged or is not a comic book"),
        (comic(pages={}), "has no pages: there are no pictures in it"),
    ],
)
def test_what_is_no_comic_is_refused_by_name(tmp_path, data, reason):
    path = tmp_path / "book.cbz"
    path.write_bytes(data)
    with pytest.raises(MediaError, match=f"book.cbz {reason}"):
        comic_page_count(path)


def test_a_damaged_page_is_named_and_the_others_still_read(tmp_path):
    path = tmp_path / "torn.cbz"
    path.write_bytes(comic(pages={"p1.png": "red"}, extra={"p2.png": b"\x89PNG torn"}))
    assert render_comic_page(path, 0, max_tiles=1).getpixel((5, 5))[0] > 200
    with pytest.raises(MediaError, match="Page 2 of torn.cbz"):
        render_comic_page(path, 1, max_tiles=1)
    with pytest.raises(MediaError, match="torn.cbz has 2 page"):
        render_comic_page(path, 7, max_tiles=1)
