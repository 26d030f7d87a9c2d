"""A folder attached as a whole (dropped on the window, ``ask --attach DIR``) is read as a ZIP archive of its own
files: in a stable order, without links, hidden files or what operating systems leave behind, and a folder too
large or empty is refused at once with the way on."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file, prepare_stored
from desktop_vlm.cli.main import main
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import folder_archive
from desktop_vlm.media.folder_archive import folder_files, pack_folder
from tests.conftest import REFERENCE_DIR

MODEL = REFERENCE_DIR / "InternVL2_5-4B"


@pytest.fixture
def receipts(tmp_path) -> Path:
    """A month of receipts, as a person keeps them, with what a disk adds around them."""
    folder = tmp_path / "receipts"
    (folder / "march").mkdir(parents=True)
    Image.new("RGB", (640, 480), (250, 250, 240)).save(folder / "cafe.jpg")
    Image.new("RGB", (480, 640), (200, 200, 200)).save(folder / "march" / "taxi.png")
    (folder / "notes.txt").write_text("Lunch with the client: 12.40 EUR\n", encoding="utf-8")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (folder / ".DS_Store").write_bytes(b"\0" * 16)
    (folder / "Thumbs.db").write_bytes(b"\0" * 16)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "private.txt").write_text("not in the folder")
    (folder / "linked.txt").symlink_to(outside / "private.txt")
    (folder / "linked-folder").symlink_to(outside, target_is_directory=True)
    return folder


def test_the_folders_own_files_are_packed_in_order_under_their_paths(receipts, tmp_path):
    packed = tmp_path / "receipts.zip"
    pack_folder(receipts, packed)
    with zipfile.ZipFile(packed) as archive:
        assert archive.namelist() == ["cafe.jpg", "notes.txt", "march/taxi.png"]
        assert archive.read("notes.txt") == (receipts / "notes.txt").read_bytes()


def test_a_folder_is_attached_as_the_archive_of_its_files(receipts):
    attachment = prepare_file(receipts)
    assert attachment.kind == "archive" and attachment.name == "receipts.zip" and attachment.source is None
    assert attachment.text is not None
    assert attachment.text.startswith(
        "Files in receipts.zip:\n- cafe.jpg [Image-1]\n- notes.txt\n- march/taxi.png [Image-2]"
    )
    assert "Lunch with the client: 12.40 EUR" in attachment.text and "private" not in attachment.text
    assert len(attachment.images) == 2
    kept = receipts.parent / "kept.zip"  # what the history keeps reads back the same
    kept.write_bytes(attachment.data)
    assert prepare_stored(kept, attachment.meta, 12).text == attachment.text.replace("receipts.zip", "kept.zip")


def test_a_folder_too_large_or_with_too_many_files_is_refused_before_it_is_read(receipts, monkeypatch):
    monkeypatch.setattr(folder_archive, "MAX_FOLDER_FILES", 2)
    with pytest.raises(MediaError, match="receipts holds more than 2 files") as refused:
        folder_files(receipts)
    assert refused.value.hint is not None and "smaller folder" in refused.value.hint
    monkeypatch.setattr(folder_archive, "MAX_FOLDER_FILES", 1000)
    monkeypatch.setattr(folder_archive, "MAX_FOLDER_BYTES", 1000)
    with pytest.raises(MediaError, match="receipts holds more than"):
        folder_files(receipts)


def test_an_empty_folder_or_one_of_hidden_files_only_is_refused(tmp_path):
    (tmp_path / "empty" / ".cache").mkdir(parents=True)
    (tmp_path / "empty" / ".cache" / "x").write_text("x")
    with pytest.raises(MediaError, match="empty is an empty folder"):
        prepare_file(tmp_path / "empty")


def test_files_dated_before_1980_are_packed(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "readme.txt").write_text("unpacked from an old archive")
    os.utime(folder / "readme.txt", (0, 0))  # 1970, which ZIP cannot say
    pack_folder(folder, tmp_path / "old.zip")
    with zipfile.ZipFile(tmp_path / "old.zip") as archive:
        assert archive.getinfo("readme.txt").date_time[0] == 1980


def test_ask_attaches_a_folder(receipts, capsys):
    command = ["ask", str(MODEL), "What did lunch cost?", "--attach", str(receipts), "--max-new-tokens", "2"]
    assert main([*command, "--json"]) == 0, capsys.readouterr().err
    prompt_tokens = json.loads(capsys.readouterr().out)["stats"]["prompt_tokens"]
    packed = receipts.parent / "receipts.zip"
    pack_folder(receipts, packed)
    assert main([*command[:4], str(packed), *command[5:], "--json"]) == 0  # the same as a ZIP of the folder
    assert json.loads(capsys.readouterr().out)["stats"]["prompt_tokens"] == prompt_tokens
