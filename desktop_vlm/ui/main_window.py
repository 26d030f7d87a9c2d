"""The main window: conversations (left), the model picker over the chat (centre), settings (right), status
bar. The menus are built in window_menus.py, the model side in window_models.py, per-conversation state
(drafts, tile budget, the last one open) in conversation_state.py."""

from __future__ import annotations

import base64
import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..config.settings import Settings
from ..core.types import GenerationParams
from ..media.kind_registry import extension_patterns
from .chat_column import install_chat_column
from .chat_view import ChatView
from .composer import Composer
from .conversation_list import ConversationListView
from .conversation_state import ConversationState
from .errors import ErrorBanner
from .extraction import ExtractionHelper
from .folders import folder_of, start_folder
from .history_actions import HistoryActions
from .icons import app_icon, icon
from .idle_unload import IdleUnload
from .message_thumbnails import MessageThumbnails
from .pdf_export import write_pdf
from .prompt_estimate import PromptEstimate
from .screenshot import ScreenshotCommand
from .settings_panel import SettingsPanel
from .side_panes import SidePanes, pane_toggle
from .status_view import ModelStatusView
from .text_size import NORMAL, WheelZoom, apply_text_size, step
from .theme import apply_theme
from .window_help import WindowHelp
from .window_menus import WindowMenus
from .window_models import WindowModels

CENTRE_MIN_WIDTH = 420  # px: a readable answer column beside a composer with its buttons
SAVE_DELAY_MS = 400  # settings changed in the panel are written this long after the last change
COPIED_MESSAGE_MS = 2000
SPACING = 8  # px: the one gap between the window's blocks (and half of it inside them)


PREFERRED_SIZE = QSize(1280, 820)
SCREEN_SHARE = 0.92  # of the screen's free area at most, so the status bar and the window's edges show


def first_size(available: QSize) -> QSize:
    """The window's size at a first start: :data:`PREFERRED_SIZE`, shrunk to fit a smaller screen's free area
    (a 1920 × 1080 laptop screen at 150 % scaling offers 1280 × 720, less its task bar; 1366 × 768 is common)."""
    return PREFERRED_SIZE.boundedTo(
        QSize(int(available.width() * SCREEN_SHARE), int(available.height() * SCREEN_SHARE))
    )


log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self,
        controller,
        service,
        list_model,
        settings: Settings,
        save_settings,
        downloads=None,
        remote_keys=None,
        thumbnails_dir: Path | None = None,
        log_dir: Path | None = None,
    ):
        """``thumbnails_dir``: where pictures of sent attachments are cached (None: a temporary folder);
        ``log_dir``: what Help → Open logs folder opens."""
        super().__init__()
        self.controller, self.service, self.list_model = controller, service, list_model
        self.downloads, self.remote_keys, self.log_dir = downloads, remote_keys, log_dir
        self.settings, self._save_settings = settings, save_settings
        # set by the app: rebuilds the window in a newly chosen language; None where the window is built alone
        self.relaunch: Callable[[], None] | None = None
        self.setWindowTitle(self.tr("Desktop VLM"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.resize(first_size(QGuiApplication.primaryScreen().availableGeometry().size()))

        self.conversations = ConversationListView(list_model, self)
        if thumbnails_dir is None:
            self._thumbnails_tmp = tempfile.TemporaryDirectory(prefix="desktop-vlm-thumbnails-")
            thumbnails_dir = Path(self._thumbnails_tmp.name)
        self.thumbnails = MessageThumbnails(thumbnails_dir, self)
        self.chat = ChatView(self, self.thumbnails)
        self.banner = ErrorBanner(self)
        self._fits_quantised: tuple[str, str] | None = None  # (folder, weights) a refused load would fit with
        self.composer = Composer(self)
        apply_text_size(self._sized_by_text_size(), settings.ui.text_size)
        self.text_wheel = WheelZoom(self.chat, self.change_text_size)
        self.panel = SettingsPanel(self)
        self.extraction = ExtractionHelper(self)
        self.history = HistoryActions(self)
        self.status = ModelStatusView(self.statusBar(), service)
        self.models = WindowModels(self)
        self.help = WindowHelp(self)
        self.state = ConversationState(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.chat)
        self.pages.addWidget(self.models.welcome)
        self.setCentralWidget(self._build_splitter())
        self.panel.setVisible(settings.ui.settings_panel_visible)
        self.estimate = PromptEstimate(self.composer, controller, service)
        self.idle_unload = IdleUnload(
            service,
            controller,
            lambda: self.settings.runtime.unload_after_idle_min,
            lambda: not self.settings.remote.enabled,
            lambda: self.settings.runtime.active_model,
            self,
        )
        self.idle_unload.unloaded.connect(self._on_idle_unloaded)
        self.screenshots = ScreenshotCommand(self)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_session)
        self._sampling = settings.ui.sampling  # the sampling settings last chosen, for new chats

        self.chat.hint.linkActivated.connect(lambda _link: self.open_model_manager())
        self.composer.set_history(controller.persist, controller.discard)
        self._decorate()
        self.menus = WindowMenus(self)
        self.actions_by_name = self.menus.named
        self._header.insertWidget(0, pane_toggle(self.actions_by_name["conversations_panel"], "sidebar-left", self))
        self._header.addWidget(pane_toggle(self.actions_by_name["settings_panel"], "sidebar-right", self))
        self.export_extraction = self.actions_by_name["export_extraction"]
        self._wire()
        install_chat_column(self)  # versions, attachment viewer, shortcut table and focus rules
        self._show_model_hint()
        self._prune_timer = QTimer(self, singleShot=True, interval=0)  # after the first paint: start-up stays fast
        self._prune_timer.timeout.connect(self.forget_unused_pictures)
        self._prune_timer.start()
        self._restore_geometry()
        ui = settings.ui
        self.controller.new_chat_instructions = ui.new_chat_instructions
        self.panel.restore_budget(ui.tile_preset, ui.max_tiles, ui.video_frames)
        if ui.sampling:
            try:
                self.controller.params = GenerationParams(**ui.sampling)
            except TypeError:
                pass  # written by another version: the defaults
        self.models.refresh_first_run()
        self._reopen_last_conversation()

    # ------------------------------------------------------------------ setup
    def _build_splitter(self) -> QSplitter:
        centre = QWidget(self)
        centre.setObjectName("Centre")
        header = self._header = QHBoxLayout()  # the panes' toggles go at its ends once the menus exist
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.models.picker)
        header.addStretch(1)
        column = QVBoxLayout(centre)
        column.setContentsMargins(SPACING, SPACING, SPACING, SPACING // 2)
        column.setSpacing(SPACING)
        column.addLayout(header)
        column.addWidget(self.pages, 1)
        column.addWidget(self.banner)
        column.addWidget(self.composer)
        # In a narrow window the side panes give way first (they shrink, then fold away): without a minimum here
        # the splitter keeps them and squeezes the chat, where the person reads and writes, down to a sliver.
        centre.setMinimumWidth(CENTRE_MIN_WIDTH)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget, stretch in ((self.conversations, 0), (centre, 1), (self.panel, 0)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setSizes([240, 760, 280])
        self.side_panes = SidePanes(self.splitter, centre, [(self.panel, 280), (self.conversations, 240)])
        return self.splitter

    def _decorate(self) -> None:
        """Icons on the composer's buttons (Send's in the ink drawn on the accent colour)."""
        self.composer.send_button.setIcon(icon("send", role=QPalette.ColorRole.HighlightedText))
        self.composer.attach_button.setIcon(icon("attach"))

    def _wire(self) -> None:
        c = self.controller
        c.conversation_changed.connect(self._on_conversation_changed)
        c.answer_updated.connect(self.chat.update_answer)
        c.answer_progress.connect(self.chat.show_progress)
        c.answer_finished.connect(self._on_answer_finished)
        c.error.connect(self.show_inline_error)
        c.notice.connect(self.show_info)
        c.busy_changed.connect(self._on_busy_changed)
        c.conversations_changed.connect(self.list_model.refresh)
        self.list_model.modelReset.connect(self._show_title)  # every rename, new title or deletion ends there
        self.service.notice.connect(self.show_info)
        self.service.waiting.connect(self._on_service_waiting)
        self.service.model_loaded.connect(self._on_model_loaded)
        self.service.model_fits_quantised.connect(self._on_model_fits_quantised)
        self.service.model_load_failed.connect(self._on_model_load_failed)
        self.screenshots.captured.connect(self._on_screenshot_captured)
        self.composer.send_requested.connect(self._on_composer_send)
        self.composer.stop_requested.connect(c.stop)
        self.composer.attach_button.clicked.connect(self.attach_files)
        self.composer.attachment_failed.connect(self.show_inline_error)
        self.composer.budget_changed.connect(self._on_composer_budget_changed)
        self.composer.edit.textChanged.connect(self.estimate.refresh)
        self.chat.edit_requested.connect(c.edit_and_resend)
        self.chat.regenerate_requested.connect(c.regenerate)
        self.chat.continue_requested.connect(c.continue_answer)
        self.chat.branch_requested.connect(self._on_branch_requested)
        self.chat.attachment_save_requested.connect(self.save_attachment_copy)
        self.chat.answer_rewritten.connect(c.edit_answer)
        self.conversations.opened.connect(c.open_conversation)
        self.conversations.new_requested.connect(self.new_chat)
        self.conversations.search_changed.connect(self.list_model.refresh)
        self.conversations.rename_requested.connect(self.history.rename)
        self.conversations.pin_requested.connect(self.history.pin)
        self.conversations.delete_requested.connect(self.history.delete)
        self.conversations.export_requested.connect(self.history.export_one)
        self.panel.params_changed.connect(self._on_params_changed)
        self.panel.budget_changed.connect(self._on_budget_changed)
        self.panel.system_prompt_changed.connect(c.set_system_prompt)
        self.panel.weights_requested.connect(self._on_weights_requested)
        self.composer.model_folder_given.connect(self.load_model)  # as Models → Load model folder… does
        QGuiApplication.clipboard().dataChanged.connect(self._on_clipboard_changed)

    # ------------------------------------------------------------------ messages
    def show_inline_error(self, message: str, hint: str = "", topic: str = "") -> None:
        self.banner.show_message(message, hint, kind="error", topic=topic)

    def show_info(self, text: str) -> None:
        self.banner.show_message(text, kind="info")

    def ask_for_attention(self) -> None:
        """Something waited for is done (an answer, a load, a download): while the person works in another
        program — on a CPU an answer about a picture takes minutes — the task bar entry flashes (the Dock icon
        bounces) until they come back. Not while any window of this app is in front."""
        if QApplication.activeWindow() is None:
            QApplication.alert(self)

    def _on_clipboard_changed(self) -> None:
        """Every copy made in this window (a Copy button, Ctrl+C in a text) says so in the status bar."""
        if QApplication.activeWindow() is self:  # another program copying happens while it is the active one
            self.statusBar().showMessage(self.tr("Copied to the clipboard"), COPIED_MESSAGE_MS)

    # ------------------------------------------------------------------ conversations
    def new_chat(self) -> None:
        """Ctrl+N: an empty conversation, reusing one that is still empty."""
        self.state.new_chat()

    def open_files(self, paths: list[Path]) -> None:
        """Files opened from outside (a file manager's "Open with", a second start): the window comes to the
        front with them attached to a new chat, as a new document opens in an editor."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if paths:
            log.info("opening %d file(s) from outside", len(paths))
            self.new_chat()
            self.composer.add_files(paths)

    def change_text_size(self, direction: int) -> None:
        """View → Larger text (+1), Smaller text (-1), Normal text size (0): the conversation and the composer."""
        size = step(self.settings.ui.text_size, direction) if direction else NORMAL
        apply_text_size(self._sized_by_text_size(), size)
        self.statusBar().showMessage(self.tr("Text size: %1%").replace("%1", str(size)), COPIED_MESSAGE_MS)
        if size != self.settings.ui.text_size:
            self.save_settings(replace(self.settings, ui=replace(self.settings.ui, text_size=size)))

    def _sized_by_text_size(self) -> list[QWidget]:
        return [self.chat, self.composer.edit]

    def _on_branch_requested(self, message_id: int) -> None:
        title = self.controller.conversation.title if self.controller.conversation is not None else ""
        self.controller.branch_from(message_id, self.tr("Branch of %1").replace("%1", title))

    def remember_last_conversation(self, conversation_id: int) -> None:
        if self.settings.ui.last_conversation != conversation_id:
            self.save_settings(replace(self.settings, ui=replace(self.settings.ui, last_conversation=conversation_id)))

    def _reopen_last_conversation(self) -> None:
        last = self.settings.ui.last_conversation
        if last and self.list_model.row_of(last) >= 0:
            self.controller.open_conversation(last)

    def _show_title(self) -> None:
        """The window's title names the open conversation, as an editor's names its document: the task bar and
        the window switcher tell one chat from another."""
        conversation = self.controller.conversation
        title = None
        if conversation is not None and conversation.messages:
            title = self.controller.store.title_of(conversation.id)
        self.setWindowTitle(self.tr("%1 — Desktop VLM").replace("%1", title) if title else self.tr("Desktop VLM"))

    def _on_conversation_changed(self, conversation) -> None:
        self._show_title()
        self.chat.show_conversation(conversation)
        if conversation is not None:
            self.conversations.select(conversation.id)
            self.panel.system_prompt.blockSignals(True)
            self.panel.system_prompt.setPlainText(conversation.system_prompt or "")
            self.panel.system_prompt.blockSignals(False)
            self.panel.show_params(self.controller.params)  # sampling settings belong to the conversation
        self.estimate.refresh()

    def _on_composer_send(self, text: str, attachments: list) -> None:
        self.banner.hide()
        for attachment in attachments:  # the message shows the composer's preview at once, no decoding
            self.thumbnails.seed(attachment.sha256, attachment.thumbnail)
        self.extraction.on_send(text)
        if self.service.model_info is None and not self.service.loading:
            folder = self.idle_unload.reloadable
            if folder is None:
                self.show_inline_error(
                    self.tr("No model is loaded yet."),
                    self.tr("Download or choose one in Models → Manage models… (Ctrl+M)."),
                    topic="model",
                )
                return
            self.load_model(folder)  # unloaded, by hand or when idle: the question loads it again and waits
        if self.controller.send(text, attachments):
            self.composer.clear()

    def _on_busy_changed(self, busy: bool) -> None:
        self.composer.set_busy(busy)
        self.composer.send_button.setIcon(icon("stop" if busy else "send", role=QPalette.ColorRole.HighlightedText))

    def _on_service_waiting(self, waiting: bool) -> None:
        if waiting:
            text = self.tr("Waiting for the model to load… the question goes out when it is ready (Stop cancels).")
            self.banner.show_message(text, kind="info", topic="waiting")
        else:
            self.banner.dismiss("waiting")

    def _on_composer_budget_changed(self, _image_tokens: int) -> None:
        self.estimate.refresh()

    def _on_answer_finished(self, message_id: int, status: str, stats: dict) -> None:
        if status in ("complete", "error"):
            self.ask_for_attention()
        self.status.show_stats(stats)
        self.estimate.refresh()  # the conversation, and so the next prompt, grew
        widget = self.chat.message_widget(message_id)
        self.extraction.on_answer(widget.text if widget else "", status)

    # ------------------------------------------------------------------ the settings panel
    def _on_params_changed(self, params) -> None:
        try:
            self.controller.set_params(params)
        except Exception as err:  # validation errors carry a user message
            self.show_inline_error(str(err))
            return
        self._sampling = dict(params.__dict__)
        self._save_timer.start()

    def _on_budget_changed(self, max_tiles: int, image_tokens: int, frames: int) -> None:
        self.controller.tiles = replace(self.controller.tiles, max_tiles=max_tiles)
        info = self.service.model_info
        self.controller.image_tokens = image_tokens or None if info and info.image_token_choices else None
        per_tile = image_tokens or (info.tokens_per_tile if info else 256)
        self.composer.set_budget(
            max_tiles=max_tiles, tile_size=info.tile_size if info else 448, tokens_per_tile=per_tile, frames=frames
        )
        self.state.save_tiles(*self.panel.budget())
        self._save_timer.start()

    def show_settings_panel(self, shown: bool) -> None:
        """View → Settings panel: show or hide it (reopening one dragged shut at its usual width; in a narrow
        window the conversation list folds to make room)."""
        if shown:
            self.side_panes.open(self.panel)
        else:
            self.side_panes.close(self.panel)
        self._save_timer.start()

    def show_conversations(self, shown: bool) -> None:
        """View → Conversation list: show or hide it."""
        if shown:
            self.side_panes.open(self.conversations)
        else:
            self.side_panes.close(self.conversations)

    def _panel_shown(self) -> bool:
        """Whether the person keeps the settings panel open (folded away by a narrow window counts as open)."""
        return self.actions_by_name["settings_panel"].isChecked() or self.side_panes.folded(self.panel)

    def _save_session(self) -> None:
        """Keep what the person set in the panel and the window for the next start, now (a crash or a kill
        must not lose it)."""
        preset, max_tiles, frames = self.panel.budget()
        ui = replace(
            self.settings.ui,
            settings_panel_visible=self._panel_shown(),
            tile_preset=preset,
            max_tiles=max_tiles,
            video_frames=frames,
            sampling=self._sampling,
        )
        if ui != self.settings.ui:
            self.save_settings(replace(self.settings, ui=ui))

    def save_settings(self, settings: Settings) -> None:
        idle_changed = settings.runtime.unload_after_idle_min != self.settings.runtime.unload_after_idle_min
        self.settings = settings
        self.controller.new_chat_instructions = settings.ui.new_chat_instructions
        self._save_settings(settings)
        if idle_changed:
            self.idle_unload.restart()

    def _on_idle_unloaded(self, minutes: int) -> None:
        text = self.tr(
            "The model was unloaded after %1 minutes without a question, to give its memory back; "
            "your next question loads it again."
        )
        self.banner.show_message(text.replace("%1", str(minutes)), kind="info", topic="model")

    # ------------------------------------------------------------------ models (see window_models.py)
    def _show_model_hint(self) -> None:
        """An empty chat says how to get a model while none is loaded or coming, else what to drop."""
        if self.service.model_info is None and not self.models.expected:
            self.chat.hint.setText(
                self.tr(
                    'No model yet: <a href="models">download or choose one</a> '
                    "(Models → Manage models…, Ctrl+M), then drop a screenshot, photo, "
                    "PDF, document or video here and ask about it."
                )
            )
        else:
            self.chat.hint.setText(self.tr("Drop a screenshot, photo, PDF, document or video, and ask about it."))

    def show_first_run(self, welcome: bool) -> None:
        """The welcome panel in the chat's place (no model anywhere yet), or the chat with its hint as things
        stand (asked at every load, load failure and unload)."""
        self.pages.setCurrentWidget(self.models.welcome if welcome else self.chat)
        self._show_model_hint()

    def _on_model_loaded(self, info) -> None:
        self.ask_for_attention()
        self._show_model_hint()
        self.banner.dismiss("model")  # "no model loaded" or an earlier load's failure is no longer true
        self.panel.set_model(info)
        self.composer.fit_text_to_context()  # a file attached before the model loaded is cut to its context
        self.estimate.refresh()

    def _on_model_fits_quantised(self, folder: str, weights: str) -> None:
        self._fits_quantised = (folder, weights)  # the failure that follows offers to load it that way

    def _on_model_load_failed(self, message: str) -> None:
        self.ask_for_attention()
        self._show_model_hint()
        fits, self._fits_quantised = self._fits_quantised, None
        action = None
        if fits is not None:
            folder, weights = fits
            text = self.tr("Load with 8-bit weights") if weights == "int8" else self.tr("Load with 4-bit weights")
            action = (text, lambda: self.load_model(folder, quantize=weights))
        self.banner.show_message(message, topic="model", action=action)

    def load_model(
        self,
        folder: str,
        device: str | None = None,
        dtype: str | None = None,
        quantize: str | None = None,
        after_ms: int = 0,
    ) -> None:
        """Load a model folder; ``after_ms``: start that much later (questions asked meanwhile wait)."""
        self.models.load(folder, device, dtype, quantize, after_ms)
        self._show_model_hint()

    def _on_weights_requested(self, weights: str) -> None:
        """Load the model in use again with other language-model weights ("int8"); the settings keep them."""
        folder = self.settings.runtime.active_model
        if folder and self.service.model_info is not None:
            self.load_model(folder, quantize=weights)

    def use_remote(self, url: str, model: str, key: str | None, after_ms: int = 0) -> None:
        self.models.use_remote(url, model, key, after_ms)

    def open_model_manager(self) -> None:
        self.models.open_manager()

    def choose_model_folder(self) -> None:
        self.models.choose_folder()

    def open_preferences(self) -> None:
        self.help.open_preferences()

    # ------------------------------------------------------------------ files and folders
    def dialog_folder(self, purpose: str) -> str:
        """Where a file dialog for ``purpose`` ("attach" or "export") opens."""
        return start_folder(purpose, getattr(self.settings.ui, f"{purpose}_folder"))

    def remember_folder(self, purpose: str, chosen: str | Path) -> None:
        """Open the next ``purpose`` dialog where the person just picked ``chosen``, this run and the next."""
        ui = replace(self.settings.ui, **{f"{purpose}_folder": folder_of(chosen)})
        self.save_settings(replace(self.settings, ui=ui))

    def forget_unused_pictures(self) -> None:
        """Drop cached pictures whose attachment is gone (deleted with its conversation, or swept)."""
        self.thumbnails.prune(self.controller.store.attachment_hashes())

    def save_export(self, path: Path, text: str) -> None:
        """Write an export the person asked for; a folder they cannot write to, or a full disk, gets an
        inline message saying so rather than an error dialog."""
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as err:
            self.show_inline_error(
                self.tr("Could not save %s: %s.") % (path.name, err.strerror or err),
                self.tr("Choose another folder, or free some space."),
            )
            return
        self.remember_folder("export", path)
        self.show_info(self.tr("Saved %s") % path)

    def save_attachment_copy(self, attachment) -> None:
        """Save a copy of a sent attachment as the conversation keeps it, where the person chooses."""
        suggested = Path(self.dialog_folder("export")) / attachment.name
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of %s") % attachment.name, str(suggested))
        if not path:
            return
        try:
            shutil.copyfile(attachment.path, path)
        except OSError as err:
            self.show_inline_error(
                self.tr("Could not save %s: %s.") % (Path(path).name, err.strerror or err),
                self.tr("Choose another folder, or free some space."),
            )
            return
        self.remember_folder("export", path)
        self.show_info(self.tr("Saved %s") % path)

    def save_pdf_export(self, path: Path, html: str) -> None:
        """Write an HTML export as a PDF (:func:`.pdf_export.write_pdf`), or say why it could not be, as
        :meth:`save_export` does."""
        try:
            write_pdf(path, html)
        except OSError as err:
            self.show_inline_error(
                self.tr("Could not save %s: %s.") % (path.name, err.strerror or err),
                self.tr("Choose another folder, or free some space."),
            )
            return
        self.remember_folder("export", path)
        self.show_info(self.tr("Saved %s") % path)

    def attach_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            self.dialog_folder("attach"),
            # every kind's extensions; "All files" for a README or a Makefile, which text files are too
            self.tr("Files Desktop VLM reads (%s);;All files (*)") % extension_patterns(),
        )
        if files:
            self.remember_folder("attach", files[0])
        self.composer.add_files([Path(f) for f in files])

    def _on_screenshot_captured(self, image) -> None:
        self.composer.add_image(image, time.strftime("screenshot-%H%M%S.png"))
        self.composer.edit.setFocus()

    def set_theme(self, choice: str) -> None:
        """Switch to "system", "light" or "dark" now and remember it."""
        app = QApplication.instance()
        assert isinstance(app, QApplication), "the window lives in a QApplication"
        apply_theme(app, choice)
        self.save_settings(replace(self.settings, ui=replace(self.settings.ui, theme=choice)))
        action = self.actions_by_name.get(f"theme_{choice}")
        if action is not None:
            action.setChecked(True)
        if not self.controller.busy:  # code-block tints are computed from the palette when rendered
            self.chat.show_conversation(self.controller.conversation)

    # ------------------------------------------------------------------ drops and geometry
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        self.composer.dragEnterEvent(event)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self.composer.dragLeaveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        self.composer.dropEvent(event)

    def _restore_geometry(self) -> None:
        """Where the window was when it last closed (Qt moves it onto a screen that is still there); at a
        first start, centred in the screen's free area."""
        if self.settings.ui.window_geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(self.settings.ui.window_geometry)))
            return
        frame = self.frameGeometry()
        frame.moveCenter(QGuiApplication.primaryScreen().availableGeometry().center())
        self.move(frame.topLeft())

    def closeEvent(self, event) -> None:  # noqa: N802
        self.state.save_draft()
        self._save_timer.stop()
        self._save_session()
        geometry = base64.b64encode(self.saveGeometry().data()).decode()
        self.save_settings(replace(self.settings, ui=replace(self.settings.ui, window_geometry=geometry)))
        self.service.stop()
        self._prune_timer.stop()  # the history closes with the window
        self.composer.discard_unsent()  # attached, never sent: nothing to keep
        self.thumbnails.wait(2000)  # a picture being made must not outlive the window it reports to
        super().closeEvent(event)
