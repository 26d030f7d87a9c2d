"""Writes the files with charts and pictures that the tests read: ``sales.xlsx``, ``report.docx`` and ``review.pptx`` —
LibreOffice saves flat OpenDocument files holding charts, written below, as Excel, Word and PowerPoint files, as a
person choosing those formats in its Save As dialog does, a chart becoming a chart part with the values it plots —
and ``sales.ods``, ``report.odt`` and ``review.odp`` in LibreOffice's own format: the report as a person opening
the Word file in LibreOffice and saving it makes it (a text's chart saved straight from the flat file below keeps
no categories in LibreOffice 7.4), the others saved straight from their flat files (LibreOffice 7.4 reading a
PowerPoint scatter chart loses its x values); ``catalog.xlsx``, ``catalog.ods`` and ``catalog.xls``, a sheet with
two photos drawn on it; and ``warehouse.xls``, three sheets with photos on the first and the last. Not run by the
tests: the files are kept beside it.

Run it where LibreOffice is installed (``apt install libreoffice-writer-nogui libreoffice-calc-nogui
libreoffice-impress-nogui``)::

    python tests/data/office_drawings/make_drawing_files.py
"""

from __future__ import annotations

import base64
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).parent
NAMESPACES = " ".join(
    f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}"'
    for prefix, name in (
        ("office", "office:1.0"),
        ("text", "text:1.0"),
        ("table", "table:1.0"),
        ("draw", "drawing:1.0"),
        ("chart", "chart:1.0"),
        ("presentation", "presentation:1.0"),
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


def drawn_picture(colour: str, size: tuple[int, int], x_cm: float) -> str:
    return (
        f'<draw:frame svg:width="3cm" svg:height="2.25cm" svg:x="{x_cm}cm" svg:y="0cm"><draw:image>'
        f"<office:binary-data>{photo(colour, size)}</office:binary-data></draw:image></draw:frame>"
    )


def _cell(value: str | float) -> str:
    if isinstance(value, str):
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'


def chart_object(kind: str, title: str, rows: list[list[str | float]]) -> str:
    """A chart of class ``kind`` ("bar", "line", "circle", "scatter") plotting ``rows`` (a header of series
    names, then a category or x value and one value per series) from a table of its own."""
    last_row, last_column = len(rows), chr(ord("A") + len(rows[0]) - 1)
    series = "".join(
        f'<chart:series chart:values-cell-range-address="local-table.${c}$2:.${c}${last_row}" '
        f'chart:label-cell-address="local-table.${c}$1"/>'
        for c in (chr(ord("B") + k) for k in range(len(rows[0]) - 1))
    )
    header = "".join(_cell(v) for v in rows[0])
    body = "".join(f"<table:table-row>{''.join(_cell(v) for v in row)}</table:table-row>" for row in rows[1:])
    return f"""<draw:object><office:document office:mimetype="application/vnd.oasis.opendocument.chart"
office:version="1.3"><office:body><office:chart><chart:chart chart:class="chart:{kind}" svg:width="12cm"
svg:height="7cm"><chart:title><text:p>{title}</text:p></chart:title>
<chart:plot-area table:cell-range-address="local-table.$A$1:.${last_column}${last_row}"
chart:data-source-has-labels="both"><chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories
table:cell-range-address="local-table.$A$2:.$A${last_row}"/></chart:axis>
<chart:axis chart:dimension="y" chart:name="primary-y"/>{series}</chart:plot-area>
<table:table table:name="local-table"><table:table-header-columns><table:table-column/></table:table-header-columns>
<table:table-columns><table:table-column table:number-columns-repeated="{len(rows[0]) - 1}"/></table:table-columns>
<table:table-header-rows><table:table-row>{header}</table:table-row>
</table:table-header-rows><table:table-rows>{body}</table:table-rows></table:table></chart:chart></office:chart>
</office:body></office:document></draw:object>"""


# A sheet with its data and a column chart of it, drawn from its cells.
SALES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="Sales"><table:shapes>
<draw:frame svg:width="12cm" svg:height="7cm" svg:x="0cm" svg:y="3cm"><draw:object><office:document
office:mimetype="application/vnd.oasis.opendocument.chart" office:version="1.3"><office:body><office:chart>
<chart:chart chart:class="chart:bar" svg:width="12cm" svg:height="7cm"><chart:title><text:p>Sales by region</text:p>
</chart:title><chart:plot-area table:cell-range-address="Sales.A1:Sales.C3" chart:data-source-has-labels="both">
<chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories table:cell-range-address="Sales.A2:Sales.A3"/>
</chart:axis><chart:axis chart:dimension="y" chart:name="primary-y"/>
<chart:series chart:values-cell-range-address="Sales.B2:Sales.B3" chart:label-cell-address="Sales.B1"/>
<chart:series chart:values-cell-range-address="Sales.C2:Sales.C3" chart:label-cell-address="Sales.C1"/>
</chart:plot-area></chart:chart></office:chart></office:body></office:document></draw:object></draw:frame>
</table:shapes>
<table:table-row>{_cell("Region")}{_cell("2025")}{_cell("2026")}</table:table-row>
<table:table-row>{_cell("North")}{_cell(1200)}{_cell(1300)}</table:table-row>
<table:table-row>{_cell("South")}{_cell(950)}{_cell(990.5)}</table:table-row>
</table:table></office:spreadsheet></office:body></office:document>
"""

# A report: a paragraph, a line chart of two series, a pie chart, a closing paragraph.
REPORT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:p>Visitors rose every quarter.</text:p>
<text:p><draw:frame text:anchor-type="as-char" svg:width="12cm" svg:height="7cm">{
    chart_object("line", "Visitors", [["", "Web", "Shop"], ["Q1", 310, 120], ["Q2", 355, 131], ["Q3", 402, 150]])
}</draw:frame></text:p>
<text:p><draw:frame text:anchor-type="as-char" svg:width="12cm" svg:height="7cm">{
    chart_object("circle", "Where they came from", [["", "Share"], ["Search", 55], ["Direct", 30], ["Social", 15]])
}</draw:frame></text:p>
<text:p>Next year we open a second shop.</text:p>
</office:text></office:body></office:document>
"""

# A presentation: a title, then a scatter chart on the second slide.
REVIEW = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:body><office:presentation>
<draw:page draw:name="p1"><draw:frame svg:x="1cm" svg:y="1cm" svg:width="20cm" svg:height="3cm"><draw:text-box>
<text:p>Price and demand</text:p></draw:text-box></draw:frame></draw:page>
<draw:page draw:name="p2"><draw:frame svg:x="1cm" svg:y="2cm" svg:width="20cm" svg:height="12cm">{
    chart_object("scatter", "Demand by price", [["Price", "Units"], [1.5, 900], [2.0, 700], [2.5, 420]])
}</draw:frame></draw:page>
</office:presentation></office:body></office:document>
"""


# Products with their photos drawn over the sheet (and a 32-pixel icon, too small to send).
CATALOG = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NAMESPACES} xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"
office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>
<table:table table:name="Products"><table:shapes>{drawn_picture("red", (120, 90), 6)}{drawn_picture("navy", (32, 32), 10)}
{drawn_picture("green", (96, 128), 12)}</table:shapes>
<table:table-row>{_cell("Product")}{_cell("Price")}</table:table-row>
<table:table-row>{_cell("Red box")}{_cell(4.5)}</table:table-row>
<table:table-row>{_cell("Green box")}{_cell(6)}</table:table-row>
</table:table></office:spreadsheet></office:body></office:document>
"""


WAREHOUSE = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NAMESPACES} xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"
office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>
<table:table table:name="Shelves"><table:shapes>{drawn_picture("blue", (100, 80), 6)}</table:shapes>
<table:table-row>{_cell("Shelf")}{_cell("Bins")}</table:table-row>
<table:table-row>{_cell("A1")}{_cell(12)}</table:table-row>
</table:table>
<table:table table:name="Notes"><table:table-row>{_cell("No pictures here")}</table:table-row></table:table>
<table:table table:name="Parts"><table:shapes>{drawn_picture("green", (96, 128), 6)}{drawn_picture("red", (120, 90), 10)}
</table:shapes>
<table:table-row>{_cell("Part")}{_cell("Stock")}</table:table-row>
<table:table-row>{_cell("Bolt")}{_cell(300)}</table:table-row>
</table:table></office:spreadsheet></office:body></office:document>
"""


def convert(source: str, suffix: str, target: Path) -> None:
    """Save ``source`` (a flat OpenDocument file) as ``target`` in the format ``target``'s extension names."""
    with tempfile.TemporaryDirectory() as folder:
        flat = Path(folder) / f"{target.stem}{suffix}"
        flat.write_text(source, encoding="utf-8")
        subprocess.run(
            ["soffice", "--headless", "--convert-to", target.suffix[1:], "--outdir", folder, str(flat)],
            check=True,
            capture_output=True,
        )
        shutil.copyfile(Path(folder) / target.name, target)


def save_again(source: Path, target: Path) -> None:
    """Save the file ``source`` as ``target``, in the format ``target``'s extension names."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", target.suffix[1:], "--outdir", folder, str(source)],
            check=True,
            capture_output=True,
        )
        shutil.copyfile(Path(folder) / target.name, target)


if __name__ == "__main__":
    convert(SALES, ".fods", HERE / "sales.xlsx")
    convert(REPORT, ".fodt", HERE / "report.docx")
    convert(REVIEW, ".fodp", HERE / "review.pptx")
    convert(SALES, ".fods", HERE / "sales.ods")
    save_again(HERE / "report.docx", HERE / "report.odt")
    convert(REVIEW, ".fodp", HERE / "review.odp")
    convert(CATALOG, ".fods", HERE / "catalog.xlsx")
    convert(CATALOG, ".fods", HERE / "catalog.ods")
    convert(CATALOG, ".fods", HERE / "catalog.xls")
    convert(WAREHOUSE, ".fods", HERE / "warehouse.xls")
    made_files = ("sales.xlsx", "report.docx", "review.pptx", "sales.ods", "report.odt", "review.odp")
    for made in (*made_files, "catalog.xlsx", "catalog.ods", "catalog.xls", "warehouse.xls"):
        print(made, (HERE / made).stat().st_size, "bytes")
