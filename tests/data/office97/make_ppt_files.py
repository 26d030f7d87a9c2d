"""Write the PowerPoint 97-2003 presentations (.ppt) in this folder, as LibreOffice Impress saves them.

Run by hand, not by the tests, on a machine with LibreOffice (``soffice`` on the PATH), from the repository root:
``python tests/data/office97/make_ppt_files.py``. Each presentation is written as a flat OpenDocument file
(.fodp) in a temporary folder and converted with ``soffice --headless --convert-to ppt``; the .ppt files are kept
here and the tests read them. The presentations have no master pages of their own (LibreOffice's plain default
is used) and no preview picture is saved, so the files stay a few tens of kilobytes.
"""

from __future__ import annotations

import base64
import io
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
# LibreOffice's settings for the conversion: no preview picture in the file's summary (it would be most of its size).
SETTINGS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
    'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<item oor:path="/org.openoffice.Office.Common/Filter/Microsoft/Export">'
    '<prop oor:name="EnablePowerPointPreview" oor:op="fuse">'
    "<value>false</value></prop></item></oor:items>"
)
NAMESPACES = " ".join(
    f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}:1.0"'
    for prefix, name in [
        ("office", "office"),
        ("draw", "drawing"),
        ("text", "text"),
        ("table", "table"),
        ("presentation", "presentation"),
        ("svg", "svg-compatible"),
    ]
)
# Each colour's photo, drawn once: the same photo placed twice is one picture, as a person pasting it twice makes.
PHOTOS: dict[tuple[str, int, int], str] = {}


def frame(paragraphs: list[str], y: int, kind: str | None = None) -> str:
    """A text frame at ``y`` cm holding ``paragraphs``: a placeholder of the class ``kind`` (title, outline,
    notes) or, with none, an ordinary text box."""
    placeholder = f' presentation:class="{kind}"' if kind else ""
    text = "".join(f"<text:p>{escape(paragraph)}</text:p>" for paragraph in paragraphs)
    return (
        f'<draw:frame{placeholder} svg:x="1cm" svg:y="{y}cm" svg:width="24cm" svg:height="3cm">'
        f"<draw:text-box>{text}</draw:text-box></draw:frame>"
    )


def table(rows: list[list[str]], y: int) -> str:
    """A table of ``rows`` of cells in a frame at ``y`` cm."""
    columns = "<table:table-column/>" * len(rows[0])
    body = "".join(
        "<table:table-row>"
        + "".join(f"<table:table-cell><text:p>{escape(cell)}</text:p></table:table-cell>" for cell in row)
        + "</table:table-row>"
        for row in rows
    )
    return (
        f'<draw:frame svg:x="1cm" svg:y="{y}cm" svg:width="20cm" svg:height="4cm">'
        f"<table:table>{columns}{body}</table:table></draw:frame>"
    )


def photo(colour: str, width: int, height: int, x: int, y: int) -> str:
    """A picture frame at (``x``, ``y``) cm showing a PNG of a ``colour`` box on white, ``width`` by ``height``
    pixels, embedded as a flat OpenDocument file embeds a picture."""
    key = (colour, width, height)
    if key not in PHOTOS:
        picture = Image.new("RGB", (width, height), "white")
        ImageDraw.Draw(picture).rectangle((4, 4, width - 5, height - 5), fill=colour)
        buffer = io.BytesIO()
        picture.save(buffer, "PNG")
        PHOTOS[key] = base64.b64encode(buffer.getvalue()).decode()
    return (
        f'<draw:frame svg:x="{x}cm" svg:y="{y}cm" svg:width="{width / 20}cm" svg:height="{height / 20}cm">'
        f"<draw:image><office:binary-data>{PHOTOS[key]}</office:binary-data></draw:image></draw:frame>"
    )


def slide(number: int, shapes: str, notes: list[str] | None = None) -> str:
    """A slide holding ``shapes``, with speaker ``notes`` when given."""
    spoken = f"<presentation:notes>{frame(notes, 15, 'notes')}</presentation:notes>" if notes else ""
    return f'<draw:page draw:name="page{number}">{shapes}{spoken}</draw:page>'


def presentation(slides: list[str]) -> str:
    """A flat OpenDocument presentation of ``slides``."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NAMESPACES} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.presentation">'
        f"<office:body><office:presentation>{''.join(slides)}</office:presentation></office:body></office:document>"
    )


PRESENTATIONS = {
    # Placeholders (title and outline), an ordinary text box, a table, an empty slide and speaker notes.
    "review": presentation(
        [
            slide(
                1,
                frame(["Quarterly review"], 1, "title") + frame(["Revenue rose 12%", "Costs fell"], 5, "outline"),
                ["Start with the good news.", "Then the costs."],
            ),
            slide(
                2,
                frame(["Sales by region"], 1, "title")
                + table([["Region", "Sales"], ["North", "1,200"], ["South", "950"]], 5)
                + frame(["Figures in thousands"], 11),
            ),
            slide(3, ""),
            slide(4, frame(["Next steps"], 1), ["Ask for questions."]),
        ]
    ),
    # Vietnamese and Chinese text (two bytes a character in the file) beside plain ASCII (one byte).
    "languages": presentation(
        [
            slide(
                1,
                frame(["Xin chào thế giới"], 1, "title") + frame(["Tiếng Việt có dấu", "中文文本"], 5, "outline"),
                ["Ghi chú của người nói: 谢谢"],
            ),
            slide(2, frame(["Plain ASCII text box"], 1)),
        ]
    ),
    # Pictures: a photo, the same photo again beside a second one, and an icon too small to send.
    "photos": presentation(
        [
            slide(1, frame(["Site visit"], 1, "title") + photo("steelblue", 160, 120, 2, 5)),
            slide(
                2,
                frame(["Before and after"], 1)
                + photo("steelblue", 160, 120, 2, 5)
                + photo("darkorange", 120, 160, 14, 5)
                + frame(["Both taken in May"], 14),
            ),
            slide(3, frame(["Contact"], 1) + photo("seagreen", 32, 32, 2, 5)),
        ]
    ),
}


def main() -> None:
    """Convert every presentation to a .ppt file in this folder and print its size."""
    with tempfile.TemporaryDirectory() as folder:
        settings = Path(folder) / "profile" / "user" / "registrymodifications.xcu"
        settings.parent.mkdir(parents=True)
        settings.write_text(SETTINGS, encoding="utf-8")
        sources = []
        for name, source in PRESENTATIONS.items():
            path = Path(folder) / f"{name}.fodp"
            path.write_text(source, encoding="utf-8")
            sources.append(str(path))
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile", "--convert-to", "ppt"]
            + ["--outdir", str(HERE), *sources],
            check=True,
        )
    for name in PRESENTATIONS:
        print(f"{name}.ppt: {(HERE / f'{name}.ppt').stat().st_size} bytes")


if __name__ == "__main__":
    main()
