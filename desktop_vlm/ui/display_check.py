"""Whether the window can open here, asked before Qt is: Qt ends the process (SIGABRT, "Reinstalling the
application may fix this problem") when it finds no display or its X11 plugin cannot load, which says nothing
of an SSH session without a desktop or of the one system library a fresh Linux install lacks."""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Mapping
from pathlib import Path

# The libraries Qt's X11 plugin needs that desktop installs may lack, and the packages that hold them
# (Debian and Ubuntu, then Fedora); scripts/setup.sh installs the Debian ones.
PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}


def display_problem(
    environ: Mapping[str, str], platform: str, missing_x11_library: Callable[[], str | None]
) -> str | None:
    """Why the window cannot open in this session, as a sentence with the way on; None where it can (or where
    Qt's own choice of platform was made by hand, ``QT_QPA_PLATFORM``). Only Linux is asked: Windows and macOS
    always have their one platform. ``missing_x11_library`` is asked only for an X11 session."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return (
            "there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set, as in an SSH "
            "session or a container): start it from a desktop session, or use desktop-vlm ask, batch or serve here"
        )
    if environ.get("WAYLAND_DISPLAY"):
        return None  # a Wayland session: Qt's Wayland plugin needs none of the X11 libraries
    missing = missing_x11_library()
    if missing is None:
        return None
    if missing in PACKAGES:
        debian, fedora = PACKAGES[missing]
        way_on = f"install it: sudo apt install {debian} (Debian, Ubuntu), sudo dnf install {fedora} (Fedora)"
    elif missing.startswith("libQt6") or missing.startswith("libpyside6") or missing.startswith("libshiboken6"):
        way_on = "PySide6 is incomplete: install it again (bash scripts/setup.sh --gui)"
    else:
        way_on = "install the package that provides it with your system's package manager"
    return f"the window cannot open: Qt's X11 plugin needs the system library {missing}, which is missing; {way_on}"


def missing_library(shared_object: Path) -> str | None:
    """The first library ``shared_object`` needs that the system cannot find, as the dynamic loader names it;
    None when it loads. Loading it now costs nothing later: Qt's own load of the plugin gets the same copy."""
    try:
        ctypes.CDLL(str(shared_object), mode=os.RTLD_LAZY)
    except OSError as err:
        name, _, reason = str(err).partition(":")
        if "cannot open shared object file" in reason:
            return name.strip()
        return None  # another failure (a damaged file): left to Qt, which names the plugin
    return None


def missing_x11_library() -> str | None:
    """The first library PySide6's X11 platform plugin needs that is missing here (None: it has them all, or
    this PySide6 has no such plugin, which Qt then says)."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return missing_library(plugin) if plugin.is_file() else None
