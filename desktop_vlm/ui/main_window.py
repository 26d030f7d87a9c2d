"""The main window: conversations (left), chat (centre), settings (right), status bar."""

from __future__ import annotations

import base64
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..config.settings import Settings
from ..documents import TEMPLATES
from .chat_column import install_chat_column
from .chat_view import ChatView
from .composer import Composer
from .conversation_list import ConversationListView
from .errors import ErrorBanner
from .extraction import ExtractionHelper
from .folders import folder_of, start_folder
from .history_actions import HistoryActions
from .message_thumbnails import MessageThumbnails
from .prompt_estimate import PromptEstimate
from .screenshot import ScreenshotCommand
from .settings_panel import SettingsPanel
from .status_view import ModelStatusView
from .theme import apply_theme

CENTRE_MIN_WIDTH = 420  # px: a readable answer column beside a composer with its buttons


class MainWindow(QMainWindow):
    def __init__(self, controller, service, list_model, settings: Settings, save_settings, downloads=None,
                 remote_keys=None, thumbnails_dir: Path | None = None):  # fmt: skip
        """``thumbnails_dir``: where pictures of sent attachments are cached (None: a temporary folder)."""
        super().__init__()
        self.controller, self.service, self.list_model = controller, service, list_model
        self.downloads, self.remote_keys = downloads, remote_keys
        self.settings, self._save_settings = settings, save_settings
        self.setWindowTitle(self.tr("Desktop VLM"))
        self.setAcceptDrops(True)
        self.resize(1280, 820)

        self.conversations = ConversationListView(list_model, self)
        if thumbnails_dir is None:
            self._thumbnails_tmp = tempfile.TemporaryDirectory(prefix="desktop-vlm-thumbnails-")
            thumbnails_dir = Path(self._thumbnails_tmp.name)
        self.thumbnails = MessageThumbnails(thumbnails_dir, self)
        self.chat = ChatView(self, self.thumbnails)
        self.banner = ErrorBanner(self)
        self.composer = Composer(self)
        self.panel = SettingsPanel(self)
        self.extraction = ExtractionHelper(self)
        self.history = HistoryActions(self)
        centre = QWidget(self)
        centre.setObjectName("Centre")
        column = QVBoxLayout(centre)
        column.addWidget(self.chat, 1)
        column.addWidget(self.banner)
        column.addWidget(self.composer)
        # In a narrow window the side panes give way first: without a minimum here the splitter keeps them at
        # full width and squeezes the chat, where the person reads and writes, down to a sliver.
        centre.setMinimumWidth(CENTRE_MIN_WIDTH)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget, stretch in ((self.conversations, 0), (centre, 1), (self.panel, 0)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setSizes([240, 760, 280])
        self.setCentralWidget(self.splitter)
        self.panel.setVisible(settings.ui.settings_panel_visible)

        self.status = ModelStatusView(self.statusBar(), service)
        self.estimate = PromptEstimate(self.composer, controller, service)
        self.screenshots = ScreenshotCommand(self)

        # a model is on its way when the last one is reconnected at start-up; until then no "get a model" hint
        remote = settings.remote.enabled and settings.remote.base_url
        self._model_expected = bool(settings.runtime.active_model or remote)
        self.chat.hint.linkActivated.connect(lambda _link: self.open_model_manager())
        self.composer.set_history(controller.persist, controller.discard)
        self._build_actions()
        self._wire()
        install_chat_column(self)  # versions, attachment viewer, shortcut table and focus rules
        self._show_model_hint()
        self._prune_timer = QTimer(self, singleShot=True, interval=0)  # after the first paint: start-up stays fast
        self._prune_timer.timeout.connect(self.forget_unused_pictures)
        self._prune_timer.start()
        self._restore_geometry()
        ui = settings.ui
        self.panel.restore_budget(ui.tile_preset, ui.max_tiles, ui.video_frames)

    # ------------------------------------------------------------------ setup
    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("New chat"), self.controller.new_conversation, QKeySequence.StandardKey.New)
        self._action(file, self.tr("Attach files…"), self._on_attach_triggered, QKeySequence.StandardKey.Open)
        self._action(file, self.tr("Screenshot a region…"), self.screenshots.start, "Ctrl+Shift+S")
        file.addSeparator()
        self._action(file, self.tr("Export all conversations…"), self.history.export_all)
        self._action(file, self.tr("Import conversation (JSON)…"), self.history.import_json)
        file.addSeparator()
        self._action(file, self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        chat = bar.addMenu(self.tr("&Chat"))
        self._action(chat, self.tr("Send"), self.composer.submit, "Ctrl+Return")
        self._action(chat, self.tr("Stop"), self.controller.stop, "Escape")
        self._action(chat, self.tr("Regenerate"), self.controller.regenerate, "Ctrl+R")
        self._action(chat, self.tr("Search conversations"), self.conversations.search.setFocus, QKeySequence.StandardKey.Find)
        # window-wide Ctrl+V: text fields keep their own paste (they claim the shortcut while focused)
        self._action(chat, self.tr("Paste"), self.composer.edit.paste, QKeySequence.StandardKey.Paste)
        extract = chat.addMenu(self.tr("Extract data as"))
        for template in TEMPLATES.values():
            self._action(extract, template.title, lambda checked=False, name=template.name: self.extraction.start(name))
        self.export_extraction = self._action(file, self.tr("Export extracted data…"), self.extraction.export)
        self.export_extraction.setEnabled(False)
        models = bar.addMenu(self.tr("&Models"))
        self._action(models, self.tr("Manage models…"), self.open_model_manager, "Ctrl+M")
        self._action(models, self.tr("Load model folder…"), self._on_load_folder_triggered, "Ctrl+L")
        self._action(models, self.tr("Use a remote endpoint…"), self._on_remote_triggered)
        self._action(models, self.tr("Unload model"), self.service.unload_model)
        view = bar.addMenu(self.tr("&View"))
        toggle = self._action(view, self.tr("Settings panel"), self._on_panel_toggled, "Ctrl+Shift+P")
        toggle.setCheckable(True)
        toggle.setChecked(self.panel.isVisible())
        themes = view.addMenu(self.tr("Theme"))
        group = QActionGroup(self)
        for key, title in (("system", self.tr("Follow the system")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            action = self._action(themes, title, lambda checked=False, key=key: self.set_theme(key))
            action.setCheckable(True)
            action.setChecked(self.settings.ui.theme == key)
            group.addAction(action)

    def _wire(self) -> None:
        c = self.controller
        c.conversation_changed.connect(self._on_conversation_changed)
        c.answer_updated.connect(self.chat.update_answer)
        c.answer_finished.connect(self._on_answer_finished)
        c.error.connect(self.show_inline_error)
        c.notice.connect(lambda text: self.banner.show_message(text, kind="info"))
        c.busy_changed.connect(self.composer.set_busy)
        c.conversations_changed.connect(self.list_model.refresh)
        self.service.notice.connect(lambda text: self.banner.show_message(text, kind="info"))
        self.service.waiting.connect(self._on_service_waiting)
        self.service.model_loaded.connect(self._on_model_loaded)
        self.service.model_load_failed.connect(self._on_model_load_failed)
        self.screenshots.captured.connect(self._on_screenshot_captured)
        self.composer.send_requested.connect(self._on_composer_send)
        self.composer.stop_requested.connect(c.stop)
        self.composer.attach_button.clicked.connect(self._on_attach_triggered)
        self.composer.attachment_failed.connect(self.show_inline_error)
        self.composer.budget_changed.connect(self._on_composer_budget_changed)
        self.composer.edit.textChanged.connect(self.estimate.refresh)
        self.chat.edit_requested.connect(c.edit_and_resend)
        self.chat.regenerate_requested.connect(c.regenerate)
        self.conversations.opened.connect(c.open_conversation)
        self.conversations.new_requested.connect(c.new_conversation)
        self.conversations.search_changed.connect(self.list_model.refresh)
        self.conversations.rename_requested.connect(self.history.rename)
        self.conversations.pin_requested.connect(self.history.pin)
        self.conversations.delete_requested.connect(self.history.delete)
        self.conversations.export_requested.connect(self.history.export_one)
        self.panel.params_changed.connect(self._on_params_changed)
        self.panel.budget_changed.connect(self._on_budget_changed)
        self.panel.system_prompt_changed.connect(c.set_system_prompt)

    # ------------------------------------------------------------------ handlers
    def show_inline_error(self, message: str, hint: str = "", topic: str = "") -> None:
        self.banner.show_message(message, hint, kind="error", topic=topic)

    def _on_conversation_changed(self, conversation) -> None:
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
            self.show_inline_error(self.tr("No model is loaded yet."),
                                   self.tr("Download or choose one in Models → Manage models… (Ctrl+M)."),
                                   topic="model")  # fmt: skip
            return
        if self.controller.send(text, attachments):
            self.composer.clear()

    def _on_service_waiting(self, waiting: bool) -> None:
        if waiting:
            text = self.tr("Waiting for the model to load… the question goes out when it is ready (Stop cancels).")
            self.banner.show_message(text, kind="info", topic="waiting")
        else:
            self.banner.dismiss("waiting")

    def _on_composer_budget_changed(self, _image_tokens: int) -> None:
        self.estimate.refresh()

    def _on_answer_finished(self, message_id: int, status: str, stats: dict) -> None:
        self.status.show_stats(stats)
        self.estimate.refresh()  # the conversation, and so the next prompt, grew
        widget = self.chat.message_widget(message_id)
        self.extraction.on_answer(widget.text if widget else "", status)

    def _on_params_changed(self, params) -> None:
        try:
            self.controller.set_params(params)
        except Exception as err:  # validation errors carry a user message
            self.show_inline_error(str(err))

    def _on_budget_changed(self, max_tiles: int, image_tokens: int, frames: int) -> None:
        from dataclasses import replace

        self.controller.tiles = replace(self.controller.tiles, max_tiles=max_tiles)
        info = self.service.model_info
        self.controller.image_tokens = image_tokens or None if info and info.image_token_choices else None
        per_tile = image_tokens or (info.tokens_per_tile if info else 256)
        self.composer.set_budget(max_tiles=max_tiles, tile_size=info.tile_size if info else 448,
                                 tokens_per_tile=per_tile, frames=frames)  # fmt: skip

    def _show_model_hint(self) -> None:
        """An empty chat says how to get a model while none is loaded or coming, else what to drop."""
        if self.service.model_info is None and not self._model_expected:
            self.chat.hint.setText(self.tr("No model yet: <a href=\"models\">download or choose one</a> "
                                           "(Models → Manage models…, Ctrl+M), then drop a screenshot, photo, "
                                           "PDF or video here and ask about it."))  # fmt: skip
        else:
            self.chat.hint.setText(self.tr("Drop a screenshot, photo, PDF or video, and ask about it."))

    def _on_model_loaded(self, info) -> None:
        self._show_model_hint()
        self.banner.dismiss("model")  # "no model loaded" or an earlier load's failure is no longer true
        self.panel.set_model(info)
        self.estimate.refresh()

    def _on_model_load_failed(self, message: str) -> None:
        self._model_expected = False
        self._show_model_hint()
        self.show_inline_error(message, topic="model")

    def _on_load_folder_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a model folder"), start_folder("models", ""))
        if folder:
            self.load_model(folder)

    def load_model(
        self, folder: str, device: str | None = None, dtype: str | None = None, quantize: str | None = None,
        after_ms: int = 0,
    ) -> None:
        """Load a model folder on the model thread with these (or the saved) device, precision, weights;
        ``after_ms``: start that much later (questions asked meanwhile wait for it)."""
        from dataclasses import replace

        runtime = replace(self.settings.runtime, active_model=folder, device=device or self.settings.runtime.device,
                          dtype=dtype or self.settings.runtime.dtype,
                          quantize=quantize or self.settings.runtime.quantize)  # fmt: skip
        self.status.show_loading(folder)
        self._model_expected = True
        self._show_model_hint()
        self.service.load_model(folder, runtime.device, runtime.dtype, runtime.quantize, after_ms=after_ms)
        self.settings = replace(self.settings, runtime=runtime, remote=replace(self.settings.remote, enabled=False))
        self._save_settings(self.settings)

    def _on_remote_triggered(self) -> None:
        from .remote_dialog import RemoteDialog

        dialog = RemoteDialog(self.settings.remote, self)
        if dialog.exec():
            self.use_remote(*dialog.values())

    def use_remote(self, url: str, model: str, key: str | None, after_ms: int = 0) -> None:
        """Switch to an OpenAI-compatible endpoint (e.g. LMDeploy or vLLM serving the same model). A key given
        is kept in the OS keyring (else a user-only file) for the next start; None uses the kept one."""
        from dataclasses import replace

        if self.remote_keys is not None:
            if key:
                self.remote_keys.set(key)
            else:
                key = self.remote_keys.get  # read when the connection starts, after the first paint
        self._model_expected = True
        self.service.use_remote(url, model, key, after_ms=after_ms)
        self.settings = replace(self.settings, remote=replace(self.settings.remote, enabled=True, base_url=url,
                                                              model=model))  # fmt: skip
        self._save_settings(self.settings)

    def open_model_manager(self) -> None:
        from dataclasses import replace

        from .model_dialog import ModelManagerDialog

        if self.downloads is None:
            return
        loaded = self.service.model_info
        local = loaded is not None and not self.settings.remote.enabled
        dialog = ModelManagerDialog(self.downloads, self, self.settings.runtime, loaded.device if loaded else None,
                                    self.settings.runtime.active_model if local else None)
        dialog.use_requested.connect(self.load_model)
        dialog.exec()
        self.settings = replace(self.settings, hub=self.downloads.settings)
        self._save_settings(self.settings)

    def dialog_folder(self, purpose: str) -> str:
        """Where a file dialog for ``purpose`` ("attach" or "export") opens."""
        return start_folder(purpose, getattr(self.settings.ui, f"{purpose}_folder"))

    def remember_folder(self, purpose: str, chosen: str | Path) -> None:
        """Open the next ``purpose`` dialog where the person just picked ``chosen``, this run and the next."""
        from dataclasses import replace

        ui = replace(self.settings.ui, **{f"{purpose}_folder": folder_of(chosen)})
        self.settings = replace(self.settings, ui=ui)
        self._save_settings(self.settings)

    def forget_unused_pictures(self) -> None:
        """Drop cached pictures whose attachment is gone (deleted with its conversation, or swept)."""
        self.thumbnails.prune(self.controller.store.attachment_hashes())

    def save_export(self, path: Path, text: str) -> None:
        """Write an export the person asked for; a folder they cannot write to, or a full disk, gets an
        inline message saying so rather than an error dialog."""
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as err:
            self.show_inline_error(self.tr("Could not save %s: %s.") % (path.name, err.strerror or err),
                                   self.tr("Choose another folder, or free some space."))  # fmt: skip
            return
        self.remember_folder("export", path)

    def _on_attach_triggered(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), self.dialog_folder("attach"),
                                                self.tr("Images, videos, PDFs (*.png *.jpg *.jpeg *.webp *.bmp *.tif "
                                                        "*.tiff *.gif *.heic *.mp4 *.mov *.mkv *.webm *.avi *.pdf);;"
                                                        "All files (*)"))  # fmt: skip
        if files:
            self.remember_folder("attach", files[0])
        self.composer.add_files([Path(f) for f in files])

    def _on_screenshot_captured(self, image) -> None:
        self.composer.add_image(image, time.strftime("screenshot-%H%M%S.png"))
        self.composer.edit.setFocus()

    def set_theme(self, choice: str) -> None:
        """Switch to "system", "light" or "dark" now and remember it."""
        from dataclasses import replace

        apply_theme(QApplication.instance(), choice)
        self.settings = replace(self.settings, ui=replace(self.settings.ui, theme=choice))
        self._save_settings(self.settings)
        if not self.controller.busy:  # code-block tints are computed from the palette when rendered
            self.chat.show_conversation(self.controller.conversation)

    def _on_panel_toggled(self, checked: bool) -> None:
        self.panel.setVisible(checked)

    # ------------------------------------------------------------------ drops and geometry
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        self.composer.dragEnterEvent(event)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self.composer.dragLeaveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        self.composer.dropEvent(event)

    def _restore_geometry(self) -> None:
        if self.settings.ui.window_geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(self.settings.ui.window_geometry)))

    def closeEvent(self, event) -> None:  # noqa: N802
        from dataclasses import replace

        geometry = base64.b64encode(bytes(self.saveGeometry())).decode()
        preset, max_tiles, frames = self.panel.budget()
        self.settings = replace(self.settings, ui=replace(self.settings.ui, window_geometry=geometry,
                                                          settings_panel_visible=self.panel.isVisible(),
                                                          tile_preset=preset, max_tiles=max_tiles,
                                                          video_frames=frames))  # fmt: skip
        self._save_settings(self.settings)
        self.service.stop()
        self._prune_timer.stop()  # the history closes with the window
        self.composer.discard_unsent()  # attached, never sent: nothing to keep
        self.thumbnails.wait(2000)  # a picture being made must not outlive the window it reports to
        super().closeEvent(event)
