"""The text of a message bubble: prose that wraps to the column, and code blocks and tables that keep their
lines and scroll sideways inside themselves. Nothing in here is ever wider than the bubble it sits in."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QGuiApplication,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .markdown_blocks import CODE, PROSE, TABLE, Block, split_blocks

COPIED_FEEDBACK_MS = 1500
# a slim bar under code and tables in the theme's colours (the application style sheet otherwise leaves
# scroll bars inside text views with a black handle)
_SCROLL_BAR_STYLE = """
    QScrollBar:horizontal { height: 10px; background: transparent; margin: 0; }
    QScrollBar::handle:horizontal { background: palette(mid); border-radius: 4px; min-width: 32px; margin: 2px; }
    QScrollBar::add-line:horizontal, QScrollBar::sub-line:horizontal { width: 0; }
    QScrollBar::add-page:horizontal, QScrollBar::sub-page:horizontal { background: none; }
"""


def code_tint() -> QColor:
    """The background of code: a shade off the theme's base colour (the application palette, not a widget's:
    the style sheet makes text browsers transparent)."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return base.darker(106) if base.lightness() > 128 else base.lighter(135)


def link_color() -> QColor:
    """Links in the theme's accent colour: Qt's default dark blue is unreadable on the dark theme."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Highlight)


def flash_copied(button: QAbstractButton, text: str, markdown: bool = False) -> None:
    """Put ``text`` on the clipboard and say so on ``button`` for a moment. A ``markdown`` text (an answer) goes as
    itself for plain-text editors and, beside it, as the formatted text it shows, so pasting it into a word
    processor or a mail keeps its tables, lists and bold."""
    if markdown:
        document = QTextDocument()
        document.setMarkdown(text)
        copied = QMimeData()
        copied.setText(text)
        copied.setHtml(document.toHtml())
        QGuiApplication.clipboard().setMimeData(copied)
    else:
        QGuiApplication.clipboard().setText(text)
    label = button.text()
    copied = QCoreApplication.translate("MessageBody", "Copied ✓")  # a button's own tr() has no such context
    if label == copied:
        return
    button.setText(copied)
    QTimer.singleShot(COPIED_FEEDBACK_MS, button, lambda: button.setText(label))


class FittedBrowser(QTextBrowser):
    """Read-only rich text as tall as its content. ``wrap``: lines wrap to the width, even inside a long
    word or URL (prose); otherwise lines keep their length and a scroll bar appears beneath when they are
    wider than the view (code, tables)."""

    def __init__(self, parent: QWidget | None = None, *, wrap: bool = True):
        super().__init__(parent)
        self.wrap = wrap
        self.setOpenExternalLinks(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes from button to button, not through every text
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if wrap else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setHorizontalScrollBarPolicy(policy)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth if wrap else QTextBrowser.LineWrapMode.NoWrap)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.horizontalScrollBar().setStyleSheet(_SCROLL_BAR_STYLE)
        self.document().setDocumentMargin(2)
        self._source: tuple[str, bool] | None = None  # what is shown, to lay it out again for a new theme
        self._apply_wrap_option()
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _apply_wrap_option(self) -> None:
        """A long URL or path without spaces breaks anywhere rather than running past the bubble's edge."""
        option = self.document().defaultTextOption()
        option.setWrapMode(
            QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if self.wrap else QTextOption.WrapMode.NoWrap
        )
        self.document().setDefaultTextOption(option)

    def set_content(self, text: str, markdown: bool) -> None:
        self._source = (text, markdown)
        if markdown:
            self.setMarkdown(text)
        else:
            self.setPlainText(text)
        self._apply_wrap_option()
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange and self._source is not None:
            self.set_content(*self._source)  # link and code colours follow the new theme

    def needs_scrolling(self) -> bool:
        """Whether the lines are wider than the view (only possible without wrapping)."""
        return not self.wrap and self.document().idealWidth() > self.viewport().width() + 1

    def _fit(self, *_args) -> None:
        bar = self.horizontalScrollBar().sizeHint().height() if self.needs_scrolling() else 0
        self.setFixedHeight(math.ceil(self.document().size().height()) + 2 * self.frameWidth() + bar + 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()


class ProseView(FittedBrowser):
    """Markdown prose; a code fence nested in a list keeps a tinted background, as the code blocks do."""

    def set_content(self, text: str, markdown: bool) -> None:
        super().set_content(text, markdown)
        if markdown:
            self._restyle()

    def set_markdown(self, text: str) -> None:
        self.set_content(text, markdown=True)

    def _restyle(self) -> None:
        """Tint nested code fences and colour links for the theme (Qt's Markdown reader does neither)."""
        cursor = QTextCursor(self.document())
        link = QTextCharFormat()
        link.setForeground(link_color())
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeFence):
                cursor.setPosition(block.position())
                fmt = QTextBlockFormat()
                fmt.setBackground(code_tint())
                cursor.mergeBlockFormat(fmt)
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().isAnchor():
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(link)
                fragments += 1
            block = block.next()


class CodeBlockView(QFrame):
    """A code block: its language and a Copy button above the code, which scrolls sideways when wide."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CodeBlock")
        self.code = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(2)
        header = QHBoxLayout()
        self.language = QLabel(self)
        self.language.setObjectName("Hint")
        self.copy = QToolButton(self)
        self.copy.setText(self.tr("Copy code"))
        self.copy.setAutoRaise(True)
        self.copy.setAccessibleName(self.tr("Copy code"))
        self.copy.clicked.connect(lambda: flash_copied(self.copy, self.code))
        header.addWidget(self.language, 1)
        header.addWidget(self.copy)
        layout.addLayout(header)
        self.view = FittedBrowser(self, wrap=False)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.setAccessibleName(self.tr("Code"))
        layout.addWidget(self.view)

    def set_block(self, block: Block) -> None:
        self.code = block.text
        self.language.setText(block.language)
        self.view.set_content(block.text, markdown=False)

    def tint(self) -> QColor:
        return code_tint()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.tint())
        painter.drawRoundedRect(QRectF(self.rect()), 6, 6)
        painter.end()


class TableView(FittedBrowser):
    """A Markdown table at its natural width, scrolling sideways inside itself when wider than the bubble."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, wrap=False)
        self.setAccessibleName(self.tr("Table"))

    def set_block(self, block: Block) -> None:
        self.set_content(block.text, markdown=True)


BlockView = ProseView | CodeBlockView | TableView  # what shows one block of a message


class MessageBody(QWidget):
    """A message's text as a column of blocks (see :mod:`.markdown_blocks`). Updating it with more text —
    a streamed answer — lays out again only the blocks whose text changed, usually just the last one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._blocks: list[Block] = []
        self._views: list[BlockView] = []

    def set_plain(self, text: str) -> None:
        """Plain text, as people type their questions (no Markdown)."""
        self._show([Block(PROSE, text)], markdown=False)

    def set_markdown(self, text: str) -> None:
        self._show(split_blocks(text), markdown=True)

    def views(self) -> list[QWidget]:
        return list(self._views)

    def toPlainText(self) -> str:  # noqa: N802 (reads like the text widgets it replaces)
        parts = []
        for view in self._views:
            parts.append(view.code if isinstance(view, CodeBlockView) else view.toPlainText())
        return "\n\n".join(parts)

    def _show(self, blocks: list[Block], markdown: bool) -> None:
        for index, block in enumerate(blocks):
            if index < len(self._blocks) and self._blocks[index] == block:
                continue
            if index < len(self._views) and self._kind_of(self._views[index]) == block.kind:
                view = self._views[index]
            else:
                view = self._make(block.kind)
                if index < len(self._views):
                    self._layout.replaceWidget(self._views[index], view)
                    self._views[index].deleteLater()
                    self._views[index] = view
                else:
                    self._layout.addWidget(view)
                    self._views.append(view)
            if isinstance(view, ProseView) and markdown:
                view.set_markdown(block.text)
            elif isinstance(view, ProseView):
                view.set_content(block.text, markdown=False)
            else:
                view.set_block(block)
        for view in self._views[len(blocks) :]:
            self._layout.removeWidget(view)
            view.deleteLater()
        del self._views[len(blocks) :]
        self._blocks = list(blocks)

    def _make(self, kind: str) -> BlockView:
        if kind == CODE:
            return CodeBlockView(self)
        if kind == PROSE:
            view = ProseView(self)
            view.setAccessibleName(self.tr("Message text"))
            return view
        return TableView(self)

    @staticmethod
    def _kind_of(view: QWidget) -> str:
        if isinstance(view, CodeBlockView):
            return CODE
        return PROSE if isinstance(view, ProseView) else TABLE
