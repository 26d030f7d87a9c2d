"""The app's icons: line drawings in ``desktop_vlm/resources/icons/ui`` (drawn for this project; see the README
there), painted in the current palette's text colour at whatever size a widget asks for.

The SVGs use ``currentColor``; the engine below substitutes the palette colour at paint time, so a theme
switch recolours every icon on the next repaint without rebuilding any widget. They are package data, found
through ``importlib.resources`` in a source checkout, an editable or a wheel install and a PyInstaller bundle
alike. Nothing is downloaded: a missing resources folder (a broken install) leaves buttons with their text
and no icon.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer


def resources_dir() -> Path:
    """The package's ``resources`` folder, wherever the package is installed (always on the file system: Qt
    reads the app icon by path)."""
    return Path(str(files("desktop_vlm") / "resources"))


ICON_DIR = resources_dir() / "icons" / "ui"
APP_ICON = resources_dir() / "icons" / "desktop-vlm.svg"


@cache
def _svg_text(name: str) -> str:
    try:
        return (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")
    except OSError:
        return ""


@lru_cache(maxsize=256)
def _renderer(name: str, colour: str) -> QSvgRenderer:
    """The parsed drawing of ``name`` in ``colour`` (buttons repaint often; parsing each time is waste)."""
    return QSvgRenderer(QByteArray(_svg_text(name).replace("currentColor", colour).encode("utf-8")))


class _TintedSvgEngine(QIconEngine):
    """Renders one SVG in a palette colour (``role``) or a fixed ``color``; disabled icons take the
    palette's disabled colour, as disabled text does."""

    def __init__(self, name: str, role: QPalette.ColorRole, color: str | None):
        super().__init__()
        self._name, self._role, self._color = name, role, color

    def _colour(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        return QColor(self._color) if self._color else palette.color(QPalette.ColorGroup.Active, self._role)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:  # noqa: ARG002
        renderer = _renderer(self._name, self._colour(mode).name())
        if renderer.isValid():
            renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._name, self._role, self._color)


def icon(name: str, *, role: QPalette.ColorRole = QPalette.ColorRole.ButtonText, color: str | None = None) -> QIcon:
    """The icon ``name`` (a file name in ``ICON_DIR`` without ``.svg``), drawn in the palette
    colour ``role`` or in ``color``; an empty icon when the file is missing."""
    if not _svg_text(name):
        return QIcon()
    return QIcon(_TintedSvgEngine(name, role, color))


def app_icon() -> QIcon:
    """The application's own icon (window, task bar, about box); empty when the file is missing."""
    return QIcon(str(APP_ICON)) if APP_ICON.is_file() else QIcon()
