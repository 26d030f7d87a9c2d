"""The conversation: one bubble per message, answers rendered as Markdown, streamed in place."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..app.chat_controller import can_be_continued
from ..app.inference_service import NOT_SENT
from ..core.types import REWRITTEN
from ..media.kind_registry import is_picture_file
from ..runtime.api import IMAGES, PROMPT
from .answer_body import MessageBody, flash_copied
from .answer_versions import VersionSwitcher
from .flow_layout import FlowLayout
from .i18n import QT_TRANSLATE_NOOP
from .picture_button import PictureButton
from .question_editor import QuestionEditor

if TYPE_CHECKING:
    from .message_thumbnails import MessageThumbnails

MIN_RENDER_INTERVAL_S = 0.03
RENDER_BUDGET = 0.25  # while streaming, laying out the answer may take at most this share of the UI thread
PICTURE_PX = 160  # long side of a sent attachment's picture in its bubble


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChatView", text)


def not_sent(status: str, stats: dict | None) -> bool:
    """Whether an answer's place belongs to a question stopped while it waited for the model to load."""
    return status == "interrupted" and (stats or {}).get("finish_reason") == NOT_SENT


def status_text(status: str, stats: dict | None = None, blank_answer: bool = False) -> str:
    """The note under an answer that did not complete normally. An interrupted answer with timings was
    stopped by the person, before its first token if it has none; one without timings was cut off when the app
    closed or died while it streamed; one marked not sent was stopped before the model had it. A complete answer
    whose text is blank (``blank_answer``) says so: the model can end at once, or write only tokens that show
    nothing, and an empty bubble over its timings reads as the window failing to show the answer."""
    if status == "complete" and blank_answer:
        return _tr(QT_TRANSLATE_NOOP("ChatView", "the model ended its answer without any text"))
    if not_sent(status, stats):
        return _tr(QT_TRANSLATE_NOOP("ChatView", "not sent — stopped while the model was loading; Send asks it now"))
    if status == "interrupted" and stats is None:
        return _tr(QT_TRANSLATE_NOOP("ChatView", "cut off — Desktop VLM closed before the answer finished"))
    if status == "interrupted" and (stats or {}).get("new_tokens") == 0:
        return _tr(QT_TRANSLATE_NOOP("ChatView", "stopped before the first words"))
    if status == "complete" and (stats or {}).get("finish_reason") == "length":
        return _tr(QT_TRANSLATE_NOOP("ChatView", "stopped at the answer length limit (Max new tokens)"))
    if status == "complete" and (stats or {}).get("finish_reason") == REWRITTEN:
        return _tr(QT_TRANSLATE_NOOP("ChatView", "rewritten by you"))
    notes = {
        "interrupted": QT_TRANSLATE_NOOP("ChatView", "stopped — partial answer"),
        "error": QT_TRANSLATE_NOOP("ChatView", "failed"),
        "streaming": "…",
    }
    return _tr(notes[status]) if status in notes else ""


def progress_text(stage: str, fraction: float) -> str:
    """The note under an answer whose prompt is still being computed: which part, and how far; once the
    prompt is read, the note of an answer being written (its first tokens may show no text yet)."""
    if stage == PROMPT and fraction >= 1.0:
        return status_text("streaming")
    if stage == IMAGES:
        text = QCoreApplication.translate("ChatView", "looking at the pictures… %1%")
    else:
        text = QCoreApplication.translate("ChatView", "reading the conversation… %1%")
    return text.replace("%1", str(int(100 * fraction)))


def stats_text(stats: dict | None) -> str:
    """Timings under an answer: time to first token, decode speed (and the decode kernel that ran it, a
    technical name left untranslated), answer length, guessed tokens kept (lookup decoding), reused prompt."""
    if not stats or "time_to_first_token_s" not in stats or stats.get("new_tokens") == 0:  # no token: no timings
        return ""
    first_ms = f"{stats['time_to_first_token_s'] * 1000:.0f}"
    parts = [QCoreApplication.translate("ChatView", "first token %s ms") % first_ms]
    if stats.get("decode_tokens_per_s"):
        speed = QCoreApplication.translate("ChatView", "%s tokens/s") % f"{stats['decode_tokens_per_s']:.1f}"
        parts.append(f"{speed} ({stats['decode_kernel']})" if stats.get("decode_kernel") else speed)
    parts.append(QCoreApplication.translate("ChatView", "%s tokens") % stats.get("new_tokens", 0))
    if stats.get("drafted_tokens"):  # lookup decoding: how many of the guessed tokens the model wrote
        kept = QCoreApplication.translate("ChatView", "%1 of %2 guessed tokens kept")
        parts.append(
            kept.replace("%1", str(stats.get("accepted_tokens", 0))).replace("%2", str(stats["drafted_tokens"]))
        )
    if stats.get("reused_prompt_tokens"):
        reused = f"{stats['reused_prompt_tokens']:,}"
        parts.append(QCoreApplication.translate("ChatView", "%s prompt tokens reused") % reused)
    return " · ".join(parts)


def elided(widget: QWidget, text: str, width: int) -> str:
    """``text`` cut with an ellipsis in the middle to fit ``width`` px in ``widget``'s font (a long file
    name keeps its start and its extension)."""
    return widget.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, width)


def message_signature(message) -> tuple:
    """What a message widget is built from besides its text (SQLite may reuse the id of a deleted row): the
    attachments, with the part of each text sent (chosen for the question once it is known)."""
    return message.role, tuple((att.sha256, att.meta.get("sent_chars")) for att in message.attachments)


class MessageWidget(QFrame):
    """One bubble: who, the attachments' pictures, the text, then a line of timings (wrapping, never
    wider than the bubble) and the actions: version switcher, Copy, Edit, and for answers Regenerate and, for
    the last answer when it ended unfinished or was rewritten, Continue. Signals: ``edit_submitted(message_id,
    text)`` (a question reworded), ``answer_rewritten(message_id, text)``, ``regenerate_requested(message_id)``,
    ``continue_requested(message_id)``, ``version_chosen(message_id)``, ``attachment_opened(attachment)``."""

    edit_submitted = Signal(int, str)
    answer_rewritten = Signal(int, str)
    regenerate_requested = Signal(int)
    continue_requested = Signal(int)
    branch_requested = Signal(int)
    version_chosen = Signal(int)
    attachment_opened = Signal(object)
    attachment_save_requested = Signal(object)

    def __init__(self, message, parent: QWidget | None = None, thumbnails: MessageThumbnails | None = None):
        """``thumbnails``: a MessageThumbnails for the attachments' pictures (None: names only)."""
        super().__init__(parent)
        self.message_id = message.id
        self.role = message.role
        self.signature = message_signature(message)
        self.text = message.text
        self.setObjectName("MessageUser" if message.role == "user" else "MessageAssistant")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self._column = layout  # the editor takes the text's place in it while a question is reworded
        role = QLabel(self.tr("You") if message.role == "user" else self.tr("Assistant"), self)
        role.setObjectName("Role")
        layout.addWidget(role)
        self.pictures: dict[str, list[QLabel]] = {}  # attachment sha256 -> the labels its thumbnail goes in
        if message.attachments:
            row = FlowLayout()
            for att in message.attachments:
                row.addWidget(self._attachment_widget(att, thumbnails))
            layout.addLayout(row)
        self.body = MessageBody(self)
        layout.addWidget(self.body)
        self.editor: QuestionEditor | None = None
        self.stats = QLabel(self)
        self.stats.setObjectName("Stats")
        self.stats.setWordWrap(True)  # after Stop the timings run to ~570 px: they wrap, the bubble does not widen
        layout.addWidget(self.stats)
        self.action_row = QWidget(self)  # hidden while the question is reworded in place
        # a narrow chat puts the actions on two rows rather than widening the bubble past the window
        actions = FlowLayout(self.action_row)
        self.versions = VersionSwitcher(self)
        self.versions.chosen.connect(self.version_chosen)
        actions.addWidget(self.versions)
        self.copy = QPushButton(self.tr("Copy"), self)
        self.copy.setAccessibleName(self.tr("Copy message"))
        self.copy.clicked.connect(lambda: flash_copied(self.copy, self.text, markdown=self.role == "assistant"))
        actions.addWidget(self.copy)
        self.regenerate: QPushButton | None = None
        self.go_on: QPushButton | None = None
        self.branch: QPushButton | None = None
        self.edit = QPushButton(self.tr("Edit"), self)
        self.edit.setAccessibleName(
            self.tr("Edit question and resend") if message.role == "user" else self.tr("Rewrite the answer")
        )
        self.edit.clicked.connect(self.start_edit)
        actions.addWidget(self.edit)
        if message.role == "assistant":
            self.go_on = QPushButton(self.tr("Continue"), self)
            self.go_on.setAccessibleName(self.tr("Continue the answer where it stopped"))
            self.go_on.clicked.connect(lambda: self.continue_requested.emit(self.message_id))
            self.go_on.hide()  # shown for the last answer, when it ended unfinished (see set_continuable)
            actions.addWidget(self.go_on)
            self.regenerate = QPushButton(self)
            self.regenerate.clicked.connect(lambda: self.regenerate_requested.emit(self.message_id))
            actions.addWidget(self.regenerate)
            self.branch = QPushButton(self.tr("Branch"), self)
            self.branch.setToolTip(self.tr("Go on from this answer in a new chat; this one stays as it is"))
            self.branch.setAccessibleName(self.tr("Branch in a new chat"))
            self.branch.clicked.connect(lambda: self.branch_requested.emit(self.message_id))
            actions.addWidget(self.branch)
        layout.addWidget(self.action_row)
        self._rendered: str | None = None
        self.set_message(message)

    def _attachment_widget(self, att, thumbnails) -> QWidget:
        """The attachment's picture (or its name until the picture is ready), captioned for videos and PDFs,
        whose first frame or page alone would not say what they are. Clicking it opens the viewer."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        picture = PictureButton(box)
        picture.setToolTip(att.name)
        picture.setAccessibleName(self.tr("Attachment %s: open it as the model sees it") % att.name)
        picture.setText(elided(picture, att.name, PICTURE_PX - 8))
        picture.setFixedSize(PICTURE_PX, PICTURE_PX * 3 // 4)  # the picture's place, kept while it is made
        picture.clicked.connect(lambda: self.attachment_opened.emit(att))
        picture.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        picture.customContextMenuRequested.connect(
            lambda at: self._attachment_menu(att, picture).popup(picture.mapToGlobal(at))
        )
        column.addWidget(picture)
        if not is_picture_file(att.kind):
            caption = QLabel(elided(box, att.name, PICTURE_PX), box)
            caption.setObjectName("Hint")
            caption.setToolTip(att.name)
            column.addWidget(caption)
        sent, total = att.meta.get("sent_lines"), att.meta.get("line_count")
        if isinstance(sent, int) and isinstance(total, int) and sent < total:  # a text cut to fit the context
            part = QLabel(self.tr("%s of %s lines") % (f"{sent:,}", f"{total:,}"), box)
            part.setObjectName("Hint")
            part.setToolTip(self.tr("Click it to read what the model read"))
            column.addWidget(part)
        self.pictures.setdefault(att.sha256, []).append(picture)
        if thumbnails is not None and (pixmap := thumbnails.pixmap(att)) is not None:
            self.show_picture(att.sha256, pixmap)
        return box

    def _attachment_menu(self, att, picture: QWidget) -> QMenu:
        """Right-click on a sent attachment: open it as the model saw it, or save a copy of the file the
        conversation keeps (an unlocked statement, a packed folder, a photo whose original is gone)."""
        menu = QMenu(picture)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Open as the model sees it"), lambda: self.attachment_opened.emit(att))
        menu.addAction(self.tr("Save a copy…"), lambda: self.attachment_save_requested.emit(att))
        return menu

    def show_picture(self, sha256: str, pixmap: QPixmap) -> None:
        """Put the thumbnail of attachment ``sha256`` in place, if this message has it."""
        for label in self.pictures.get(sha256, []):
            ratio = label.devicePixelRatioF()
            scaled = pixmap.scaled(
                round(PICTURE_PX * ratio),
                round(PICTURE_PX * ratio),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            label.setPixmap(scaled)
            label.setFixedSize(round(scaled.width() / ratio) + 2, round(scaled.height() / ratio) + 2)

    def set_message(self, message) -> None:
        """Show ``message``'s text, status, timings and versions."""
        self.set_text(message.text, message.status, message.stats)
        self.versions.set_versions(message.versions or (message.id,), message.id)

    def set_continuable(self, continuable: bool) -> None:
        """Offer Continue: this is the last answer, and it ended before the model finished it."""
        if self.go_on is not None:
            self.go_on.setVisible(continuable)

    def set_busy(self, busy: bool) -> None:
        """While an answer is written, questions cannot be edited nor answers regenerated, continued, branched or
        switched."""
        for button in (self.edit, self.regenerate, self.go_on, self.branch):
            if button is not None:
                button.setEnabled(not busy)
        self.versions.setEnabled(not busy)

    def show_progress(self, note: str) -> None:
        """While an answer has no text yet: ``note`` (:func:`progress_text`) in its timings' place."""
        if not self.text:
            self.stats.setText(note)
            self.stats.setVisible(True)

    def set_text(self, text: str, status: str = "complete", stats: dict | None = None) -> None:
        """Show ``text`` (Markdown for answers, plain text for questions) with its status and timings; the
        text is laid out again only when it changed, so finishing a streamed answer costs no second layout."""
        self.text = text
        if text != self._rendered:
            if self.role == "assistant":
                self.body.set_markdown(text)
            else:
                self.body.set_plain(text)
            self._rendered = text
        blank_answer = self.role == "assistant" and not text.strip()
        line = " · ".join(p for p in (status_text(status, stats, blank_answer), stats_text(stats)) if p)
        self.stats.setText(line)
        self.stats.setVisible(bool(line))
        if self.regenerate is not None:  # an answer never asked for has nothing to copy; its question is sent
            unsent = not_sent(status, stats)
            self.copy.setVisible(not unsent)
            self.edit.setVisible(not unsent)
            if self.branch is not None:
                self.branch.setVisible(not unsent)
            self.regenerate.setText(self.tr("Send") if unsent else self.tr("Regenerate"))
            self.regenerate.setAccessibleName(self.tr("Send the question") if unsent else self.tr("Regenerate answer"))

    # ------------------------------------------------------------------ rewording a question, rewriting an answer
    def start_edit(self) -> None:
        if self.editor is not None:
            return
        answer = self.role == "assistant"
        self.editor = QuestionEditor(self.text, self, rewrites_answer=answer)
        done = self.answer_rewritten if answer else self.edit_submitted
        self.editor.submitted.connect(lambda text: done.emit(self.message_id, text))
        self.editor.cancelled.connect(self.cancel_edit)
        self._column.insertWidget(self._column.indexOf(self.body), self.editor)
        self.body.hide()
        self.action_row.hide()
        self.editor.start()

    def cancel_edit(self) -> None:
        if self.editor is None:
            return
        self.editor.deleteLater()
        self.editor = None
        self.body.show()
        self.action_row.show()
        self.edit.setFocus()


class ChatView(QScrollArea):
    """Shows a conversation's visible branch. Signals: ``edit_requested(message_id, new_text)``,
    ``answer_rewritten(answer_id, new_text)``, ``regenerate_requested(answer_id)``,
    ``continue_requested(answer_id)``, ``branch_requested(answer_id)``, ``version_chosen(message_id)``,
    ``attachment_opened(attachment)``, ``attachment_save_requested(attachment)``."""

    edit_requested = Signal(int, str)
    answer_rewritten = Signal(int, str)
    regenerate_requested = Signal(int)
    continue_requested = Signal(int)
    branch_requested = Signal(int)
    version_chosen = Signal(int)
    attachment_opened = Signal(object)
    attachment_save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None, thumbnails: MessageThumbnails | None = None):
        super().__init__(parent)
        self.thumbnails = thumbnails
        if thumbnails is not None:
            thumbnails.ready.connect(self._on_thumbnail_ready)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # everything inside wraps or scrolls in itself; a sideways bar here would hide the bubbles' buttons
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Conversation"))
        self._inner = QWidget(self)
        self._inner.setObjectName("Centre")
        self._layout = QVBoxLayout(self._inner)
        self._layout.setSpacing(10)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self._widgets: dict[int, MessageWidget] = {}
        self._conversation_id: int | None = None
        self._reveal: int | None = None  # a version just chosen: keep its bubble in view, not jump to the end
        # streamed text waits here until the next render slot (see update_answer)
        self._pending: dict[int, str] = {}
        self._next_render = 0.0
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self._render_pending)
        # what an empty chat says; the window changes it to a way to get a model while there is none
        self.hint = QLabel(self.tr("Drop a screenshot, photo, PDF, document or video, and ask about it."), self._inner)
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
        busy = any(m.status == "streaming" for m in messages)
        for position, message in enumerate(messages, start=1):  # position 0 holds the empty-state hint
            widget = self._widgets.get(message.id)
            if widget is None:
                widget = MessageWidget(message, self._inner, self.thumbnails)
                widget.edit_submitted.connect(self.edit_requested)
                widget.answer_rewritten.connect(self.answer_rewritten)
                widget.regenerate_requested.connect(self.regenerate_requested)
                widget.branch_requested.connect(self.branch_requested)
                widget.attachment_save_requested.connect(self.attachment_save_requested)
                widget.continue_requested.connect(self.continue_requested)
                widget.version_chosen.connect(self._on_version_chosen)
                widget.attachment_opened.connect(self.attachment_opened)
                self._layout.insertWidget(position, widget)
                self._widgets[message.id] = widget
            else:
                widget.set_message(message)
            widget.set_continuable(position == len(messages) and can_be_continued(message))
            widget.set_busy(busy)
        reveal = self._widgets.get(self._reveal) if self._reveal is not None else None
        self._reveal = None
        if reveal is not None:
            QTimer.singleShot(0, lambda: self.ensureWidgetVisible(reveal, 0, 40))
        else:
            self._scroll_to_end()

    def message_widgets(self) -> list[MessageWidget]:
        """The bubbles shown, top to bottom."""
        items = (self._layout.itemAt(i) for i in range(self._layout.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [w for w in widgets if isinstance(w, MessageWidget) and w.message_id in self._widgets]

    def _on_version_chosen(self, message_id: int) -> None:
        self._reveal = message_id
        self.version_chosen.emit(message_id)

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

    def show_progress(self, message_id: int, stage: str, fraction: float) -> None:
        """How far the prompt of the answer ``message_id`` is, until its first text arrives."""
        widget = self._widgets.get(message_id)
        if widget is not None:
            widget.show_progress(progress_text(stage, fraction))

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
        assert self.thumbnails is not None, "connected only when there are thumbnails"
        if (pixmap := self.thumbnails.pixmap_if_ready(sha256)) is not None:
            for widget in self._widgets.values():
                widget.show_picture(sha256, pixmap)

    def _scroll_to_end(self) -> None:
        QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(self.verticalScrollBar().maximum()))
