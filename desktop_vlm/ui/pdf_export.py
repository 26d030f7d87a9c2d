"""Conversations as PDF, to print or send: the HTML export laid out on pages by Qt's text layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument


def local_page_size() -> QPageSize.PageSizeId:
    """Letter where the locale measures in US units (where Letter paper is what printers hold), else A4."""
    us = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4


def write_pdf(path: Path, html: str) -> None:
    """Lay out ``html`` (a conversation's HTML export) on this locale's pages and write it to ``path``.

    Raises
    ------
    OSError
        ``path`` cannot be written (checked first: Qt's PDF writer reports no errors).
    """
    path.open("wb").close()
    document = QTextDocument()
    document.setHtml(html)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(local_page_size()))
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    document.print_(writer)
    del writer  # the file is complete once the writer is gone
