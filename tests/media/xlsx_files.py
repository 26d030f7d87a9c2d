"""Excel workbooks written here as Excel lays them out (workbook, its relationships, sheets, shared strings,
styles), so tests need neither Excel nor a spreadsheet library."""

from __future__ import annotations

import io
import zipfile

S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"


def sheet_xml(rows: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{S}"><sheetData>{rows}</sheetData></worksheet>'


def workbook(sheets: dict[str, str], shared: list[str] | str = (), styles: str = "", date1904: bool = False) -> bytes:
    """A .xlsx with ``sheets`` (name -> sheetData rows XML), shared strings (plain, or the <si> items as XML) and
    a styles part's XML."""
    entries = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(sheets))
    props = '<workbookPr date1904="1"/>' if date1904 else ""
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Type="{WORKSHEET}" Target="worksheets/sheet{i + 1}.xml"/>'
        for i in range(len(sheets))
    )
    items = shared if isinstance(shared, str) else "".join(f"<si><t>{s}</t></si>" for s in shared)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "xl/workbook.xml", f'<workbook xmlns="{S}" xmlns:r="{R}">{props}<sheets>{entries}</sheets></workbook>'
        )
        package.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
        )
        package.writestr("xl/sharedStrings.xml", f'<sst xmlns="{S}">{items}</sst>')
        if styles:
            package.writestr("xl/styles.xml", f'<styleSheet xmlns="{S}">{styles}</styleSheet>')
        for i, rows in enumerate(sheets.values()):
            package.writestr(f"xl/worksheets/sheet{i + 1}.xml", sheet_xml(rows))
    return out.getvalue()
