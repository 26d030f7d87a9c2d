"""Media decoding on real files made in the test: every format, every awkward mode, clear refusals."""

from __future__ import annotations

import io
import struct
import zlib
from fractions import Fraction

import numpy as np
import pytest
from PIL import Image

from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import (
    detect_kind,
    frame_indices,
    load_image,
    make_thumbnail,
    pdf_page_count,
    probe_video,
    render_pdf_page,
    sample_video_frames,
)
from desktop_vlm.media.pdf import render_scale


def _save(tmp_path, image, name, **kw):
    path = tmp_path / name
    image.save(path, **kw)
    return path


@pytest.mark.parametrize(
    "fmt,name",
    [("PNG", "a.png"), ("JPEG", "a.jpg"), ("WEBP", "a.webp"), ("BMP", "a.bmp"), ("TIFF", "a.tiff"), ("GIF", "a.gif")],
)
def test_common_formats_decode_to_rgb(tmp_path, fmt, name):
    path = _save(tmp_path, Image.new("RGB", (64, 48), (200, 30, 30)), name, format=fmt)
    assert detect_kind(path) == "image"
    image = load_image(path)
    assert image.mode == "RGB" and image.size == (64, 48)


def test_awkward_modes(tmp_path):
    rgba = Image.new("RGBA", (10, 10), (0, 0, 0, 0))  # fully transparent → white, not black
    assert load_image(_save(tmp_path, rgba, "t.png")).getpixel((0, 0)) == (255, 255, 255)
    cmyk = Image.new("CMYK", (10, 10), (0, 255, 255, 0))
    assert load_image(_save(tmp_path, cmyk, "c.jpg")).mode == "RGB"
    deep = Image.fromarray(np.full((8, 8), 65535, dtype=np.uint16))
    assert load_image(_save(tmp_path, deep, "d.png")).getpixel((0, 0)) == (255, 255, 255)
    pal = Image.new("P", (8, 8))
    assert load_image(_save(tmp_path, pal, "p.png")).mode == "RGB"


def test_exif_rotation_is_applied(tmp_path):
    image = Image.new("RGB", (40, 20), "blue")
    exif = image.getexif()
    exif[0x0112] = 6  # rotate 90° clockwise on display
    path = _save(tmp_path, image, "r.jpg", exif=exif)
    assert load_image(path).size == (20, 40)


def test_animated_gif_gives_the_first_frame(tmp_path):
    frames = [Image.new("RGB", (16, 16), c) for c in ("red", "green", "blue")]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=50, loop=0)
    assert load_image(path).getpixel((0, 0))[0] > 200


def _png_header_only(width, height) -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


def test_decompression_bomb_is_refused_before_decoding(tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_header_only(50000, 50000))
    with pytest.raises(MediaError, match="MP limit"):
        load_image(path)


@pytest.mark.parametrize("content", [b"", b"\x89PNG\r\n\x1a\n\x00\x00", b"not an image at all"])
def test_broken_files_get_a_clear_message(tmp_path, content):
    path = tmp_path / "broken.png"
    path.write_bytes(content)
    with pytest.raises(MediaError):
        load_image(path)


def test_truncated_jpeg(tmp_path):
    data = io.BytesIO()
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (200, 200, 3), dtype=np.uint8)).save(data, "JPEG")
    path = tmp_path / "cut.jpg"
    path.write_bytes(data.getvalue()[: len(data.getvalue()) // 3])
    with pytest.raises(MediaError, match="truncated|damaged"):
        load_image(path)


def test_wrong_extension_is_sniffed(tmp_path):
    path = _save(tmp_path, Image.new("RGB", (8, 8)), "really_a_png.jpg", format="PNG")
    assert load_image(path).size == (8, 8)
    unknown = tmp_path / "data.xyz"
    unknown.write_bytes(bytes(range(256)))
    with pytest.raises(MediaError, match="Supported"):
        detect_kind(unknown)


def test_thumbnail_keeps_aspect():
    assert make_thumbnail(Image.new("RGB", (1000, 500)), 100).size == (100, 50)


def _video(path, frames=30, size=(160, 120), codec="mpeg4", gop=None):
    import av

    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=10)
        stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
        if gop:
            stream.codec_context.gop_size = gop
        for i in range(frames):
            # frame i encodes its index in the red channel so tests can tell frames apart
            frame = Image.new("RGB", size, (min(255, i * 8), 0, 0))
            container.mux(stream.encode(__import__("av").VideoFrame.from_image(frame)))
        container.mux(stream.encode(None))
    return path


def test_frame_indices_follow_the_model_cards():
    assert frame_indices(20, 4) == [2, 7, 12, 16]
    assert frame_indices(100, 8) == [6, 18, 31, 43, 56, 68, 80, 93]
    for count, n in [(3, 8), (97, 16), (1000, 32), (1, 4)]:  # numpy's half-to-even rounding, as get_index
        seg = (count - 1) / n
        assert frame_indices(count, n) == [int(seg / 2 + np.round(seg * k)) for k in range(n)]


def test_video_probe_and_sampling(tmp_path):
    path = _video(tmp_path / "clip.mp4", frames=30)
    assert detect_kind(path) == "video"
    info = probe_video(path)
    assert info.frame_count == 30 and (info.width, info.height) == (160, 120)
    frames = sample_video_frames(path, 4)
    reds = [f.getpixel((80, 60))[0] for f in frames]
    expected = [min(255, i * 8) for i in frame_indices(30, 4)]
    assert all(abs(r - e) <= 12 for r, e in zip(reds, expected)), (reds, expected)


def _h264(path, frames=90, gop=30, fps=30, size=(96, 64), pts_step=None):
    """H.264 with B-frames (x264's default), each frame's index in its red channel; ``pts_step`` given:
    variable frame timing (frame i shown at sum of pts_step[:i])."""
    import av

    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps, options={"preset": "ultrafast", "bframes": "2"})
        stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
        stream.codec_context.gop_size = gop
        stream.codec_context.options = {"keyint_min": str(gop), "sc_threshold": "0", "bframes": "2"}
        pts = 0
        for i in range(frames):
            frame = av.VideoFrame.from_image(Image.new("RGB", size, ((i * 5) % 256, 0, 0)))
            if pts_step is not None:
                frame.pts, frame.time_base = pts, Fraction(1, fps)
                pts += pts_step[i % len(pts_step)]
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return path


def _reds(frames):
    return [f.getpixel((5, 5))[0] for f in frames]


@pytest.mark.parametrize("gop,n", [(30, 6), (30, 40), (300, 8), (7, 16)])
def test_every_strategy_returns_the_model_card_frames(tmp_path, gop, n):
    from desktop_vlm.media import video

    path = _h264(tmp_path / "clip.mp4", frames=200, gop=gop)
    index = video._packet_index(path)
    assert index is not None and len(index.pts) == 200
    wanted = frame_indices(200, n)
    expected = [(i * 5) % 256 for i in wanted]
    for frames in (
        video._sequential(path, wanted),
        video._by_seeking(path, wanted, index),
        video._by_seeking(path, wanted, index, min_skip=None),
        video.sample_video_frames(path, n),
    ):
        assert all(abs(r - e) <= 6 for r, e in zip(_reds(frames), expected)), (_reds(frames), expected)
        assert len(frames) == n


def test_variable_frame_rate_picks_frames_by_index_not_by_time(tmp_path):
    from desktop_vlm.media import video

    path = _h264(tmp_path / "vfr.mp4", frames=120, gop=20, pts_step=[1, 1, 5])  # uneven gaps between frames
    index = video._packet_index(path)
    wanted = frame_indices(120, 7)
    expected = [(i * 5) % 256 for i in wanted]
    assert all(abs(r - e) <= 6 for r, e in zip(_reds(video._by_seeking(path, wanted, index)), expected))
    assert all(abs(r - e) <= 6 for r, e in zip(_reds(video._sequential(path, wanted)), expected))


def test_falls_back_to_the_sequential_pass_when_seeking_fails(tmp_path, monkeypatch):
    from desktop_vlm.media import video

    path = _h264(tmp_path / "clip.mp4", frames=60, gop=10)
    calls = []

    def broken(*args, **kwargs):
        calls.append(1)
        raise ValueError("seek failed")

    monkeypatch.setattr(video, "_by_seeking", broken)
    frames = video.sample_video_frames(path, 4)
    assert (
        calls
        and _reds(frames) == [(i * 5) % 256 for i in frame_indices(60, 4)]
        or all(abs(r - (i * 5) % 256) <= 6 for r, i in zip(_reds(frames), frame_indices(60, 4)))
    )
    monkeypatch.setattr(video, "_packet_index", lambda p: None)  # e.g. frames without timestamps
    assert len(video.sample_video_frames(path, 4)) == 4


def test_corrupt_video_gets_a_clear_message(tmp_path):
    good = _video(tmp_path / "good.mp4").read_bytes()
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(good[:64] + bytes(200) + good[400:600])
    with pytest.raises(MediaError):
        sample_video_frames(bad, 4)
    text = tmp_path / "notes.txt"
    text.write_text("not a video at all\n")
    with pytest.raises(MediaError) as refused:
        sample_video_frames(text, 4)
    # FFmpeg's words, without its error number or the path
    assert refused.value.user_message == (
        "notes.txt is not a video Desktop VLM can read (Invalid data found when processing input)."
    )


def _pdf(tmp_path, pages=2, size=(612, 792)):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument.new()
    for _ in range(pages):
        doc.new_page(*size)
    path = tmp_path / "doc.pdf"
    doc.save(str(path))
    return path


def test_pdf_pages_render_at_the_tile_budget(tmp_path):
    path = _pdf(tmp_path, pages=3)
    assert detect_kind(path) == "pdf" and pdf_page_count(path) == 3
    page = render_pdf_page(path, 1, max_tiles=6)
    assert page.mode == "RGB"
    # a Letter page (portrait 0.77) with 6 tiles is cut 2×3 → 896×1344 px; the render covers that grid
    assert page.size[1] >= 1344 - 2 and page.size[1] <= 1344 + 2
    assert render_scale(612, 792, max_tiles=1) < render_scale(612, 792, max_tiles=12)
    with pytest.raises(MediaError, match="page 9"):
        render_pdf_page(path, 8, max_tiles=6)


def test_malformed_pdf(tmp_path):
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.7\n garbage without structure")
    with pytest.raises(MediaError):
        pdf_page_count(path)


def test_a_thumbnail_decode_may_come_back_smaller_but_never_below_the_asked_size(tmp_path):
    photo = _save(tmp_path, Image.new("RGB", (4000, 3000), "olive"), "big.jpg")
    small = load_image(photo, at_least=144)
    assert small.size == (500, 375)  # JPEG decoded at 1/8 scale, both sides still >= 144
    assert load_image(photo).size == (4000, 3000)
    assert load_image(_save(tmp_path, Image.new("RGB", (4000, 3000), "olive"), "big.png"), at_least=144).size == (
        4000,
        3000,
    )
