"""Outlook messages (.msg, a mail dragged out of Outlook) are attached as a person reads them, like an .eml:
sender, recipients, date, subject, the files attached and the body, with the pictures attached. The messages are
written here in Outlook's layout: a compound file of property streams (``tests/media/compound_files.py``)."""

from __future__ import annotations

import datetime
import io
import struct

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.media import detect_kind
from desktop_vlm.media.attachment_kinds.office97 import office97_text, read_office97
from tests.media.compound_files import compound_file
from tests.media.pdf_files import text_pdf

SENT = datetime.datetime(2026, 12, 1, 8, 11, 58, tzinfo=datetime.UTC)


def _png(size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, "PNG")
    return buffer.getvalue()


def _unicode(text: str) -> bytes:
    return text.encode("utf-16-le") + b"\0\0"


def _times(header: int = 32, **tags: datetime.datetime) -> bytes:
    """A property table: its header (32 bytes in a message file, 24 in an attached message), then each time as a
    type, tag, flags and FILETIME."""
    table = bytes(header)
    for tag, moment in tags.items():
        ticks = int((moment - datetime.datetime(1601, 1, 1, tzinfo=datetime.UTC)).total_seconds() * 10_000_000)
        table += struct.pack("<HHIQ", 0x0040, int(tag.removeprefix("x"), 16), 6, ticks)  # x0039: tag 0x0039
    return table


def message_streams(
    properties: dict[str, bytes], attachments: list[dict[str, bytes]] = (), header: int = 32, **times
) -> dict[str, bytes]:
    """A message's streams by path within its storage: its property streams by tag and type (``"0037001F"``), its
    attachments' likewise; an attachment's ``"message"`` is an attached message's streams."""
    streams = {f"__substg1.0_{tag}": value for tag, value in properties.items()}
    streams["__properties_version1.0"] = _times(header, **times)
    streams["__recip_version1.0_#00000000/__substg1.0_3001001F"] = _unicode("team@example.org")
    for number, attachment in enumerate(attachments):
        storage = f"__attach_version1.0_#{number:08X}"
        for tag, value in attachment.items():
            if tag == "message":
                streams |= {f"{storage}/__substg1.0_3701000D/{path}": data for path, data in value.items()}
            else:
                streams[f"{storage}/__substg1.0_{tag}"] = value
    return streams


def message(properties: dict[str, bytes], attachments: list[dict[str, bytes]] = (), **times) -> bytes:
    """An Outlook message file: see :func:`message_streams`."""
    streams = message_streams(properties, attachments, **times)
    streams["__nameid_version1.0/__substg1.0_00020102"] = b""
    return compound_file(streams)


ORDER = message(
    {
        "0037001F": _unicode("Đơn hàng mùa xuân"),
        "0C1A001F": _unicode("Claire Dubois"),
        "5D01001F": _unicode("claire@example.org"),
        "0E04001F": _unicode("Team; Lan Nguyễn"),
        "0E03001F": _unicode("boss@example.org"),
        "1000001F": _unicode("Hello all,\r\nthe spring order is attached.\r\n"),
    },
    [
        {"3707001F": _unicode("shelf.png"), "370E001F": _unicode("image/png"), "37010102": _png((160, 120))},
        {
            "3707001F": _unicode("order.pdf"),
            "370E001F": _unicode("application/pdf"),
            "37010102": text_pdf(["Spring order: 40 shelves"]),
        },
    ],
    x0039=SENT,
)
ORDER_TEXT = """From: Claire Dubois <claire@example.org>
To: Team; Lan Nguyễn
Cc: boss@example.org
Date: Tue, 01 Dec 2026 08:11:58 +0000
Subject: Đơn hàng mùa xuân
Attachments: shelf.png [Image-1], order.pdf

Hello all,
the spring order is attached.

--- Attached file: order.pdf ---
[Page 1]
Spring order: 40 shelves"""


def test_a_message_gives_its_headers_attachments_body_and_photo():
    document, read_as = read_office97("order.msg", ORDER)
    assert document.text.replace("\r\n", "\n") == ORDER_TEXT and read_as == "Outlook message"
    assert [picture.size for picture in document.pictures] == [(160, 120)]


def test_a_message_with_only_html_and_eight_bit_strings_is_read_too():
    html = message(
        {
            "0037001E": "Café order".encode("cp1252") + b"\0",
            "0C1A001E": b"Zo\xeb\0",
            "10130102": b"<html><body><p>Bonjour,</p><ul><li>caf\xc3\xa9</li></ul></body></html>",
        },
        x0E06=SENT,  # no send time: the time it arrived
    )
    assert office97_text("order.msg", html).text == (
        "From: Zoë\nDate: Tue, 01 Dec 2026 08:11:58 +0000\nSubject: Café order\n\nBonjour,\n- café"
    )


@pytest.mark.parametrize("table", [b"\x00" * 20, bytes(32) + struct.pack("<HHIQ", 0x0040, 0x0039, 6, 2**63 - 1)])
def test_a_damaged_property_table_leaves_the_date_out(table):
    streams = {"__substg1.0_0037001F": _unicode("Hi"), "__properties_version1.0": table}
    assert office97_text("hi.msg", compound_file(streams)).text == "Subject: Hi"


@pytest.mark.parametrize("name", ["order.msg", "order.doc", "order"])
def test_attached_like_the_window_does_whatever_its_name(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(ORDER)
    assert detect_kind(path) == "office97"
    attachment = prepare_file(path)
    assert attachment.meta["encoding"] == "Outlook message" and attachment.meta["pictures"] == 1
    assert len(attachment.images) == 1 and attachment.text is not None and "Claire Dubois" in attachment.text


def _packed_rtf(rtf: bytes) -> bytes:
    import compressed_rtf

    return compressed_rtf.compress(rtf)


# How Outlook keeps an HTML mail as RTF: the tags in ignorable \*\htmltag groups, the text between them.
WRAPPED_HTML = (
    rb"{\rtf1\ansi\ansicpg1252\fromhtml1 \deff0{\fonttbl{\f0\fswiss Arial;}}"
    rb"{\*\htmltag19 <html>}{\*\htmltag34 <body>}{\*\htmltag64 <p>}\htmlrtf {\htmlrtf0 Bonjour Zo\'eb,"
    rb"\htmlrtf\par}\htmlrtf0{\*\htmltag72 </p>}{\*\htmltag64 <p>}\htmlrtf {\htmlrtf0 the caf\'e9 order."
    rb"\htmlrtf\par}\htmlrtf0{\*\htmltag72 </p>}{\*\htmltag42 </body>}{\*\htmltag27 </html>}}"
)


@pytest.mark.parametrize(
    "rtf, body",
    [
        (rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 Dear team,\par the caf\'e9 order is late.\par}", "Dear team,"),
        (WRAPPED_HTML, "Bonjour Zoë,"),
    ],
    ids=["rtf", "html-in-rtf"],
)
def test_a_body_kept_only_as_compressed_rtf_is_read(rtf, body):
    old = message({"0037001F": _unicode("Late order"), "10090102": _packed_rtf(rtf)}, x0039=SENT)
    text = office97_text("old.msg", old).text
    assert text.startswith("Date: Tue, 01 Dec 2026 08:11:58 +0000\nSubject: Late order\n\n" + body)
    assert "café order" in text and "htmltag" not in text and "<p>" not in text


@pytest.mark.parametrize("damage", ["checksum", "truncated", "not rtf"])
def test_a_damaged_compressed_rtf_body_leaves_the_headers(damage):
    packed = _packed_rtf(rb"{\rtf1\ansi Dear team,\par}")
    packed = {
        "checksum": packed[:12] + bytes(4) + packed[16:],
        "truncated": packed[:14],
        "not rtf": _packed_rtf(b"plain words, not RTF"),
    }[damage]
    old = message({"0037001F": _unicode("Late order"), "10090102": packed}, x0039=SENT)
    assert office97_text("old.msg", old).text == "Date: Tue, 01 Dec 2026 08:11:58 +0000\nSubject: Late order"


FORWARDED = message(
    {"0037001F": _unicode("Fwd: spring order"), "0C1A001F": _unicode("Lan Nguyễn"), "1000001F": _unicode("See below.")},
    [
        {
            "3001001F": _unicode("Đơn hàng mùa xuân"),
            "message": message_streams(
                {
                    "0037001F": _unicode("Đơn hàng mùa xuân"),
                    "0C1A001F": _unicode("Claire Dubois"),
                    "1000001F": _unicode("The spring order is attached."),
                },
                [{"3707001F": _unicode("shelf.png"), "370E001F": _unicode("image/png"), "37010102": _png((160, 120))}],
                header=24,
                x0039=SENT,
            ),
        },
        {"3707001F": _unicode("notes.txt"), "37010102": b"notes"},
    ],
    x0039=SENT + datetime.timedelta(days=1),
)


def test_a_message_forwarded_as_an_attachment_is_read_under_the_one_it_came_with():
    document, _ = read_office97("fwd.msg", FORWARDED)
    assert document.text == (
        "From: Lan Nguyễn\nDate: Wed, 02 Dec 2026 08:11:58 +0000\nSubject: Fwd: spring order\n"
        "Attachments: Đơn hàng mùa xuân, notes.txt\n\nSee below.\n\n"
        "--- Attached file: notes.txt ---\nnotes\n\n"  # a document attached: its text, before the messages
        "--- Attached message ---\nFrom: Claire Dubois\nDate: Tue, 01 Dec 2026 08:11:58 +0000\n"
        "Subject: Đơn hàng mùa xuân\nAttachments: shelf.png [Image-1]\n\nThe spring order is attached."
    )
    assert [picture.size for picture in document.pictures] == [(160, 120)]  # the attached message's photo


def test_messages_attached_deeper_than_the_most_read_are_named_only(monkeypatch):
    from desktop_vlm.media import outlook_message

    monkeypatch.setattr(outlook_message, "MAX_NESTED", 0)
    text = office97_text("fwd.msg", FORWARDED).text
    assert "Attachments: Đơn hàng mùa xuân, notes.txt" in text and "Attached message" not in text
