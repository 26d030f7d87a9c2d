"""The ‹ 2/3 › switcher under a question or an answer that has versions (regenerated answers, reworded
questions)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class VersionSwitcher(QWidget):
    """Shows which version of a message is on screen; ``chosen(message_id)`` asks for another one. Hidden
    while the message has a single version."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._versions: tuple[int, ...] = ()
        self._index = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.previous = QToolButton(self)
        self.previous.setText("‹")
        self.previous.setAutoRaise(True)
        self.previous.setAccessibleName(self.tr("Previous version"))
        self.previous.clicked.connect(lambda: self.step(-1))
        self.label = QLabel(self)
        self.label.setObjectName("Hint")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next = QToolButton(self)
        self.next.setText("›")
        self.next.setAutoRaise(True)
        self.next.setAccessibleName(self.tr("Next version"))
        self.next.clicked.connect(lambda: self.step(1))
        for widget in (self.previous, self.label, self.next):
            layout.addWidget(widget)
        self.hide()

    def set_versions(self, versions: tuple[int, ...], current: int) -> None:
        """``versions``: the message ids, oldest first; ``current``: the one shown."""
        self._versions = tuple(versions)
        self._index = self._versions.index(current) if current in self._versions else 0
        count = len(self._versions)
        self.label.setText(f"{self._index + 1}/{count}")
        self.label.setAccessibleName(self.tr("Version %d of %d") % (self._index + 1, count))
        self.previous.setEnabled(self._index > 0)
        self.next.setEnabled(self._index < count - 1)
        self.setVisible(count > 1)

    def count(self) -> int:
        return len(self._versions)

    def step(self, delta: int) -> bool:
        """Ask for the version ``delta`` places away; False when there is none."""
        target = self._index + delta
        if not 0 <= target < len(self._versions):
            return False
        self.chosen.emit(self._versions[target])
        return True
