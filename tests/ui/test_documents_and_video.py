"""PDF pages and video frames in the composer: all pages that fit by default, the page picker with page
pictures, chips that show every button, the frame strip, the token numbers, the attachment viewer."""

from __future__ import annotations

import pypdfium2 as pdfium
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from desktop_vlm.media.attachment_kinds.pdf import KIND as PDF
from desktop_vlm.ui.attachment_chip import page_ranges
from desktop_vlm.ui.attachment_viewer import AttachmentViewer
from desktop_vlm.ui.pdf_pages import PagePicker


def _pdf(path, pages=3, size=(612, 792)):
    doc = pdfium.PdfDocument.new()
    for _ in range(pages):
        doc.new_page(*size)
    doc.save(str(path))
    return path


def _video(path, frames=24):
    import av

    with av.open(str(path), "w") as container:
        stream = container.add_stream("mpeg4", rate=12)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        for i in range(frames):
            container.mux(stream.encode(av.VideoFrame.from_image(Image.new("RGB", (320, 240), (i * 10, 90, 90)))))
        container.mux(stream.encode(None))
    return path


def test_page_ranges():
    assert page_ranges([4, 0, 1, 2]) == "1–3, 5" and page_ranges([6]) == "7"


def test_a_dropped_pdf_sends_every_page_and_says_so(qtbot, window, services, fake_runtime, tmp_path):
    composer = window.composer
    window.panel.max_tiles.setValue(6)
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([_pdf(tmp_path / "doc.pdf")])
    chip = composer._chips()[0]
    assert chip.attachment.meta["pages"] == [0, 1, 2] and len(chip.attachment.images) == 3
    assert chip.title.text() == "doc.pdf · pages 1–3 of 3"
    assert chip.summary.text() == "21 tiles → 5,376 image tokens"  # 3 Letter pages: 2×3 grid + thumbnail each
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        services.controller.send("Summarise", composer.attachments)
    request = fake_runtime.requests[-1]
    assert len(request.visuals) == 3 and request.question.count("<image>") == 3


def test_pages_past_the_context_are_left_out_with_a_warning(qtbot, window, services, tmp_path):
    from dataclasses import replace

    services.service.model_info = replace(services.service.model_info, context_length=5000)
    window.panel.max_tiles.setValue(6)  # 1,792 tokens a page; room for 2 pages beside a 512-token answer
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=10000):
        window.composer.add_files([_pdf(tmp_path / "report.pdf", pages=12)])
    chip = window.composer._chips()[0]
    assert chip.attachment.meta["pages"] == [0, 1] and chip.title.text() == "report.pdf · pages 1–2 of 12"
    notes = [label.text() for label in chip.findChildren(type(chip.title)) if label.text().startswith("⚠")]
    assert notes == ["⚠ 2 of 12 pages: more would not fit the model's context. Pages… to choose."]


def test_the_page_picker_shows_page_pictures_and_caps_to_the_room(qtbot, tmp_path):
    doc = _pdf(tmp_path / "doc.pdf", pages=5)
    picker = PagePicker(doc, PDF.pages, 5, [0], max_tiles=6, tile_size=448, tokens_per_tile=256, room=4000)
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: len(picker._tokens) == 5, timeout=10000)  # rendered on a worker, one by one
    assert all(not picker.grid.item(i).icon().isNull() for i in range(5))
    assert picker.pages() == [0]
    (every,) = [b for b in picker.findChildren(QAbstractButton) if b.text() == "All pages"]
    every.click()
    assert picker.checked() == [0, 1, 2, 3, 4] and picker.pages() == [0, 1]  # 1,792 each: two fit in 4,000
    assert picker.summary.text().startswith("⚠ Only 2 of the 5 ticked pages will be sent")
    assert picker.buttons.button(picker.buttons.StandardButton.Ok).text() == "Send 2 page(s)"
    picker.grid.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert picker.pages() == [1, 2]
    picker.room = None
    picker.set_checked(range(5))
    assert picker.pages() == [0, 1, 2, 3, 4] and "⚠" not in picker.summary.text()


def test_the_pages_button_opens_the_picker_and_rerenders(qtbot, window, tmp_path):
    composer = window.composer
    window.panel.max_tiles.setValue(6)
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([_pdf(tmp_path / "doc.pdf")])
    chip = composer._chips()[0]
    (pages,) = [b for b in chip.findChildren(QAbstractButton) if b.text() == "Pages…"]
    pages.click()
    picker = QApplication.activeModalWidget()
    assert isinstance(picker, PagePicker) and picker.checked() == [0, 1, 2]
    picker.set_checked([1, 2])
    with qtbot.waitSignals([composer.attachments_changed, composer.attachments_changed], timeout=10000):
        picker.accept()
    chip = composer._chips()[0]
    assert chip.attachment.meta["pages"] == [1, 2] and len(chip.attachment.images) == 2
    assert chip.summary.text() == "14 tiles → 3,584 image tokens"
    assert chip.title.text() == "doc.pdf · pages 2–3 of 3"


def test_a_chip_never_cuts_off_its_buttons(qtbot, window, services, tmp_path):
    from dataclasses import replace

    services.service.model_info = replace(services.service.model_info, context_length=5000)  # a wrapped warning
    window.set_theme("light")  # the style sheet's smaller note font reaches a new chip only after it is shown
    composer = window.composer
    long_name = "annual-financial-statement-with-notes-and-auditor-report-final-" * 2 + ".pdf"
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([_pdf(tmp_path / long_name, pages=5)])
    viewport = composer.strip_area.viewport()
    chips = composer._chips()
    assert any(chip.attachment.meta.get("left_out") for chip in chips)
    # the warning wraps once the chip has its fonts: the strip grows to it
    qtbot.waitUntil(lambda: all(chip.height() <= viewport.height() for chip in chips), timeout=3000)
    for chip in chips:
        for button in [b for b in chip.findChildren(QAbstractButton) if b.isVisibleTo(chip)]:
            top_left = button.mapTo(chip, QPoint(0, 0))
            assert chip.rect().contains(top_left) and top_left.x() + button.width() <= chip.width(), button.text()
            assert top_left.y() + button.height() <= chip.height(), button.text()
        assert chip.mapTo(viewport, QPoint(0, 0)).y() + chip.height() <= viewport.height()
        assert chip.title.sizeHint().width() <= chip.width()  # the long name is elided, not cut


def test_the_viewer_shows_a_picture_with_its_grid_and_tokens(qtbot, window, tmp_path):
    photo = tmp_path / "scan.png"
    Image.new("RGB", (1600, 1200), "white").save(photo)
    window.panel.max_tiles.setValue(12)
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=10000):
        window.composer.add_files([photo])
    chip = window.composer._chips()[0]
    qtbot.keyClick(chip.preview, Qt.Key.Key_Return)  # the picture opens by keyboard as well as by click
    viewer = QApplication.activeModalWidget()
    assert isinstance(viewer, AttachmentViewer)
    qtbot.addWidget(viewer)
    assert (viewer.canvas.plan.columns, viewer.canvas.plan.rows) == (4, 3) and viewer.canvas.plan.thumbnail
    assert "13 tiles → 3,328 image tokens" in viewer.plan_text.text()
    assert viewer.thumbnail_tile.isVisibleTo(viewer) and not viewer.pages.isVisibleTo(viewer)
    viewer.set_fit(True)
    assert viewer.canvas.width() <= viewer.scroll_area.viewport().width()  # fit: the whole picture in view
    viewer.actual_button.click()
    assert viewer.canvas.width() == 1600 and viewer.zoom_label.text() == "100 %"
    viewer.close()


def test_the_viewer_steps_through_video_frames_with_their_times(qtbot, window, tmp_path):
    window.panel.frames.setValue(4)
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=10000):
        window.composer.add_files([_video(tmp_path / "clip.mp4")])
    viewer = window.composer.open_viewer(window.composer._chips()[0])
    qtbot.addWidget(viewer)
    captions = [viewer.pages.item(i).text() for i in range(viewer.pages.count())]
    assert len(captions) == 4 and captions[0].startswith("Frame 1 · 0:00.")
    assert captions[-1].startswith("Frame 4 · 0:01.")
    viewer.pages.setCurrentRow(2)
    assert "1 tile → 256 image tokens" in viewer.plan_text.text() and not viewer.thumbnail_tile.isVisibleTo(viewer)
    viewer.close()


def test_a_sent_picture_opens_the_viewer(qtbot, window, services, tmp_path):
    photo = tmp_path / "photo.png"
    Image.new("RGB", (900, 600), "orange").save(photo)
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=10000):
        window.composer.add_files([photo])
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        services.controller.send("What colour?", window.composer.attachments)
    bubble = window.chat.message_widgets()[0]
    (picture,) = [label for labels in bubble.pictures.values() for label in labels]
    qtbot.mouseClick(picture, Qt.MouseButton.LeftButton)
    viewer = QApplication.activeModalWidget()
    assert isinstance(viewer, AttachmentViewer)
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: len(viewer.images) == 1, timeout=10000)  # decoded on a worker
    assert viewer.images[0].size == (900, 600) and "image tokens" in viewer.plan_text.text()
    viewer.close()


def test_tall_chips_are_not_cut_off(qtbot, window, tmp_path):
    composer = window.composer
    with qtbot.waitSignals([composer.attachments_changed] * 2, timeout=10000):
        composer.add_files([_video(tmp_path / "clip.mp4"), _pdf(tmp_path / "doc.pdf")])
    # a video's frame strip and a PDF's Pages… button sit below the preview: the strip must fit them
    tallest = max(chip.needed_height() for chip in composer._chips())
    qtbot.waitUntil(lambda: composer.strip_area.viewport().height() >= tallest, timeout=3000)


def test_video_shows_the_frames_that_will_be_sent(qtbot, window, services, fake_runtime, tmp_path):
    window.panel.frames.setValue(6)
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=10000):
        window.composer.add_files([_video(tmp_path / "clip.mp4")])
    chip = window.composer._chips()[0]
    assert len(chip.attachment.images) == 6
    assert chip.summary.text() == "6 tiles → 1,536 image tokens"  # one tile per frame
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        services.controller.send("What happens?", window.composer.attachments)
    request = fake_runtime.requests[-1]
    assert request.question.startswith("Frame1: <image>\nFrame2: <image>\n")
    assert request.question.endswith("What happens?")
    assert [v.max_tiles for v in request.visuals] == [1] * 6


def test_prompt_over_the_context_is_warned_before_sending(qtbot, window, services, tmp_path):
    from dataclasses import replace

    services.service.model_info = replace(services.service.model_info, context_length=2000)
    window.panel.max_tiles.setValue(12)
    big = tmp_path / "scan.png"
    Image.new("RGB", (1600, 1200), "white").save(big)
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=10000):
        window.composer.add_files([big])
    assert "more than the model's context of 2,000" in window.composer.budget.text()


def test_a_drag_over_the_window_shows_the_drop_layer(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_pdf(tmp_path / "doc.pdf", pages=1)))])
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dragEnterEvent(enter)
    overlay = window.composer.drop_overlay
    assert overlay.isVisible() and overlay.geometry() == window.centralWidget().geometry()
    window.dragLeaveEvent(QDragLeaveEvent())
    qtbot.waitUntil(lambda: not overlay.isVisible(), timeout=2000)
    # over the question box, which takes drops itself, the layer shows as well
    QApplication.sendEvent(
        window.composer.edit,
        QDragEnterEvent(
            QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
    )
    assert overlay.isVisible()
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=10000):
        window.dropEvent(
            QDropEvent(
                QPointF(50, 50),
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
        )
        assert not overlay.isVisible()  # gone at once on the drop


def test_a_note_from_preparing_the_file_shows_on_its_chip(qtbot, window, tmp_path, monkeypatch):
    from desktop_vlm.media import images, load_image_fitted

    monkeypatch.setattr(
        images, "load_image_fitted", lambda data, **kw: load_image_fitted(data, **kw, max_pixels=1_000_000)
    )
    path = tmp_path / "scan.png"
    Image.new("RGB", (3000, 2000), "white").save(path)
    with qtbot.waitSignal(window.composer.attachments_changed, timeout=10000):
        window.composer.add_files([path])
    chip = window.composer._chips()[0]
    notes = [label.text() for label in chip.findChildren(type(chip.title)) if "downscaled" in label.text()]
    assert notes == [chip.attachment.note] and chip.attachment.note.startswith("downscaled from 3000×2000")
