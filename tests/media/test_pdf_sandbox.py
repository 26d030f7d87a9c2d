"""PDF pages render in a child process with a memory and a time budget: a hostile page costs that child only."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_vlm.core.errors import MediaError
from desktop_vlm.core.messages import Message, use_translation
from desktop_vlm.media import pdf, pdf_page_count, pdf_sandbox, pdf_worker, render_pdf_page, svg_render
from desktop_vlm.media.pdf import MAX_RENDER_PIXELS, MAX_RENDER_SIDE, page_pixels, render_scale
from desktop_vlm.media.pdf_sandbox import Limits, PdfProcess
from tests.media.pdf_files import bomb_pdf, minimal_pdf, page_of_size_pdf

ROOT = Path(__file__).resolve().parents[2]
SMALL_BUDGET = 320 * 1024 * 1024  # a bomb page needs ~2 × 4 × 128 MB to render; normal pages need far less
# The address-space cap is enforced by Linux only (macOS accepts RLIMIT_AS and ignores it; Windows has none).
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux only")


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "bomb.pdf"
    path.write_bytes(bomb_pdf(128 * 1024 * 1024))  # 0.6 MB on disk
    return path


@pytest.fixture
def small_renderer(monkeypatch):
    process = PdfProcess(Limits(SMALL_BUDGET, 30.0))
    monkeypatch.setattr(pdf, "_PROCESS", process)
    yield process
    process.close()


@linux_only
def test_a_decompression_bomb_page_is_refused_and_the_next_pdf_still_renders(tmp_path, bomb, small_renderer):
    assert pdf_page_count(bomb) == 1  # the page tree is small; only rendering the page inflates the streams
    with pytest.raises(MediaError, match="Page 1 of bomb.pdf is too large or complex to render"):
        render_pdf_page(bomb, 0, max_tiles=2)
    good = tmp_path / "good.pdf"
    good.write_bytes(minimal_pdf(pages=2))
    assert render_pdf_page(good, 1, max_tiles=2).mode == "RGB"  # a fresh renderer replaced the dead one


@linux_only
def test_the_app_process_stays_small_while_the_bomb_is_rendered(bomb):
    # Measured in a fresh interpreter, by VmHWM (its peak resident memory; ru_maxrss would include the
    # pytest process it was forked from).
    script = textwrap.dedent(f"""
        import re
        from desktop_vlm.core.errors import MediaError
        from desktop_vlm.media import pdf, render_pdf_page
        from desktop_vlm.media.pdf_sandbox import Limits, PdfProcess
        pdf._PROCESS = PdfProcess(Limits({SMALL_BUDGET}, 30.0))
        try:
            render_pdf_page({str(bomb)!r}, 0, max_tiles=2)
            print("rendered")
        except MediaError:
            status = open("/proc/self/status").read()
            print("refused", int(re.search(r"VmHWM:\\s+(\\d+)", status).group(1)) // 1024)
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    outcome, *peak_mb = done.stdout.split()
    assert outcome == "refused", done.stderr
    assert int(peak_mb[0]) < 250, done.stdout  # the page needed ~1 GB; none of it was in this process


def test_a_page_that_takes_too_long_is_stopped_with_a_clear_message(bomb, monkeypatch):
    process = PdfProcess(Limits(None, 0.5))  # no memory cap: only the clock stops the inflating
    monkeypatch.setattr(pdf, "_PROCESS", process)
    try:
        process.limits = Limits(None, 30.0)
        assert pdf_page_count(bomb) == 1  # starts the child outside the short limit
        process.limits = Limits(None, 0.5)
        with pytest.raises(MediaError, match="too complex to render: it took longer than 0.5 s"):
            render_pdf_page(bomb, 0, max_tiles=2)
    finally:
        process.close()


def test_refusals_from_the_renderer_keep_their_message_and_hint(tmp_path):
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(minimal_pdf(encrypt=True))
    with pytest.raises(MediaError, match="password-protected") as caught:
        render_pdf_page(locked, 0, max_tiles=2)
    assert "unprotected copy" in caught.value.hint
    with pytest.raises(MediaError, match="File not found"):
        pdf_page_count(tmp_path / "missing.pdf")
    with pytest.raises(MediaError, match="not a file"):
        pdf_page_count(tmp_path)


def _shouted(template: str) -> str:
    """A stand-in translation: the template's words upper-cased, its placeholders kept."""
    return re.sub(r"\{[^{}]*\}|[^{}]+", lambda part: part[0] if part[0].startswith("{") else part[0].upper(), template)


def test_refusals_from_the_renderer_are_put_together_in_the_readers_language(tmp_path):
    # The child has no translation: it must send the template and its values, which this process translates.
    # Had it sent its English sentence, the file name would be shouted too and the template would be lost.
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(minimal_pdf(encrypt=True))
    short = tmp_path / "short.pdf"
    short.write_bytes(minimal_pdf(pages=1))
    use_translation(_shouted)
    try:
        with pytest.raises(MediaError) as caught:
            render_pdf_page(locked, 0, max_tiles=2)
        with pytest.raises(MediaError) as missing_page:
            render_pdf_page(short, 4, max_tiles=2)
        assert caught.value.message == Message("{name} is password-protected.", name="locked.pdf")
        assert caught.value.user_message == "locked.pdf IS PASSWORD-PROTECTED."
        assert caught.value.hint == (
            "ATTACH IT IN THE WINDOW, WHICH ASKS FOR ITS PASSWORD (DESKTOP-VLM ASK: --PASSWORD-ENV), OR "
            "SAVE AN UNPROTECTED COPY IN A PDF VIEWER AND ATTACH THAT."
        )
        assert missing_page.value.message.template == "{name} has {count} page(s); page {number} does not exist."
        assert missing_page.value.user_message == "short.pdf HAS 1 PAGE(S); PAGE 5 DOES NOT EXIST."
        assert missing_page.value.hint_message is None
    finally:
        use_translation(None)
    assert caught.value.user_message == "locked.pdf is password-protected."  # English again, read again


@pytest.mark.parametrize(
    "sent",
    [
        "locked.pdf is password-protected.",  # a sentence, not a message's form
        {"template": "{name:999999999}", "values": {"name": "x"}},  # a gigabyte of padding, formatted here
        {"template": "{0}", "values": {}},
        {"template": "{name.__class__}", "values": {"name": "x"}},
        {"template": "{name}", "values": ["x"]},
        {"template": "{reason}", "values": {"reason": {"message": {"template": "{x:.999999f}", "values": {"x": 1}}}}},
        {"template": "{reason}", "values": {"reason": {"message": "nested sentence"}}},
        {"values": {}},
        {"template": "{unclosed", "values": {}},
    ],
)
def test_a_message_the_renderer_may_not_send_is_refused(sent):
    with pytest.raises(ValueError):
        pdf_sandbox._message(sent)


def test_every_message_the_renderer_sends_passes_the_parents_check():
    templates = [
        node.args[0].value
        for module in (pdf_worker, svg_render)  # PDF pages, and SVG drawings drawn in the same process
        for node in ast.walk(ast.parse(Path(module.__file__).read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message"
    ]
    assert len(templates) > 14
    for template in templates:
        assert pdf_sandbox._message(Message(template).to_json()).template == template


def test_a_thin_tall_page_never_renders_past_the_pixel_cap(tmp_path):
    # 0.01 × 900000 pt: the width rounds up to one pixel, which used to leave the height at 60,000,001 px
    scale = render_scale(0.01, 900_000, max_tiles=12)
    assert page_pixels(0.01, scale) * page_pixels(900_000, scale) <= MAX_RENDER_PIXELS
    assert page_pixels(900_000, scale) <= MAX_RENDER_SIDE
    path = tmp_path / "thin.pdf"
    path.write_bytes(page_of_size_pdf(1, 14_400))  # PDF units are clamped to 14400: the thinnest real page
    page = render_pdf_page(path, 0, max_tiles=12)
    assert page.width * page.height <= MAX_RENDER_PIXELS and max(page.size) <= MAX_RENDER_SIDE


@settings(max_examples=300, deadline=None)
@given(width=st.floats(0.001, 1e6), height=st.floats(0.001, 1e6), max_tiles=st.integers(1, 40))
def test_no_page_size_renders_past_the_pixel_cap(width, height, max_tiles):
    if width * height > 1e12:  # refused before rendering
        return
    scale = render_scale(width, height, max_tiles=max_tiles)
    assert page_pixels(width, scale) * page_pixels(height, scale) <= MAX_RENDER_PIXELS
    assert max(page_pixels(width, scale), page_pixels(height, scale)) <= MAX_RENDER_SIDE


def test_a_renderer_that_cannot_start_is_not_blamed_on_the_pdf(tmp_path):
    # a script read from standard input cannot be imported again by the spawned child
    path = tmp_path / "fine.pdf"
    path.write_bytes(minimal_pdf())
    script = textwrap.dedent(f"""
        from desktop_vlm.media import pdf_page_count
        try:
            pdf_page_count({str(path)!r})
        except Exception as err:
            print(err)
    """)
    done = subprocess.run(
        [sys.executable, "-"], input=script, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert "The PDF renderer could not start, so fine.pdf cannot be read" in done.stdout, done.stderr
    assert "too large" not in done.stdout
