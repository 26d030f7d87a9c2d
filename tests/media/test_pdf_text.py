"""A PDF's text layer, read in the renderer's process and sent instead of its pages' pictures: every page under a
``[Page N]`` line, the chosen pages only when pages were chosen, cut to the context like a text file and cut the
same way again from the history; a scan, which has no text, is refused with the way back to its pictures."""

from __future__ import annotations

import pytest

from desktop_vlm.app.attachments import prepare_file, prepare_stored
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media.pdf import pdf_pages_text
from tests.media.pdf_files import minimal_pdf, text_pdf

PAGES = ["Invoice 17\nTotal: 12.00 EUR", "Terms (net 30)", "Signed: A. Nguyen"]


@pytest.fixture
def invoice(tmp_path):
    path = tmp_path / "invoice.pdf"
    path.write_bytes(text_pdf(PAGES))
    return path


def test_the_text_of_each_page_is_read_in_the_renderers_process(invoice):
    assert pdf_pages_text(invoice, [0, 1, 2], 10_000) == PAGES
    assert pdf_pages_text(invoice, [2, 0], 10_000) == [PAGES[2], PAGES[0]]
    assert pdf_pages_text(invoice, [0, 1, 2], 12) == ["Invoice 17\nT"]  # stops at the characters asked for
    with pytest.raises(MediaError, match="invoice.pdf has 3 page"):
        pdf_pages_text(invoice, [7], 100)


def test_a_pdf_sent_as_text_quotes_every_page_under_its_number(invoice):
    attachment = prepare_file(invoice, as_text=True)
    assert attachment.kind == "pdf" and attachment.images == []
    assert (
        attachment.text
        == "[Page 1]\nInvoice 17\nTotal: 12.00 EUR\n\n[Page 2]\nTerms (net 30)\n\n[Page 3]\nSigned: A. Nguyen"
    )
    assert attachment.meta["as_text"] == 1 and attachment.meta["page_count"] == 3 and "pages" not in attachment.meta
    assert prepare_stored(invoice, attachment.meta, max_tiles=6).text == attachment.text
    chosen = prepare_file(invoice, as_text=True, pages=[2])
    assert chosen.text == "[Page 3]\nSigned: A. Nguyen" and chosen.meta["pages"] == [2]
    assert prepare_file(invoice).images and prepare_file(invoice).text is None  # pictures unless asked


def test_a_long_pdf_is_cut_to_the_room_and_the_cut_is_kept(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(
        text_pdf([f"Section {p}\n" + "\n".join(f"line {i} of page {p}" for i in range(30)) for p in range(40)])
    )
    cut = prepare_file(path, as_text=True, image_token_room=400)
    assert cut.text is not None and cut.text.startswith("[Page 1]\nSection 0") and "[Page 40]" not in cut.text
    assert cut.note is not None and "the rest would not fit" in cut.note
    assert prepare_stored(path, cut.meta, max_tiles=6).text == cut.text


def test_a_scan_has_no_text_and_says_to_send_its_pictures(tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(minimal_pdf(pages=2))  # drawn shapes, no text layer
    with pytest.raises(MediaError, match="scan.pdf has no text to read") as err:
        prepare_file(scan, as_text=True)
    assert err.value.hint == "Send its pages as pictures instead."
