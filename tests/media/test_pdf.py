"""PDF pages: render size tied to the tile budget, rotation, passwords, damage, and thread safety."""

from __future__ import annotations

import threading

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop_vlm.core.errors import MediaError
from desktop_vlm.core.tiling import plan_tiles
from desktop_vlm.media import detect_kind, pdf_page_count, render_pdf_page
from desktop_vlm.media.pdf import MAX_RENDER_PIXELS, render_scale
from tests.media.pdf_files import minimal_pdf


def _write(tmp_path, data, name="doc.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_hand_written_pdf_is_detected_counted_and_rendered(tmp_path):
    path = _write(tmp_path, minimal_pdf(pages=3))
    assert detect_kind(path) == "pdf" and pdf_page_count(path) == 3
    page = render_pdf_page(path, 0, max_tiles=6)
    assert page.mode == "RGB"
    assert page.getpixel((page.width - 5, 5)) == (255, 255, 255)  # paper is white, not transparent black


def test_a_square_page_gets_the_largest_square_grid_of_the_budget(tmp_path):
    # among equally good grids (1×1, 2×2, 3×3 for a square) a document wants the most detail
    page = render_pdf_page(_write(tmp_path, minimal_pdf(size=(500, 500))), 0, max_tiles=12)
    assert abs(page.width - 3 * 448) <= 2 and abs(page.height - 3 * 448) <= 2


def test_rotated_page_renders_landscape(tmp_path):
    page = render_pdf_page(_write(tmp_path, minimal_pdf(size=(612, 792), rotate=90)), 0, max_tiles=6)
    assert page.width > page.height


def test_password_protected_pdf_gets_a_clear_message(tmp_path):
    path = _write(tmp_path, minimal_pdf(encrypt=True))
    with pytest.raises(MediaError, match="password"):
        pdf_page_count(path)
    with pytest.raises(MediaError, match="password"):
        render_pdf_page(path, 0, max_tiles=4)


@pytest.mark.parametrize("data", [b"", b"%PDF-1.7\n", minimal_pdf()[:150], b"%PDF-1.4\n" + bytes(range(256)) * 8])
def test_damaged_pdfs_get_a_clear_message(tmp_path, data):
    with pytest.raises(MediaError):
        path = _write(tmp_path, data)
        if pdf_page_count(path):
            render_pdf_page(path, 0, max_tiles=2)


@settings(max_examples=200, deadline=None)
@given(w=st.floats(20, 5000), aspect=st.floats(0.05, 20), max_tiles=st.integers(1, 40))
def test_rendered_size_replans_to_the_same_grid_and_covers_it(w, aspect, max_tiles):
    h = w / aspect
    scale = render_scale(w, h, max_tiles=max_tiles)
    px_w, px_h = round(w * scale), round(h * scale)
    assert px_w * px_h <= MAX_RENDER_PIXELS * 1.01
    plan = plan_tiles(px_w, px_h, max_tiles=max_tiles)
    # an aspect ratio exactly half-way between two grids' (e.g. 1.1 between 1.0 and 1.2) is a tie that one
    # pixel of rounding decides, for the runtime too: no render size can promise a grid there
    assume(
        all(
            plan_tiles(px_w + dx, px_h + dy, max_tiles=max_tiles) == plan
            for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1))
        )
    )
    if px_w * px_h < MAX_RENDER_PIXELS * 0.99:  # not capped: the render covers exactly the grid it will get
        again = plan_tiles(max(1, round(w * scale * 3)), max(1, round(h * scale * 3)), max_tiles=max_tiles)
        assert (plan.columns, plan.rows) == (again.columns, again.rows)
        assert px_w >= plan.resized_size[0] - 1 and px_h >= plan.resized_size[1] - 1
        assert px_w <= plan.resized_size[0] + 1 or px_h <= plan.resized_size[1] + 1  # not more than needed


def test_renders_from_several_threads_at_once(tmp_path):
    path = _write(tmp_path, minimal_pdf(pages=4))
    sizes, errors = [], []

    def work(i):
        try:
            sizes.append(render_pdf_page(path, i % 4, max_tiles=2).size)
        except Exception as err:  # pragma: no cover - the assertion below reports it
            errors.append(err)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(set(sizes)) == 1
