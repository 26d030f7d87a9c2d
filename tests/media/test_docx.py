"""Word documents: their text in reading order — headings, lists, tables, content controls — quoted like a text
file's; damaged, hostile and oversized packages refused by name before anything large is unpacked."""

from __future__ import annotations

import io
import tracemalloc
import zipfile

import pytest

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind
from desktop_vlm.media.docx_text import docx_text
from desktop_vlm.media.ooxml import MAX_PART_BYTES
from tests.media.docx_files import document_xml, minimal_docx, paragraph, table

REPORT = (
    paragraph("Quarterly report", "Title")
    + paragraph("Sales", "Heading2")
    + paragraph("Revenue grew.\u00a0Costs did not.")
    + paragraph("Vietnam office opened", listed=True)
    + table([["Region", "Q3"], ["North", "1,200"]])
    + "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>"
    + f"<w:sdt><w:sdtContent>{paragraph('Inside a content control')}</w:sdtContent></w:sdt>"
)
EXPECTED = (
    "# Quarterly report\n## Sales\nRevenue grew.\u00a0Costs did not.\n- Vietnam office opened\n"
    "| Region | Q3 |\n| North | 1,200 |\na\tb\nc\nInside a content control"
)


def test_the_text_is_read_in_order_with_headings_lists_and_tables_marked():
    assert docx_text("report.docx", minimal_docx(REPORT)) == EXPECTED


def test_the_main_part_is_found_where_the_package_says(tmp_path):
    assert docx_text("moved.docx", minimal_docx(REPORT, main_part="word/document2.xml")) == EXPECTED


def test_a_docx_attaches_as_text_quoted_like_a_text_file(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(minimal_docx(REPORT))
    assert detect_kind(path) == "docx"
    attachment = prepare_file(path)
    assert attachment.text == EXPECTED and attachment.images == []
    assert attachment.meta == {
        "encoding": "Word document",
        "char_count": len(EXPECTED),
        "line_count": 9,
        "sent_chars": len(EXPECTED),
        "sent_lines": 9,
        "pictures": 0,
    }
    assert attachment.thumbnail.height > attachment.thumbnail.width  # drawn as a page


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in entries.items():
            package.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"just some text saved as .docx", "letter.docx is damaged or is not a Word document"),
        (_zip({"xl/workbook.xml": b"<workbook/>"}), "letter.docx is not a Word document: it has no word/document.xml"),
        (minimal_docx("", document="<w:document xmlns:w='x'><w:body>"), "letter.docx is damaged: its text"),
        (
            minimal_docx("", document=document_xml("").replace("<w:body>", "<w:bod>").replace("</w:body>", "</w:bod>")),
            "letter.docx is not a Word document: it has no document body",
        ),
    ],
)
def test_damaged_packages_are_refused_by_name(data, message):
    with pytest.raises(MediaError, match=message):
        docx_text("letter.docx", data)


def test_entity_expansion_is_refused_before_parsing():
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        "<w:p><w:r><w:t>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>"
    )
    with pytest.raises(MediaError, match="a DOCTYPE"):
        docx_text("laughs.docx", minimal_docx("", document=laughs))


def test_a_document_that_inflates_past_the_limit_is_refused_without_inflating_it():
    body = document_xml("") + " " * (MAX_PART_BYTES + 1 - len(document_xml("")))
    bomb = minimal_docx("", document=body)  # 64 MB of markup in about 64 KB
    assert len(bomb) < 2**20
    tracemalloc.start()
    try:
        with pytest.raises(MediaError, match="unpacks to 64 MB of markup"):
            docx_text("bomb.docx", bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 2**20


def test_a_password_protected_part_is_named_as_such():
    data = bytearray(_zip({"word/document.xml": document_xml("").encode()}))
    # the "encrypted" bit of the part's flags, in its local header and in the central directory (zipfile writes
    # no encrypted parts itself)
    local, central = data.index(b"PK\x03\x04"), data.index(b"PK\x01\x02")
    data[local + 6] |= 0x1
    data[central + 8] |= 0x1
    with pytest.raises(MediaError, match="locked.docx is protected with a password"):
        docx_text("locked.docx", bytes(data))
