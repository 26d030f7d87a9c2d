"""The text of a PowerPoint presentation (.pptx): each slide in the presentation's order under ``## Slide N``, its
text boxes' paragraphs and its tables' rows, then its speaker notes. Only the presentation, its slides and their
notes are unpacked (see :mod:`.ooxml`).
"""

from __future__ import annotations

import posixpath
from xml.etree import ElementTree

from ..core.errors import MediaError
from ..core.messages import Message
from .office_charts import ChartReader, Shown, chart_block, chart_ids
from .office_pictures import OfficeDocument, load_pictures, marks_for, picture_mark, shown_pictures
from .ooxml import open_package, parse_xml, read_part, related_part, relationships_of

WHAT = Message("a PowerPoint presentation")
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_SLIDE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide"
_NOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide"


def pptx_text(name: str, data: bytes) -> str:
    """The text of the presentation ``name`` holding ``data``.

    Raises
    ------
    MediaError
        Not a ZIP package, no presentation or no slides in it, a part too large, not well formed or with a DOCTYPE.
    """
    return read_pptx(name, data, with_pictures=False).text


def read_pptx(name: str, data: bytes, with_pictures: bool = True) -> OfficeDocument:
    """The text of the presentation ``name`` holding ``data`` and, ``with_pictures``, the pictures its slides
    show (see :mod:`.office_pictures`), each marked in the text under its slide. Raises as :func:`pptx_text`."""
    with open_package(name, data, WHAT) as package:
        presentation = parse_xml(name, read_part(name, package, "ppt/presentation.xml", WHAT))
        targets = related_part(name, package, "ppt/_rels/presentation.xml.rels", {_SLIDE}, "ppt")
        slides = []  # (number, path, slide, its relationships)
        for number, slide_id in enumerate(presentation.iter(f"{_P}sldId"), 1):
            path = targets.get(slide_id.get(f"{_R}id") or "")
            if path is not None:
                rels = related_part(name, package, relationships_of(path), set(), posixpath.dirname(path))
                slides.append((number, path, parse_xml(name, read_part(name, package, path, WHAT)), rels))
        pictures: dict = {}
        if with_pictures:
            shown = [picture for _, _, slide, rels in slides for picture in shown_pictures(slide, rels)]
            pictures = load_pictures(name, package, shown, WHAT)
        numbers = {path: n for n, path in enumerate(pictures, 1)}
        charts = ChartReader(name, package, WHAT)
        sections = []
        for number, path, slide, rels in slides:
            lines = _lines(slide, Shown(marks_for(rels, numbers), charts.charts(chart_ids(slide), rels)))
            notes = related_part(name, package, relationships_of(path), {_NOTES}, posixpath.dirname(path))
            for notes_path in notes.values():
                spoken = [
                    line
                    for line in _lines(parse_xml(name, read_part(name, package, notes_path, WHAT)), Shown())
                    if line
                ]
                if spoken:
                    lines.append("Notes: " + " ".join(spoken))
            sections.append("\n".join([f"## Slide {number}", *(line for line in lines if line)]))
    if not sections:
        raise MediaError(Message("{name} is not a PowerPoint presentation: it has no slides.", name=name))
    return OfficeDocument("\n\n".join(sections), list(pictures.values()))


def _lines(container: ElementTree.Element, shown: Shown) -> list[str]:
    """The paragraphs of every text box in document order, each table's rows as ``| a | b |``, and the mark of
    each picture sent and the lines of each chart where they are."""
    lines: list[str] = []
    for child in container:
        if child.tag == f"{_A}tbl":
            for row in child.findall(f"{_A}tr"):
                cells = [" ".join(filter(None, _lines(cell, shown))) for cell in row.findall(f"{_A}tc")]
                lines.append("| " + " | ".join(cells) + " |")
        elif child.tag == f"{_A}p":
            lines.append(_paragraph(child))
        elif (mark := picture_mark(child, shown.marks)) is not None:
            lines.append(mark)
        elif (chart := chart_block(child, shown.charts)) is not None:
            lines.extend(chart)
        else:
            lines.extend(_lines(child, shown))
    return lines


def _paragraph(paragraph: ElementTree.Element) -> str:
    """A paragraph's runs and line breaks; fields too (a date), but not a slide number's."""
    parts: list[str] = []
    for element in paragraph:
        if element.tag in (f"{_A}r", f"{_A}fld") and element.get("type") != "slidenum":
            parts.append(element.findtext(f"{_A}t") or "")
        elif element.tag == f"{_A}br":
            parts.append("\n")
    return "".join(parts).strip()
