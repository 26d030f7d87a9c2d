"""OpenDocument spreadsheets and presentations (LibreOffice Calc and Impress, Google Sheets and Slides): a sheet's
rows as CSV with the values it shows, repeats of empty cells and rows never expanded and a repeated row bounded,
comments left out; a presentation's slides in order with their text, lists, tables and speaker notes; recognised
by their mimetype entry; damage refused by name."""

from __future__ import annotations

import time

import pytest

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind
from desktop_vlm.media.odp_text import odp_text
from desktop_vlm.media.ods_text import ods_text
from desktop_vlm.media.text_files import MAX_TEXT_BYTES
from tests.media.odt_files import NAMESPACES, opendocument


def _cell(shown: str, **attributes: str) -> str:
    attrs = "".join(f' {k.replace("_", ":", 1).replace("_", "-")}="{v}"' for k, v in attributes.items())
    return f"<table:table-cell{attrs}><text:p>{shown}</text:p></table:table-cell>"


SHEETS = (
    '<table:table table:name="Budget">'
    '<table:table-column table:number-columns-repeated="1024"/>'
    f"<table:table-row>{_cell('Item')}{_cell('Cost')}{_cell('Due')}</table:table-row>"
    "<table:table-row>"
    + _cell("Rent, office", office_value_type="string")
    + _cell("1,200.50", office_value_type="float", office_value="1200.5")
    + _cell("05/12/2026", office_value_type="date", office_date_value="2026-12-05")
    + '<table:table-cell table:number-columns-repeated="16381"/></table:table-row>'
    '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/>'
    "</table:table-row>"
    "<table:table-row>"
    '<table:table-cell table:number-columns-repeated="2"/>'
    '<table:table-cell office:value-type="float" office:value="7"/>'  # no text: written by a program
    "<table:table-cell><text:p>two</text:p><text:p>lines</text:p>"
    "<office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell>"
    "</table:table-row>"
    "</table:table>"
    '<table:table table:name="Notes"><table:table-row>'
    f"{_cell('ok')}</table:table-row></table:table>"
)


def test_each_sheet_as_csv_with_what_it_shows_and_no_repeats_of_nothing():
    started = time.perf_counter()
    text = ods_text("budget.ods", opendocument("spreadsheet", SHEETS))
    assert time.perf_counter() - started < 2  # a million empty rows are not walked one by one
    assert text == (
        '## Sheet: Budget\nItem,Cost,Due\n"Rent, office","1,200.50",05/12/2026\n,,7,"two\nlines"\n\n## Sheet: Notes\nok'
    )


def test_a_row_repeated_a_million_times_stops_at_the_length_a_text_may_have():
    row = '<table:table-row table:number-rows-repeated="1048576">' + _cell("x" * 50) + "</table:table-row>"
    text = ods_text("big.ods", opendocument("spreadsheet", f'<table:table table:name="S">{row}{row}</table:table>'))
    assert MAX_TEXT_BYTES < len(text) < MAX_TEXT_BYTES + 200


def test_a_spreadsheet_is_recognised_by_its_mimetype_and_attached_as_text(tmp_path):
    path = tmp_path / "budget.zip"
    path.write_bytes(opendocument("spreadsheet", SHEETS))
    assert detect_kind(path) == "ods"
    attachment = prepare_file(path)
    assert attachment.text is not None and attachment.text.startswith("## Sheet: Budget\nItem,Cost,Due")
    assert attachment.meta["encoding"] == "OpenDocument spreadsheet"


SLIDES = (
    '<draw:page draw:name="page1">'
    '<draw:frame presentation:class="title"><draw:text-box><text:p>Quarterly review</text:p></draw:text-box>'
    "</draw:frame>"
    "<draw:frame><draw:text-box><text:list><text:list-item><text:p>Revenue up</text:p></text:list-item>"
    "<text:list-item><text:p>Costs flat</text:p></text:list-item></text:list></draw:text-box></draw:frame>"
    "<presentation:notes><draw:page-thumbnail/><draw:frame><draw:text-box><text:p>Mention the hires.</text:p>"
    "<text:p>Then questions.</text:p></draw:text-box></draw:frame></presentation:notes>"
    "</draw:page>"
    '<draw:page draw:name="page2">'
    "<draw:frame><table:table><table:table-row><table:table-cell><text:p>Q3</text:p></table:table-cell>"
    "<table:table-cell><text:p>1.2M</text:p></table:table-cell></table:table-row></table:table></draw:frame>"
    "<draw:custom-shape><text:p>Thanks</text:p></draw:custom-shape>"
    "</draw:page>"
)


def test_each_slide_in_order_with_lists_tables_shapes_and_its_notes_after():
    assert odp_text("review.odp", opendocument("presentation", SLIDES)) == (
        "## Slide 1\nQuarterly review\n- Revenue up\n- Costs flat\nNotes: Mention the hires. Then questions.\n\n"
        "## Slide 2\n| Q3 | 1.2M |\nThanks"
    )


def test_a_presentation_is_recognised_by_its_mimetype_and_attached_as_text(tmp_path):
    path = tmp_path / "review.bin"
    path.write_bytes(opendocument("presentation", SLIDES))
    assert detect_kind(path) == "odp"
    attachment = prepare_file(path)
    assert attachment.text is not None and attachment.text.startswith("## Slide 1\nQuarterly review")


@pytest.mark.parametrize(
    ("convert", "kind", "body", "message"),
    [
        (ods_text, "spreadsheet", "", "has no sheets"),
        (odp_text, "presentation", "", "has no slides"),
        (ods_text, "spreadsheet", "<table:table><table:table-row>", "is damaged"),
        (odp_text, "presentation", "<draw:page>", "is damaged"),
    ],
)
def test_an_empty_or_damaged_document_is_refused_by_name(convert, kind, body, message):
    content = None
    if body:  # cut off inside its markup
        content = f"<office:document-content {NAMESPACES}><office:body><office:{kind}>{body}"
    with pytest.raises(MediaError, match=message):
        convert("x.od", opendocument(kind, body, content=content))
