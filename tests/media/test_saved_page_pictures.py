"""A web page saved as HTML sends the pictures it shows, where they sit: those written into the page (a notebook
exported as HTML, a page SingleFile saved) and those a browser saved beside it in ``Page_files/``, which are written
into the copy the history keeps, so that the conversation reads the same when it is opened again. Nothing is taken
from outside the page's folder."""

from __future__ import annotations

import base64
import io
import json
import os

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file, prepare_stored
from desktop_vlm.cli.main import main
from desktop_vlm.media import saved_page
from tests.conftest import REFERENCE_DIR


def _picture(fmt: str, size=(200, 150), colour="orange") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, fmt)
    return buffer.getvalue()


def _page(body: str, charset: str = "utf-8") -> bytes:
    head = f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>Harbour report</title></head>'
    return (head + f"<body><h1>Harbour report</h1>{body}</body></html>").encode(charset)


def _written(data: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(data).decode()


def test_pictures_written_into_the_page_are_sent_where_they_sit(tmp_path):
    """A notebook exported as HTML keeps its plots in data: addresses; an icon is left out as elsewhere."""
    path = tmp_path / "analysis.html"
    icon = _written(_picture("PNG", (16, 16), "red"))
    plot = _written(_picture("PNG", (300, 200), "blue"))
    path.write_bytes(_page(f'<p><img src="{icon}"> Tides by month:</p><img alt="plot" src="{plot}"><p>Done.</p>'))
    attachment = prepare_file(path)
    assert len(attachment.images) == 1 and attachment.images[0].getpixel((5, 5))[2] > 200
    assert attachment.text.splitlines()[1:] == ["Tides by month:", "[Image-1]", "Done."]
    assert attachment.meta["pictures"] == 1


def test_pictures_a_browser_saved_beside_the_page_go_with_it_and_with_its_kept_copy(tmp_path):
    files = tmp_path / "Harbour report_files"
    files.mkdir()
    (files / "quay.jpg").write_bytes(_picture("JPEG", colour="green"))
    (files / "crane at dusk.png").write_bytes(_picture("PNG", colour="purple"))
    page = tmp_path / "Harbour report.html"
    page.write_bytes(
        _page(
            '<p>The quay:</p><img src="./Harbour%20report_files/quay.jpg">'
            "<p>The crane:</p><img src='Harbour report_files/crane at dusk.png' width=\"300\">"
        )
    )
    attachment = prepare_file(page)
    assert len(attachment.images) == 2
    assert "[Image-1]" in attachment.text and "[Image-2]" in attachment.text
    assert b"_files/" not in attachment.data and attachment.data.count(b"data:image/") == 2
    kept = tmp_path / "history" / "3f2a.html"  # the history keeps one file, under a name of its own
    kept.parent.mkdir()
    kept.write_bytes(attachment.data)
    again = prepare_stored(kept, attachment.meta, max_tiles=6)
    assert again.text == attachment.text
    assert [im.tobytes() for im in again.images] == [im.tobytes() for im in attachment.images]


@pytest.mark.parametrize(
    "address",
    [
        "../secret.png",  # out of the page's folder
        "page_files/../../secret.png",
        "/SECRET",  # an absolute path (filled in below)
        "file:///SECRET",
        "page_files/link.png",  # a link inside the folder that leads out of it
        "https://example.org/photo.png",  # nothing is downloaded
        "page_files/notes.txt",  # not a picture
    ],
)
def test_nothing_outside_the_pages_folder_is_taken(tmp_path, address):
    secret = tmp_path / "secret.png"
    secret.write_bytes(_picture("PNG"))
    folder = tmp_path / "site"
    (folder / "page_files").mkdir(parents=True)
    (folder / "page_files" / "notes.txt").write_text("not a picture")
    os.symlink(secret, folder / "page_files" / "link.png")
    page = folder / "page.html"
    page.write_bytes(_page(f'<img src="{address.replace("/SECRET", str(secret))}"><p>Text.</p>'))
    attachment = prepare_file(page)
    assert attachment.images == [] and b"data:image/" not in attachment.data
    assert attachment.data == page.read_bytes()


def test_a_picture_past_the_limits_stays_an_address(tmp_path, monkeypatch):
    (tmp_path / "p_files").mkdir()
    (tmp_path / "p_files" / "big.png").write_bytes(_picture("PNG", (400, 300)))
    (tmp_path / "p_files" / "small.png").write_bytes(_picture("PNG", (100, 80)))
    page = tmp_path / "p.html"
    page.write_bytes(_page('<img src="p_files/big.png"><img src="p_files/small.png">'))
    monkeypatch.setattr(saved_page, "MAX_PICTURE_BYTES", len((tmp_path / "p_files" / "small.png").read_bytes()))
    attachment = prepare_file(page)
    assert len(attachment.images) == 1 and attachment.images[0].size[0] <= 448
    assert b'src="p_files/big.png"' in attachment.data


def test_a_page_in_a_legacy_character_set_gets_its_pictures_too(tmp_path):
    (tmp_path / "marées_files").mkdir()
    (tmp_path / "marées_files" / "café.png").write_bytes(_picture("PNG"))
    page = tmp_path / "marées.html"
    page.write_bytes(_page('<p>Le café :</p><img src="marées_files/café.png">', charset="windows-1252"))
    attachment = prepare_file(page)
    assert len(attachment.images) == 1 and "Le café :" in attachment.text


def test_the_cli_sends_the_pictures_beside_a_page(tmp_path, capsys):
    (tmp_path / "p_files").mkdir()
    (tmp_path / "p_files" / "quay.png").write_bytes(_picture("PNG"))
    page = tmp_path / "p.html"
    page.write_bytes(_page('<p>The quay:</p><img src="p_files/quay.png">'))
    model = REFERENCE_DIR / "InternVL2_5-4B"
    code = main(["ask", str(model), "What is shown?", "--attach", str(page), "--max-new-tokens", "2", "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert json.loads(captured.out)["stats"]["image_tiles"] == 1
