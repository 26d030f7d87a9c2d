"""See what the model reads of a text file: the text the question quotes, how many lines and tokens it is, the
encoding it was read with, and where the end was left out."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ..core.text_tokens import estimate_tokens
from ..media.text_files import Cut, what_was_cut
from .i18n import translate_message


class _TextDecoder(QObject):
    """Reads a sent text file again on the pool (a 16 MB log takes a while); ``done(text)`` or ``failed``."""

    done = Signal(str)
    failed = Signal(str)

    def start(self, attachment, max_tiles: int) -> None:
        from ..app.attachments import prepare_stored
        from ..core.errors import DesktopVlmError

        def work() -> None:
            try:
                self.done.emit(prepare_stored(attachment.path, attachment.meta, max_tiles).text or "")
            except DesktopVlmError as err:
                self.failed.emit(err.user_message)
            except OSError as err:
                self.failed.emit(self.tr("%s could not be read (%s).") % (attachment.name, err.strerror or err))

        QThreadPool.globalInstance().start(work)


class TextViewer(QDialog):
    """A text file as the model reads it (``set_text``), with its size in lines and tokens."""

    def __init__(self, name: str, meta: dict, parent: QWidget | None = None, chosen_later: bool = False):
        super().__init__(parent)
        self.meta = meta or {}
        self.chosen_later = chosen_later  # its beginning is shown: the parts sent are chosen with the question
        self.decoder: _TextDecoder | None = None  # reads a sent file again (see open_stored_text_viewer)
        self.setWindowTitle(self.tr("%s as the model reads it") % name)
        self.summary = QLabel(self.tr("Loading…"), self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("The text sent to the model"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text, 1)
        self.resize(900, 700)

    def set_text(self, text: str) -> None:
        self.text.setPlainText(text)
        lines = text.count("\n") + 1 if text else 0
        summary = self.tr("%s lines · about %s tokens · read as %s") % (
            f"{lines:,}",
            f"{estimate_tokens(text):,}",
            translate_message(self.meta.get("encoding", "UTF-8")),  # "Word document", or a character set's name
        )
        cut = what_was_cut(text, self.meta)
        if cut is not None:
            summary += "\n⚠ " + self._cut_warning(cut)
        self.summary.setText(summary)

    def _cut_warning(self, cut: Cut) -> str:
        left_out, total = f"{cut.total - cut.sent:,}", f"{cut.total:,}"
        if self.chosen_later:
            if cut.unit == "lines":
                warning = self.tr(
                    "Only %s of its %s lines fit the context: the parts that match the question are chosen when "
                    "it is sent."
                )
            else:
                warning = self.tr(
                    "Only %s of its %s characters fit the context: the parts that match the question are chosen "
                    "when it is sent."
                )
            return warning % (f"{cut.sent:,}", total)
        if cut.chosen:
            if cut.unit == "lines":
                warning = self.tr(
                    "%s of its %s lines are left out, where marked: the parts that match the question were sent."
                )
            else:
                warning = self.tr(
                    "%s of its %s characters are left out, where marked: the parts that match the question were sent."
                )
        elif cut.unit == "lines":
            warning = self.tr("The last %s of its %s lines are left out: they would not fit the context.")
        else:
            warning = self.tr("The last %s of its %s characters are left out: they would not fit the context.")
        return warning % (left_out, total)

    def show_error(self, message: str) -> None:
        self.summary.setText(message)


def open_text_viewer(parent: QWidget, name: str, text: str, meta: dict, chosen_later: bool = False) -> TextViewer:
    """Open the viewer on a text already read (the composer's; ``chosen_later``: what is sent of it is chosen for
    the question when it is sent)."""
    viewer = TextViewer(name, meta, parent, chosen_later)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.set_text(text)
    viewer.open()
    return viewer


def open_stored_text_viewer(parent: QWidget, attachment, max_tiles: int) -> TextViewer:
    """Open the viewer on a sent text file; its text is read on a worker and appears when ready."""
    viewer = TextViewer(attachment.name, attachment.meta, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    decoder = viewer.decoder = _TextDecoder()  # no parent: a read finishing after the viewer closed finds it
    decoder.done.connect(viewer.set_text)
    decoder.failed.connect(viewer.show_error)
    decoder.start(attachment, max_tiles)
    viewer.open()
    return viewer
