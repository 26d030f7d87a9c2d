"""Attachment preparation and the tile preview numbers: the same pure function the runtime uses."""

from __future__ import annotations

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file, prepare_pasted_image, tile_summary
from desktop_vlm.core.errors import MediaError
from desktop_vlm.core.tiling import image_token_count, plan_tiles


@pytest.mark.parametrize(
    ("size", "max_tiles"), [((1600, 900), 6), ((600, 800), 12), ((448, 448), 12), ((3000, 200), 40)]
)
def test_tile_summary_matches_the_runtime_arithmetic(tmp_path, size, max_tiles):
    path = tmp_path / "picture.png"
    Image.new("RGB", size, "white").save(path)
    attachment = prepare_file(path)
    summary = tile_summary(attachment, max_tiles=max_tiles, tile_size=448, tokens_per_tile=256)
    plan = plan_tiles(*size, max_tiles=max_tiles, tile_size=448)
    assert summary.plans == (plan,)
    assert summary.tokens == image_token_count(plan, 256) and summary.tiles == plan.total_tiles


def test_known_numbers():
    image = prepare_pasted_image(Image.new("RGB", (600, 800), "white"))
    summary = tile_summary(image, max_tiles=6, tile_size=448, tokens_per_tile=256)
    assert (summary.tiles, summary.tokens) == (7, 1792)  # a 2×3 grid plus the thumbnail
    assert tile_summary(image, max_tiles=6, tile_size=448, tokens_per_tile=64).tokens == 7 * 64  # Ristretto budget


def test_an_unsupported_file_names_what_works(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04 not a picture")
    with pytest.raises(MediaError) as err:
        prepare_file(path)
    assert err.value.user_message


def test_a_damaged_file_is_named_in_the_message(tmp_path):
    path = tmp_path / "receipt.png"
    path.write_bytes(b"this is not a picture" * 10)
    with pytest.raises(MediaError) as err:
        prepare_file(path)
    assert err.value.user_message.startswith("receipt.png is not an image")


def _pdf(path, pages=3, size=(612, 792)):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument.new()
    for _ in range(pages):
        doc.new_page(*size)
    doc.save(str(path))
    return path


def test_a_pdf_sends_all_its_pages_that_fit(tmp_path):
    from desktop_vlm.media.paged import pages_that_fit

    doc = _pdf(tmp_path / "three.pdf")
    everything = prepare_file(doc, max_tiles=6)
    assert everything.meta["pages"] == [0, 1, 2] and len(everything.images) == 3  # not page 1 alone
    assert "left_out" not in everything.meta
    per_page = tile_summary(everything, max_tiles=6, tile_size=448, tokens_per_tile=256).tokens // 3
    assert per_page == 7 * 256  # a Letter page: 2×3 grid + thumbnail
    two = prepare_file(doc, max_tiles=6, image_token_room=2 * per_page + 100)
    assert two.meta["pages"] == [0, 1] and two.meta["left_out"] == "context"
    assert prepare_file(doc, max_tiles=6, image_token_room=10).meta["pages"] == [0]  # never nothing
    assert pages_that_fit([100] * 40, None) == 16 and pages_that_fit([100, 300, 100], 450) == 2


def test_the_page_plan_from_a_thumbnail_is_the_plan_of_the_rendered_page(tmp_path):
    from desktop_vlm.media import render_pdf_page
    from desktop_vlm.media.attachment_kinds.pdf import pdf_page_plan

    for size in ((612, 792), (842, 595), (300, 2000)):
        doc = _pdf(tmp_path / f"{size[0]}.pdf", pages=1, size=size)
        small = render_pdf_page(doc, 0, max_tiles=1)
        for max_tiles in (2, 6, 12):
            full = render_pdf_page(doc, 0, max_tiles=max_tiles)
            assert pdf_page_plan(*small.size, max_tiles=max_tiles) == plan_tiles(*full.size, max_tiles=max_tiles)


def test_video_frames_carry_their_times(tmp_path):
    from tests.ui.test_documents_and_video import _video

    clip = prepare_file(_video(tmp_path / "clip.mp4", frames=24), frames=4)  # 2 s at 12 frames/s
    times = clip.meta["frame_times"]
    assert len(times) == 4 and times == sorted(times) and 0 < times[0] < 0.5 and 1.5 < times[-1] < 2.0


def test_a_picture_too_large_to_decode_whole_is_downscaled_with_a_note(tmp_path, monkeypatch):
    from desktop_vlm.media import images, load_image_fitted

    # the same path a 20000×20000 scan takes, with the pixel cap lowered so the test needs no huge file
    monkeypatch.setattr(
        images, "load_image_fitted", lambda data, **kw: load_image_fitted(data, **kw, max_pixels=1_000_000)
    )
    path = tmp_path / "scan.png"
    Image.new("RGB", (3000, 2000), "white").save(path)
    prepared = prepare_file(path, max_tiles=6)
    assert prepared.note.startswith("downscaled from 3000×2000 to ") and max(prepared.images[0].size) < 3000
    assert prepare_file(path, max_tiles=6).images[0].size == prepared.images[0].size  # the same on every decode
    small = tmp_path / "small.png"
    Image.new("RGB", (800, 600), "white").save(small)
    assert prepare_file(small).note is None
