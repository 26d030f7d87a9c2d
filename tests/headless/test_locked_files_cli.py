"""``desktop-vlm ask`` with a password-protected PDF or Excel workbook: refused with the way on, read with ``--password-env`` (the
password comes from the environment, never the command line), and a missing variable named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from desktop_vlm.cli.main import main
from tests.conftest import REFERENCE_DIR

MODEL = REFERENCE_DIR / "InternVL2_5-4B"
LOCKED = Path(__file__).parents[1] / "data" / "locked" / "statement.pdf"  # password 2410


def _ask(statement: Path, *more: str) -> list[str]:
    return ["ask", str(MODEL), "Closing balance?", "--attach", str(statement), "--max-new-tokens", "2", *more]


def test_a_locked_pdf_is_read_with_the_password_from_the_environment(tmp_path, capsys, monkeypatch):
    statement = Path(shutil.copy(LOCKED, tmp_path / "statement.pdf"))
    assert main(_ask(statement)) == 1
    err = capsys.readouterr().err
    assert "statement.pdf is password-protected." in err and "--password-env" in err
    monkeypatch.setenv("STATEMENT_PASSWORD", "2410")
    assert main(_ask(statement, "--password-env", "STATEMENT_PASSWORD", "--json", "--pdf-text")) == 0
    request = json.loads(capsys.readouterr().out)
    assert request["finish_reason"] in ("length", "stop") and request["stats"]["prompt_tokens"] > 0
    monkeypatch.setenv("STATEMENT_PASSWORD", "1234")
    assert main(_ask(statement, "--password-env", "STATEMENT_PASSWORD")) == 1
    assert "That is not the password of statement.pdf." in capsys.readouterr().err
    assert main(_ask(statement, "--password-env", "UNSET_PASSWORD_VARIABLE")) == 1
    assert "The environment variable UNSET_PASSWORD_VARIABLE holds no password." in capsys.readouterr().err


def test_a_workbook_saved_with_a_password_is_read_as_a_workbook(tmp_path, capsys, monkeypatch):
    workbook = Path(shutil.copy(LOCKED.parent / "sales-locked.xlsx", tmp_path / "sales.xlsx"))
    monkeypatch.setenv("STATEMENT_PASSWORD", "2410")
    assert main(_ask(workbook, "--password-env", "STATEMENT_PASSWORD", "--json")) == 0, capsys.readouterr().err
    prompt_tokens = json.loads(capsys.readouterr().out)["stats"]["prompt_tokens"]
    plain = LOCKED.parent.parent / "office_drawings" / "sales.xlsx"
    assert main(_ask(plain, "--json")) == 0
    assert json.loads(capsys.readouterr().out)["stats"]["prompt_tokens"] == prompt_tokens  # the same workbook read


def test_a_batch_reads_a_folder_of_locked_files_under_one_password(tmp_path, capsys, monkeypatch):
    """A year of bank statements under one password: every page of each is a row, ids those of the files."""
    folder = tmp_path / "statements"
    folder.mkdir()
    shutil.copy(LOCKED, folder / "march.pdf")
    shutil.copy(LOCKED.parent / "sales-locked.xlsx", folder / "sales.xlsx")
    shutil.copy(LOCKED.parent / "lease-locked.doc", folder / "lease.doc")  # Word 97–2003, RC4
    shutil.copy(LOCKED.parent.parent / "images" / "photo.heic", folder / "receipt.heic")
    out = tmp_path / "rows.jsonl"
    command = [
        "batch",
        str(MODEL),
        str(folder),
        "--prompt",
        "Closing balance?",
        "-o",
        str(out),
        "--max-new-tokens",
        "2",
    ]
    assert main(command) == 1  # without the password: the locked files are error rows
    rows = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert rows["march.pdf"]["status"] == "error" and "password-protected" in rows["march.pdf"]["message"]
    assert rows["sales.xlsx"]["status"] == "error" and rows["receipt.heic"]["status"] == "ok"
    assert rows["lease.doc"]["status"] == "error" and "--password-env" in rows["lease.doc"]["message"]
    monkeypatch.setenv("STATEMENT_PASSWORD", "2410")
    assert main([*command, "--password-env", "STATEMENT_PASSWORD", "--retry-errors"]) == 0, capsys.readouterr().err
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    done = {r["id"]: r["status"] for r in rows}
    assert done == {
        "march.pdf": "error",  # the first run's row, kept; the pages answered it
        "march.pdf#page=1": "ok",
        "march.pdf#page=2": "ok",
        "receipt.heic": "ok",
        "sales.xlsx": "ok",
        "lease.doc": "ok",
    }
    assert [r["file"] for r in rows if r["id"].startswith("march.pdf#")] == ["march.pdf", "march.pdf"]


def test_a_protected_zip_is_read_with_the_password_and_found_by_a_batch(tmp_path, capsys, monkeypatch):
    from desktop_vlm.media.unlocking import needs_password

    archive = Path(shutil.copy(LOCKED.parent / "invoices.zip", tmp_path / "invoices.zip"))
    assert needs_password(archive) and not needs_password(LOCKED.parent.parent / "office_drawings" / "sales.xlsx")
    monkeypatch.setenv("STATEMENT_PASSWORD", "2410")
    assert main(_ask(archive, "--password-env", "STATEMENT_PASSWORD", "--json")) == 0, capsys.readouterr().err
    assert json.loads(capsys.readouterr().out)["stats"]["prompt_tokens"] > 0


class _Terminal:
    """stdin as a person's terminal."""

    def isatty(self) -> bool:
        return True


def test_at_a_terminal_the_password_is_asked_for_and_asked_again_while_wrong(tmp_path, capsys, monkeypatch):
    import getpass

    statement = Path(shutil.copy(LOCKED, tmp_path / "statement.pdf"))
    prompts: list[str] = []
    answers = iter(["1234", "2410"])
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt: prompts.append(prompt) or next(answers))
    assert main(_ask(statement, "--json")) == 0, capsys.readouterr().err
    assert prompts == [
        "statement.pdf is password-protected. Password (not shown, not saved): ",
        "That is not the password of statement.pdf. Password (not shown, not saved): ",
    ]
    monkeypatch.setattr(getpass, "getpass", lambda prompt: "")  # nothing typed: the refusal, as without a terminal
    assert main(_ask(statement)) == 1
    assert "statement.pdf is password-protected." in capsys.readouterr().err


def test_an_archive_with_some_files_protected_reads_them_with_the_password(tmp_path, capsys, monkeypatch):
    mixed = Path(shutil.copy(LOCKED.parent / "mixed.zip", tmp_path / "mixed.zip"))  # INV-17.pdf protected
    assert main(_ask(mixed, "--json")) == 0, capsys.readouterr().err  # without it: the open file, the other named
    without = json.loads(capsys.readouterr().out)["stats"]["prompt_tokens"]
    monkeypatch.setenv("STATEMENT_PASSWORD", "2410")
    assert main(_ask(mixed, "--password-env", "STATEMENT_PASSWORD", "--json")) == 0, capsys.readouterr().err
    assert json.loads(capsys.readouterr().out)["stats"]["prompt_tokens"] > without  # the invoice's text too
    monkeypatch.setenv("STATEMENT_PASSWORD", "1234")
    assert main(_ask(mixed, "--password-env", "STATEMENT_PASSWORD")) == 1
    assert "That is not the password of mixed.zip" in capsys.readouterr().err


def test_a_batch_opens_an_archive_with_some_files_protected(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "mail"
    folder.mkdir()
    shutil.copy(LOCKED.parent / "mixed.zip", folder / "mixed.zip")
    out = tmp_path / "rows.jsonl"
    command = ["batch", str(MODEL), str(folder), "--prompt", "Total?", "-o", str(out), "--max-new-tokens", "2"]
    assert main(command) == 0, capsys.readouterr().err  # without the password: the open file, the other named
    (without,) = map(json.loads, out.read_text().splitlines())
    out.unlink()
    monkeypatch.setenv("STATEMENT_PASSWORD", "2410")
    assert main([*command, "--password-env", "STATEMENT_PASSWORD"]) == 0, capsys.readouterr().err
    (opened,) = map(json.loads, out.read_text().splitlines())
    assert without["status"] == opened["status"] == "ok"
    assert opened["prompt_tokens"] > without["prompt_tokens"]  # the invoice's text too
