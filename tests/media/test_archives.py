"""A ZIP archive is read as one attachment: the list of its files, the text of the documents and text files in it
under their names, and its photos; what is not read inside says why, and an archive built to exhaust memory
stops at its limits."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import archive_text, detect_kind
from desktop_vlm.media.archive_text import read_archive
from tests.media.fuzz_inputs import seed_pdf
from tests.media.pdf_files import text_pdf

REPORT = Path(__file__).parents[1] / "data" / "office_drawings" / "report.docx"


def _png(size: tuple[int, int], colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def archive(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in files.items():
            package.writestr(name, data)
    return buffer.getvalue()


INVOICES = archive(
    {
        "invoices/notes.txt": b"Invoice INV-117 is overdue.\n",
        "invoices/receipt.png": _png((200, 150), "orange"),
        "invoices/lease.docx": REPORT.read_bytes(),
        "invoices/INV-117.pdf": text_pdf(["Invoice INV-117\nTotal: 240.00 EUR", "Terms: net 30"]),
        "invoices/icon.png": _png((16, 16), "red"),
        "__MACOSX/invoices/._notes.txt": b"what macOS adds",
        "invoices/old.zip": archive({"a.txt": b"a"}),
        "invoices/data.bin": bytes(range(256)),
    }
)


def test_an_archive_lists_its_files_and_quotes_its_documents_with_its_photos(tmp_path):
    path = tmp_path / "invoices.zip"
    path.write_bytes(INVOICES)
    assert detect_kind(path) == "archive"
    attachment = prepare_file(path)
    text = attachment.text or ""
    assert text.startswith(
        "Files in invoices.zip:\n- invoices/notes.txt\n- invoices/receipt.png [Image-1]\n- invoices/lease.docx\n"
        "- invoices/INV-117.pdf\n- invoices/icon.png\n"
        "- invoices/old.zip (attach it on its own to read it)\n- invoices/data.bin\n\n"
        "## invoices/notes.txt\nInvoice INV-117 is overdue.\n\n## invoices/lease.docx\nVisitors rose every quarter."
    )
    assert "## invoices/INV-117.pdf\n[Page 1]\nInvoice INV-117\nTotal: 240.00 EUR\n\n[Page 2]\nTerms: net 30" in text
    assert "__MACOSX" not in text and "[Chart: Visitors, line chart]" in text
    assert len(attachment.images) == 1 and attachment.images[0].getpixel((50, 50)) == (255, 165, 0)
    alone = read_archive("invoices.zip", INVOICES, with_pictures=False)
    assert "[Image-1]" not in alone.text and alone.pictures == []


def test_a_scanned_or_damaged_pdf_inside_says_why_and_how_to_see_its_pages():
    text = read_archive(
        "scans.zip", archive({"scan.pdf": seed_pdf(), "torn.pdf": b"%PDF-1.4 ...", "ok.txt": b"fine"})
    ).text
    assert (
        "- scan.pdf (scan.pdf has no text to read: its pages are pictures, as in a scan. Attach it on its own" in text
    )
    assert "- torn.pdf (torn.pdf is not a PDF Desktop VLM can read; it may be damaged. Attach it on its own" in text
    assert text.endswith("## ok.txt\nfine")


def test_a_pdf_whose_name_is_no_plain_file_name_is_read_under_a_name_of_our_own():
    """The copy the PDF reader reads is written under a name of our own in a private folder (``document``, as its
    messages say), while the list keeps the name the archive gives."""
    odd = archive({"../../../../tmp/évil?.pdf": text_pdf(["odd but read"]), "../x/torn?.pdf": b"%PDF-1.4 ..."})
    text = read_archive("odd.zip", odd).text
    assert "- ../../../../tmp/évil?.pdf\n" in text and "[Page 1]\nodd but read" in text
    assert "- ../x/torn?.pdf (document is not a PDF Desktop VLM can read" in text


def test_a_file_inside_that_cannot_be_read_says_why_and_the_rest_goes():
    text = read_archive("mixed.zip", archive({"broken.docx": b"PK\x03\x04 not really", "ok.txt": b"fine"})).text
    assert "- broken.docx (broken.docx is damaged or is not a Word document.)" in text
    assert text.endswith("## ok.txt\nfine")


def test_an_archive_that_inflates_past_its_limit_stops_there(monkeypatch):
    monkeypatch.setattr(archive_text, "MAX_INFLATED_BYTES", 20 * 2**20)
    monkeypatch.setattr(archive_text, "MAX_TEXT_READ", 10**9)  # so that the inflated bytes are what stops it
    bomb = archive({f"part{k}.txt": b"row\n" * (3 * 2**18) for k in range(20)})  # 60 MB of text in ~120 KB
    started = time.perf_counter()
    text = read_archive("bomb.zip", bomb).text
    assert time.perf_counter() - started < 30
    assert "- part5.txt\n" in text and "- part6.txt (too large to read here)" in text


def test_no_more_text_is_read_than_is_sent(monkeypatch):
    monkeypatch.setattr(archive_text, "MAX_TEXT_READ", 20)
    text = read_archive("two.zip", archive({"a.txt": b"first file", "b.txt": b"second"})).text
    assert "- b.txt (not read: the files before it fill what is sent)" in text


def test_only_the_first_files_are_read(monkeypatch):
    monkeypatch.setattr(archive_text, "MAX_READ", 1)
    text = read_archive("two.zip", archive({"a.txt": b"first", "b.txt": b"second"})).text
    assert "- b.txt (not read: only the first 1 files are)" in text and "## a.txt\nfirst" in text


def test_a_scan_of_several_pages_inside_says_that_its_first_page_is_sent():
    from tests.media.test_scans import scan

    book = read_archive("scans.zip", archive({"contract.tif": scan(), "receipt.tif": scan([("red", (300, 400))])}))
    assert "- contract.tif (page 1 of 3 sent; attach it on its own to send every page) [Image-1]" in book.text
    assert "- receipt.tif [Image-2]" in book.text
    assert len(book.pictures) == 2


def test_a_password_protected_file_inside_is_named_as_such():
    data = bytearray(archive({"secret.txt": b"\x00" * 24, "open.txt": b"hello"}))
    entry = data.index(b"PK\x01\x02")  # the first file's entry in the central directory
    data[entry + 8] |= 0x1  # the flag an encrypting tool sets; the bytes behind it are never read
    text = read_archive("mixed.zip", bytes(data)).text
    assert "- secret.txt (protected with a password)" in text and text.endswith("## open.txt\nhello")


@pytest.mark.parametrize(
    "data, reason",
    [(archive({"__MACOSX/._x": b""}), "empty.zip is an empty archive"), (b"not a zip", "is damaged or is not a ZIP")],
)
def test_an_empty_or_false_archive_is_refused_by_name(data, reason):
    with pytest.raises(MediaError, match=reason):
        read_archive("empty.zip", data)
