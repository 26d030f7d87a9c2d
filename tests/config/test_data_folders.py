"""The app's own folders that cannot be made (a read-only or full disk, a drive that is not there, a file in the
folder's place) are told once, at start, with the way on: in the window's start, a dialog and a clear exit; on the
command line, one line — never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop_vlm.config.paths import AppPaths
from desktop_vlm.core.errors import DataFolderError


def test_a_folder_that_cannot_be_made_is_named_with_the_reason(tmp_path):
    blocked = tmp_path / "home"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(DataFolderError) as refused:
        AppPaths(blocked).make_folders()
    assert refused.value.user_message.startswith(f"Desktop VLM cannot make its folder {blocked / 'data'}: ")
    assert refused.value.hint is not None and "writable" in refused.value.hint


@pytest.mark.parametrize("command", [[], ["models", "list"]])
def test_the_window_and_the_command_line_say_so_and_exit(tmp_path, command):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        **{name: str(blocked) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")},
    }
    out = subprocess.run(
        [sys.executable, "-m", "desktop_vlm", *command], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 1, out.stderr[-2000:]
    assert out.stderr.startswith("desktop-vlm: Desktop VLM cannot make its folder ") and "Traceback" not in out.stderr
