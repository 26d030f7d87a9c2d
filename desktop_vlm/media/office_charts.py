"""The charts inside Word documents, PowerPoint presentations and Excel workbooks, as text: each chart's title, its
kind and the data it plots, as a table, where the chart sits. A chart made in Office is not a picture: it is a
part of its own holding the numbers it was drawn from (the values its cells had when it was last saved), so the
model can read the numbers exactly instead of not seeing the chart at all.

A chart becomes::

    [Chart: Sales by region, column chart]
    | Region | 2025 | 2026 |
    | North | 1200 | 1300 |

categories down, one column per series; a scatter or bubble chart gives each series' points as ``| x | y |`` rows.
Charts saved without their values (rare: only a reference to cells) and Office 2016's new kinds (waterfall,
treemap…, kept in another format) are left out.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.etree import ElementTree

from ..core.errors import MediaError
from ..core.messages import Message
from .ooxml import MAX_PART_BYTES, parse_xml, read_part

_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
CHART_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
MAX_CHARTS = 32  # a document's charts read at most, in the order they appear
MAX_CHART_ROWS = 1000  # a chart's rows given: past a thousand points a chart is a picture of a table, not a summary
MAX_CHART_BYTES = MAX_PART_BYTES  # all of a document's chart parts together
_POINT_SERIES = frozenset({"scatter", "bubble"})  # kinds whose series are (x, y) points, not values by category
Chart = list[str]  # a chart's lines of text


def chart_ids(part: ElementTree.Element) -> list[str]:
    """The relationship ids of the charts a part shows, in its order."""
    return [chart.get(f"{_R}id") or "" for chart in part.iter(f"{_C}chart")]


class ChartReader:
    """Reads the charts of one document, the first ``MAX_CHARTS`` of them within ``MAX_CHART_BYTES`` of chart
    parts in all, each part once however often it is shown."""

    def __init__(self, name: str, package: zipfile.ZipFile, what: Message):
        self.name, self.package, self.what = name, package, what
        self.by_path: dict[str, Chart] = {}
        self.spent = 0

    def charts(self, shown: Iterable[str], relationships: dict[str, str]) -> dict[str, Chart]:
        """The text of each chart ``shown`` (relationship ids of a part, in order) that has data, by relationship
        id (``relationships``: the part's, to package paths). A damaged or missing chart is left out."""
        charts: dict[str, Chart] = {}
        for rel_id in dict.fromkeys(shown):
            path = relationships.get(rel_id)
            if path is not None and path not in self.by_path:
                self.by_path[path] = self._read(path)
            if path is not None and self.by_path[path]:
                charts[rel_id] = self.by_path[path]
        return charts

    def _read(self, path: str) -> Chart:
        try:
            size = self.package.getinfo(path).file_size
        except KeyError:
            return []
        if len(self.by_path) >= MAX_CHARTS or self.spent + size > MAX_CHART_BYTES:
            return []
        self.spent += size
        try:
            return chart_text(parse_xml(self.name, read_part(self.name, self.package, path, self.what)))
        except MediaError:
            return []


@dataclass(frozen=True)
class Shown:
    """What stands in a part's text for the pictures and charts it shows, by relationship id: the mark of each
    picture sent (see :mod:`.office_pictures`), the lines of each chart."""

    marks: dict[str, str] = field(default_factory=dict)
    charts: dict[str, Chart] = field(default_factory=dict)


def chart_block(element: ElementTree.Element, charts: dict[str, Chart]) -> Chart | None:
    """The lines of the chart ``element`` shows, when it is a ``c:chart`` of a chart read (``charts``)."""
    if element.tag != f"{_C}chart":
        return None
    return charts.get(element.get(f"{_R}id") or "")


def chart_text(space: ElementTree.Element) -> Chart:
    """The lines of a chart part (its ``c:chartSpace``): a heading, then its data; none when it holds no values."""
    chart = space.find(f"{_C}chart")
    plot = chart.find(f"{_C}plotArea") if chart is not None else None
    if chart is None or plot is None:
        return []
    plots = [element for element in plot if element.tag.endswith("Chart") and element.tag.startswith(_C)]
    kinds = list(dict.fromkeys(_kind(element) for element in plots))
    series = [s for element in plots for s in element.findall(f"{_C}ser")]
    if any(_kind(element) in _POINT_SERIES for element in plots):
        rows = _point_rows(series)
    else:
        rows = _category_rows(series, _axis_title(plot))
    if not rows:
        return []
    title = _title(chart.find(f"{_C}title"))
    heading = f"{' and '.join(kinds)} chart" if kinds else "chart"
    return [f"[Chart: {title}, {heading}]" if title else f"[Chart: {heading}]", *rows]


def _kind(plot: ElementTree.Element) -> str:
    """What a plot is called: "column", "bar", "line", "pie", "doughnut", "scatter"…"""
    kind = plot.tag.removeprefix(_C).removesuffix("Chart").removesuffix("3D")
    if kind == "bar":
        direction = plot.find(f"{_C}barDir")
        return "column" if direction is not None and direction.get("val") == "col" else "bar"
    return {"ofPie": "pie", "doughnut": "doughnut"}.get(kind, kind)


def _category_rows(series: list[ElementTree.Element], axis: str) -> list[str]:
    """The series side by side, a row per category: ``| category | value | value |``."""
    named = [(_series_name(s, k), _values(s.find(f"{_C}val"))) for k, s in enumerate(series, 1)]
    named = [(name, column) for name, column in named if column]  # a series left without values plots nothing
    if not named:
        return []
    columns = [column for _, column in named]
    categories = next((found for s in series if (found := _values(s.find(f"{_C}cat")))), {})
    count = max(max(column, default=-1) for column in [*columns, categories]) + 1
    header = [axis, *(name for name, _ in named)]
    rows = [table_row(header)]
    for index in range(count):  # at most MAX_CHART_ROWS: no point past it is kept
        rows.append(table_row([categories.get(index, str(index + 1)), *(column.get(index, "") for column in columns)]))
    return rows


def _point_rows(series: list[ElementTree.Element]) -> list[str]:
    """Each series' points: its name, then ``| x | y |`` rows; about ``MAX_CHART_ROWS`` rows in all."""
    rows: list[str] = []
    for number, one in enumerate(series, 1):
        xs, ys = _values(one.find(f"{_C}xVal")), _values(one.find(f"{_C}yVal"))
        if not ys or len(rows) >= MAX_CHART_ROWS:
            continue
        rows.append(f"{_series_name(one, number)}:")
        rows.append(table_row(["x", "y"]))
        rows += [table_row([xs.get(index, str(index + 1)), value]) for index, value in sorted(ys.items())]
    return rows


def _values(data: ElementTree.Element | None) -> dict[int, str]:
    """The points a series' data keeps, by index: the cached values of a cell reference or literal values, numbers
    as a spreadsheet shows them (percentages as percentages); a category of several levels gives its innermost."""
    if data is None:
        return {}
    level = data.find(f".//{_C}lvl")  # a multi-level category: its first level is the innermost
    holder = level if level is not None else data
    code = holder.findtext(f".//{_C}formatCode") or ""
    points: dict[int, str] = {}
    for point in holder.iter(f"{_C}pt"):
        index, value = _whole(point.get("idx")), (point.findtext(f"{_C}v") or "").strip()
        if 0 <= index < MAX_CHART_ROWS and value:  # a blank point is no point
            points[index] = _shown(value, point.get("formatCode") or code)
    return points


def _shown(value: str, format_code: str) -> str:
    """A cached value as the chart shows it: numbers without binary noise, a percentage format as a percentage."""
    try:
        number = float(value)
    except ValueError:
        return value.strip()
    if format_code.rstrip().endswith("%"):
        return f"{number * 100:.15g}%"
    return f"{number:.15g}"


def _series_name(series: ElementTree.Element, number: int) -> str:
    """A series' name as the legend shows it, or "Series N" as Office calls one without."""
    text = series.find(f"{_C}tx")
    found = "".join(t.text or "" for t in text.iter(f"{_C}v")) if text is not None else ""
    return found.strip() or f"Series {number}"


def _title(title: ElementTree.Element | None) -> str:
    """A title's text: typed in the chart (rich text) or taken from a cell."""
    if title is None:
        return ""
    rich = "".join(t.text or "" for t in title.iter(f"{_A}t"))
    return " ".join((rich or "".join(v.text or "" for v in title.iter(f"{_C}v"))).split())


def _axis_title(plot: ElementTree.Element) -> str:
    """The category axis' title, which heads the categories' column."""
    axis = plot.find(f"{_C}catAx")
    if axis is None:
        axis = plot.find(f"{_C}dateAx")
    return _title(axis.find(f"{_C}title")) if axis is not None else ""


def table_row(cells: list[str]) -> str:
    """A row of a chart's table: ``| a | b |``, each cell on one line."""
    return "| " + " | ".join(" ".join(cell.split()) for cell in cells) + " |"


def _whole(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        return -1
