"""The text of an OpenDocument spreadsheet (.ods, as LibreOffice Calc and Google Sheets save): each sheet under
its name, its rows as CSV with the values the spreadsheet shows — the text LibreOffice writes beside every value
(numbers and dates as formatted, formulas' results), else the value itself. Only ``content.xml`` is unpacked, the
way Office files are (:mod:`.ooxml`), and read row by row.

A sheet says "this row 1,048,576 times" and "this cell 16,384 times" to fill its grid: repeats are never
expanded for empty cells and rows, and a repeated row is written at most until the text is as long as a text
file may be.
"""

from __future__ import annotations

import csv
import io
from xml.etree import ElementTree

from ..core.errors import MediaError
from ..core.messages import Message
from .odf_charts import DRAW, XLINK, OdfChartReader
from .odt_text import OFFICE, TABLE, TEXT, inline_text
from .office_pictures import OfficeDocument, PictureLoader
from .ooxml import open_package, read_part, refuse_doctype
from .text_files import MAX_TEXT_BYTES

WHAT = Message("an OpenDocument spreadsheet")
MAX_COLUMNS = 16_384  # LibreOffice's own limit: a row wider than this is damage
_VALUE_ATTRIBUTES = ("value", "date-value", "time-value", "boolean-value", "string-value")


def ods_text(name: str, data: bytes) -> str:
    """The text of the spreadsheet ``name`` holding ``data``: ``## Sheet: <name>`` then its rows as CSV, then the
    charts drawn on it, per sheet.

    Raises
    ------
    MediaError
        Not a ZIP package, no ``content.xml`` or no sheet in it, its XML too large, not well formed or with a
        DOCTYPE.
    """
    return read_ods(name, data, with_pictures=False).text


def read_ods(name: str, data: bytes, with_pictures: bool = True) -> OfficeDocument:
    """The text of the spreadsheet ``name`` holding ``data`` and, ``with_pictures``, the pictures its sheets show
    (see :mod:`.office_pictures`), each marked after its sheet's rows where its charts are. Raises as
    :func:`ods_text`."""
    with open_package(name, data, WHAT) as package:
        xml = read_part(name, package, "content.xml", WHAT)
        refuse_doctype(name, xml)
        charts = OdfChartReader(name, package, WHAT)
        pictures = PictureLoader.in_package(name, package, WHAT, with_pictures)
        sections: list[str] = []
        out = io.StringIO()
        sheet: str | None = None
        drawn: list[str] = []  # the lines of the charts on the sheet being read, after its rows
        written = 0
        try:
            for event, element in ElementTree.iterparse(io.BytesIO(xml), events=("start", "end")):
                if event == "start" and element.tag == f"{TABLE}table" and sheet is None:
                    sheet = element.get(f"{TABLE}name") or f"Sheet {len(sections) + 1}"
                    out, drawn = io.StringIO(), []
                elif event == "end" and element.tag == f"{TABLE}table-row" and sheet is not None:
                    written += _write_row(out, element, MAX_TEXT_BYTES - written)
                    element.clear()  # a row is let go once written: a sheet's markup is many times its values
                elif event == "end" and element.tag == f"{DRAW}object" and sheet is not None:
                    drawn += charts.chart(element.get(f"{XLINK}href") or "")
                elif event == "end" and element.tag == f"{DRAW}image" and sheet is not None:
                    drawn += filter(None, [pictures.mark(element.get(f"{XLINK}href") or "")])
                elif event == "end" and element.tag == f"{TABLE}table" and sheet is not None:
                    sections.append("\n".join([f"## Sheet: {sheet}\n{out.getvalue()}".rstrip("\n"), *drawn]))
                    sheet = None
                if written > MAX_TEXT_BYTES:
                    break
        except ElementTree.ParseError:
            raise MediaError(Message("{name} is damaged: its text cannot be read.", name=name)) from None
    if sheet is not None:  # stopped inside a sheet, past the length a text may have
        sections.append("\n".join([f"## Sheet: {sheet}\n{out.getvalue()}".rstrip("\n"), *drawn]))
    if not sections:
        raise MediaError(Message("{name} is not an OpenDocument spreadsheet: it has no sheets.", name=name))
    return OfficeDocument("\n\n".join(sections), list(pictures.pictures.values()))


def _write_row(out: io.StringIO, row: ElementTree.Element, room: int) -> int:
    """Write ``row`` as CSV to ``out`` as many times as it repeats, within ``room`` characters; the characters
    written. An empty row is not written: blank rows between tables carry nothing."""
    cells: list[str] = []
    empties = 0  # empty cells seen since the last value, written only if a value follows
    for cell in row:
        if cell.tag not in (f"{TABLE}table-cell", f"{TABLE}covered-table-cell"):
            continue
        repeat = _repeat(cell.get(f"{TABLE}number-columns-repeated"))
        value = _value(cell)
        if not value:
            empties += repeat
            continue
        cells += [""] * min(empties, MAX_COLUMNS - len(cells))
        cells += [value] * min(repeat, MAX_COLUMNS - len(cells))
        empties = 0
    if not cells:
        return 0
    line = io.StringIO()
    csv.writer(line, lineterminator="\n").writerow(cells)
    text = line.getvalue()
    times = min(_repeat(row.get(f"{TABLE}number-rows-repeated")), room // len(text) + 1)
    out.write(text * times)
    return len(text) * times


def _value(cell: ElementTree.Element) -> str:
    """What the cell shows: its paragraphs (not its comment's), else its value (a cell written by a program may
    have no text)."""
    paragraphs = [inline_text(p) for p in cell.findall(f"{TEXT}p")]
    if paragraphs:
        return "\n".join(paragraphs)
    for attribute in _VALUE_ATTRIBUTES:
        value = cell.get(f"{OFFICE}{attribute}")
        if value:
            return value
    return ""


def _repeat(value: str | None) -> int:
    """A repeat count: at least 1, at most a sheet's rows (1,048,576)."""
    return max(1, min(2**20, int(value))) if value and value.isdigit() else 1
