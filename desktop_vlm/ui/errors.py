"""The one door for errors shown to people: domain code raises typed errors carrying their message; only this
module turns them into something on screen.

Recoverable states (no model loaded, out of memory, unsupported file) appear inline through
``ErrorBanner``; only unexpected failures get a dialog. Nothing here ever shows a traceback.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget


def show_error_dialog(parent: QWidget | None, message: str, hint: str = "") -> None:
    title = QCoreApplication.translate("MainWindow", "Desktop VLM")
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    if hint:
        box.setInformativeText(hint)
    box.setAccessibleName("Error")
    box.exec()


class ErrorBanner(QFrame):
    """An inline, dismissable message above the composer."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ErrorBanner")
        self.setAccessibleName(self.tr("Message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)  # what would put it right, when there is one thing to do
        self.action.clicked.connect(self._on_action_clicked)
        self._act: Callable[[], None] | None = None
        close = QPushButton("×", self)
        close.setAccessibleName(self.tr("Dismiss message"))
        close.setFixedWidth(28)
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(close)
        self.topic = ""
        self.hide()

    def dismiss(self, topic: str) -> None:
        """Hide the message if it is the one about ``topic``."""
        if self.topic == topic:
            self.hide()

    def show_message(
        self,
        message: str,
        hint: str = "",
        *,
        kind: str = "error",
        topic: str = "",
        action: tuple[str, Callable[[], None]] | None = None,
    ) -> None:
        """Show ``message``; ``topic`` names what it is about, so that :meth:`dismiss` can take it away
        once that is no longer true. ``action``: (button text, what it does) offered beside the message;
        the banner closes when it is clicked."""
        self.topic = topic
        self._act = action[1] if action else None
        self.action.setText(action[0] if action else "")
        self.action.setVisible(action is not None)
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(message if not hint else f"{message}<br><small>{hint}</small>")
        self.show()

    def _on_action_clicked(self) -> None:
        act, self._act = self._act, None
        self.hide()
        if act is not None:
            act()
