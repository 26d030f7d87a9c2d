"""Photos as phones save them: HEIC (an iPhone's camera, decoded through pi-heif) and AVIF (Pillow itself) are
read like any picture — the right way round, whatever the file is called — and a damaged one is refused by name."""

from __future__ import annotations

import io
import shutil
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
