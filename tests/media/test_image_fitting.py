"""Images over the pixel cap are downscaled while decoding, to what the chosen tiles can use, with a note."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desktop_vlm.core.errors import MediaError
from desktop_vlm.core.tiling import plan_tiles
from desktop_vlm.media import load_image_fitted, png_strips
from desktop_vlm.media.images import HEADER_MAX_PIXELS, useful_size
from tests.media.fuzz_inputs import large_png

ROOT = Path(__file__).resolve().parents[2]


def _encoded(image: Image.Image, fmt: str, **kwargs) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **kwargs)
    return buffer.getvalue()


def _photo(size=(1500, 1000), mode="RGB") -> Image.Image:
    """Noise over a gradient: every PNG filter type gets used, and strips that join badly would show."""
    rng = np.random.default_rng(7)
    ramp = np.linspace(0, 200, size[0], dtype=np.float32)[None, :, None]
    pixels = np.clip(ramp + rng.normal(0, 25, (size[1], size[0], 3)), 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "RGB").convert(mode)


def test_small_images_come_back_whole_without_a_note():
    fitted = load_image_fitted(_encoded(_photo((300, 200)), "PNG"), max_tiles=12)
    assert fitted.image.size == fitted.original_size == (300, 200) and fitted.note is None


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L", "LA", "P"])
def test_a_png_over_the_cap_is_shrunk_strip_by_strip_to_what_the_tiles_use(monkeypatch, mode):
    monkeypatch.setattr(png_strips, "_STRIP_BYTES", 40_000)  # many strips, so their joins are tested
    data = _encoded(_photo((1800, 1200), mode), "PNG")
    fitted = load_image_fitted(data, max_tiles=1, max_pixels=1_000_000)
    assert fitted.original_size == (1800, 1200)
    assert fitted.image.mode == "RGB" and fitted.image.size == useful_size(1800, 1200, max_tiles=1) == (672, 448)
    assert str(fitted.note) == "downscaled from 1800×1200 to 672×448 for 1 tiles"
    # the same picture as decoding it whole, then shrinking by the same box factor (2) and filter
    whole = load_image_fitted(data, max_tiles=1, max_pixels=10_000_000).image
    expected = whole.reduce(2).resize((672, 448), Image.Resampling.LANCZOS)
    difference = np.abs(np.asarray(fitted.image, np.int16) - np.asarray(expected, np.int16))
    assert difference.max() <= 2  # rounding: alpha is composited before or after averaging


def test_the_shrunk_image_keeps_the_grid_the_full_one_would_get():
    for size in [(1800, 1200), (800, 2400), (2400, 801)]:
        fitted = load_image_fitted(_encoded(_photo(size), "PNG"), max_tiles=2, max_pixels=1_000_000)
        full, small = plan_tiles(*size, max_tiles=2), plan_tiles(*fitted.image.size, max_tiles=2)
        assert (small.columns, small.rows) == (full.columns, full.rows)
        assert fitted.image.width >= small.resized_size[0] and fitted.image.height >= small.resized_size[1]


def test_an_image_barely_over_the_cap_is_shrunk_to_the_cap_even_when_the_grid_could_use_more():
    fitted = load_image_fitted(_encoded(_photo((1200, 800)), "PNG"), max_tiles=12, max_pixels=500_000)
    assert fitted.image.width * fitted.image.height <= 500_000 and fitted.image.size == (866, 577)
    assert str(fitted.note) == "downscaled from 1200×800 to 866×577 for 12 tiles"


def test_a_large_jpeg_is_decoded_at_a_reduced_scale_and_turned_upright():
    photo = _photo((1600, 1000))
    exif = photo.getexif()
    exif[0x0112] = 6  # shown rotated 90°: 1000 wide, 1600 tall
    fitted = load_image_fitted(_encoded(photo, "JPEG", exif=exif), max_tiles=2, max_pixels=1_000_000)
    assert fitted.original_size == (1000, 1600)
    assert fitted.image.size == useful_size(1000, 1600, max_tiles=2)
    assert str(fitted.note).startswith("downscaled from 1000×1600 to ")


@pytest.mark.parametrize(
    "fmt,kwargs,why",
    [
        ("JPEG", {"progressive": True}, "a progressive JPEG this large needs the whole image"),
        ("WEBP", {}, "WEBP images this large cannot be downscaled"),
        ("PNG", {"bits": 16}, "only 8-bit, non-interlaced PNGs"),
    ],
)
def test_formats_that_cannot_be_decoded_smaller_are_refused_over_the_cap(fmt, kwargs, why):
    image = _photo((1200, 1000))
    if kwargs.pop("bits", None):
        image = Image.fromarray(np.asarray(image.convert("L"), np.uint16) * 257)
    with pytest.raises(MediaError, match=re.escape("is 1200×1000 pixels, more than the 1 MP limit, and ") + why):
        load_image_fitted(_encoded(image, fmt, **kwargs), max_tiles=4, max_pixels=1_000_000)


def test_a_header_past_the_hard_cap_is_refused_before_any_decoding():
    side = int(HEADER_MAX_PIXELS**0.5) + 100
    with pytest.raises(MediaError, match="declares far more pixels than the 500 MP limit"):
        load_image_fitted(large_png(side, side, declared_only=True), max_tiles=12)


def test_a_truncated_large_png_gets_a_clear_message():
    with pytest.raises(MediaError, match="truncated or damaged"):
        load_image_fitted(large_png(1200, 1000)[:-2000], max_tiles=4, max_pixels=1_000_000)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_a_96_megapixel_png_is_downscaled_in_little_memory(tmp_path):
    path = tmp_path / "scan.png"
    path.write_bytes(large_png(12000, 8000))  # 96 MP: 384 MB once decoded whole
    script = textwrap.dedent(f"""
        import re
        from pathlib import Path
        from desktop_vlm.media import load_image_fitted
        fitted = load_image_fitted(Path({str(path)!r}), max_tiles=12)
        peak = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) // 1024
        print(fitted.note, "|", peak)
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    note, _, peak = done.stdout.strip().partition(" | ")
    assert note == "downscaled from 12000×8000 to 1344×896 for 12 tiles", done.stderr
    assert int(peak) < 200


def test_a_png_that_takes_too_long_to_shrink_is_stopped(monkeypatch):
    from desktop_vlm.media import images

    monkeypatch.setattr(images, "DOWNSCALE_SECONDS", 0.0)
    with pytest.raises(MediaError, match="Downscaling this 1200×1000 PNG took too long"):
        load_image_fitted(large_png(1200, 1000), max_tiles=4, max_pixels=1_000_000)
