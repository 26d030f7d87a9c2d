"""Web pages Safari saved as one file (.webarchive) are quoted as their address and the text they show under their
title, with the photos they show marked where they sit: archives laid out here as Safari writes them (a binary
property list of the page and the files it loaded), and the damaged ones refused by name."""

from __future__ import annotations

import io
import plistlib

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind
from desktop_vlm.media.webarchive_text import read_webarchive, webarchive_text

PAGE_URL = "https://www.example.com/news/tides.html"


def _png(size: tuple[int, int], colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def _resource(url: str, mime: str, data: bytes, encoding: str | None = None) -> dict:
    resource = {"WebResourceURL": url, "WebResourceMIMEType": mime, "WebResourceData": data}
    if encoding:
        resource["WebResourceTextEncodingName"] = encoding
    return resource


PAGE = """<!DOCTYPE html><html><head><title>Spring tides</title><style>p{color:red}</style>
<script>track()</script></head><body><nav>Home | News</nav><h1>Spring tides</h1>
<p>The range at Saint-Malo reaches 13 m. <img src="../img/range.png" alt="range"></p>
<p><img src="data:image/gif;base64,R0lGOD" data-src="https://cdn.example.com/harbour.jpg" alt="lazy"></p>
<p><img src="photo-small.jpg" srcset="https://cdn.example.com/photo-480.jpg 480w, https://cdn.example.com/photo-960.jpg 960w">
Cafés close at high tide.</p><img src="https://ads.example.net/pixel.gif"></body></html>"""


def webarchive(page: str = PAGE, encoding: str = "UTF-8", resources: list | None = None) -> bytes:
    loaded = [
        _resource("https://www.example.com/img/range.png", "image/png", _png((160, 120), "navy")),
        _resource("https://cdn.example.com/harbour.jpg", "image/png", _png((120, 160), "teal")),
        _resource("https://cdn.example.com/photo-960.jpg", "image/png", _png((200, 100), "orange")),
        _resource("https://www.example.com/style.css", "text/css", b"p{color:red}"),
        _resource("https://ads.example.net/pixel.gif", "image/png", _png((1, 1), "white")),
    ]
    archive = {
        "WebMainResource": _resource(PAGE_URL, "text/html", page.encode(encoding), encoding)
        | {"WebResourceFrameName": ""},
        "WebSubresources": loaded if resources is None else resources,
    }
    return plistlib.dumps(archive, fmt=plistlib.FMT_BINARY)


def test_a_saved_page_is_its_address_title_and_text_with_its_photos_where_they_sit(tmp_path):
    read = read_webarchive("tides.webarchive", webarchive())
    assert read.text == (
        f"Web page saved from: {PAGE_URL}\n\nHome | News\n# Spring tides\n"
        "The range at Saint-Malo reaches 13 m. [Image-1]\n[Image-2]\n[Image-3] Cafés close at high tide."
    )  # the relative address, lazy loading's and srcset's; the tracking pixel is an icon, left out
    assert [picture.size for picture in read.pictures] == [(160, 120), (120, 160), (200, 100)]
    assert "[Image" not in webarchive_text("tides.webarchive", webarchive())


@pytest.mark.parametrize("name", ["tides.webarchive", "tides"])
def test_a_web_archive_is_attached_as_text_with_its_photos_whatever_its_name(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(webarchive())
    assert detect_kind(path) == "webarchive"
    attachment = prepare_file(path)
    assert attachment.text is not None and "Cafés close at high tide." in attachment.text
    assert attachment.meta["encoding"] == "Safari web archive" and len(attachment.images) == 3


def test_a_page_in_the_character_set_safari_recorded_reads_in_it():
    page = "<html><head><title>潮汐</title></head><body><p>満潮は6時です。</p></body></html>"
    text = webarchive_text("shio.webarchive", webarchive(page, encoding="Shift_JIS", resources=[]))
    assert text.endswith("# 潮汐\n満潮は6時です。")


@pytest.mark.parametrize(
    "data",
    [
        b"bplist00" + bytes(40),  # cut
        plistlib.dumps(["not", "a", "dictionary"], fmt=plistlib.FMT_BINARY),
        plistlib.dumps({"WebMainResource": {"WebResourceURL": PAGE_URL}}, fmt=plistlib.FMT_BINARY),  # no page
        plistlib.dumps({"WebMainResource": _resource(PAGE_URL, "application/pdf", b"%PDF")}, fmt=plistlib.FMT_BINARY),
    ],
    ids=["cut", "not-a-dictionary", "no-page", "not-a-page"],
)
def test_a_damaged_archive_or_one_of_no_page_is_refused_by_name(data):
    with pytest.raises(MediaError, match="saved.webarchive"):
        webarchive_text("saved.webarchive", data)


def _deeply_nested_plist(depth: int) -> bytes:
    """A binary property list of ``depth`` one-element arrays, each holding the next, written by hand (plistlib's
    own writer recurses too deep to write one): objects, their offsets (4 bytes each), then the trailer (offset and
    reference sizes, object count, top object, where the offsets start)."""
    objects = [b"\xa1" + (i + 1).to_bytes(2, "big") for i in range(depth - 1)] + [b"\xa0"]
    offsets, position = [], 8
    for item in objects:
        offsets.append(position)
        position += len(item)
    table = b"".join(offset.to_bytes(4, "big") for offset in offsets)
    trailer = bytes(6) + bytes([4, 2]) + depth.to_bytes(8, "big") + bytes(8) + position.to_bytes(8, "big")
    return b"bplist00" + b"".join(objects) + table + trailer


def test_arrays_nested_thousands_deep_are_damage_not_a_recursion_error():
    assert plistlib.loads(_deeply_nested_plist(3)) == [[[]]]  # the writer above writes property lists
    with pytest.raises(MediaError, match="deep.webarchive is damaged"):
        webarchive_text("deep.webarchive", _deeply_nested_plist(50_000))
