"""Writes the Word 97–2003 files with pictures that the tests read: ``pictures.doc``, a text with photos shown in
its lines (one of them twice) and an icon; ``scan.doc``, a scanned page pasted as a picture with no text; and
``floating.doc``, photos floating beside paragraphs (one of them also shown in a line) and a floating icon.
LibreOffice saves the flat OpenDocument texts written below as Word 97–2003 files, as a person choosing
"Word 97–2003" in its Save As dialog does: a picture anchored as a character becomes one held in its line of text,
one anchored to a paragraph a shape of the document's drawing. Not run by the tests: the files are kept beside it.

Run it where LibreOffice is installed (``apt install libreoffice-writer-nogui``)::

    python tests/data/office97/make_word_picture_files.py
"""

from __future__ import annotations

import base64
import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).parent))
from make_word_excel_files import HERE, convert  # noqa: E402

_NAMESPACES = " ".join(
    f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}"'
    for prefix, name in (
        ("office", "office:1.0"),
        ("text", "text:1.0"),
        ("draw", "drawing:1.0"),
        ("svg", "svg-compatible:1.0"),
    )
)


def photo(colour: str, size: tuple[int, int]) -> str:
    """A PNG of a ``colour`` box on white, base64-encoded as a flat OpenDocument file embeds a picture."""
    picture = Image.new("RGB", size, "white")
    ImageDraw.Draw(picture).rectangle((8, 8, size[0] - 8, size[1] - 8), fill=colour)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def scanned_page(size: tuple[int, int]) -> str:
    """A PNG of a grey page with lines of "text" on it, base64-encoded: a scanned letter."""
    page = Image.new("L", size, 235)
    draw = ImageDraw.Draw(page)
    for top in range(30, size[1] - 30, 14):
        draw.rectangle((20, top, size[0] - 20 - (top * 7) % 60, top + 5), fill=40)
    buffer = io.BytesIO()
    page.save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def inline(picture: str, width_cm: float, height_cm: float) -> str:
    """A picture sitting in a line of text, as a character does."""
    return (
        f'<draw:frame text:anchor-type="as-char" svg:width="{width_cm}cm" svg:height="{height_cm}cm"><draw:image>'
        f"<office:binary-data>{picture}</office:binary-data></draw:image></draw:frame>"
    )


def floating(picture: str, width_cm: float, height_cm: float) -> str:
    """A picture anchored to its paragraph, floating beside the text."""
    return (
        f'<draw:frame text:anchor-type="paragraph" svg:width="{width_cm}cm" svg:height="{height_cm}cm" '
        f'svg:x="2cm" svg:y="0cm"><draw:image><office:binary-data>{picture}</office:binary-data></draw:image>'
        "</draw:frame>"
    )


def text_document(body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {_NAMESPACES} '
        f'office:mimetype="application/vnd.oasis.opendocument.text">\n<office:body><office:text>\n{body}\n'
        "</office:text></office:body></office:document>\n"
    )


# A report: a heading, a paragraph, a wide photo, text, a tall photo beside the wide one shown again, an icon too
# small to send, and a closing line.
_WIDE, _TALL, _ICON = photo("steelblue", (160, 120)), photo("darkorange", (120, 160)), photo("green", (32, 32))
PICTURES = text_document(
    '<text:h text:outline-level="1">Site visit</text:h>\n'
    "<text:p>The roof was inspected on Monday.</text:p>\n"
    f"<text:p>{inline(_WIDE, 4, 3)}</text:p>\n"
    "<text:p>The gutter is blocked.</text:p>\n"
    f"<text:p>Before {inline(_TALL, 3, 4)} and after {inline(_WIDE, 4, 3)}</text:p>\n"
    f"<text:p>Checked {inline(_ICON, 0.5, 0.5)} by the inspector.</text:p>\n"
    "<text:p>Repairs are due by Friday.</text:p>"
)

# A scanned letter: one picture of the page and no text at all.
SCAN = text_document(f"<text:p>{inline(scanned_page((200, 280)), 10, 14)}</text:p>")

# A house survey: a floor plan floating beside a paragraph, a photo in a line, the floor plan floating again, and a
# floating icon too small to send.
FLOATING = text_document(
    '<text:h text:outline-level="1">House survey</text:h>\n'
    f"<text:p>{floating(_WIDE, 4, 3)}The floor plan is on the right.</text:p>\n"
    "<text:p>The hall was repainted.</text:p>\n"
    f"<text:p>The stairs: {inline(_TALL, 3, 4)}</text:p>\n"
    f"<text:p>{floating(_WIDE, 4, 3)}The plan again, for the upstairs.</text:p>\n"
    f"<text:p>{floating(_ICON, 0.5, 0.5)}Signed by the surveyor.</text:p>"
)


if __name__ == "__main__":
    convert(PICTURES, ".fodt", HERE / "pictures.doc")
    convert(SCAN, ".fodt", HERE / "scan.doc")
    convert(FLOATING, ".fodt", HERE / "floating.doc")
    for made in ("pictures.doc", "scan.doc", "floating.doc"):
        print(made, (HERE / made).stat().st_size, "bytes")
