"""Writes ``photo.heic``, the HEIC picture the tests read: a photo as an iPhone saves one (HEVC in a HEIF container),
a 160×120 picture whose left half is red and right half blue, so a test can tell it was decoded the right way round.
The app only decodes HEIC (``pi-heif``, which has no encoder), so the file is written with ``pillow-heif``. Not run
by the tests: the file is kept beside it.

Run it where pillow-heif is installed (``pip install pillow-heif``)::

    python tests/data/images/make_heic_files.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw
from pillow_heif import register_heif_opener

HERE = Path(__file__).parent


def photo() -> Image.Image:
    picture = Image.new("RGB", (160, 120), "red")
    ImageDraw.Draw(picture).rectangle((80, 0, 159, 119), fill="blue")
    return picture


if __name__ == "__main__":
    register_heif_opener()
    photo().save(HERE / "photo.heic", quality=90)
    print("photo.heic", (HERE / "photo.heic").stat().st_size, "bytes")
