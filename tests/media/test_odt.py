"""OpenDocument texts: headings by outline level, paragraphs with their spans, spaces, tabs and breaks, lists,
tables; footnotes and comments left out; recognised by their mimetype entry; damage refused by name."""

from __future__ import annotations

import pytest

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind
from desktop_vlm.media.odt_text import odt_text
from tests.media.odt_files import NAMESPACES, odt

BODY = (
    '<text:h text:outline-level="1">Minutes</text:h>'
    '<text:h text:outline-level="2">Budget</text:h>'
    '<text:p>Approved <text:span>by four</text:span>,<text:s text:c="3"/>one against'
    "<text:note><text:note-body><text:p>a footnote</text:p></text:note-body></text:note>.</text:p>"
    "<text:p>a<text:tab/>b<text:line-break/>c<office:annotation><text:p>a comment</text:p></office:annotation></text:p>"
    "<text:list><text:list-item><text:p>Hire</text:p></text:list-item><text:list-item><text:p>Ship</text:p></text:list-item></text:list>"
    "<table:table><table:table-row><table:table-cell><text:p>Q3</text:p></table:table-cell>"
    "<table:table-cell><text:p>1,200</text:p></table:table-cell></table:table-row></table:table>"
    "<text:section><text:p>In a section</text:p></text:section>"
)
EXPECTED = (
    "# Minutes\n## Budget\nApproved by four,   one against.\na\tb\nc\n- Hire\n- Ship\n| Q3 | 1,200 |\nIn a section"
)


def test_the_text_in_order_with_headings_lists_and_tables():
    assert odt_text("minutes.odt", odt(BODY)) == EXPECTED


def test_recognised_by_its_mimetype_entry_and_attached_as_text(tmp_path):
    path = tmp_path / "minutes.zip"  # a wrong extension: the content decides
    path.write_bytes(odt(BODY))
    assert detect_kind(path) == "odt"
    attachment = prepare_file(path)
    assert attachment.text == EXPECTED and attachment.meta["encoding"] == "OpenDocument text"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 damaged", "minutes.odt is damaged or is not an OpenDocument text"),
        (
            odt("", content=f"<office:document-content {NAMESPACES}/>"),
            "minutes.odt is not an OpenDocument text: it has no text body",
        ),
        (odt("", content='<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'), "a DOCTYPE"),
    ],
)
def test_damaged_texts_are_refused_by_name(data, message):
    with pytest.raises(MediaError, match=message):
        odt_text("minutes.odt", data)
