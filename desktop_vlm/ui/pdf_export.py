"""Conversations as PDF, to print or send: the HTML export laid out on pages by Qt's text layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextLength,
)

# QTextDocument.print_ lays the document out with 2 cm margins inside the writer's printable area
PRINT_MARGIN_INCHES = 2 / 2.54
# A picture is at most this share of the text's height on a page: room for the line that introduces it
PICTURE_PAGE_SHARE = 0.9


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
    width, height = text_area(writer.pageLayout())
    fit_pictures(document, width, height * PICTURE_PAGE_SHARE)
    document.print_(writer)
    del writer  # the file is complete once the writer is gone


def text_area(layout: QPageLayout) -> tuple[float, float]:
    """(width, height) of the text on a page of ``layout``, in the units QTextDocument.print_ lays out in:
    pixels at the screen's logical resolution (96 per inch where there is no screen)."""
    screen = QGuiApplication.primaryScreen()
    per_inch = screen.logicalDotsPerInchX() if screen is not None else 96.0
    paint = layout.paintRectPoints()  # points: 72 per inch
    margins = 2 * PRINT_MARGIN_INCHES * per_inch
    return paint.width() / 72 * per_inch - margins, paint.height() / 72 * per_inch - margins


def fit_pictures(document: QTextDocument, width: float, height: float) -> int:
    """Draw every picture in ``document`` at its own size, or smaller where it would be wider than ``width``
    or taller than ``height`` (document units), keeping its proportions. The HTML export keeps pictures to
    thumbnails for a browser (``max-width``, which Qt honours); on paper a receipt should be legible, and a
    picture taller than a page would be cut. Returns how many pictures were sized."""
    sized = 0
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fragments += 1
            if not fragment.charFormat().isImageFormat():
                continue
            picture = fragment.charFormat().toImageFormat()
            image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(picture.name()))
            if image is None or image.isNull():
                continue
            scale = min(1.0, width / image.width(), height / image.height())
            picture.setMaximumWidth(QTextLength(QTextLength.Type.PercentageLength, 100))  # the size set here
            picture.setWidth(image.width() * scale)
            picture.setHeight(image.height() * scale)
            cursor = QTextCursor(document)
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(picture)
            sized += 1
        block = block.next()
    return sized
