"""E-mails saved as .eml files are attached as a person reads them — sender, recipients, date, subject, the files
attached and the body (its HTML as the text it shows) — with the pictures attached, instead of their raw MIME
source; and the HTML reader they share."""

from __future__ import annotations

import email
import email.policy
import io
import time
from email.message import EmailMessage

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind
from desktop_vlm.media import email_text as module
from desktop_vlm.media.email_text import email_text, read_email
from desktop_vlm.media.html_text import html_text
from tests.media.pdf_files import text_pdf


def _png(size: tuple[int, int], colour: str = "red") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def renewal() -> bytes:
    """A message as a mail program sends it: encoded Vietnamese headers, a plain and an HTML body, a photo, an
    icon and a PDF attached."""
    message = EmailMessage()
    message["From"] = "Nguyễn Văn A <a@example.org>"
    message["To"] = "b@example.org, Chị Lan <lan@example.org>"
    message["Date"] = "Thu, 03 Dec 2026 10:00:00 +0700"
    message["Subject"] = "Gia hạn hợp đồng thuê"
    message.set_content("Chào anh,\ntiền thuê tăng 5 % từ tháng 1.\n")
    html = "<p>Chào anh,<br>tiền thuê <b>tăng 5 %</b> từ tháng 1.</p><p>Sent from the HTML part</p>"
    message.add_alternative(html, subtype="html")  # the plain part is what a mail program shows first
    message.add_attachment(_png((200, 100)), maintype="image", subtype="png", filename="meter.png")
    message.add_attachment(_png((16, 16)), maintype="image", subtype="png", filename="logo.png")
    contract = text_pdf(["Rent: 12,600,000 VND a month from January"])
    message.add_attachment(contract, maintype="application", subtype="pdf", filename="contract.pdf")
    return bytes(message)


RENEWAL_TEXT = """From: Nguyễn Văn A <a@example.org>
To: b@example.org, Chị Lan <lan@example.org>
Date: Thu, 03 Dec 2026 10:00:00 +0700
Subject: Gia hạn hợp đồng thuê
Attachments: meter.png [Image-1], logo.png, contract.pdf

Chào anh,
tiền thuê tăng 5 % từ tháng 1.

--- Attached file: contract.pdf ---
[Page 1]
Rent: 12,600,000 VND a month from January"""

# An HTML-only message as Outlook writes one: CRLF line ends, Windows-1252 in quoted-printable, a folded subject.
OUTLOOK = (
    b"Received: from mail.example.org by mx.example.org; Tue, 1 Dec 2026 09:12:00 +0100\r\n"
    b"From: Claire Dubois <claire@example.org>\r\n"
    b"To: team@example.org\r\n"
    b"Subject: =?windows-1252?Q?Devis_r=E9vis=E9?= for the\r\n"
    b" spring order\r\n"
    b"Date: Tue, 1 Dec 2026 09:11:58 +0100\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: text/html; charset="windows-1252"\r\n'
    b"Content-Transfer-Encoding: quoted-printable\r\n"
    b"\r\n"
    b"<html><head><style>p {margin:0}</style></head><body><p>Bonjour =E0 tous,</p>\r\n"
    b"<table><tr><th>Article</th><th>Prix</th></tr><tr><td>Caf=E9</td><td>12,50 =80</td></tr></table>\r\n"
    b"<ul><li>livraison lundi</li><li>paiement =E0 30 jours</li></ul><script>track()</script></body></html>\r\n"
)


def test_a_message_gives_its_headers_attachments_and_plain_body():
    document = read_email("renewal.eml", renewal())
    assert document.text == RENEWAL_TEXT
    assert [picture.size for picture in document.pictures] == [(200, 100)]  # the 16-pixel logo is an icon
    assert email_text("renewal.eml", renewal()) == RENEWAL_TEXT.replace(" [Image-1]", "")


def test_an_html_only_message_from_outlook_gives_the_text_it_shows():
    assert email_text("devis.eml", OUTLOOK) == (
        "From: Claire Dubois <claire@example.org>\n"
        "To: team@example.org\n"
        "Date: Tue, 1 Dec 2026 09:11:58 +0100\n"
        "Subject: Devis révisé for the spring order\n\n"
        "Bonjour à tous,\n"
        "| Article | Prix |\n"
        "| Café | 12,50 € |\n"
        "- livraison lundi\n"
        "- paiement à 30 jours"
    )


def test_a_header_that_cannot_be_decoded_is_given_as_written_and_the_body_is_still_read():
    damaged = (
        b"From: <?b\t@\nTo: b@example.org\nSubject: =?x-no-such-charset?q?Broken?=\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=x-no-such-charset\n\nThe body is still read.\n"
    )
    text = email_text("broken.eml", damaged)
    assert text.startswith("From: <?b @\nTo: b@example.org\nSubject: =?x-no-such-charset?q?Broken?=\n")
    assert text.endswith("The body is still read.")


def test_the_pictures_attached_stop_at_the_most_a_document_sends(monkeypatch):
    monkeypatch.setattr(module, "MAX_PICTURES", 1)
    message = EmailMessage()
    message["From"], message["Subject"] = "a@example.org", "Photos"
    message.set_content("Two photos.")
    for colour in ("red", "blue"):
        message.add_attachment(_png((120, 90), colour), maintype="image", subtype="png", filename=f"{colour}.png")
    document = read_email("photos.eml", bytes(message))
    assert "Attachments: red.png [Image-1], blue.png\n" in document.text and len(document.pictures) == 1


def test_a_message_of_many_parts_names_the_first_hundred_and_is_read_quickly():
    part = b'--B\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename="x.bin"\n\nAA\n'
    head = b'From: a@example.org\nSubject: Many\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="B"\n\n'
    started = time.perf_counter()
    text = email_text("many.eml", head + part * 20_000 + b"--B--\n")
    assert time.perf_counter() - started < 5  # 0.4 s on the 2-core VM; 4 s per 10,000 parts with the newer policy
    assert "\nAttachments: " + "x.bin, " * 100 + "and 19,900 more\n" in text
    assert text.count("--- Attached file: x.bin ---\nAA") == module.MAX_DOCUMENTS  # text files, the first ten read


@pytest.mark.parametrize("data", [b"", b"just some words\n", bytes(range(256))])
def test_what_is_not_an_email_is_refused_by_name(data):
    with pytest.raises(MediaError, match="notes.eml is not an e-mail"):
        email_text("notes.eml", data)


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("devis.eml", OUTLOOK, "email"),
        ("devis", OUTLOOK, "email"),  # no extension: its headers say what it is
        ("letter", b"From: a friend\nDear Sam,\nthe garden is in bloom.\n", "text"),  # no MIME: a note
    ],
)
def test_recognised_by_extension_or_by_its_headers(tmp_path, name, data, kind):
    path = tmp_path / name
    path.write_bytes(data)
    assert detect_kind(path) == kind


def test_attached_as_its_text_and_photo_like_the_window_does(tmp_path):
    path = tmp_path / "renewal.eml"
    path.write_bytes(renewal())
    attachment = prepare_file(path)
    assert attachment.kind == "email" and attachment.meta["encoding"] == "e-mail"
    assert attachment.text == RENEWAL_TEXT and len(attachment.images) == 1 and attachment.meta["pictures"] == 1
    alone = prepare_file(path, image_token_room=300)  # the photo would take most of the room: the text goes alone
    assert alone.images == [] and alone.text is not None and "[Image-1]" not in alone.text


# ---------------------------------------------------------------- the HTML a message or page shows
@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<h1>Title</h1><h3>Part</h3><p>Body &amp; more</p>", "# Title\n### Part\nBody & more"),
        ("<p>one   two\n three</p><p>four<br>five</p>", "one two three\nfour\nfive"),
        ("<ol><li>first</li><li>second <a href='x'>link</a></li></ol>", "- first\n- second link"),
        (
            "<table><tr><td>a</td><td><p>b</p><p>c</p></td></tr><tr><td>d</td><td></td></tr></table>",
            "| a | b c |\n| d |  |",
        ),
        ("<pre>  x = 1\n    y = 2</pre>", "  x = 1\n    y = 2"),
        ("<head><title>t</title></head><style>.a{}</style><script>x()</script><div>shown</div>", "shown"),
        ("<p>unclosed <b>bold", "unclosed bold"),
    ],
)
def test_html_gives_the_text_it_shows(html, text):
    assert html_text(html) == text


def test_a_picture_shown_inside_the_html_is_sent_too():
    message = EmailMessage()
    message["From"], message["Subject"] = "shop@example.org", "Your order"
    message.set_content("Your order has shipped.")
    message.add_alternative('<p>Your order has shipped.</p><img src="cid:parcel">', subtype="html")
    message.get_payload()[1].add_related(_png((160, 120)), "image", "png", cid="<parcel>")  # no file name
    document = read_email("order.eml", bytes(message))
    assert "Attachments: image/png [Image-1]\n" in document.text and len(document.pictures) == 1


def forwarded() -> bytes:
    """A mail forwarded as an attachment, as Thunderbird's "Forward As Attachment" sends one: the renewal inside."""
    message = EmailMessage()
    message["From"] = "Chị Lan <lan@example.org>"
    message["To"] = "boss@example.org"
    message["Subject"] = "Fwd: Gia hạn hợp đồng thuê"
    message.set_content("Please see the mail below.\n")
    inner = email.message_from_bytes(renewal(), policy=email.policy.default)
    message.add_attachment(inner, filename="Gia hạn hợp đồng thuê.eml")
    message.add_attachment(_png((120, 80), "blue"), maintype="image", subtype="png", filename="map.png")
    return bytes(message)


def test_a_mail_forwarded_as_an_attachment_is_read_under_the_one_it_came_with():
    document = read_email("fwd.eml", forwarded())
    assert document.text == (
        "From: Chị Lan <lan@example.org>\nTo: boss@example.org\nSubject: Fwd: Gia hạn hợp đồng thuê\n"
        "Attachments: Gia hạn hợp đồng thuê.eml, map.png [Image-1]\n\nPlease see the mail below.\n\n"
        "--- Attached message ---\n" + RENEWAL_TEXT.replace("[Image-1]", "[Image-2]")
    )
    assert [picture.size for picture in document.pictures] == [(120, 80), (200, 100)]
    assert "Sent from the HTML part" not in document.text  # the attached mail's parts are its own


def test_mails_attached_deeper_than_the_most_read_are_named_only(monkeypatch):
    monkeypatch.setattr(module, "MAX_NESTED", 0)
    text = email_text("fwd.eml", forwarded())
    assert "Attachments: Gia hạn hợp đồng thuê.eml, map.png" in text and "Attached message" not in text
    assert "tiền thuê" not in text


@pytest.mark.parametrize("kind", ["message/rfc822", "multipart/mixed"])
def test_parts_nested_deeper_than_any_mail_are_refused_by_name(kind):
    nested = b"From: a@example.org\r\nSubject: deep\r\n\r\nbody\r\n"
    for level in range(3000):
        if kind == "message/rfc822":
            nested = b"From: a@example.org\r\nContent-Type: message/rfc822\r\n\r\n" + nested
        else:
            head = f"From: a@example.org\r\nContent-Type: multipart/mixed; boundary=b{level}\r\n\r\n--b{level}\r\n"
            nested = head.encode() + nested + f"\r\n--b{level}--\r\n".encode()
    with pytest.raises(MediaError, match="deep.eml is damaged: its parts are nested deeper than any e-mail's"):
        read_email("deep.eml", nested)


def saved_page() -> bytes:
    """A web page as Chrome's "Save as… Webpage, Single File" writes it: a message of the page, its style sheet and
    its pictures, each part with the address it came from."""
    page = EmailMessage()
    page["From"] = "<Saved by Blink>"
    page["Snapshot-Content-Location"] = "https://example.org/articles/tides"
    page["Subject"] = "Les marées et la Lune"
    page["Date"] = "Sat, 5 Dec 2026 10:00:00 -0000"
    page.make_related()
    html = "<html><head><title>Les marées</title></head><body><h1>Les marées</h1><p>La Lune attire.</p></body></html>"
    page.add_related(html, subtype="html")
    page.add_related("h1 { color: navy }", subtype="css")
    for name, size in (("moon.png", (160, 120)), ("logo.png", (16, 16))):
        page.add_related(_png(size, "gray"), maintype="image", subtype="png")
        page.get_payload()[-1]["Content-Location"] = f"https://example.org/img/{name}?v=2"
    return bytes(page)


def test_a_web_page_saved_as_one_file_gives_its_address_title_text_and_photos(tmp_path):
    path = tmp_path / "tides.mhtml"
    path.write_bytes(saved_page())
    assert detect_kind(path) == "email"
    assert prepare_file(path).meta["encoding"] == "web page saved as one file"
    document = read_email(path.name, path.read_bytes())
    assert document.text == (
        "Web page saved from: https://example.org/articles/tides\nTitle: Les marées et la Lune\n"
        "Pictures: moon.png [Image-1]\n\n# Les marées\nLa Lune attire."
    )  # the style sheet and the 16-pixel logo are parts of the page, not things to list
    assert [picture.size for picture in document.pictures] == [(160, 120)]


def test_the_documents_attached_to_a_mail_follow_its_body_under_their_names(tmp_path):
    """The invoice attached to a mail is read, as its own kind reads it: a PDF as its pages' text, a workbook as
    CSV; a scanned PDF says why and how to see it; a picture goes as a picture and a video is named only."""
    from tests.media.fuzz_inputs import seed_pdf, seed_video
    from tests.media.test_xlsx import EXPENSES, SHARED, STYLES
    from tests.media.xlsx_files import workbook

    message = EmailMessage()
    message["From"], message["Subject"] = "billing@example.org", "Invoice 17"
    message.set_content("Please find the invoice attached.")
    invoice = text_pdf(["Invoice 17\nTotal: 240.00 EUR"])
    message.add_attachment(invoice, maintype="application", subtype="pdf", filename="INV-17.pdf")
    message.add_attachment(
        workbook({"Expenses": EXPENSES}, SHARED, STYLES),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename="costs.xlsx",
    )
    message.add_attachment(seed_pdf(), maintype="application", subtype="pdf", filename="scan.pdf")
    message.add_attachment(seed_video(), maintype="video", subtype="mp4", filename="site.mp4")
    path = tmp_path / "invoice.eml"
    path.write_bytes(bytes(message))
    attachment = prepare_file(path)
    text = attachment.text
    assert "Attachments: INV-17.pdf, costs.xlsx, scan.pdf, site.mp4\n" in text
    assert "--- Attached file: INV-17.pdf ---\n[Page 1]\nInvoice 17\nTotal: 240.00 EUR" in text
    assert "--- Attached file: costs.xlsx ---\n## Sheet: Expenses" in text
    assert "--- Attached file: scan.pdf ---\n(scan.pdf has no text to read" in text
    assert "Attach it on its own to see its pages.)" in text
    assert "Attached file: site.mp4" not in text


def test_mails_attached_as_files_to_mails_are_read_only_so_deep():
    """A mail attached as a plain file (not as a forwarded message) is read as a mail, its own attachments too:
    nested a thousand deep (each level a few hundred bytes, written without base64), they stop at the third."""
    from desktop_vlm.media import inner_files

    inner = b"From: a@example.org\nSubject: level 0\n\nbottom\n"
    for level in range(1, 1000):
        inner = (
            (
                b"From: a@example.org\nSubject: level %d\nMIME-Version: 1.0\n"
                b'Content-Type: multipart/mixed; boundary="B%d"\n\n--B%d\nContent-Type: text/plain\n\nup\n--B%d\n'
                b'Content-Type: application/octet-stream\nContent-Disposition: attachment; filename="l%d.eml"\n'
                b"Content-Transfer-Encoding: 8bit\n\n" % (level, level, level, level, level - 1)
            )
            + inner
            + b"\n--B%d--\n" % level
        )
    text = email_text("deep.eml", inner)
    assert text.count("--- Attached file: ") == inner_files.MAX_DEPTH + 1
    assert "inside too many other files; attach it on its own to read it" in text
