"""The text of an OpenDocument presentation (.odp, as LibreOffice Impress and Google Slides save): each slide in
order under ``## Slide N``, the paragraphs, lists and tables of its text boxes and shapes, then its speaker notes
— the same shape as a PowerPoint presentation's text. Only ``content.xml`` is unpacked (see :mod:`.ooxml`).
"""

from __future__ import annotations

from ..core.errors import MediaError
from ..core.messages import Message
from .odf_charts import OdfChartReader
from .odt_text import OFFICE, SKIPPED, block_lines, image_marks, shown_images
from .office_pictures import OfficeDocument, load_pictures
from .ooxml import open_package, parse_xml, read_part

WHAT = Message("an OpenDocument presentation")
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_PRESENTATION = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
_OUTSIDE_SLIDE = SKIPPED | {f"{_PRESENTATION}notes"}  # the notes follow the slide's own text


def odp_text(name: str, data: bytes) -> str:
    """The text of the presentation ``name`` holding ``data``.

    Raises
    ------
    MediaError
        Not a ZIP package, no ``content.xml`` or no slides in it, its XML too large, not well formed or with a
        DOCTYPE.
    """
    return read_odp(name, data, with_pictures=False).text


def read_odp(name: str, data: bytes, with_pictures: bool = True) -> OfficeDocument:
    """The text of the presentation ``name`` holding ``data`` and, ``with_pictures``, the pictures its slides
    show (see :mod:`.office_pictures`), each marked where it sits. Raises as :func:`odp_text`."""
    with open_package(name, data, WHAT) as package:
        root = parse_xml(name, read_part(name, package, "content.xml", WHAT))
        body = root.find(f"{OFFICE}body/{OFFICE}presentation")
        slides = body.findall(f"{_DRAW}page") if body is not None else []
        shown = [path for slide in slides for path in shown_images(slide)]
        pictures = load_pictures(name, package, shown, WHAT) if with_pictures else {}
        charts = OdfChartReader(name, package, WHAT).charts(root)
    if not slides:
        raise MediaError(Message("{name} is not an OpenDocument presentation: it has no slides.", name=name))
    marks = image_marks(pictures) | charts
    sections = []
    for number, slide in enumerate(slides, 1):
        lines = block_lines(slide, False, _OUTSIDE_SLIDE, marks)
        spoken = [line for notes in slide.findall(f"{_PRESENTATION}notes") for line in block_lines(notes, False)]
        if any(spoken):
            lines.append("Notes: " + " ".join(line for line in spoken if line))
        sections.append("\n".join([f"## Slide {number}", *(line for line in lines if line)]))
    return OfficeDocument("\n\n".join(sections), list(pictures.values()))
