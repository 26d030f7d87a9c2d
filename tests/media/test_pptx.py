"""PowerPoint presentations: each slide in the presentation's order with its text boxes, tables and speaker notes
(not the notes page's slide number); damaged packages refused by name."""

from __future__ import annotations

import pytest

from desktop_vlm.app.attachments import prepare_file
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import detect_kind
from desktop_vlm.media.pptx_text import pptx_text
from tests.media.pptx_files import presentation, table, text_box

SLIDE_NUMBER = '<p:sp><p:txBody><a:p><a:fld id="{1}" type="slidenum"><a:t>2</a:t></a:fld></a:p></p:txBody></p:sp>'
DECK = presentation(
    [
        text_box("Q3 review", "Revenue up 12%") + table([["Region", "Sales"], ["North", "1,200"]]),
        text_box("Next steps")
        + "<p:sp><p:txBody><a:p><a:r><a:t>Hire</a:t></a:r><a:br/><a:r><a:t>Ship</a:t></a:r></a:p></p:txBody></p:sp>",
    ],
    notes={1: text_box("Say the hiring plan is approved.") + SLIDE_NUMBER},
)
EXPECTED = (
    "## Slide 1\nQ3 review\nRevenue up 12%\n| Region | Sales |\n| North | 1,200 |\n\n"
    "## Slide 2\nNext steps\nHire\nShip\nNotes: Say the hiring plan is approved."
)


def test_slides_in_order_with_tables_and_speaker_notes():
    assert pptx_text("review.pptx", DECK) == EXPECTED


def test_the_presentations_order_wins_over_the_file_names():
    deck = presentation([text_box("first file"), text_box("second file")], order=[1, 0])
    assert pptx_text("deck.pptx", deck) == "## Slide 1\nsecond file\n\n## Slide 2\nfirst file"


def test_a_presentation_attaches_as_text(tmp_path):
    path = tmp_path / "review.pptx"
    path.write_bytes(DECK)
    assert detect_kind(path) == "pptx"
    attachment = prepare_file(path)
    assert attachment.text == EXPECTED and attachment.meta["encoding"] == "PowerPoint presentation"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK not really", "deck.pptx is damaged or is not a PowerPoint presentation"),
        (presentation([]), "deck.pptx is not a PowerPoint presentation: it has no slides"),
    ],
)
def test_damaged_presentations_are_refused_by_name(data, message):
    with pytest.raises(MediaError, match=message):
        pptx_text("deck.pptx", data)
