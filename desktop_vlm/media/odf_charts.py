"""The charts inside OpenDocument texts, spreadsheets and presentations, as text, like those of Office files
(:mod:`.office_charts`): each chart's title, its kind and the values it plots, as a table, where the chart sits.

An OpenDocument chart is a document of its own inside the package (``Object 1/content.xml``), and it keeps the
values it plots in a table of its own (``local-table``: series names across its header row, a category and its
values down each row) even when it is drawn from a sheet's cells, so that table is what the model reads.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from xml.etree import ElementTree

from ..core.errors import MediaError
from ..core.messages import Message
from .office_charts import MAX_CHART_BYTES, MAX_CHART_ROWS, MAX_CHARTS, Chart, table_row
from .ooxml import parse_xml, read_part

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_CHART = "{urn:oasis:names:tc:opendocument:xmlns:chart:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"
# what the chart classes are called in Office's words, where they differ
_COLUMN = re.compile(r"\.\$?([A-Z]{1,3})\$?\d")  # the first column a cell range names: local-table.$C$2:.$C$4 → C
_KINDS = {"circle": "pie", "ring": "doughnut", "filled-radar": "radar"}


class OdfChartReader:
    """Reads the charts of one OpenDocument, the first ``MAX_CHARTS`` within ``MAX_CHART_BYTES`` of chart
    documents in all, each once however often it is shown."""

    def __init__(self, name: str, package: zipfile.ZipFile, what: Message):
        self.name, self.package, self.what = name, package, what
        self.by_path: dict[str, Chart] = {}
        self.spent = 0

    def charts(self, part: ElementTree.Element) -> dict[str, str]:
        """The text of each chart ``part`` shows (a ``draw:object`` holding a chart), by the object's reference,
        as a block of lines to stand where the object does."""
        blocks: dict[str, str] = {}
        for shown in part.iter(f"{DRAW}object"):
            href = shown.get(f"{XLINK}href") or ""
            if href and (lines := self.chart(href)):
                blocks[href] = "\n".join(lines)
        return blocks

    def chart(self, href: str) -> Chart:
        """The lines of the chart the object ``href`` refers to (``./Object 1``); none for another kind of
        object, a missing or damaged one, or one past the bounds."""
        path = posixpath.normpath(posixpath.join(href.removeprefix("./"), "content.xml"))
        if path not in self.by_path:
            self.by_path[path] = self._read(path)
        return self.by_path[path]

    def _read(self, path: str) -> Chart:
        try:
            size = self.package.getinfo(path).file_size
        except KeyError:
            return []
        if len(self.by_path) >= MAX_CHARTS or self.spent + size > MAX_CHART_BYTES:
            return []
        self.spent += size
        try:
            root = parse_xml(self.name, read_part(self.name, self.package, path, self.what))
        except MediaError:
            return []
        chart = root.find(f"{_OFFICE}body/{_OFFICE}chart/{_CHART}chart")
        return chart_text(chart) if chart is not None else []


def chart_text(chart: ElementTree.Element) -> Chart:
    """The lines of a ``chart:chart``: a heading, then its table's rows; none when the table holds no values."""
    table = next((t for t in chart.iter(f"{_TABLE}table") if t.get(f"{_TABLE}name") == "local-table"), None)
    if table is None:
        return []
    rows = [[_value(cell) for cell in row.findall(f"{_TABLE}table-cell")] for row in _rows(table)]
    if len(rows) < 2 or not any(value for row in rows[1:] for value in row[1:]):
        return []
    for column in _x_columns(chart):  # a scatter or bubble chart's x values: headed "x", as Office charts are
        if column < len(rows[0]):
            rows[0][column] = "x"
    kind = (chart.get(f"{_CHART}class") or "").removeprefix("chart:")
    titled = chart.find(f"{_CHART}title")
    title = " ".join(_texts(titled).split()) if titled is not None else ""
    heading = f"{_KINDS.get(kind, kind)} chart" if kind else "chart"
    return [f"[Chart: {title}, {heading}]" if title else f"[Chart: {heading}]", *(table_row(row) for row in rows)]


def _x_columns(chart: ElementTree.Element) -> set[int]:
    """The columns of the chart's table that its series take their x values from (``chart:domain``)."""
    columns = set()
    for domain in chart.iter(f"{_CHART}domain"):
        found = _COLUMN.search(domain.get(f"{_TABLE}cell-range-address") or "")
        if found is not None:
            columns.add(sum(26**k * (ord(letter) - ord("A") + 1) for k, letter in enumerate(reversed(found[1]))) - 1)
    return columns


def _rows(table: ElementTree.Element) -> list[ElementTree.Element]:
    """The table's header row and its first ``MAX_CHART_ROWS`` rows of values (each written once: a chart's own
    table does not repeat rows)."""
    rows: list[ElementTree.Element] = []
    for row in table.iter(f"{_TABLE}table-row"):
        rows.append(row)
        if len(rows) > MAX_CHART_ROWS:
            break
    return rows


def _value(cell: ElementTree.Element) -> str:
    """A cell as the chart shows it: a number without binary noise, a percentage as a percentage, else its text."""
    value = cell.get(f"{_OFFICE}value")
    kind = cell.get(f"{_OFFICE}value-type")
    if value is not None and kind in ("float", "percentage", "currency"):
        try:
            number = float(value)
        except ValueError:
            return value
        return f"{number * 100:.15g}%" if kind == "percentage" else f"{number:.15g}"
    return " ".join(_texts(cell).split())


def _texts(element: ElementTree.Element) -> str:
    """The text of an element's paragraphs, without what a chart hangs on them (``draw:g`` notes of cell ranges)."""
    return " ".join("".join(paragraph.itertext()) for paragraph in element.iter(f"{_TEXT}p"))
