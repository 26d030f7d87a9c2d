"""A PDF that opens only with its password (a bank statement), or a Word or Excel file saved with one (a payroll
sheet), asks for it instead of being refused: the right password attaches an unprotected copy, which the
conversation keeps and reads again without the password (the password itself is kept nowhere); a wrong one asks
again, saying so; Cancel leaves the file unattached."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import olefile
import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication

from desktop_vlm.app.attachments import prepare_file, prepare_stored, prepare_unlocked
from desktop_vlm.core.errors import MediaError, PasswordRequiredError
from desktop_vlm.ui.pdf_pages import PagePicker

LOCKED = Path(__file__).parents[1] / "data" / "locked" / "statement.pdf"  # password 2410 (make_locked_pdf.sh)


@pytest.fixture
def statement(tmp_path) -> Path:
    return Path(shutil.copy(LOCKED, tmp_path / "statement.pdf"))


def test_the_right_password_gives_an_unprotected_copy_read_again_without_it(statement, tmp_path):
    with pytest.raises(PasswordRequiredError, match="statement.pdf is password-protected"):
        prepare_file(statement)
    with pytest.raises(PasswordRequiredError, match="That is not the password of statement.pdf"):
        prepare_unlocked(statement, "1234")
    attachment = prepare_unlocked(statement, "2410")
    assert attachment.name == "statement.pdf" and attachment.source is None
    assert attachment.meta["page_count"] == 2 and len(attachment.images) == 2
    assert b"/Encrypt" not in attachment.data and b"2410" not in attachment.data
    kept = tmp_path / "kept" / "0a1b.pdf"
    kept.parent.mkdir()
    kept.write_bytes(attachment.data)
    assert prepare_stored(kept, attachment.meta, max_tiles=6).images[0].size == attachment.images[0].size
    text = prepare_stored(kept, {"as_text": 1}, max_tiles=6).text
    assert "Closing balance: 980.40" in text


def test_the_window_asks_for_the_password_again_when_it_is_wrong(qtbot, window, statement, monkeypatch):
    composer = window.composer
    asked: list[tuple[str, str]] = []
    answers = iter(["1234", "2410"])
    monkeypatch.setattr(composer, "ask_password", lambda name, why: asked.append((name, why)) or next(answers))
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([statement])
    assert asked == [
        ("statement.pdf", "statement.pdf is password-protected."),
        ("statement.pdf", "That is not the password of statement.pdf."),
    ]
    (attachment,) = composer.attachments
    assert attachment.name == "statement.pdf" and not window.banner.isVisible()
    assert attachment.stored is not None and attachment.source == attachment.stored.path
    chip = composer._chips()[0]
    (pages,) = [b for b in chip.findChildren(QAbstractButton) if b.text() == "Pages…"]
    pages.click()  # the page picker reads the kept copy: the original would need the password again
    picker = QApplication.activeModalWidget()
    assert isinstance(picker, PagePicker) and picker.checked() == [0, 1]
    picker.reject()


def test_cancel_leaves_it_unattached(qtbot, window, statement, monkeypatch):
    composer = window.composer
    monkeypatch.setattr(composer, "ask_password", lambda name, why: None)
    composer.add_files([statement])
    qtbot.waitUntil(lambda: composer._pending == 0, timeout=10000)
    assert composer.attachments == [] and not window.banner.isVisible()


def test_a_sent_statement_is_read_again_from_the_conversation_without_the_password(
    qtbot, window, services, statement, monkeypatch
):
    composer = window.composer
    monkeypatch.setattr(composer, "ask_password", lambda name, why: "2410")
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([statement])
    c = services.controller
    with qtbot.waitSignal(c.answer_finished, timeout=10000):
        composer.edit.setPlainText("What is the closing balance?")
        composer.submit()
    reopened = services.store.get_conversation(c.conversation.id)
    request = c.build_request(reopened.__class__(**{**reopened.__dict__, "messages": reopened.messages[:1]}))
    assert len(request.visuals) == 2


LOCKED_OFFICE = Path(__file__).parents[1] / "data" / "locked"  # make_locked_office.py: password 2410


@pytest.mark.parametrize(
    "name, plain_folder, expected",
    [
        ("sales-locked.xlsx", "office_drawings", "Sales by region"),
        ("report-locked.docx", "office_drawings", ""),
        ("lease-locked.doc", "office97", "The tenant gives three months' notice."),  # RC4, by LibreOffice
        ("invoices-locked.xls", "office97", "## Sheet: Invoices"),
    ],
)
def test_an_office_file_saved_with_a_password_opens_with_it(tmp_path, name, plain_folder, expected):
    locked = Path(shutil.copy(LOCKED_OFFICE / name, tmp_path / name))
    with pytest.raises(PasswordRequiredError, match=f"{name} is protected with a password"):
        prepare_file(locked)
    with pytest.raises(PasswordRequiredError, match=f"That is not the password of {name}"):
        prepare_unlocked(locked, "1234")
    attachment = prepare_unlocked(locked, "2410")
    plain = prepare_file(LOCKED_OFFICE.parent / plain_folder / name.replace("-locked", ""))
    assert attachment.kind == plain.kind and attachment.text == plain.text.replace(plain.name, name)
    assert expected in attachment.text


def test_the_window_asks_for_an_office_files_password(qtbot, window, tmp_path, monkeypatch):
    composer = window.composer
    locked = Path(shutil.copy(LOCKED_OFFICE / "sales-locked.xlsx", tmp_path / "sales-locked.xlsx"))
    asked = []
    monkeypatch.setattr(composer, "ask_password", lambda name, why: asked.append(why) or "2410")
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([locked])
    assert asked == ["sales-locked.xlsx is protected with a password."]
    (attachment,) = composer.attachments
    assert attachment.text is not None and "Sales by region" in attachment.text


def test_a_zip_protected_with_a_password_opens_with_it(tmp_path):
    """The "traditional" zip encryption (zip -P, mail gateways): the archive is written again without it."""
    locked = Path(shutil.copy(LOCKED_OFFICE / "invoices.zip", tmp_path / "invoices.zip"))
    with pytest.raises(PasswordRequiredError, match="invoices.zip is protected with a password"):
        prepare_file(locked)
    with pytest.raises(PasswordRequiredError, match="That is not the password of invoices.zip"):
        prepare_unlocked(locked, "1234")
    attachment = prepare_unlocked(locked, "2410")
    assert "Files in invoices.zip:\n- INV-17.pdf\n- notes.txt" in attachment.text
    assert "[Page 1]\nInvoice INV-17\nTotal: 240.00 EUR" in attachment.text
    assert "INV-17 is due on 15 January." in attachment.text


def test_a_protected_zip_past_the_decryption_limit_is_refused_with_the_way_on(tmp_path, monkeypatch):
    from desktop_vlm.media import unlocking

    monkeypatch.setattr(unlocking, "MAX_ZIP_PROTECTED_BYTES", 100)
    locked = Path(shutil.copy(LOCKED_OFFICE / "invoices.zip", tmp_path / "invoices.zip"))
    with pytest.raises(MediaError, match="invoices.zip holds 0 MB under its password") as refused:
        prepare_unlocked(locked, "2410")
    assert refused.value.hint == "Unpack it with its password, and attach the files you want to ask about."


def test_a_zip_protected_with_aes_is_refused_with_the_way_on(tmp_path):
    """WinZip's AES (7-Zip's option): the compression method 99 zipfile does not know."""
    data = bytearray((LOCKED_OFFICE / "invoices.zip").read_bytes())
    for header in (b"PK\x03\x04", b"PK\x01\x02"):  # the method field of each local and central header
        at = data.find(header)
        while at >= 0:
            method_at = at + (8 if header == b"PK\x03\x04" else 10)
            data[method_at : method_at + 2] = (99).to_bytes(2, "little")
            at = data.find(header, at + 4)
    locked = tmp_path / "invoices.zip"
    locked.write_bytes(bytes(data))
    with pytest.raises(MediaError, match="invoices.zip is protected with AES encryption"):
        prepare_unlocked(locked, "2410")


_UNLOCK_WITH_BOUNDED_MEMORY = """
import resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))  # a regression fails here, not by the OOM killer
from desktop_vlm.core.errors import MediaError
from desktop_vlm.media.unlocking import unlock_file
try:
    unlock_file(Path(sys.argv[1]), "2410", Path(sys.argv[2]))
except MediaError as err:
    print(err.user_message)
"""


def _with_looping_chain(data: bytes, stream: str) -> bytes:
    """``data`` (a compound file) with the last small sector of ``stream`` pointing back to its first."""
    ole = olefile.OleFileIO(data)
    entry = next(e for e in ole.direntries if e is not None and e.name == stream)
    ole.loadminifat()
    assert entry.is_minifat
    chain = [entry.isectStart]
    while ole.minifat[chain[-1]] != olefile.ENDOFCHAIN:
        chain.append(ole.minifat[chain[-1]])
    offset = (ole.minifatsect + 1) * ole.sector_size + 4 * chain[-1]
    assert chain[-1] < ole.sector_size // 4  # in the table's first sector
    return data[:offset] + struct.pack("<I", chain[0]) + data[offset + 4 :]


def test_a_locked_workbook_whose_sector_chain_loops_is_refused_as_damaged_at_once(tmp_path):
    """olefile follows a chain without end when it writes the decrypted workbook back: memory filled until the
    process was killed (found by mutating the fixture)."""
    looping = tmp_path / "invoices.xls"
    looping.write_bytes(_with_looping_chain((LOCKED_OFFICE / "invoices-locked.xls").read_bytes(), "Workbook"))
    out = subprocess.run(
        [sys.executable, "-c", _UNLOCK_WITH_BOUNDED_MEMORY, str(looping), str(tmp_path / "copy.xls")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "invoices.xls is damaged: its Workbook part cannot be read."


def _mixed_chip(qtbot, window, tmp_path):
    """mixed.zip (make_locked_zip.sh): notes.txt open, INV-17.pdf protected with 2410."""
    mixed = Path(shutil.copy(LOCKED_OFFICE / "mixed.zip", tmp_path / "mixed.zip"))
    composer = window.composer
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        composer.add_files([mixed])
    (chip,) = composer._chips()
    buttons = {b.text(): b for b in chip.findChildren(QAbstractButton)}
    assert "INV-17.pdf (protected with a password)" in (chip.attachment.text or "")
    return composer, chip, buttons


def test_an_archive_with_some_files_protected_offers_their_password_on_its_chip(qtbot, window, tmp_path, monkeypatch):
    composer, chip, buttons = _mixed_chip(qtbot, window, tmp_path)
    asked = []
    monkeypatch.setattr(composer, "ask_password", lambda name, why: asked.append(why) or "2410")
    with qtbot.waitSignal(composer.attachments_changed, timeout=10000):
        buttons["Enter its password…"].click()
    assert asked == ["1 file(s) in mixed.zip are protected with a password."]
    qtbot.waitUntil(
        lambda: len(composer.attachments) == 1 and "Total: 240.00 EUR" in (composer.attachments[0].text or "")
    )
    (opened,) = composer._chips()
    assert "Enter its password…" not in [b.text() for b in opened.findChildren(QAbstractButton)]


def test_a_wrong_password_then_cancel_gives_the_archive_back_as_it_was(qtbot, window, tmp_path, monkeypatch):
    composer, chip, buttons = _mixed_chip(qtbot, window, tmp_path)
    answers = iter(["1234", None])  # a wrong one, then Cancel when asked again
    monkeypatch.setattr(composer, "ask_password", lambda name, why: next(answers))
    buttons["Enter its password…"].click()
    qtbot.waitUntil(lambda: len(composer.attachments) == 1 and composer._pending == 0, timeout=10000)
    (again,) = composer.attachments
    assert "INV-17.pdf (protected with a password)" in (again.text or "") and again.meta["protected_files"] == 1
