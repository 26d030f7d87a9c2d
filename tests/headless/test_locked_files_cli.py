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
