"""Writes the Word and Excel 97–2003 files the tests read (``lease.doc``, ``invoices.xls``): LibreOffice saves a
flat OpenDocument text and spreadsheet, written below, in Microsoft's binary formats, as a person choosing
"Word 97–2003" or "Excel 97–2003" in its Save As dialog does. Not run by the tests: the files are kept beside it.

Run it where LibreOffice is installed (``apt install libreoffice-writer-nogui libreoffice-calc-nogui``)::

    python tests/data/office97/make_word_excel_files.py
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"'
)


def _cell(text: str) -> str:
    return f"<table:table-cell><text:p>{text}</text:p></table:table-cell>" if text else "<table:table-cell/>"


def _row(*cells: str) -> str:
    return f"<table:table-row>{''.join(_cell(c) for c in cells)}</table:table-row>"


# A lease: headings, a footnote, a hyperlink (a field in Word's format), a table with empty cells and a cell of two
# paragraphs, a list, Vietnamese and Chinese text, a line break, and a second-level heading.
LEASE = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {_NAMESPACES} office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:h text:outline-level="1">Lease agreement</text:h>
<text:p>The tenant gives three months' notice.<text:note text:note-class="footnote"><text:note-body>
<text:p>Counted from the first of a month.</text:p></text:note-body></text:note></text:p>
<text:p>See <text:a xlink:href="https://example.org/terms">the terms</text:a> online.</text:p>
<table:table table:name="Fees"><table:table-column table:number-columns-repeated="3"/>
{_row("Item", "Amount", "Note")}{_row("Deposit", "", "two months")}{_row("Rent", "1,200", "")}
<table:table-row>{_cell("Keys")}<table:table-cell><text:p>two sets</text:p><text:p>one fob</text:p></table:table-cell>
{_cell("returned")}</table:table-row>
</table:table>
<text:list><text:list-item><text:p>First item</text:p></text:list-item>
<text:list-item><text:p>Second item</text:p></text:list-item></text:list>
<text:h text:outline-level="2">Termination</text:h>
<text:p>Tiếng Việt: hợp đồng thuê nhà. 中文：租赁合同。</text:p>
<text:p>Line one<text:line-break/>line two</text:p>
</office:text></office:body></office:document>
"""

# Invoices: text with a comma, a date-formatted cell, numbers, a formula and its cached result, an error, an empty
# sheet, and a cell with quotes.
INVOICES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {_NAMESPACES} office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text>
<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="Invoices">
{_row("Client", "Due", "Amount")}
<table:table-row>{_cell("Nguyễn Văn A, Hà Nội")}
<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="2026-03-31"><text:p>2026-03-31</text:p>
</table:table-cell><table:table-cell office:value-type="float" office:value="1200.5"><text:p>1200.5</text:p>
</table:table-cell></table:table-row>
<table:table-row>{_cell("北京公司")}<table:table-cell/>
<table:table-cell table:formula="of:=[.C2]*2" office:value-type="float" office:value="2401"><text:p>2401</text:p>
</table:table-cell><table:table-cell table:formula="of:=1/0"><text:p>#DIV/0!</text:p></table:table-cell>
</table:table-row>
</table:table>
<table:table table:name="Empty"><table:table-row><table:table-cell/></table:table-row></table:table>
<table:table table:name="Notes"><table:table-row><table:table-cell office:value-type="float" office:value="0.1">
<text:p>0.1</text:p></table:table-cell>{_cell('said "hi", then left')}</table:table-row></table:table>
</office:spreadsheet></office:body></office:document>
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


if __name__ == "__main__":
    convert(LEASE, ".fodt", HERE / "lease.doc")
    convert(INVOICES, ".fods", HERE / "invoices.xls")
    for made in ("lease.doc", "invoices.xls"):
        print(made, (HERE / made).stat().st_size, "bytes")
