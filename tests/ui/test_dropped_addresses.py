"""What a browser hands over when a picture or link is dragged out of it: an address, not a file. A picture
written into a ``data:`` address is attached; any other address is refused with the way on (nothing is
downloaded), where the drop did nothing at all before; a picture whose pixels come with the address is attached."""

from __future__ import annotations

import base64
import io
import struct
import zlib

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage

from desktop_vlm.media.data_addresses import picture_in_address


def _drop(widget, mime: QMimeData) -> None:
    widget.dropEvent(
        QDropEvent(
            QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    )


def _addresses(*addresses: str) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl(a) for a in addresses])
    return mime


def _png(size=(320, 200), colour=(200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def test_a_web_address_is_refused_with_the_way_on(qtbot, window):
    with qtbot.waitSignal(window.composer.attachment_failed) as failed:
        _drop(window.composer, _addresses("https://example.com/photos/cat.jpg"))
    message, hint = failed.args
    assert (
        message
        == "https://example.com/photos/cat.jpg is a web address: Desktop VLM works offline and downloads nothing."
    )
    assert hint.startswith("Save the picture or file on this computer first")
    assert window.banner.isVisible() and "cat.jpg" in window.banner.label.text()
    assert window.composer.attachments == []


def test_a_picture_written_into_its_address_is_attached(qtbot, window):
    address = "data:image/png;base64," + base64.b64encode(_png()).decode()
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=5000):
        _drop(window.composer, _addresses(address))
    (attachment,) = window.composer.attachments
    assert attachment.name == "dropped.png" and attachment.images[0].size == (320, 200)
    assert attachment.images[0].getpixel((5, 5)) == (200, 30, 30)


def test_a_picture_handed_over_with_its_pixels_is_attached_whatever_its_address(qtbot, window):
    mime = _addresses("https://example.com/photos/cat.jpg")
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.blue)
    mime.setImageData(image)
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=5000):
        _drop(window.composer, mime)
    assert [a.images[0].size for a in window.composer.attachments] == [(300, 200)]


def test_a_bomb_in_an_address_is_refused_by_the_picture_loader(qtbot, window):
    """A PNG header declaring 60,000 × 60,000 pixels, refused from its header before anything is decoded."""
    header = struct.pack(">IIBBBBB", 60_000, 60_000, 8, 2, 0, 0, 0)
    chunk = struct.pack(">I", len(header)) + b"IHDR" + header + struct.pack(">I", zlib.crc32(b"IHDR" + header))
    bomb = b"\x89PNG\r\n\x1a\n" + chunk
    with qtbot.waitSignal(window.composer.attachment_failed, timeout=5000) as failed:
        _drop(window.composer, _addresses("data:image/png;base64," + base64.b64encode(bomb).decode()))
    assert failed.args[0].startswith("dropped.png")
    assert window.composer.attachments == []


def test_a_long_address_is_shortened_in_the_message(qtbot, window):
    address = "https://example.com/" + "a" * 500
    with qtbot.waitSignal(window.composer.attachment_failed) as failed:
        _drop(window.composer, _addresses(address))
    shown = failed.args[0].split(" is a web address")[0]
    assert len(shown) == 80 and shown.endswith("…")


@pytest.mark.parametrize(
    "address, expected",
    [
        ("data:image/png;base64,iVBORw0KGgo=", b"\x89PNG\r\n\x1a\n"),
        ("DATA:image/svg+xml,%3Csvg%2F%3E", b"<svg/>"),  # not base64: percent-encoded bytes
        ("data:text/html;base64,PGI+", None),  # not a picture
        ("data:image/png;base64,@@@", None),  # not base64
        ("data:image/png;base64", None),  # no comma, no data
        ("https://example.com/cat.png", None),
        ("file:///home/me/cat.png", None),
    ],
)
def test_which_addresses_hold_a_picture(address, expected):
    assert picture_in_address(address) == expected
