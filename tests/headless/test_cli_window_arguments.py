"""``desktop-vlm FILE…`` (what a launcher's ``Exec=desktop-vlm %F`` runs) opens the window with the files;
commands still reach their parsers, and a word that is neither a file nor a command is refused before any
window opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_vlm.cli.main import file_arguments, main, opens_the_window


def test_files_and_no_arguments_open_the_window_and_commands_do_not():
    assert opens_the_window([])
    assert opens_the_window(["receipt.png", "scan.pdf"])
    assert opens_the_window(["--measure-startup"])
    assert opens_the_window(["--", "-odd name.png"])
    assert opens_the_window(["ask.png"])  # a file named like a command, with its extension
    for command in (["ask", "MODEL", "q"], ["models", "list"], ["batch", "-h"], ["serve"], ["-h"], ["--help"]):
        assert not opens_the_window(command), command


def test_file_arguments_are_made_absolute_from_where_the_command_ran(tmp_path):
    assert file_arguments(["receipt.png", "/srv/scan.pdf"], tmp_path) == [
        tmp_path / "receipt.png",
        Path("/srv/scan.pdf"),
    ]
    # a launcher's %U passes addresses; an escaped space is a space
    assert file_arguments(["file:///home/me/My%20receipt.png"], tmp_path) == [Path("/home/me/My receipt.png")]


def test_a_word_that_is_neither_a_file_nor_a_command_is_refused_naming_both(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(["modles", "list"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "no such file or command: modles, list" in err
    assert "commands: ask, models, batch, serve" in err


def test_the_help_names_the_files_and_the_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "[FILE ...]" in out and "COMMAND ..." in out and "models" in out
