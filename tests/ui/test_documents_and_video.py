"""PDF pages and video frames in the composer: the page picker, the frame strip, the token numbers."""

from __future__ import annotations

import pypdfium2 as pdfium
from PIL import Image

from desktop_vlm.ui.attachment_chip import page_ranges, parse_pages


def _pdf(path, pages=3):
    doc = pdfium.PdfDocument.new()
    for _ in range(pages):
        doc.new_page(612, 792)
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


def test_parse_pages():
    assert parse_pages("1-3, 5", 10) == [0, 1, 2, 4]
    assert parse_pages("9-12, x, 2", 10) == [8, 9, 1]
    assert parse_pages("", 3) == []
    assert page_ranges([4, 0, 1, 2]) == "1–3, 5" and page_ranges([6]) == "7"


def test_pdf_page_picker_rerenders_the_chosen_pages(qtbot, window, tmp_path):
    composer = window.composer
    window.panel.max_tiles.setValue(6)
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([_pdf(tmp_path / "doc.pdf")])
    chip = composer._chips()[0]
    assert chip.attachment.kind == "pdf" and len(chip.attachment.images) == 1
    assert chip.summary.text() == "7 tiles → 1,792 image tokens"  # a Letter page: 2×3 grid + thumbnail
    assert chip.title.text() == "doc.pdf · page 1 of 3"
    with qtbot.waitSignals([composer.attachments_changed, composer.attachments_changed], timeout=10000):
        composer.choose_pages(chip, [1, 2])
    chip = composer._chips()[0]
    assert chip.attachment.meta["pages"] == [1, 2] and len(chip.attachment.images) == 2
    assert chip.summary.text() == "14 tiles → 3,584 image tokens"
    assert chip.title.text() == "doc.pdf · pages 2–3 of 3"


def test_tall_chips_are_not_cut_off(qtbot, window, tmp_path):
    composer = window.composer
    with qtbot.waitSignals([composer.attachments_changed] * 2, timeout=10000):
        composer.add_files([_video(tmp_path / "clip.mp4"), _pdf(tmp_path / "doc.pdf")])
    # a video's frame strip and a PDF's Pages… button sit below the preview: the strip must fit them
    tallest = max(chip.sizeHint().height() for chip in composer._chips())
    assert composer.strip_area.viewport().height() >= tallest


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
    assert request.question.startswith("Frame1: <image>\nFrame2: <image>\n") and request.question.endswith("What happens?")
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
