"""The text of an Excel workbook (.xlsx): each sheet under its name, its rows as CSV with the values Excel shows
for them — shared and inline strings, numbers, booleans, errors, the cached results of formulas, and dates where
the cell's number format is a date. Only the workbook, its sheets, the shared strings and the styles are unpacked
(see :mod:`.ooxml`).
"""

from __future__ import annotations

import csv
import datetime
import io
import posixpath
import re
import zipfile
from xml.etree import ElementTree

from ..core.errors import MediaError
from ..core.messages import Message
from .office_charts import ChartReader, chart_block, chart_ids
from .office_pictures import OfficeDocument, PictureLoader
from .ooxml import open_package, parse_xml, read_part, refuse_doctype, related_part, relationships_of
from .text_files import MAX_TEXT_BYTES

WHAT = Message("an Excel workbook")
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# Excel's built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30)
_BUILTIN_DATE_FORMATS = {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47}
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"
_CELL_REFERENCE = re.compile(r"([A-Z]{1,3})(\d+)$")
MAX_COLUMNS = 16_384  # Excel's own limit (XFD): a reference past it is damage


def xlsx_text(name: str, data: bytes) -> str:
    """The text of the workbook ``name`` holding ``data``: ``## Sheet: <name>`` then its rows as CSV, then the
    charts drawn on it, per sheet.

    Raises
    ------
    MediaError
        Not a ZIP package, no workbook in it, a part too large, not well formed, with a DOCTYPE, or a cell that
        refers to a shared string the workbook does not have.
    """
    return read_xlsx(name, data, with_pictures=False).text


def read_xlsx(name: str, data: bytes, with_pictures: bool = True) -> OfficeDocument:
    """The text of the workbook ``name`` holding ``data`` and, ``with_pictures``, the pictures its sheets show
    (see :mod:`.office_pictures`), each marked after its sheet's rows where its charts are. Raises as
    :func:`xlsx_text`."""
    with open_package(name, data, WHAT) as package:
        workbook = parse_xml(name, read_part(name, package, "xl/workbook.xml", WHAT))
        targets = related_part(name, package, "xl/_rels/workbook.xml.rels", set(), "xl")
        shared = _shared_strings(name, package)
        date_styles = _date_styles(name, package)
        epoch = _epoch(workbook)
        charts = ChartReader(name, package, WHAT)
        pictures = PictureLoader.in_package(name, package, WHAT, with_pictures)
        sections = []
        for sheet in workbook.iter(f"{_S}sheet"):
            path = targets.get(sheet.get(f"{_R}id") or "")
            if path is None:
                continue
            rows, drawings = _rows(name, read_part(name, package, path, WHAT), shared, date_styles, epoch)
            drawn = _drawn_on_sheet(name, package, path, drawings, charts, pictures)
            section = f"## Sheet: {sheet.get('name') or posixpath.basename(path)}\n{rows}".rstrip("\n")
            sections.append("\n".join([section, *drawn]))
    if not sections:
        raise MediaError(Message("{name} is not an Excel workbook: it has no sheets.", name=name))
    return OfficeDocument("\n\n".join(sections), list(pictures.pictures.values()))


def _shared_strings(name: str, package: zipfile.ZipFile) -> list[str]:
    """The workbook's shared strings (a rich-text string's runs joined, its phonetic guides left out)."""
    if "xl/sharedStrings.xml" not in package.namelist():
        return []
    root = parse_xml(name, read_part(name, package, "xl/sharedStrings.xml", WHAT))
    strings = []
    for item in root.iter(f"{_S}si"):
        strings.append("".join(t.text or "" for t in _texts_outside_phonetics(item)))
    return strings


def _texts_outside_phonetics(item: ElementTree.Element) -> list[ElementTree.Element]:
    direct = [child for child in item if child.tag == f"{_S}t"]
    runs = [t for run in item.findall(f"{_S}r") for t in run.findall(f"{_S}t")]
    return direct + runs


def _date_styles(name: str, package: zipfile.ZipFile) -> set[int]:
    """The indices of the cell styles whose number format shows a date or time."""
    if "xl/styles.xml" not in package.namelist():
        return set()
    root = parse_xml(name, read_part(name, package, "xl/styles.xml", WHAT))
    custom_dates = set()
    for number_format in root.iter(f"{_S}numFmt"):
        code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", number_format.get("formatCode") or "")  # quoted text, colours
        if re.search(r"[dmyhs]", code, re.IGNORECASE):
            custom_dates.add(_whole(number_format.get("numFmtId")))
    cell_formats = root.find(f"{_S}cellXfs")
    styles = cell_formats.findall(f"{_S}xf") if cell_formats is not None else []
    return {
        index
        for index, style in enumerate(styles)
        if (format_id := _whole(style.get("numFmtId"))) in _BUILTIN_DATE_FORMATS or format_id in custom_dates
    }


def _epoch(workbook: ElementTree.Element) -> datetime.datetime:
    """Day 0 of the workbook's serial dates: 1899-12-30 in the 1900 system (right from March 1900 on, as Excel
    counts a 29 February 1900 that never was), or 1904-01-01 where the workbook says so (old Mac Excel)."""
    properties = workbook.find(f"{_S}workbookPr")
    if properties is not None and properties.get("date1904") in ("1", "true"):
        return datetime.datetime(1904, 1, 1)
    return datetime.datetime(1899, 12, 30)


def _drawn_on_sheet(
    name: str, package: zipfile.ZipFile, path: str, drawings: list[str], charts: ChartReader, pictures: PictureLoader
) -> list[str]:
    """The lines of the charts and the marks of the pictures drawn on the sheet at ``path`` (``drawings``: the
    relationship ids of its drawings), in the order each drawing lists them."""
    sheet_drawings = related_part(name, package, relationships_of(path), {_DRAWING}, posixpath.dirname(path))
    lines: list[str] = []
    for drawing_path in (sheet_drawings[d] for d in drawings if d in sheet_drawings):
        try:
            drawing = parse_xml(name, read_part(name, package, drawing_path, WHAT))
        except MediaError:
            continue  # a damaged drawing: the sheet's cells still go
        targets = related_part(name, package, relationships_of(drawing_path), set(), posixpath.dirname(drawing_path))
        found = charts.charts(chart_ids(drawing), targets)
        for element in drawing.iter():
            if (chart := chart_block(element, found)) is not None:
                lines += chart
            elif element.tag == f"{_A}blip" and (shown := targets.get(element.get(f"{_R}embed") or "")):
                lines += filter(None, [pictures.mark(shown)])
    return lines


def _rows(
    name: str, xml: bytes, shared: list[str], date_styles: set[int], epoch: datetime.datetime
) -> tuple[str, list[str]]:
    """A sheet's rows as CSV, each cell in its column (cells Excel left out are empty), trailing blanks dropped;
    and the relationship ids of the drawings on it (where its charts are).

    The sheet is read row by row, each row let go once written, and reading stops past ``MAX_TEXT_BYTES``
    characters: a sheet's markup is many times its values, and no context holds more."""
    refuse_doctype(name, xml)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    drawings: list[str] = []
    try:
        for _event, row in ElementTree.iterparse(io.BytesIO(xml)):
            if row.tag == f"{_S}drawing":
                drawings.append(row.get(f"{_R}id") or "")
            if row.tag != f"{_S}row":
                continue
            values: dict[int, str] = {}
            next_column = 0
            for cell in row.findall(f"{_S}c"):
                column = _column(cell.get("r"), next_column)
                values[column] = _value(name, cell, shared, date_styles, epoch)
                next_column = column + 1
            row.clear()
            cells = [values.get(c, "") for c in range(max(values, default=-1) + 1)]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                writer.writerow(cells)
            if out.tell() > MAX_TEXT_BYTES:
                break
    except ElementTree.ParseError:
        raise MediaError(Message("{name} is damaged: its text cannot be read.", name=name)) from None
    return out.getvalue(), drawings


def _column(reference: str | None, default: int) -> int:
    """The 0-based column of a reference like "C7"; ``default`` (the next column) when it has none."""
    match = _CELL_REFERENCE.match(reference or "")
    if match is None:
        return default
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - ord("A") + 1
    return min(column - 1, MAX_COLUMNS - 1)


def _value(
    name: str, cell: ElementTree.Element, shared: list[str], date_styles: set[int], epoch: datetime.datetime
) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(f"{_S}is")
        return "".join(t.text or "" for t in _texts_outside_phonetics(inline)) if inline is not None else ""
    raw = cell.findtext(f"{_S}v") or ""
    if kind == "s":
        index = _whole(raw)
        if not 0 <= index < len(shared):
            raise MediaError(Message("{name} is damaged: a cell refers to text the workbook does not have.", name=name))
        return shared[index]
    if kind == "b":
        return "TRUE" if raw.strip() == "1" else "FALSE"
    if kind in ("e", "str") or not raw:
        return raw
    try:
        number = float(raw)
    except ValueError:
        return raw
    if _whole(cell.get("s")) in date_styles and 0 <= number < 2_958_466:  # up to 9999-12-31
        moment = epoch + datetime.timedelta(days=number)
        moment = moment.replace(microsecond=0) + datetime.timedelta(seconds=round(moment.microsecond / 1e6))
        return moment.date().isoformat() if moment.time() == datetime.time() else moment.isoformat(sep=" ")
    return f"{number:.15g}"  # what Excel shows in General: no binary noise (0.1 + 0.2 is 0.3)


def _whole(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        return -1
