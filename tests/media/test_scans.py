"""A TIFF of several pages (an office scanner's or a fax program's default) is read page by page, as a PDF is:
the pages that fit without a choice, the chosen ones with one, each page decoded and size-checked by its own
directory; a TIFF of one page stays a picture, and a damaged one is refused by the picture loader by name."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file, prepare_stored
from desktop_vlm.cli.main import main
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind, images, scan_pages
from desktop_vlm.media.kind_registry import kind
from desktop_vlm.media.scan_pages import render_scan_page, scan_page_count
from tests.conftest import REFERENCE_DIR

# page colours and sizes: a portrait letter, a landscape table, a small receipt
PAGES = [("red", (300, 400)), ("green", (500, 280)), ("blue", (160, 360))]


def scan(pages=PAGES, **save) -> bytes:
    """A TIFF of these pages, as a scanner's batch is saved (black-and-white for Group 4, a fax's compression)."""
    mode = "1" if save.get("compression") == "group4" else "RGB"
    pictures = [Image.new(mode, size, colour) for colour, size in pages]
    buffer = io.BytesIO()
    pictures[0].save(buffer, "TIFF", save_all=True, append_images=pictures[1:], **save)
    return buffer.getvalue()


def _strongest(image: Image.Image) -> int:
    """Which of red, green and blue the page's middle is."""
    rgb = image.getpixel((image.width // 2, image.height // 2))
    return max(range(3), key=lambda c: rgb[c])


def test_a_scan_of_several_pages_is_attached_as_its_pages(tmp_path):
    path = tmp_path / "contract.tif"
    path.write_bytes(scan())
    assert detect_kind(path) == "scan"
    attachment = prepare_file(path)
    assert attachment.meta["page_count"] == 3 and attachment.meta["pages"] == [0, 1, 2]
    assert [_strongest(im) for im in attachment.images] == [0, 1, 2]
    assert [im.size for im in attachment.images] == [size for _, size in PAGES]  # each page its own size


def test_a_chosen_page_is_sent_alone_and_again_from_the_history(tmp_path):
    path = tmp_path / "contract.tiff"
    path.write_bytes(scan())
    chosen = prepare_stored(path, {"page_count": 3, "pages": [2]}, max_tiles=6)
    assert len(chosen.images) == 1 and _strongest(chosen.images[0]) == 2


def test_a_scan_of_one_page_stays_a_picture(tmp_path):
    path = tmp_path / "receipt.tif"
    path.write_bytes(scan(PAGES[:1]))
    assert detect_kind(path) == "image"
    assert len(prepare_file(path).images) == 1


def test_the_first_bytes_alone_give_a_picture(tmp_path):
    """What is recognised from its first bytes (a file inside an archive) cannot know the pages: it is a picture
    of the first page there; only a file on disk is counted."""
    data = scan()
    assert kind("scan").sniff(data[:1024]) is False
    from desktop_vlm.media.kind_registry import recognise

    assert recognise("contract.tif", data[:1024]) == "image"


def test_fax_pages_in_group_4_are_read(tmp_path):
    """Fax programs and document scanners store black-and-white pages with CCITT Group 4 compression."""
    pages = [Image.new("1", (400, 520), 1), Image.new("1", (400, 520), 0)]
    buffer = io.BytesIO()
    pages[0].save(buffer, "TIFF", save_all=True, append_images=pages[1:], compression="group4")
    path = tmp_path / "fax.tif"
    path.write_bytes(buffer.getvalue())
    attachment = prepare_file(path)
    assert [im.mode for im in attachment.images] == ["RGB", "RGB"]
    assert [im.getpixel((10, 10)) for im in attachment.images] == [(255, 255, 255), (0, 0, 0)]


def test_each_page_is_size_checked_by_its_own_directory(tmp_path, monkeypatch):
    """A later page larger than the first is refused for its own size, before it is decoded."""
    path = tmp_path / "batch.tif"
    path.write_bytes(scan([("red", (200, 200)), ("green", (400, 400))]))
    monkeypatch.setattr(images, "HEADER_MAX_PIXELS", 100_000)
    assert render_scan_page(path, 0, max_tiles=1).size == (200, 200)
    with pytest.raises(MediaError, match="Page 2 of batch.tif is 400×400 pixels"):
        render_scan_page(path, 1, max_tiles=1)


def test_a_damaged_page_is_named_and_the_pages_before_it_still_read(tmp_path):
    data = bytearray(scan([("red", (300, 400)), ("green", (300, 400))], compression="tiff_lzw"))
    with Image.open(io.BytesIO(data)) as opened:
        opened.seek(1)
        start, length = opened.tag_v2[273][0], opened.tag_v2[279][0]  # the second page's first strip
    data[start : start + length] = b"\xff" * length  # no LZW stream starts so
    path = tmp_path / "torn.tif"
    path.write_bytes(data)
    assert detect_kind(path) == "scan"  # its directories are whole: only the second page's pixels are damaged
    assert _strongest(render_scan_page(path, 0, max_tiles=1)) == 0
    with pytest.raises(MediaError, match="Page 2 of torn.tif could not be decoded"):
        render_scan_page(path, 1, max_tiles=1)
    with pytest.raises(MediaError, match="torn.tif has 2 page"):
        render_scan_page(path, 7, max_tiles=1)


def test_a_tiff_whose_directories_are_damaged_is_refused_as_a_picture(tmp_path):
    path = tmp_path / "torn.tif"
    path.write_bytes(b"II*\x00" + b"\xff\xff\xff\x7f" + b"\x00" * 100)  # its first directory lies past the end
    assert detect_kind(path) == "image"
    with pytest.raises(MediaError, match="torn.tif"):
        prepare_file(path)


def test_a_scan_of_too_many_pages_is_refused_with_the_way_on(tmp_path, monkeypatch):
    path = tmp_path / "archive.tif"
    path.write_bytes(scan())
    monkeypatch.setattr(scan_pages, "MAX_SCAN_PAGES", 2)
    with pytest.raises(MediaError, match="archive.tif has 3 pages; Desktop VLM opens scans of at most 2") as err:
        scan_page_count(path)
    assert err.value.hint == "Split it into smaller files."


def test_the_cli_says_when_an_image_sends_the_first_page_of_a_scan(tmp_path, capsys):
    path = tmp_path / "contract.tif"
    path.write_bytes(scan())
    model = REFERENCE_DIR / "InternVL2_5-4B"
    code = main(["ask", str(model), "Read it", "--image", str(path), "--max-new-tokens", "2", "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "note: contract.tif: page 1 of 3 sent; --attach it to send its pages" in captured.err
    assert json.loads(captured.out)["stats"]["image_tiles"] >= 1
    code = main(["ask", str(model), "Read it", "--attach", str(path), "--max-new-tokens", "2", "--json"])
    captured = capsys.readouterr()
    assert code == 0 and "page 1 of 3" not in captured.err


def test_a_kind_that_narrows_another_must_say_which_files_it_claims():
    from dataclasses import replace

    from desktop_vlm.media.kind_registry import _check

    with pytest.raises(RuntimeError, match="attachment kind 'scan': `narrows` and `claims` go together"):
        _check(replace(kind("scan"), claims=None))
    _check(kind("scan"))
