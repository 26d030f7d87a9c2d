"""Excel workbooks: every sheet under its name as CSV with the values Excel shows — strings shared, inline and
rich, numbers without binary noise, booleans, errors, formulas' cached results, and dates where the number format
is one (built-in or custom, 1900 and 1904 systems); damaged and hostile packages refused by name."""

from __future__ import annotations

import pytest

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind
from desktop_vlm.media.xlsx_text import xlsx_text
from tests.media.xlsx_files import workbook

STYLES = (
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd hh:mm"/>'
    '<numFmt numFmtId="165" formatCode="&quot;Sum: &quot;0.00"/></numFmts>'
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>'
)
SHARED = (
    "<si><t>Item</t></si><si><t>Date</t></si><si><t>Amount</t></si>"
    "<si><r><t>Coffee, </t></r><r><rPr><b/></rPr><t>large</t></r><rPh><t>kōhī</t></rPh></si>"
)
EXPENSES = (
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
    '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" s="1"><v>45631</v></c><c r="C2" s="3"><v>4.2</v></c></row>'
    '<row r="3"><c r="A3" t="inlineStr"><is><t>Taxi "airport"</t></is></c><c r="B3" s="2"><v>45631.75</v></c>'
    '<c r="C3"><v>0.30000000000000004</v></c></row>'
    '<row r="4"><c r="A4" t="str"><f>UPPER("sum")</f><v>SUM</v></c><c r="C4"><f>C2+C3</f><v>4.5</v></c>'
    '<c r="E4" t="b"><v>1</v></c><c r="F4" t="e"><v>#DIV/0!</v></c></row>'
    '<row r="5"><c r="B5" t="s"><v>0</v></c><c r="C5"/></row>'
)
EXPECTED = (
    '## Sheet: Expenses\nItem,Date,Amount\n"Coffee, large",2024-12-05,4.2\n'
    '"Taxi ""airport""",2024-12-05 18:00:00,0.3\nSUM,,4.5,,TRUE,#DIV/0!\n,Item\n\n'
    "## Sheet: Notes\nPaid by card"
)


def test_every_sheet_as_csv_with_the_values_excel_shows():
    data = workbook(
        {"Expenses": EXPENSES, "Notes": '<row r="1"><c t="inlineStr"><is><t>Paid by card</t></is></c></row>'},
        SHARED,
        STYLES,
    )
    assert xlsx_text("expenses.xlsx", data) == EXPECTED


def test_dates_in_the_1904_system():
    data = workbook({"S": '<row r="1"><c r="A1" s="1"><v>0</v></c></row>'}, [], STYLES, date1904=True)
    assert xlsx_text("mac.xlsx", data) == "## Sheet: S\n1904-01-01"


def test_a_workbook_attaches_as_text(tmp_path):
    path = tmp_path / "expenses.xlsx"
    path.write_bytes(workbook({"Expenses": EXPENSES, "Notes": ""}, SHARED, STYLES))
    assert detect_kind(path) == "xlsx"
    attachment = prepare_file(path)
    assert attachment.text is not None and attachment.text.startswith("## Sheet: Expenses\nItem,Date,Amount")
    assert attachment.meta["encoding"] == "Excel workbook" and attachment.images == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not a zip", "book.xlsx is damaged or is not an Excel workbook"),
        (
            workbook({"S": '<row r="1"><c r="A1" t="s"><v>7</v></c></row>'}, ["only one"]),
            "book.xlsx is damaged: a cell refers to text the workbook does not have",
        ),
        (workbook({}, []), "book.xlsx is not an Excel workbook: it has no sheets"),
        (workbook({"S": ""}, '<!DOCTYPE x [<!ENTITY a "aaaa">]><si><t>&a;</t></si>'), "a DOCTYPE"),
    ],
)
def test_damaged_workbooks_are_refused_by_name(data, message):
    with pytest.raises(MediaError, match=message):
        xlsx_text("book.xlsx", data)
