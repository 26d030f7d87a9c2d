"""Writes the Kindle books the tests read, as Calibre makes them (most Kindle books without DRM come from its
``ebook-convert``): one small HTML book — two chapters, a Vietnamese passage long enough to cross text records
(its characters split between records), and a chart picture — converted four ways:

- ``harbour.mobi``: MOBI 6, PalmDOC-compressed (Calibre's default for .mobi);
- ``harbour-plain.mobi``: MOBI 6, not compressed (``--dont-compress``);
- ``harbour-joint.mobi``: a MOBI 6 book and a KF8 one in one file (``--mobi-file-type both``, as KindleGen makes);
- ``harbour.azw3``: KF8 alone;
- ``harbour-cover.azw3``: KF8 with a cover picture (Calibre's ``--cover``), which the text does not show.

Not run by the tests: the files are kept beside it. Run it where Calibre is installed (``apt install calibre``),
naming the files to write (all of them without a name)::

    python tests/data/ebooks/make_kindle_files.py [harbour-cover.azw3 ...]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).parent
PASSAGE = " ".join(
    f"Câu {i}: nước lên rồi nước xuống, thuyền về bến Saint-Malo lúc {i % 24} giờ." for i in range(120)
)
BOOK = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour Notes</title></head><body>
<h1>The Moon</h1><p>The Moon pulls the oceans twice a day.</p>
<p><img src="chart.png" alt="Tide heights"/></p>
<p>Heights by month are in the chart above.</p>
<h1>Saint-Malo</h1><p>The range there is 13 m; cafés close at high tide.</p>
<p>{PASSAGE}</p>
<p>The last line of the book: hẹn gặp lại.</p>
</body></html>"""
CONVERSIONS = {
    "harbour.mobi": [],
    "harbour-plain.mobi": ["--dont-compress"],
    "harbour-joint.mobi": ["--mobi-file-type", "both"],
    "harbour.azw3": [],
    "harbour-cover.azw3": ["--cover", "{folder}/cover.png"],
}


def _cover(path: Path) -> None:
    picture = Image.new("RGB", (300, 400), (20, 110, 110))
    ImageDraw.Draw(picture).rectangle([40, 60, 260, 140], fill="white")
    picture.save(path)


def _chart(path: Path) -> None:
    picture = Image.new("RGB", (240, 160), "white")
    draw = ImageDraw.Draw(picture)
    for i, height in enumerate([40, 90, 130, 70]):
        draw.rectangle([20 + i * 55, 150 - height, 60 + i * 55, 150], fill=(30 + 50 * i, 90, 160))
    picture.save(path)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "harbour.html"
        source.write_text(BOOK, encoding="utf-8")
        _chart(Path(folder) / "chart.png")
        _cover(Path(folder) / "cover.png")
        for name in sys.argv[1:] or CONVERSIONS:
            options = [option.format(folder=folder) for option in CONVERSIONS[name]]
            subprocess.run(
                ["ebook-convert", str(source), str(Path(folder) / name), "--title", "Harbour Notes",
                 "--authors", "Lan Nguyễn", *options],
                check=True,
                capture_output=True,
            )  # fmt: skip
            shutil.copyfile(Path(folder) / name, HERE / name)
            print(name, (HERE / name).stat().st_size, "bytes")
