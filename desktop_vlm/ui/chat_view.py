"""The conversation: one bubble per message, answers rendered as Markdown, streamed in place."""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPalette, QPixmap, QTextBlockFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


MIN_RENDER_INTERVAL_S = 0.03
RENDER_BUDGET = 0.25  # while streaming, laying out the answer may take at most this share of the UI thread

def _tr(text: str) -> str:
    return QCoreApplication.translate("ChatView", text)


def status_text(status: str, stats: dict | None = None) -> str:
    """The note under an answer that did not complete normally. An interrupted answer with timings was
    stopped by the person; one without was cut off when the app closed or died while it streamed."""
    if status == "interrupted" and stats is None:
        return _tr(QT_TRANSLATE_NOOP("ChatView", "cut off — Desktop VLM closed before the answer finished"))
    notes = {"interrupted": QT_TRANSLATE_NOOP("ChatView", "stopped — partial answer"),
             "error": QT_TRANSLATE_NOOP("ChatView", "failed"), "streaming": "…"}  # fmt: skip
    return _tr(notes[status]) if status in notes else ""


def stats_text(stats: dict | None) -> str:
    """Timings under an answer: time to first token, decode speed, answer length, reused prompt."""
    if not stats or "time_to_first_token_s" not in stats:
        return ""
    parts = [_tr("first token %s ms") % f"{stats['time_to_first_token_s'] * 1000:.0f}"]
    if stats.get("decode_tokens_per_s"):
        parts.append(_tr("%s tokens/s") % f"{stats['decode_tokens_per_s']:.1f}")
    parts.append(_tr("%s tokens") % stats.get("new_tokens", 0))
    if stats.get("reused_prompt_tokens"):
        parts.append(_tr("%s prompt tokens reused") % f"{stats['reused_prompt_tokens']:,}")
    return " · ".join(parts)


def message_signature(message) -> tuple:
    """What a message widget is built from besides its text (SQLite may reuse the id of a deleted row)."""
    return message.role, tuple(att.sha256 for att in message.attachments)


class MarkdownView(QTextBrowser):
    """A read-only Markdown block that grows with its content instead of scrolling."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def set_markdown(self, text: str) -> None:
        """Render ``text`` and give fenced code blocks a tinted background, as chat apps do (Qt's Markdown
        reader marks them but draws them like body text)."""
        self.setMarkdown(text)
        # the application palette, not the widget's: the style sheet makes this browser's Base transparent
        base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
        tint = base.darker(106) if base.lightness() > 128 else base.lighter(135)
        block = self.document().begin()
        cursor = QTextCursor(self.document())
        while block.isValid():
            if block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeFence):
                cursor.setPosition(block.position())
                fmt = QTextBlockFormat()
                fmt.setBackground(tint)
                fmt.setLeftMargin(4)
                cursor.mergeBlockFormat(fmt)
            block = block.next()

    def _fit(self, *_args) -> None:
        self.setFixedHeight(int(self.document().size().height()) + 6)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.document().setTextWidth(self.viewport().width())
        self._fit()


class MessageWidget(QFrame):
    copy_requested = Signal(str)
    edit_requested = Signal(int)
    regenerate_requested = Signal()

    def __init__(self, message, parent: QWidget | None = None, thumbnails=None):
        """``thumbnails``: a MessageThumbnails for the attachments' pictures (None: names only)."""
        super().__init__(parent)
        self.message_id = message.id
        self.role = message.role
        self.signature = message_signature(message)
        self.text = message.text
        self.setObjectName("MessageUser" if message.role == "user" else "MessageAssistant")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        role = QLabel(self.tr("You") if message.role == "user" else self.tr("Assistant"), self)
        role.setObjectName("Role")
        layout.addWidget(role)
        self.pictures: dict[str, QLabel] = {}  # attachment sha256 -> the label its thumbnail goes in
        if message.attachments:
            row = QHBoxLayout()
            for att in message.attachments:
                row.addWidget(self._attachment_widget(att, thumbnails))
            row.addStretch(1)
            layout.addLayout(row)
        self.body = MarkdownView(self)
        self.body.setAccessibleName(self.tr("Message text"))
        layout.addWidget(self.body)
        footer = QHBoxLayout()
        self.stats = QLabel(self)
        self.stats.setObjectName("Stats")
        footer.addWidget(self.stats, 1)
        copy = QPushButton(self.tr("Copy"), self)
        copy.setAccessibleName(self.tr("Copy message"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text))
        footer.addWidget(copy)
        if message.role == "user":
            edit = QPushButton(self.tr("Edit"), self)
            edit.setAccessibleName(self.tr("Edit question and resend"))
            edit.clicked.connect(lambda: self.edit_requested.emit(self.message_id))
            footer.addWidget(edit)
        else:
            self.regenerate = QPushButton(self.tr("Regenerate"), self)
            self.regenerate.setAccessibleName(self.tr("Regenerate answer"))
            self.regenerate.clicked.connect(self.regenerate_requested)
            footer.addWidget(self.regenerate)
        layout.addLayout(footer)
        self._rendered: str | None = None
        self.set_text(message.text, message.status, message.stats)

    def _attachment_widget(self, att, thumbnails) -> QWidget:
        """The attachment's picture (or its name until the picture is ready), captioned for videos and PDFs,
        whose first frame or page alone would not say what they are."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        picture = QLabel(box)
        picture.setObjectName("Preview")  # framed: a white page on a light bubble would vanish
        picture.setToolTip(att.name)
        picture.setAccessibleName(self.tr("Attachment %s") % att.name)
        picture.setText(att.name)
        column.addWidget(picture)
        if att.kind != "image":
            caption = QLabel(att.name if len(att.name) <= 18 else att.name[:16] + "…", box)
            caption.setObjectName("Hint")
            column.addWidget(caption)
        self.pictures[att.sha256] = picture
        if thumbnails is not None and (pixmap := thumbnails.pixmap(att)) is not None:
            self.show_picture(att.sha256, pixmap)
        return box

    def show_picture(self, sha256: str, pixmap: QPixmap) -> None:
        """Put the thumbnail of attachment ``sha256`` in place, if this message has it."""
        if (label := self.pictures.get(sha256)) is not None:
            label.setPixmap(pixmap.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))  # fmt: skip

    def set_text(self, text: str, status: str = "complete", stats: dict | None = None) -> None:
        """Show ``text`` (Markdown for answers) with its status and timings; the text is laid out again
        only when it changed, so finishing a streamed answer costs no second layout."""
        self.text = text
        if text != self._rendered:
            self.body.set_markdown(text if self.role == "assistant" else text.replace("\n", "  \n"))
            self._rendered = text
        note = status_text(status, stats)
        line = stats_text(stats)
        self.stats.setText(" · ".join(p for p in (note, line) if p))


class ChatView(QScrollArea):
    """Shows a conversation; ``edit_requested(message_id, new_text)`` and ``regenerate_requested()``."""

    edit_requested = Signal(int, str)
    regenerate_requested = Signal()

    def __init__(self, parent: QWidget | None = None, thumbnails=None):
        super().__init__(parent)
        self.thumbnails = thumbnails
        if thumbnails is not None:
            thumbnails.ready.connect(self._on_thumbnail_ready)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Conversation"))
        self._inner = QWidget(self)
        self._inner.setObjectName("Centre")
        self._layout = QVBoxLayout(self._inner)
        self._layout.setSpacing(10)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self._widgets: dict[int, MessageWidget] = {}
        self._conversation_id: int | None = None
        # streamed text waits here until the next render slot (see update_answer)
        self._pending: dict[int, str] = {}
        self._next_render = 0.0
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self._render_pending)
        # what an empty chat says; the window changes it to a way to get a model while there is none
        self.hint = QLabel(self.tr("Drop a screenshot, photo, PDF or video, and ask about it."), self._inner)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)  # a narrow window wraps the hint instead of scrolling sideways
        self.hint.setObjectName("Hint")
        self._layout.insertWidget(0, self.hint)

    def message_widget(self, message_id: int) -> MessageWidget | None:
        return self._widgets.get(message_id)

    def show_conversation(self, conversation) -> None:
        """Show ``conversation`` (None: nothing). For the conversation already shown only what changed is
        rebuilt: finishing an answer must not lay out every earlier message again."""
        messages = conversation.messages if conversation is not None else []
        same = conversation is not None and conversation.id == self._conversation_id
        self._conversation_id = conversation.id if conversation is not None else None
        self._pending.clear()
        keep = {m.id for m in messages if (w := self._widgets.get(m.id)) and w.signature == message_signature(m)}
        keep = keep if same else set()
        for message_id in [mid for mid in self._widgets if mid not in keep]:
            widget = self._widgets.pop(message_id)
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self.hint.setVisible(not messages)
        last_assistant = max((m.id for m in messages if m.role == "assistant"), default=None)
        for position, message in enumerate(messages, start=1):  # position 0 holds the empty-state hint
            widget = self._widgets.get(message.id)
            if widget is None:
                widget = MessageWidget(message, self._inner, self.thumbnails)
                widget.edit_requested.connect(self._on_message_edit)
                widget.regenerate_requested.connect(self.regenerate_requested)
                self._layout.insertWidget(position, widget)
                self._widgets[message.id] = widget
            else:
                widget.set_text(message.text, message.status, message.stats)
            if message.role == "assistant":
                widget.regenerate.setVisible(message.id == last_assistant)
        self._scroll_to_end()

    def update_answer(self, message_id: int, text: str) -> None:
        """Show more of a streaming answer. Renders are spaced so that laying out a long Markdown answer
        never takes more than ``RENDER_BUDGET`` of the UI thread's time; the newest text always lands."""
        self._pending[message_id] = text
        widget = self._widgets.get(message_id)
        if widget is not None:
            widget.text = text  # Copy and readers of the text see it at once; only the layout waits
        if not self._render_timer.isActive():
            wait = max(0.0, self._next_render - time.perf_counter())
            self._render_timer.start(int(wait * 1000))

    def _render_pending(self) -> None:
        started = time.perf_counter()
        pending, self._pending = self._pending, {}
        for message_id, text in pending.items():
            widget = self._widgets.get(message_id)
            if widget is not None:
                widget.set_text(text, "streaming")
        spent = time.perf_counter() - started
        self._next_render = started + max(MIN_RENDER_INTERVAL_S, spent / RENDER_BUDGET)
        if pending:
            self._scroll_to_end()

    def _on_thumbnail_ready(self, sha256: str) -> None:
        if (pixmap := self.thumbnails.pixmap_if_ready(sha256)) is not None:
            for widget in self._widgets.values():
                widget.show_picture(sha256, pixmap)

    def _on_message_edit(self, message_id: int) -> None:
        widget = self._widgets[message_id]
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit question"),
                                                 self.tr("The answers after it will be replaced."), widget.text)  # fmt: skip
        if ok and text.strip():
            self.edit_requested.emit(message_id, text.strip())

    def _scroll_to_end(self) -> None:
        QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(self.verticalScrollBar().maximum()))
