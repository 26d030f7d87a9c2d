"""Rewording a question inside its bubble: Enter or Ctrl+Enter sends, Shift+Enter starts a new line, Esc
cancels, Tab moves on to the buttons. Rewriting an answer is the same, except that an answer is paragraphs:
Enter starts a new line there, and Ctrl+Enter saves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

MIN_LINES, MAX_LINES = 2, 10


def is_send_key(event: QKeyEvent) -> bool:
    """Enter or Ctrl+Enter (not Shift+Enter, which starts a new line)."""
    return (
        event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    )


def is_save_key(event: QKeyEvent) -> bool:
    """Ctrl+Enter: what saves a rewritten answer, in which Enter starts a new paragraph."""
    return is_send_key(event) and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


class _EditBox(QPlainTextEdit):
    submit = Signal()
    cancel = Signal()

    def __init__(self, parent: QWidget, enter_submits: bool):
        super().__init__(parent)
        self._is_submit_key = is_send_key if enter_submits else is_save_key

    def event(self, event: QEvent) -> bool:
        # claim Esc and Enter before the window's shortcuts (Esc is Stop, Ctrl+Enter is Send) can take them
        if (
            isinstance(event, QKeyEvent)  # a shortcut override comes as the key event it is about
            and event.type() == QEvent.Type.ShortcutOverride
            and (event.key() == Qt.Key.Key_Escape or self._is_submit_key(event))
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self._is_submit_key(event):
            self.submit.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel.emit()
        else:
            super().keyPressEvent(event)


class QuestionEditor(QWidget):
    """``submitted(text)`` with the reworded question or rewritten answer (never empty), ``cancelled()``."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, text: str, parent: QWidget | None = None, *, rewrites_answer: bool = False):
        super().__init__(parent)
        self.edit = _EditBox(self, enter_submits=not rewrites_answer)
        self.edit.setPlainText(text)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Rewritten answer") if rewrites_answer else self.tr("Reworded question"))
        self.edit.submit.connect(self.submit)
        self.edit.cancel.connect(self.cancelled)
        self.edit.textChanged.connect(self._fit)
        self.send = QPushButton(self.tr("Save") if rewrites_answer else self.tr("Send"), self)
        self.send.setAccessibleName(
            self.tr("Save the rewritten answer") if rewrites_answer else self.tr("Send the reworded question")
        )
        self.send.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAccessibleName(self.tr("Cancel editing"))
        cancel.clicked.connect(self.cancelled)
        keys = (
            self.tr("Ctrl+Enter saves · Enter new line · Esc cancels")
            if rewrites_answer
            else self.tr("Enter sends · Shift+Enter new line · Esc cancels")
        )
        hint = QLabel(keys, self)
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(cancel)
        row.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addLayout(row)
        self._fit()

    def start(self) -> None:
        """Focus the text with the cursor at its end."""
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def submit(self) -> None:
        text = self.edit.toPlainText().strip()
        if text:
            self.submitted.emit(text)

    def _fit(self) -> None:
        lines = max(MIN_LINES, min(MAX_LINES, self.edit.document().lineCount()))
        margins = self.edit.contentsMargins()
        height = lines * self.edit.fontMetrics().lineSpacing() + 2 * self.edit.document().documentMargin()
        self.edit.setFixedHeight(int(height) + margins.top() + margins.bottom() + 4)
