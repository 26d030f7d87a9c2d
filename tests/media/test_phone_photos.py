"""Photos as phones save them: HEIC (an iPhone's camera, decoded through pi-heif) and AVIF (Pillow itself) are
read like any picture — the right way round, whatever the file is called — and a damaged one is refused by name;
and a designer's Photoshop file sends its flattened picture."""

from __future__ import annotations

import io
import shutil
import struct
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind, load_image

HEIC = Path(__file__).parents[1] / "data" / "images" / "photo.heic"  # made by the script beside it


def _avif() -> bytes:
    picture = Image.new("RGB", (160, 120), "red")
    ImageDraw.Draw(picture).rectangle((80, 0, 159, 119), fill="blue")
    buffer = io.BytesIO()
    picture.save(buffer, "AVIF", quality=90)
    return buffer.getvalue()


def _halves(picture: Image.Image) -> tuple[str, str]:
    """Which colour each half of a red-left, blue-right photo came out as."""
    left, right = picture.getpixel((20, 60)), picture.getpixel((140, 60))
    return tuple(
        "red" if c[0] > 200 and c[2] < 50 else "blue" if c[2] > 200 and c[0] < 50 else "?" for c in (left, right)
    )


@pytest.mark.parametrize("name", ["photo.heic", "photo.avif"])
def test_a_phones_photo_is_decoded_the_right_way_round(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(HEIC.read_bytes() if name.endswith(".heic") else _avif())
    picture = load_image(path)
    assert picture.size == (160, 120) and picture.mode == "RGB" and _halves(picture) == ("red", "blue")


@pytest.mark.parametrize("name", ["IMG_0042.HEIC", "IMG_0042.jpg", "IMG_0042"])
def test_an_iphone_photo_is_attached_whatever_it_is_called(tmp_path, name):
    path = tmp_path / name
    shutil.copyfile(HEIC, path)
    assert detect_kind(path) == "image"
    attachment = prepare_file(path)
    assert len(attachment.images) == 1 and _halves(attachment.images[0]) == ("red", "blue")


def test_a_damaged_heic_is_refused_by_name(tmp_path):
    path = tmp_path / "IMG_0043.heic"
    path.write_bytes(HEIC.read_bytes()[: len(HEIC.read_bytes()) // 2])
    with pytest.raises(MediaError, match="IMG_0043.heic"):
        load_image(path)


def _psd(width: int, height: int) -> bytes:
    """A Photoshop file as its format lays one out: a header, empty colour, resource and layer sections, then the
    flattened picture, uncompressed, channel after channel (orange)."""
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, height, width, 8, 3)
    channels = bytes([255]) * (width * height) + bytes([128]) * (width * height) + bytes(width * height)
    return header + struct.pack(">III", 0, 0, 0) + struct.pack(">H", 0) + channels


@pytest.mark.parametrize("name", ["poster.psd", "poster"])
def test_a_photoshop_file_sends_its_flattened_picture(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(_psd(120, 80))
    assert detect_kind(path) == "image"
    attachment = prepare_file(path)
    assert attachment.images[0].size == (120, 80) and attachment.images[0].getpixel((5, 5)) == (255, 128, 0)
