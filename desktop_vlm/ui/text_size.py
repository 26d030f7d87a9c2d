"""The size of the conversation's text: larger or smaller in steps (Ctrl++ / Ctrl+- / Ctrl+0, or Ctrl and the
wheel over the chat), as a browser zooms a page, kept across restarts.

It scales what is read and written — the answers, the questions, code and tables, the composer — and leaves the
window's controls and the notes beside the text at the system's size, where their layout was measured.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

TEXT_SIZES = (67, 80, 90, 100, 110, 125, 150, 175, 200, 250)  # percent: the steps a browser's zoom takes
NORMAL = 100
NOTCH = 120  # a mouse wheel's notch, in eighths of a degree


def step(current: int, direction: int) -> int:
    """The next size from ``current`` in ``direction`` (+1 larger, -1 smaller), staying at the ends; a size between
    the steps (an edited settings file) goes to the nearest step that way."""
    if direction > 0:
        return next((size for size in TEXT_SIZES if size > current), TEXT_SIZES[-1])
    return next((size for size in reversed(TEXT_SIZES) if size < current), TEXT_SIZES[0])


def apply_text_size(widgets: list[QWidget], percent: int) -> None:
    """Show the text views in ``widgets`` (and in what they hold, now and later) at ``percent`` of the
    application's font size. A style sheet, not ``setFont``: a font set on a parent does not reach children the
    application's style sheet has styled, which every text view is."""
    size = QApplication.font().pointSizeF() * percent / NORMAL
    sheet = "" if percent == NORMAL else f"QTextBrowser, QPlainTextEdit, QTextEdit {{ font-size: {size:.2f}pt; }}"
    for widget in widgets:
        widget.setStyleSheet(sheet)


class WheelZoom(QObject):
    """Ctrl and the mouse wheel anywhere over ``area`` make the text larger or smaller, one step per notch. It
    listens to the whole application because the wheel reaches the text views inside first, and a read-only
    text view zooms itself alone on Ctrl+wheel."""

    def __init__(self, area: QWidget, change):
        super().__init__(area)
        self._area = area
        self._change = change  # called with +1 or -1
        self._turned = 0  # eighths of a degree not yet a whole notch (a touchpad sends small turns)
        app = QApplication.instance()
        assert app is not None, "a widget exists, so the application does"
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.Wheel
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and isinstance(watched, QWidget)
            and (watched is self._area or self._area.isAncestorOf(watched))
        ):
            self._turned += event.angleDelta().y()
            while abs(self._turned) >= NOTCH:
                direction = 1 if self._turned > 0 else -1
                self._turned -= direction * NOTCH
                self._change(direction)
            return True  # Ctrl+wheel never scrolls the chat nor zooms one answer alone
        return False
