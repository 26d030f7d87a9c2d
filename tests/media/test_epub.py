"""EPUB e-books are quoted as their title, author and chapters in reading order: one LibreOffice exported
(``tests/data/ebooks/``, made by the script beside it) and ones laid out here as publishers' tools lay them out
(headings, a chapter listed out of file order, a missing chapter, chapters encrypted for DRM)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind
from desktop_vlm.media.epub_text import epub_text

TIDES = Path(__file__).parents[1] / "data" / "ebooks" / "tides.epub"
TIDES_TEXT = (
    "# Tides\nby Lan Nguyễn\n\nThe Moon\nThe Moon pulls the oceans.\n\n"
    "Saint-Malo\nThe range there is 13 m; cafés close at high tide."
)
CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
    '<rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles>'
    "</container>"
)


def _chapter(title: str, body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>"
    )


def epub(
    chapters: dict[str, str],
    spine: list[str],
    encrypted: list[str] = (),
    container: str = CONTAINER,
    files: dict[str, bytes] | None = None,
) -> bytes:
    """An EPUB 3 package: ``mimetype`` stored first, the container, a package document listing ``chapters`` (file
    name → XHTML, in the manifest in file order) read in ``spine`` order, an encryption list, and other ``files``
    of the package by path (pictures)."""
    refs = "".join(f'<itemref idref="{name}"/>' for name in spine)
    items = "".join(
        f'<item id="{name}" href="text/{name}" media-type="application/xhtml+xml"/>' for name in sorted(chapters)
    )
    opf = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Harbour Notes</dc:title>'
        "<dc:creator>Claire Dubois</dc:creator></metadata>"
        f'<manifest>{items}<item id="css" href="style.css" media-type="text/css"/></manifest>'
        f"<spine>{refs}</spine></package>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        package.writestr("META-INF/container.xml", container)
        package.writestr("OEBPS/book.opf", opf)
        for name, xhtml in chapters.items():
            package.writestr(f"OEBPS/text/{name}", xhtml)
        for path, data in (files or {}).items():
            package.writestr(path, data)
        if encrypted:
            references = "".join(
                '<EncryptedData xmlns="http://www.w3.org/2001/04/xmlenc#"><CipherData>'
                f'<CipherReference URI="OEBPS/text/{name}"/></CipherData></EncryptedData>'
                for name in encrypted
            )
            package.writestr(
                "META-INF/encryption.xml",
                f'<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container">{references}</encryption>',
            )
    return buffer.getvalue()


CHAPTERS = {
    "a.xhtml": _chapter("Tides", "Twice a day."),
    "b.xhtml": _chapter("Preface", "Written at Saint-Malo."),
}


@pytest.mark.parametrize("name", ["tides.epub", "tides.zip", "tides"])
def test_an_exported_book_is_quoted_as_its_title_author_and_chapters_whatever_its_name(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(TIDES.read_bytes())
    assert detect_kind(path) == "epub"
    attachment = prepare_file(path)
    assert attachment.text == TIDES_TEXT and attachment.meta["encoding"] == "EPUB e-book"


def test_chapters_come_in_reading_order_with_their_headings():
    book = epub(CHAPTERS, spine=["b.xhtml", "a.xhtml"])  # the preface is read first, whatever the files' order
    assert epub_text("harbour.epub", book) == (
        "# Harbour Notes\nby Claire Dubois\n\n# Preface\nWritten at Saint-Malo.\n\n# Tides\nTwice a day."
    )


def test_a_missing_chapter_leaves_the_rest_of_the_book():
    book = epub(CHAPTERS, spine=["b.xhtml", "gone.xhtml", "a.xhtml"])
    assert epub_text("harbour.epub", book).endswith("Written at Saint-Malo.\n\n# Tides\nTwice a day.")


def test_a_book_sold_with_drm_says_so():
    with pytest.raises(MediaError, match="harbour.epub is protected with DRM") as refused:
        epub_text("harbour.epub", epub(CHAPTERS, spine=["a.xhtml"], encrypted=["a.xhtml"]))
    assert refused.value.hint == "Open it in the app it was bought in and copy the passage you are asking about."


@pytest.mark.parametrize(
    "book, reason",
    [
        (epub({}, spine=[]), "is not an e-book with chapters to read"),
        (epub(CHAPTERS, ["a.xhtml"], container=CONTAINER.replace("full-path", "path")), "does not say where its"),
        (TIDES.read_bytes()[:900], "harbour.epub"),
    ],
    ids=["no chapters", "no package document", "cut short"],
)
def test_a_damaged_book_is_refused_by_name(book, reason):
    with pytest.raises(MediaError, match=reason):
        epub_text("harbour.epub", book)


def test_chapters_inflating_past_what_any_book_holds_are_not_read(monkeypatch):
    from desktop_vlm.media import epub_text as module

    monkeypatch.setattr(module, "MAX_CHAPTER_BYTES", len(CHAPTERS["b.xhtml"]) + 10)
    text = epub_text("harbour.epub", epub(CHAPTERS, spine=["b.xhtml", "a.xhtml"]))
    assert text.endswith("Written at Saint-Malo.") and "Twice a day" not in text


def _png(size: tuple[int, int], colour: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


FIGURES = epub(
    {
        "a.xhtml": '<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Tides</h1><p>See the chart '
        '<img src="../images/range%20chart.png" alt="chart"/> of the range.</p>'
        '<p><img src="../images/icon.png"/><img src="https://example.org/moon.png"/>'
        '<img src="../images/gone.png"/></p></body></html>',
        "b.xhtml": '<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Again</h1>'
        '<p><img src="../images/range%20chart.png"/> once more, and the harbour: '
        '<img src="../images/harbour.jpg"/></p></body></html>',
    },
    spine=["a.xhtml", "b.xhtml"],
    files={
        "OEBPS/images/range chart.png": _png((160, 120), "navy"),
        "OEBPS/images/icon.png": _png((16, 16), "red"),
        "OEBPS/images/harbour.jpg": _png((120, 160), "teal"),  # a PNG named .jpg: the decoder goes by content
    },
)


def test_the_pictures_a_book_shows_are_sent_and_marked_where_they_sit():
    from desktop_vlm.media.epub_text import read_epub

    book = read_epub("tides.epub", FIGURES)
    assert book.text == (
        "# Harbour Notes\nby Claire Dubois\n\n# Tides\nSee the chart [Image-1] of the range.\n\n"
        "# Again\n[Image-1] once more, and the harbour: [Image-2]"
    )  # the icon, the picture on the web and the one missing from the package are left out
    assert [picture.size for picture in book.pictures] == [(160, 120), (120, 160)]
    assert epub_text("tides.epub", FIGURES) == (  # the text alone, as when the pictures would not fit
        "# Harbour Notes\nby Claire Dubois\n\n# Tides\nSee the chart of the range.\n\n"
        "# Again\nonce more, and the harbour:"
    )


def test_a_cover_page_drawn_as_calibre_writes_one_sends_its_picture():
    """Calibre's cover page wraps the cover in an inline <svg> (an <image> with xlink:href); the drawing's other
    content stays unseen, as does a drawing inside an element that is not shown (<noscript>)."""
    from desktop_vlm.media.epub_text import read_epub

    titlepage = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Cover</title></head><body><div>'
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 240 160">'
        '<title>drawn cover</title><image width="240" height="160" xlink:href="../images/cover.png"/>'
        '</svg></div><p>Harbour Notes</p><noscript><svg><image xlink:href="../images/hidden.png"/></svg></noscript>'
        "</body></html>"
    )
    book = epub(
        {"a.xhtml": titlepage, "b.xhtml": _chapter("Tides", "Twice a day.")},
        spine=["a.xhtml", "b.xhtml"],
        files={"OEBPS/images/cover.png": _png((240, 160), "navy"), "OEBPS/images/hidden.png": _png((90, 90), "red")},
    )
    read = read_epub("harbour.epub", book)
    assert read.text.split("\n\n")[1] == "[Image-1]\nHarbour Notes"
    assert [picture.size for picture in read.pictures] == [(240, 160)]


def test_a_figure_drawn_as_svg_is_sent_drawn():
    """A textbook's figures are often SVG drawings: drawn in the sandboxed renderer, one tile, as a photo is."""
    from desktop_vlm.media.epub_text import read_epub
    from tests.media.test_svg import CHART

    book = epub(
        {"a.xhtml": '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Sales: <img src="../images/sales.svg"/></p>'
         "</body></html>"},
        spine=["a.xhtml"],
        files={"OEBPS/images/sales.svg": CHART.encode()},
    )  # fmt: skip
    read = read_epub("textbook.epub", book)
    assert read.text.endswith("Sales: [Image-1]")
    [figure] = read.pictures
    assert figure.width == 2 * figure.height and figure.getpixel((figure.width // 4, figure.height // 2)) == (0, 0, 255)


def test_a_books_pictures_are_attached_at_one_tile_each(tmp_path):
    path = tmp_path / "tides.epub"
    path.write_bytes(FIGURES)
    attachment = prepare_file(path)
    assert len(attachment.images) == 2 and attachment.meta["pictures"] == 2
    assert attachment.attachment_kind.picture_tiles == 1
