"""Before Qt is asked for a window (it aborts the process when it cannot open one), the session is checked: a
missing display or a system library Qt's X11 plugin lacks is named with the way on, as a clear exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6

from desktop_vlm.ui.display_check import display_problem, missing_library

NOTHING_MISSING = lambda: None  # noqa: E731


def test_an_ssh_session_without_a_display_is_told_what_to_use_instead():
    problem = display_problem({"HOME": "/home/me"}, "linux", NOTHING_MISSING)
    assert problem is not None and "no display" in problem and "desktop-vlm ask" in problem


def test_a_session_with_a_display_and_the_libraries_opens_the_window():
    assert display_problem({"DISPLAY": ":0"}, "linux", NOTHING_MISSING) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", NOTHING_MISSING) is None


def test_a_missing_x11_library_is_named_with_the_packages_that_hold_it():
    problem = display_problem({"DISPLAY": ":0"}, "linux", lambda: "libxcb-cursor.so.0")
    assert problem is not None
    assert "libxcb-cursor.so.0" in problem and "apt install libxcb-cursor0" in problem
    assert "dnf install xcb-util-cursor" in problem
    problem = display_problem({"DISPLAY": ":0"}, "linux", lambda: "libQt6XcbQpa.so.6")
    assert problem is not None and "PySide6 is incomplete" in problem
    problem = display_problem({"DISPLAY": ":0"}, "linux", lambda: "libexotic.so.2")
    assert problem is not None and "libexotic.so.2" in problem and "package manager" in problem


def test_a_wayland_session_or_a_platform_chosen_by_hand_or_another_system_is_not_second_guessed():
    def asked():
        raise AssertionError("the X11 libraries were looked for")

    assert display_problem({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux", asked) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", asked) is None
    assert display_problem({}, "win32", asked) is None and display_problem({}, "darwin", asked) is None


def test_the_library_the_loader_cannot_find_is_the_one_named(tmp_path):
    """A copy of Qt's real X11 plugin with one of its needed libraries renamed to one no system has (same
    length, in the file's string table), laid out so that its own Qt libraries are found beside it."""
    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = (qt / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    assert plugin.count(b"\x00libGL.so.1\x00") >= 1  # a needed library, right after Qt's own two
    (tmp_path / "plugins" / "platforms").mkdir(parents=True)
    (tmp_path / "lib").symlink_to(qt / "lib")  # the plugin's run path: $ORIGIN/../../lib
    copy = tmp_path / "plugins" / "platforms" / "libqxcb.so"
    copy.write_bytes(plugin.replace(b"\x00libGL.so.1\x00", b"\x00libGZ.so.1\x00"))
    assert missing_library(copy) == "libGZ.so.1"
    assert missing_library(qt / "lib" / "libQt6Core.so.6") is None  # loads: nothing is missing
    damaged = tmp_path / "damaged.so"
    damaged.write_bytes(b"not a shared object")
    assert missing_library(damaged) is None  # not a missing library: left to Qt to name


def test_started_without_a_display_it_says_so_and_exits_instead_of_aborting(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env |= {name: str(tmp_path) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")}
    out = subprocess.run([sys.executable, "-m", "desktop_vlm"], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 1, out.stderr[-2000:]
    assert out.stderr.startswith("desktop-vlm: there is no display") and "Traceback" not in out.stderr
