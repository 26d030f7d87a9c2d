"""Animated GIFs, PNGs and WebPs are read as a video is — frames spread over them, with the times they start at —
where a picture would keep the first frame alone; and a still GIF, PNG or WebP stays a picture."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file, prepare_stored
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind
from desktop_vlm.media.images import load_animation_frames

COLOURS = ["red", "green", "blue", "yellow", "cyan", "magenta", "black", "white", "orange", "purple"]


def animation(fmt: str, frames: int = 10, duration: int = 250) -> bytes:
    """An animation of ``frames`` solid frames in ``COLOURS`` order, each shown ``duration`` ms."""
    pictures = [Image.new("RGB", (120, 90), COLOURS[i % len(COLOURS)]) for i in range(frames)]
    buffer = io.BytesIO()
    pictures[0].save(buffer, fmt, save_all=True, append_images=pictures[1:], duration=duration, loop=0)
    return buffer.getvalue()


def full_palette_gif() -> bytes:
    """A two-frame GIF of 256 colours, as a screen recording or a photo's GIF is: its global colour table takes
    768 bytes, so its looping block comes after byte 512."""
    first = Image.new("P", (16, 16))
    first.putpalette([c for i in range(256) for c in (i, 255 - i, i // 2)])
    first.putdata(list(range(256)))
    second = first.copy()
    second.putdata(list(reversed(range(256))))
    buffer = io.BytesIO()
    first.save(buffer, "GIF", save_all=True, append_images=[second], duration=100, loop=0, optimize=False)
    return buffer.getvalue()


def _still(fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 90), "red").save(buffer, fmt)
    return buffer.getvalue()


@pytest.mark.parametrize("fmt, name", [("GIF", "clip.gif"), ("PNG", "clip.png"), ("WEBP", "clip.webp")])
def test_an_animation_is_recognised_and_sent_as_frames_with_their_times(tmp_path, fmt, name):
    path = tmp_path / name
    path.write_bytes(animation(fmt))
    assert detect_kind(path) == "animation"
    attachment = prepare_file(path)
    assert len(attachment.images) == 8 and attachment.attachment_kind.as_frames
    assert attachment.meta["frame_times"] == [0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 1.75, 2.0]  # frames 0–4, 6–8
    assert attachment.images[1].getpixel((60, 45))[1] > 100 and attachment.images[1].getpixel((60, 45))[0] < 50
    fewer = prepare_stored(path, {"frames": 2}, max_tiles=6)
    assert len(fewer.images) == 2 and fewer.meta["frame_times"] == [0.5, 1.5]  # frames 2 and 6


def test_a_gifs_looping_block_after_a_full_colour_table_is_seen(tmp_path):
    data = full_palette_gif()
    assert 512 < data.index(b"NETSCAPE2.0") < 1024  # why the kinds sniff a kilobyte
    (tmp_path / "screen.gif").write_bytes(data)
    assert detect_kind(tmp_path / "screen.gif") == "animation"


@pytest.mark.parametrize("fmt", ["GIF", "PNG", "WEBP"])
def test_a_still_picture_stays_a_picture(tmp_path, fmt):
    path = tmp_path / f"still.{fmt.lower()}"
    path.write_bytes(_still(fmt))
    assert detect_kind(path) == "image"


def test_fewer_frames_than_asked_for_send_each_once(tmp_path):
    path = tmp_path / "short.gif"
    path.write_bytes(animation("GIF", frames=3))
    frames, times = load_animation_frames(path, 8, side=448)
    assert times == sorted(set(times)) and len(frames) == len(times) <= 3


def test_a_cut_animation_gives_the_frames_it_has_and_a_damaged_one_is_refused_by_name(tmp_path):
    path = tmp_path / "torn.gif"
    data = animation("GIF")
    path.write_bytes(data[: len(data) // 2])  # the first frames, the rest cut off
    frames, _times = load_animation_frames(path, 8, side=448)
    assert 1 <= len(frames) < 8
    path.write_bytes(data[:13] + b"\xff" * 300)  # the header, then no frame at all
    with pytest.raises(MediaError, match="torn.gif"):
        load_animation_frames(path, 8, side=448)
