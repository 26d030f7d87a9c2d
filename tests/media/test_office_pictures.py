"""The pictures inside Word documents and PowerPoint presentations go beside their text: raster pictures big
enough to say something, in the order they appear, at one tile each, each marked in the text where it sits;
icons, vector drawings and damaged pictures are left out; the text goes alone when the pictures would take most
of the room; the prompt numbers the marks after the pictures of the attachments before."""

from __future__ import annotations

import io

from PIL import Image

from desktop_vlm.app.attachments import prepare_file, prepare_stored
from desktop_vlm.media.docx_text import docx_text, read_docx
from desktop_vlm.media.office_pictures import MAX_PICTURES, renumbered
from desktop_vlm.media.pptx_text import read_pptx
from tests.media.docx_files import drawing, minimal_docx, paragraph
from tests.media.pptx_files import picture, presentation, text_box


def _png(width: int, height: int, colour: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


CHART, PHOTO, ICON = _png(600, 400, "navy"), _png(300, 300, "green"), _png(16, 16)
REPORT = minimal_docx(
    paragraph("Quarterly report")
    + drawing("rId7")
    + paragraph("Revenue grew, as the chart shows.")
    + drawing("rId8")  # an icon: left out
    + drawing("rId9")  # a vector drawing: no decoder
    + drawing("rId10")  # damaged
    + drawing("rId11")
    + drawing("rId7"),  # the chart again: one picture, the same mark
    media={
        "rId7": ("chart.png", CHART),
        "rId8": ("bullet.png", ICON),
        "rId9": ("logo.emf", b"\x01\x00\x00\x00"),
        "rId10": ("broken.png", b"\x89PNG\r\n\x1a\n not a picture"),
        "rId11": ("team.png", PHOTO),
    },
)


def test_a_word_documents_pictures_in_order_marked_where_they_sit():
    document = read_docx("report.docx", REPORT)
    assert [p.size for p in document.pictures] == [(600, 400), (300, 300)]
    assert document.text == (
        "Quarterly report\n[Image-1]\nRevenue grew, as the chart shows.\n\n\n\n[Image-2]\n[Image-1]"
    )
    assert docx_text("report.docx", REPORT) == "Quarterly report\n\nRevenue grew, as the chart shows."  # no marks


def test_a_presentations_pictures_are_marked_under_their_slides():
    deck = presentation(
        [text_box("Results"), text_box("Team") + picture("rId3"), picture("rId4") + picture("rId3")],
        media={1: {"rId3": ("team.png", PHOTO)}, 2: {"rId4": ("chart.png", CHART), "rId3": ("team.png", PHOTO)}},
    )
    document = read_pptx("deck.pptx", deck)
    assert len(document.pictures) == 2
    assert document.text == "## Slide 1\nResults\n\n## Slide 2\nTeam\n[Image-1]\n\n## Slide 3\n[Image-2]\n[Image-1]"


def test_at_most_a_few_pictures_go():
    many = {f"rId{i}": (f"p{i}.png", _png(100 + i, 100)) for i in range(MAX_PICTURES + 3)}
    body = "".join(drawing(rel_id) for rel_id in many)
    assert len(read_docx("album.docx", minimal_docx(body, media=many)).pictures) == MAX_PICTURES


def test_attached_with_its_pictures_at_one_tile_and_reopened_the_same(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(REPORT)
    attachment = prepare_file(path, image_token_room=8000)
    assert len(attachment.images) == 2 and attachment.meta["pictures"] == 2
    assert attachment.text is not None and "[Image-2]" in attachment.text
    assert attachment.attachment_kind.tiles_per_picture(12) == 1
    assert attachment.thumbnail.height > attachment.thumbnail.width  # the page stands for it, not a picture
    again = prepare_stored(path, attachment.meta, max_tiles=12)
    assert again.text == attachment.text and [im.size for im in again.images] == [im.size for im in attachment.images]


def test_the_text_goes_alone_when_the_pictures_would_take_most_of_the_room(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(REPORT)
    alone = prepare_file(path, image_token_room=900)  # two pictures would take 512 of 900 tokens
    assert alone.images == [] and alone.meta["pictures"] == 0
    assert alone.text is not None and "[Image-" not in alone.text  # no mark for a picture not sent
    assert prepare_stored(path, alone.meta, max_tiles=12).images == []  # reopened as sent


def test_marks_are_numbered_after_the_pictures_before_them():
    assert renumbered("see [Image-1] and [Image-2]", 2) == "see [Image-3] and [Image-4]"
    assert renumbered("see [Image-1]", 0) == "see [Image-1]"


def _odf(kind: str, body: str, pictures: dict[str, bytes]) -> bytes:
    import zipfile

    from tests.media.odt_files import opendocument

    out = io.BytesIO(opendocument(kind, body))
    with zipfile.ZipFile(out, "a") as package:
        for path, data in pictures.items():
            package.writestr(path, data)
    return out.getvalue()


def _frame(path: str) -> str:
    return f'<draw:frame><draw:image xlink:href="{path}"/></draw:frame>'


def test_an_opendocument_texts_and_presentations_pictures_are_marked_too():
    from desktop_vlm.media.odp_text import read_odp
    from desktop_vlm.media.odt_text import read_odt
    from tests.media.odt_files import NAMESPACES

    assert 'xmlns:xlink="http://www.w3.org/1999/xlink"' in NAMESPACES
    text = _odf(
        "text",
        f"<text:p>Summary</text:p><text:p>{_frame('Pictures/chart.png')} as drawn</text:p>"
        f"<text:p>{_frame('Pictures/dot.png')}</text:p>",
        {"Pictures/chart.png": CHART, "Pictures/dot.png": ICON},
    )
    document = read_odt("summary.odt", text)
    assert document.text == "Summary\n[Image-1] as drawn" and len(document.pictures) == 1  # the dot: too small
    deck = _odf(
        "presentation",
        "<draw:page><draw:frame><draw:text-box><text:p>Team</text:p></draw:text-box></draw:frame>"
        f"{_frame('Pictures/team.png')}</draw:page>",
        {"Pictures/team.png": PHOTO},
    )
    slides = read_odp("team.odp", deck)
    assert slides.text == "## Slide 1\nTeam\n[Image-1]" and [p.size for p in slides.pictures] == [(300, 300)]
