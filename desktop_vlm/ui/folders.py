"""Where file dialogs open: the folder the person last used for that purpose, else the usual place for such
files. Without this, Qt opens them in the process's working directory, which for an app started from a
launcher or a terminal is rarely where anyone keeps pictures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

# purpose -> where to look when nothing was remembered, best first
_USUAL_PLACES = {
    "attach": (QStandardPaths.StandardLocation.PicturesLocation, QStandardPaths.StandardLocation.HomeLocation),
    "export": (QStandardPaths.StandardLocation.DocumentsLocation, QStandardPaths.StandardLocation.HomeLocation),
    "models": (QStandardPaths.StandardLocation.DownloadLocation, QStandardPaths.StandardLocation.HomeLocation),
}
PURPOSES = tuple(_USUAL_PLACES)


def start_folder(purpose: str, remembered: str) -> str:
    """The folder a dialog for ``purpose`` ("attach", "export" or "models") opens in: ``remembered`` while it still
    exists, else the first usual place for that purpose that exists, else the home folder."""
    if remembered and Path(remembered).is_dir():
        return remembered
    for location in _USUAL_PLACES[purpose]:
        place = QStandardPaths.writableLocation(location)
        if place and Path(place).is_dir():
            return place
    return str(Path.home())


def folder_of(chosen: str | Path) -> str:
    """The folder to remember after the person picked ``chosen`` (a file, or a folder itself)."""
    path = Path(chosen)
    return str(path if path.is_dir() else path.parent)
