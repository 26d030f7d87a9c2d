"""The main window's menu bar: File, Chat, Models, View, Help. Every entry calls a method of the window;
this module only decides the order, the titles, the icons and the shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ..documents import TEMPLATES
from .icons import icon


def _add(window, menu, text: str, slot, shortcut=None, icon_name: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if icon_name:
        action.setIcon(icon(icon_name))
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


class WindowMenus(QObject):
    """Builds the menu bar of ``window``; :attr:`named` holds the actions other code changes later."""

    def __init__(self, window):
        super().__init__(window)
        self.named: dict[str, QAction] = {}
        self._file(window)
        self._chat(window)
        self._models(window)
        self._view(window)
        self._help(window)

    def _file(self, window) -> None:
        keys, named = QKeySequence.StandardKey, self.named
        file = window.menuBar().addMenu(self.tr("&File"))
        named["new_chat"] = _add(window, file, self.tr("New chat"), window.new_chat, keys.New, "new-chat")
        _add(window, file, self.tr("Attach files…"), window.attach_files, keys.Open, "attach")
        _add(window, file, self.tr("Screenshot a region…"), window.screenshots.start, "Ctrl+Shift+S", "screenshot")
        file.addSeparator()
        named["export_chat"] = _add(
            window, file, self.tr("Export this chat…"), window.history.export_current, "Ctrl+E", "export"
        )
        _add(window, file, self.tr("Export all conversations…"), window.history.export_all)
        named["export_extraction"] = _add(window, file, self.tr("Export extracted data…"), window.extraction.export)
        named["export_extraction"].setEnabled(False)
        _add(window, file, self.tr("Import conversation (JSON)…"), window.history.import_json, icon_name="import")
        file.addSeparator()
        _add(window, file, self.tr("Preferences…"), window.help.open_preferences, "Ctrl+,", "sliders")
        file.addSeparator()
        _add(window, file, self.tr("Quit"), window.close, keys.Quit)

    def _chat(self, window) -> None:
        keys = QKeySequence.StandardKey
        chat = window.menuBar().addMenu(self.tr("&Chat"))
        _add(window, chat, self.tr("Send"), window.composer.submit, "Ctrl+Return", "send")
        _add(window, chat, self.tr("Stop"), window.controller.stop, "Escape", "stop")
        _add(window, chat, self.tr("Regenerate"), window.controller.regenerate, "Ctrl+R", "regenerate")
        _add(window, chat, self.tr("Continue the answer"), window.controller.continue_answer, "Ctrl+Shift+R")
        _add(window, chat, self.tr("Search conversations"), window.conversations.search.setFocus, keys.Find, "search")
        # window-wide Ctrl+V: text fields keep their own paste (they claim the shortcut while focused)
        _add(window, chat, self.tr("Paste"), window.composer.edit.paste, keys.Paste)
        extract = chat.addMenu(self.tr("Extract data as"))
        for template in TEMPLATES.values():
            _add(
                window, extract, template.title, lambda checked=False, name=template.name: window.extraction.start(name)
            )

    def _models(self, window) -> None:
        models = window.menuBar().addMenu(self.tr("&Models"))
        _add(window, models, self.tr("Manage models…"), window.open_model_manager, "Ctrl+M", "sliders")
        _add(window, models, self.tr("Load model folder…"), window.models.choose_folder, "Ctrl+L", "folder")
        _add(window, models, self.tr("Use a remote endpoint…"), window.models.choose_remote, icon_name="globe")
        self.named["unload_model"] = _add(window, models, self.tr("Unload model"), window.service.unload_model)

    def _view(self, window) -> None:
        named = self.named
        view = window.menuBar().addMenu(self.tr("&View"))
        listed = named["conversations_panel"] = _add(
            window, view, self.tr("Conversation list"), window.show_conversations, "Ctrl+B"
        )
        listed.setCheckable(True)
        listed.setChecked(True)
        self.list_follower = VisibilityFollower(window.conversations, listed)
        panel = named["settings_panel"] = _add(
            window, view, self.tr("Settings panel"), window.show_settings_panel, "Ctrl+Shift+P"
        )
        panel.setCheckable(True)
        panel.setChecked(window.settings.ui.settings_panel_visible)
        self.panel_follower = VisibilityFollower(window.panel, panel)
        themes = view.addMenu(self.tr("Theme"))
        group = QActionGroup(window)
        choices = (("system", self.tr("Follow the system")), ("light", self.tr("Light")), ("dark", self.tr("Dark")))
        for key, title in choices:
            action = _add(window, themes, title, lambda checked=False, key=key: window.set_theme(key))
            action.setCheckable(True)
            action.setChecked(window.settings.ui.theme == key)
            group.addAction(action)
            named[f"theme_{key}"] = action
        view.addSeparator()
        # their keys come from the shortcut table (shortcuts.py), as every menu action's do
        named["larger_text"] = _add(window, view, self.tr("Larger text"), lambda: window.change_text_size(1))
        named["smaller_text"] = _add(window, view, self.tr("Smaller text"), lambda: window.change_text_size(-1))
        named["normal_text"] = _add(window, view, self.tr("Normal text size"), lambda: window.change_text_size(0))

    def _help(self, window) -> None:
        # the chat column's shortcut table finds this menu by the window's own "&Help" (same translation)
        help_menu = window.menuBar().addMenu(self.tr("&Help"))
        shortcuts = self.tr("Keyboard shortcuts")
        self.named["shortcuts"] = _add(window, help_menu, shortcuts, window.help.show_shortcuts, "F1", "keyboard")
        _add(window, help_menu, self.tr("Open logs folder"), window.help.open_logs_folder, icon_name="logs")
        help_menu.addSeparator()
        _add(window, help_menu, self.tr("About Desktop VLM"), window.help.show_about, icon_name="info")


class VisibilityFollower(QObject):
    """Keeps a checkable action in step with a widget's visibility, however it changes (the action, a
    splitter dragged shut, code), instead of reading it once before the window was shown."""

    def __init__(self, widget, action: QAction):
        super().__init__(widget)
        self._widget, self._action = widget, action
        widget.installEventFilter(self)
        splitter = widget.parentWidget()
        if hasattr(splitter, "splitterMoved"):
            splitter.splitterMoved.connect(lambda *_: self.sync())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize):
            self.sync()
        return False

    def sync(self) -> None:
        # visible-to-the-window, so closing or minimising the window does not count as hiding the panel;
        # a splitter dragged shut leaves it "visible" at zero width
        shown = self._widget.isVisibleTo(self._widget.window()) and (
            self._widget.width() > 0 or not self._widget.window().isVisible()
        )
        if self._action.isChecked() != shown:
            self._action.blockSignals(True)
            self._action.setChecked(shown)
            self._action.blockSignals(False)
