"""Under the model card of an installed model: what its files say it is (the report of ``desktop-vlm models
inspect``), with any problem shown at once on the error tint and the whole report a click away, and a button
that copies the report for a bug report."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from .answer_body import flash_copied
from .icons import icon

PROBLEM_PREFIX = "problem:"  # how the report starts a problem's line


class CheckpointDetails(QWidget):
    """The report of one installed model folder: :meth:`show_reading` while it is read, then
    :meth:`show_report`; :attr:`text` is what Copy details copies."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = ""
        self.text = ""
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("Checkpoint details"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip(
            self.tr(
                "What the model's files say it is: family, template, tokenizer, "
                "vocabulary, parameters, stored types, memory"
            )
        )
        self.toggle.toggled.connect(self._on_toggled)
        self.summary = QLabel(self)
        self.summary.setObjectName("Hint")
        self.summary.setWordWrap(True)
        self.copy = QPushButton(icon("copy"), self.tr("Copy details"), self)
        self.copy.setToolTip(self.tr("Copy the report, e.g. for a bug report"))
        self.copy.clicked.connect(lambda: flash_copied(self.copy, self.text))
        self.problems = QLabel(self)
        self.problems.setObjectName("Problem")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report = QLabel(self)
        self.report.setTextFormat(Qt.TextFormat.RichText)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toggle)
        row.addWidget(self.summary, 1)
        row.addWidget(self.copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.problems)
        layout.addWidget(self.report)
        self.show_reading("")
        self.hide()

    def show_reading(self, path: str) -> None:
        """``path`` is being read: say so, nothing to copy yet."""
        self.path, self.text = path, ""
        self.summary.setText(self.tr("Reading the model's files…"))
        self.copy.setEnabled(False)
        self.problems.hide()
        self.report.setText("")
        self.report.setVisible(self.toggle.isChecked())

    def show_report(self, path: str, lines: list[str]) -> None:
        """The report of ``path`` (the lines of ``format_facts``); problems are listed at once."""
        self.path, self.text = path, "\n".join(lines)
        problems = [line.split(":", 1)[1].strip() for line in lines if line.startswith(PROBLEM_PREFIX)]
        if problems:
            self.summary.setText(
                self.tr("1 problem found in its files")
                if len(problems) == 1
                else self.tr("%d problems found in its files") % len(problems)
            )
            self.problems.setText("\n".join(f"⚠ {problem}" for problem in problems))
        else:
            self.summary.setText(self.tr("no problems found in its files"))
        self.problems.setVisible(bool(problems))
        rows = [f"<b>{escape(line)}</b>" if line.startswith(PROBLEM_PREFIX) else escape(line) for line in lines]
        # the report's columns are spaces: kept as they are, long lines still wrap inside the card
        self.report.setText(f"<div style='white-space: pre-wrap'>{'<br>'.join(rows)}</div>")
        self.report.setAccessibleDescription(self.text)
        self.copy.setEnabled(True)

    def _on_toggled(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.report.setVisible(shown)
