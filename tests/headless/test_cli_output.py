"""The command line's output meets a reader that goes away (``| head``, a pager quit early) quietly: no
traceback, the exit status a shell gives a command ended by SIGPIPE."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("buffered", [True, False])  # buffered, the write that fails comes after the command
def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path, buffered):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"} | {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"
    command = [sys.executable, "-m", "desktop_vlm", "models", "--models-dir", str(tmp_path / "store"), "list"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # gone before the first line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141, err
    assert "Traceback" not in err and "Exception ignored" not in err and "Broken pipe" not in err, err
