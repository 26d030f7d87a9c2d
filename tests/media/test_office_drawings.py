"""The charts inside Word, PowerPoint and Excel files and OpenDocument texts, presentations and spreadsheets reach
the model as text — their title, kind and the values they plot — where they sit, and the pictures drawn on a
spreadsheet's sheets go with its text: the files LibreOffice writes with charts and pictures
(``tests/data/office_drawings/``, made by the script beside them), and chart parts written here for what those lack."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import olefile
import pytest

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.messages import Message
from desktop_vlm.media import odf_charts, office_charts, office_pictures, xls_pictures
from desktop_vlm.media.attachment_kinds.office97 import read_office97
from desktop_vlm.media.docx_text import docx_text
from desktop_vlm.media.odp_text import odp_text
from desktop_vlm.media.ods_text import ods_text, read_ods
from desktop_vlm.media.odt_text import odt_text
from desktop_vlm.media.office_charts import MAX_CHART_ROWS, ChartReader, chart_text
from desktop_vlm.media.office_pictures import OfficeDocument
from desktop_vlm.media.pptx_text import pptx_text
from desktop_vlm.media.xlsx_text import read_xlsx, xlsx_text

DATA = Path(__file__).parents[1] / "data" / "office_drawings"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def test_a_workbooks_chart_follows_the_sheet_it_is_drawn_on():
    assert xlsx_text("sales.xlsx", (DATA / "sales.xlsx").read_bytes()) == (
        "## Sheet: Sales\n"
        "Region,2025,2026\n"
        "North,1200,1300\n"
        "South,950,990.5\n"
        "[Chart: Sales by region, column chart]\n"
        "|  | 2025 | 2026 |\n"
        "| North | 1200 | 1300 |\n"
        "| South | 950 | 990.5 |"
    )


def test_a_documents_charts_stand_where_they_sit_between_its_paragraphs():
    assert docx_text("report.docx", (DATA / "report.docx").read_bytes()) == (
        "Visitors rose every quarter.\n"
        "[Chart: Visitors, line chart]\n"
        "|  | Web | Shop |\n"
        "| Q1 | 310 | 120 |\n"
        "| Q2 | 355 | 131 |\n"
        "| Q3 | 402 | 150 |\n"
        "[Chart: Where they came from, pie chart]\n"
        "|  | Share |\n"
        "| Search | 55 |\n"
        "| Direct | 30 |\n"
        "| Social | 15 |\n"
        "Next year we open a second shop."
    )


def test_a_slides_scatter_chart_gives_its_points():
    assert pptx_text("review.pptx", (DATA / "review.pptx").read_bytes()) == (
        "## Slide 1\n"
        "Price and demand\n\n"
        "## Slide 2\n"
        "[Chart: Demand by price, scatter chart]\n"
        "Units:\n"
        "| x | y |\n"
        "| 1.5 | 900 |\n"
        "| 2 | 700 |\n"
        "| 2.5 | 420 |"
    )


def test_opendocument_charts_stand_where_they_sit_too():
    assert ods_text("sales.ods", (DATA / "sales.ods").read_bytes()) == (
        "## Sheet: Sales\n"
        "Region,2025,2026\n"
        "North,1200,1300\n"
        "South,950,990.5\n"
        "[Chart: Sales by region, bar chart]\n"
        "|  | 2025 | 2026 |\n"
        "| North | 1200 | 1300 |\n"
        "| South | 950 | 990.5 |"
    )
    # the report, saved by LibreOffice from the Word file: the same text
    assert odt_text("report.odt", (DATA / "report.odt").read_bytes()) == docx_text(
        "report.docx", (DATA / "report.docx").read_bytes()
    )
    assert odp_text("review.odp", (DATA / "review.odp").read_bytes()) == (
        "## Slide 1\n"
        "Price and demand\n\n"
        "## Slide 2\n"
        "[Chart: Demand by price, scatter chart]\n"
        "| x | Units |\n"
        "| 1.5 | 900 |\n"
        "| 2 | 700 |\n"
        "| 2.5 | 420 |"
    )


def test_an_opendocument_with_a_damaged_chart_still_gives_its_text():
    source = zipfile.ZipFile(io.BytesIO((DATA / "report.odt").read_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for info in source.infolist():
            damaged = info.filename.endswith("content.xml") and info.filename != "content.xml"
            package.writestr(info.filename, b"<office:document-content" if damaged else source.read(info))
    # the charts' paragraphs are left empty, as a paragraph holding a picture not sent is
    assert (
        odt_text("report.odt", buffer.getvalue())
        == "Visitors rose every quarter.\n\n\nNext year we open a second shop."
    )


def test_an_attached_report_sends_its_charts_with_its_text(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes((DATA / "report.docx").read_bytes())
    attachment = prepare_file(path, question="How many visitors came to the shop in Q2?")
    assert attachment.text is not None and "| Q2 | 355 | 131 |" in attachment.text


# ---------------------------------------------------------------- chart parts written here
def _chart(plot: str, title: str = "") -> ElementTree.Element:
    heading = f"<c:title><c:tx><c:rich><a:p><a:r><a:t>{title}</a:t></a:r></a:p></c:rich></c:tx></c:title>"
    return ElementTree.fromstring(
        f'<c:chartSpace xmlns:c="{C}" xmlns:a="{A}"><c:chart>{heading if title else ""}'
        f"<c:plotArea>{plot}</c:plotArea></c:chart></c:chartSpace>"
    )


def _numbers(values: list[float | str], code: str = "General") -> str:
    points = "".join(f'<c:pt idx="{k}"><c:v>{v}</c:v></c:pt>' for k, v in enumerate(values))
    return f"<c:numRef><c:f>Sheet1!$B$2</c:f><c:numCache><c:formatCode>{code}</c:formatCode>{points}</c:numCache></c:numRef>"


def _strings(values: list[str]) -> str:
    points = "".join(f'<c:pt idx="{k}"><c:v>{v}</c:v></c:pt>' for k, v in enumerate(values))
    return f"<c:strRef><c:f>Sheet1!$A$2</c:f><c:strCache>{points}</c:strCache></c:strRef>"


def _series(name: str, categories: str, values: str) -> str:
    named = f"<c:tx><c:v>{name}</c:v></c:tx>" if name else ""
    return f"<c:ser>{named}<c:cat>{categories}</c:cat><c:val>{values}</c:val></c:ser>"


def test_percentages_are_shown_as_percentages_and_a_combined_chart_names_both_kinds():
    months = _strings(["Jan", "Feb"])
    chart = _chart(
        f'<c:barChart><c:barDir val="bar"/>{_series("Orders", months, _numbers([120, 95]))}</c:barChart>'
        f"<c:lineChart>{_series('Returned', months, _numbers([0.05, 0.125], '0.0%'))}</c:lineChart>"
        "<c:catAx><c:title><c:tx><c:rich><a:p><a:r><a:t>Month</a:t></a:r></a:p></c:rich></c:tx></c:title></c:catAx>",
        "Orders and returns",
    )
    assert chart_text(chart) == [
        "[Chart: Orders and returns, bar and line chart]",
        "| Month | Orders | Returned |",
        "| Jan | 120 | 5% |",
        "| Feb | 95 | 12.5% |",
    ]


def test_a_series_without_a_name_or_categories_is_numbered_as_office_numbers_it():
    chart = _chart(f"<c:areaChart><c:ser><c:val>{_numbers([1, 2])}</c:val></c:ser></c:areaChart>")
    assert chart_text(chart) == ["[Chart: area chart]", "|  | Series 1 |", "| 1 | 1 |", "| 2 | 2 |"]


def test_categories_of_several_levels_give_their_innermost():
    levels = (
        '<c:multiLvlStrRef><c:multiLvlStrCache><c:lvl><c:pt idx="0"><c:v>Q1</c:v></c:pt><c:pt idx="1"><c:v>Q2</c:v>'
        '</c:pt></c:lvl><c:lvl><c:pt idx="0"><c:v>2026</c:v></c:pt></c:lvl></c:multiLvlStrCache></c:multiLvlStrRef>'
    )
    chart = _chart(f'<c:barChart><c:barDir val="col"/>{_series("Sales", levels, _numbers([3, 4]))}</c:barChart>')
    assert chart_text(chart)[2:] == ["| Q1 | 3 |", "| Q2 | 4 |"]


def test_a_chart_kept_without_its_values_is_left_out():
    empty = "<c:numRef><c:f>Sheet1!$B$2:$B$9</c:f></c:numRef>"  # the reference alone, no cached values
    assert chart_text(_chart(f"<c:pieChart>{_series('Share', _strings(['a']), empty)}</c:pieChart>", "Pie")) == []
    assert chart_text(ElementTree.fromstring(f'<c:chartSpace xmlns:c="{C}"/>')) == []


def test_a_chart_gives_at_most_its_first_thousand_rows():
    values = _numbers(list(range(MAX_CHART_ROWS + 500)))
    rows = chart_text(_chart(f"<c:lineChart>{_series('Load', '', values)}</c:lineChart>"))
    assert len(rows) == 2 + MAX_CHART_ROWS and rows[-1] == f"| {MAX_CHART_ROWS} | {MAX_CHART_ROWS - 1} |"
    some = _numbers(list(range(400)))
    points = f"<c:ser><c:xVal>{some}</c:xVal><c:yVal>{some}</c:yVal></c:ser>"
    scattered = chart_text(_chart(f"<c:scatterChart>{points * 4}</c:scatterChart>"))
    assert len(scattered) == 1 + 3 * (2 + 400)  # the series begun under the bound, each whole


# ---------------------------------------------------------------- reading a document's charts
def _package(parts: dict[str, bytes]) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for path, data in parts.items():
            package.writestr(path, data)
    return zipfile.ZipFile(buffer)


def _chart_part(title: str) -> bytes:
    return ElementTree.tostring(
        _chart(f"<c:pieChart>{_series('Share', _strings(['a', 'b']), _numbers([1, 2]))}</c:pieChart>", title)
    )


def test_each_chart_part_is_read_once_damaged_ones_are_left_out_and_the_count_is_bounded(monkeypatch):
    package = _package(
        {"c/one.xml": _chart_part("One"), "c/two.xml": _chart_part("Two"), "c/bad.xml": b"<c:chartSpace"}
    )
    relationships = {"r1": "c/one.xml", "r2": "c/bad.xml", "r3": "c/one.xml", "r4": "c/two.xml", "r5": "c/none.xml"}
    read: list[str] = []
    real_read_part = office_charts.read_part
    monkeypatch.setattr(office_charts, "read_part", lambda *a: read.append(a[2]) or real_read_part(*a))
    reader = ChartReader("deck.pptx", package, Message("a PowerPoint presentation"))
    charts = reader.charts(["r1", "r2", "r3", "r4", "r5"], relationships)
    assert read == ["c/one.xml", "c/bad.xml", "c/two.xml"]  # one.xml shown twice, read once; none.xml is missing
    assert [lines[0] for lines in charts.values()] == ["[Chart: One, pie chart]"] * 2 + ["[Chart: Two, pie chart]"]
    assert list(charts) == ["r1", "r3", "r4"]

    monkeypatch.setattr(office_charts, "MAX_CHARTS", 1)
    bounded = ChartReader("deck.pptx", package, Message("a PowerPoint presentation"))
    assert list(bounded.charts(["r4", "r1"], relationships)) == ["r4"]


def test_chart_parts_past_the_byte_budget_are_not_read(monkeypatch):
    package = _package({"c/one.xml": _chart_part("One"), "c/two.xml": _chart_part("Two")})
    monkeypatch.setattr(office_charts, "MAX_CHART_BYTES", len(_chart_part("One")) + 10)
    reader = ChartReader("deck.pptx", package, Message("a PowerPoint presentation"))
    assert list(reader.charts(["r1", "r2"], {"r1": "c/one.xml", "r2": "c/two.xml"})) == ["r1"]


@pytest.mark.parametrize("damaged", [b"<c:chartSpace", b'<!DOCTYPE x><c:chartSpace xmlns:c="' + C.encode() + b'"/>'])
def test_a_workbook_with_a_damaged_chart_still_gives_its_cells(damaged):
    source = zipfile.ZipFile(io.BytesIO((DATA / "sales.xlsx").read_bytes()))
    parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["xl/charts/chart1.xml"] = damaged
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for path, data in parts.items():
            package.writestr(path, data)
    assert xlsx_text("sales.xlsx", buffer.getvalue()).endswith("South,950,990.5")


def test_an_opendocument_chart_shows_percentages_as_percentages():
    ns = (
        'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    chart = ElementTree.fromstring(
        f'<chart:chart {ns} chart:class="chart:ring"><table:table table:name="local-table">'
        "<table:table-row><table:table-cell/><table:table-cell><text:p>Share</text:p></table:table-cell>"
        "</table:table-row><table:table-row><table:table-cell><text:p>Rent</text:p></table:table-cell>"
        '<table:table-cell office:value-type="percentage" office:value="0.375"/></table:table-row>'
        "</table:table></chart:chart>"
    )
    assert odf_charts.chart_text(chart) == ["[Chart: doughnut chart]", "|  | Share |", "| Rent | 37.5% |"]


def test_an_opendocuments_charts_are_bounded_in_number(monkeypatch):
    monkeypatch.setattr(odf_charts, "MAX_CHARTS", 1)
    text = odt_text("report.odt", (DATA / "report.odt").read_bytes())
    assert "[Chart: Visitors, line chart]" in text and "Where they came from" not in text


# ---------------------------------------------------------------- pictures drawn on a sheet
CATALOG_TEXT = "## Sheet: Products\nProduct,Price\nRed box,4.5\nGreen box,6\n[Image-1]\n[Image-2]"


def _read_xls(name: str, data: bytes, with_pictures: bool = True) -> OfficeDocument:
    return read_office97(name, data, with_pictures)[0]


@pytest.mark.parametrize(
    ("name", "read"), [("catalog.xlsx", read_xlsx), ("catalog.ods", read_ods), ("catalog.xls", _read_xls)]
)
def test_the_photos_on_a_sheet_are_sent_after_its_rows_and_its_icons_are_not(name, read):
    document = read(name, (DATA / name).read_bytes())
    assert document.text == CATALOG_TEXT
    assert [picture.size for picture in document.pictures] == [(120, 90), (96, 128)]  # the 32-pixel icon is left out
    alone = read(name, (DATA / name).read_bytes(), with_pictures=False)
    assert alone.text == CATALOG_TEXT.rsplit("\n[Image-1]", 1)[0] and alone.pictures == []


@pytest.mark.parametrize("name", ["catalog.xlsx", "catalog.ods", "catalog.xls"])
def test_a_workbooks_photos_are_attached_at_one_tile_each(tmp_path, name):
    path = tmp_path / name
    path.write_bytes((DATA / name).read_bytes())
    attachment = prepare_file(path)
    assert len(attachment.images) == 2 and attachment.meta["pictures"] == 2
    assert attachment.attachment_kind.picture_tiles == 1 and attachment.text is not None
    assert attachment.text.endswith("Green box,6\n[Image-1]\n[Image-2]")


def test_a_sheets_pictures_stop_at_the_most_a_document_sends(monkeypatch):
    monkeypatch.setattr(office_pictures, "MAX_PICTURES", 1)
    document = read_xlsx("catalog.xlsx", (DATA / "catalog.xlsx").read_bytes())
    assert document.text.endswith("Green box,6\n[Image-1]") and len(document.pictures) == 1
    monkeypatch.setattr(xls_pictures, "MAX_PICTURES", 1)
    document = _read_xls("catalog.xls", (DATA / "catalog.xls").read_bytes())
    assert document.text.endswith("Green box,6\n[Image-1]") and len(document.pictures) == 1


def test_an_excel_97_workbooks_photos_are_marked_under_the_sheet_that_shows_them():
    document = _read_xls("warehouse.xls", (DATA / "warehouse.xls").read_bytes())
    assert document.text == (
        "## Sheet: Shelves\nShelf,Bins\nA1,12\n[Image-1]\n\n## Sheet: Notes\nNo pictures here\n\n"
        "## Sheet: Parts\nPart,Stock\nBolt,300\n[Image-2]\n[Image-3]"
    )
    colours = [picture.getpixel((picture.width // 2, picture.height // 2)) for picture in document.pictures]
    assert [max(range(3), key=lambda c: colour[c]) for colour in colours] == [2, 1, 0]  # blue, green, red


def _workbook_stream(name: str) -> bytes:
    with olefile.OleFileIO((DATA / name).read_bytes()) as ole:
        return ole.openstream("Workbook").read()


def test_a_damaged_picture_store_leaves_an_excel_97_workbooks_pictures_out_and_its_text_in():
    stream = _workbook_stream("warehouse.xls")
    group = stream.index(b"\xeb\x00")  # the drawing group's record: its type, then its length
    length = int.from_bytes(stream[group + 2 : group + 4], "little")
    for damaged in (
        stream[: group + 4] + bytes(length) + stream[group + 4 + length :],  # the store zeroed
        stream[: group + 4 + 4] + b"\xff\xff\xff\x7f" + stream[group + 4 + 8 :],  # its container's length huge
    ):
        pictures = xls_pictures.SheetPictures(damaged)
        assert [pictures.marks(sheet) for sheet in ("Shelves", "Notes", "Parts")] == [[], [], []]
    assert xls_pictures.SheetPictures(stream).marks("Parts") == ["[Image-1]", "[Image-2]"]
