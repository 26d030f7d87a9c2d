"""File → Export this chat… as PDF: the conversation laid out on pages, to print or send — its text (the
answer's table as a table's cells), the picture sent, and a clear message for a folder that cannot be written."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PIL import Image
from PySide6.QtWidgets import QFileDialog

from desktop_vlm.app.attachments import prepare_pasted_image


def _exported(qtbot, window, services, target, monkeypatch, size=(1600, 1200)):
    receipt = prepare_pasted_image(Image.new("RGB", size, (30, 120, 200)), "receipt.png")
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        services.controller.send("What is on the receipt?", [receipt])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.history.export_one(services.controller.conversation.id)


def test_a_chat_exported_as_pdf_holds_its_text_and_its_picture(qtbot, window, services, tmp_path, monkeypatch):
    target = tmp_path / "receipt chat.pdf"
    _exported(qtbot, window, services, target, monkeypatch)
    pdf = pdfium.PdfDocument(target)
    page = pdf[0]
    text = page.get_textpage().get_text_range()
    for words in ("What is on the receipt?", "You", "Assistant", "the answer", "tea", "2.50"):
        assert words in text, words
    pictures = [o for o in page.get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
    assert len(pictures) == 1
    left, _bottom, right, _top = pictures[0].get_bounds()
    # a 1600 px photo as wide as the text, to be legible on paper (the HTML export's thumbnail is 16em)
    assert 0 < left and right < page.get_width() and right - left > 0.7 * page.get_width()
    assert window.banner.label.text() == f"Saved {target}"


def test_a_picture_taller_than_a_page_is_drawn_whole_on_one(qtbot, window, services, tmp_path, monkeypatch):
    target = tmp_path / "long receipt.pdf"
    _exported(qtbot, window, services, target, monkeypatch, size=(800, 4000))  # a long till receipt
    pdf = pdfium.PdfDocument(target)
    pictures = [(page, o) for page in pdf for o in page.get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
    assert len(pictures) == 1
    page, picture = pictures[0]
    left, bottom, right, top = picture.get_bounds()
    assert 0 < bottom and top < page.get_height() and 0 < left and right < page.get_width()
    assert (top - bottom) / (right - left) == pytest.approx(4000 / 800, rel=0.02)  # its proportions kept


def test_a_pdf_that_cannot_be_written_is_explained(qtbot, window, services, tmp_path, monkeypatch):
    _exported(qtbot, window, services, tmp_path / "no-such-folder" / "chat.pdf", monkeypatch)
    assert window.banner.isVisible() and "Could not save chat.pdf" in window.banner.label.text()


def test_export_all_as_pdf_writes_one_pdf_per_conversation(qtbot, window, services, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    for question in ("first chat", "second chat"):
        services.controller.new_conversation()
        with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
            services.controller.send(question)
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("PDF", True)))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    window.history.export_all()
    files = sorted(tmp_path.glob("*.pdf"))
    assert [f.name.split("-", 1)[1] for f in files] == ["first-chat.pdf", "second-chat.pdf"]  # as the others
    texts = [pdfium.PdfDocument(f)[0].get_textpage().get_text_range() for f in files]
    assert "first chat" in texts[0] and "second chat" in texts[1]
    assert "2 conversation(s) exported" in window.banner.label.text()
