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


def build_menus(window) -> dict[str, QAction]:
    """Fill ``window``'s menu bar; returns the actions other code changes later, by name."""
    tr, keys, named = window.tr, QKeySequence.StandardKey, {}
    bar = window.menuBar()
    file = bar.addMenu(tr("&File"))
    named["new_chat"] = _add(window, file, tr("New chat"), window.new_chat, keys.New, "new-chat")
    _add(window, file, tr("Attach files…"), window.attach_files, keys.Open, "attach")
    _add(window, file, tr("Screenshot a region…"), window.screenshots.start, "Ctrl+Shift+S", "screenshot")
    file.addSeparator()
    named["export_chat"] = _add(window, file, tr("Export this chat…"), window.history.export_current, "Ctrl+E",
                                "export")
    _add(window, file, tr("Export all conversations…"), window.history.export_all)
    named["export_extraction"] = _add(window, file, tr("Export extracted data…"), window.extraction.export)
    named["export_extraction"].setEnabled(False)
    _add(window, file, tr("Import conversation (JSON)…"), window.history.import_json, icon_name="import")
    file.addSeparator()
    _add(window, file, tr("Preferences…"), window.open_preferences, "Ctrl+,", "sliders")
    file.addSeparator()
    _add(window, file, tr("Quit"), window.close, keys.Quit)

    chat = bar.addMenu(tr("&Chat"))
    _add(window, chat, tr("Send"), window.composer.submit, "Ctrl+Return", "send")
    _add(window, chat, tr("Stop"), window.controller.stop, "Escape", "stop")
    _add(window, chat, tr("Regenerate"), window.controller.regenerate, "Ctrl+R", "regenerate")
    _add(window, chat, tr("Search conversations"), window.conversations.search.setFocus, keys.Find, "search")
    # window-wide Ctrl+V: text fields keep their own paste (they claim the shortcut while focused)
    _add(window, chat, tr("Paste"), window.composer.edit.paste, keys.Paste)
    extract = chat.addMenu(tr("Extract data as"))
    for template in TEMPLATES.values():
        _add(window, extract, template.title, lambda checked=False, name=template.name: window.extraction.start(name))

    models = bar.addMenu(tr("&Models"))
    _add(window, models, tr("Manage models…"), window.open_model_manager, "Ctrl+M", "sliders")
    _add(window, models, tr("Load model folder…"), window.choose_model_folder, "Ctrl+L", "folder")
    _add(window, models, tr("Use a remote endpoint…"), window.choose_remote, icon_name="globe")
    _add(window, models, tr("Unload model"), window.service.unload_model)

    view = bar.addMenu(tr("&View"))
    panel = named["settings_panel"] = _add(window, view, tr("Settings panel"), window.show_settings_panel,
                                           "Ctrl+Shift+P")
    panel.setCheckable(True)
    panel.setChecked(window.settings.ui.settings_panel_visible)
    window._panel_follower = VisibilityFollower(window.panel, panel)
    themes = view.addMenu(tr("Theme"))
    group = QActionGroup(window)
    for key, title in (("system", tr("Follow the system")), ("light", tr("Light")), ("dark", tr("Dark"))):
        action = _add(window, themes, title, lambda checked=False, key=key: window.set_theme(key))
        action.setCheckable(True)
        action.setChecked(window.settings.ui.theme == key)
        group.addAction(action)
        named[f"theme_{key}"] = action

    help_menu = bar.addMenu(tr("&Help"))
    named["shortcuts"] = _add(window, help_menu, tr("Keyboard shortcuts"), window.show_shortcuts, "F1",
                              icon_name="keyboard")
    _add(window, help_menu, tr("Open logs folder"), window.open_logs_folder, icon_name="logs")
    help_menu.addSeparator()
    _add(window, help_menu, tr("About Desktop VLM"), window.show_about, icon_name="info")
    return named


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
            self._widget.width() > 0 or not self._widget.window().isVisible())
        if self._action.isChecked() != shown:
            self._action.blockSignals(True)
            self._action.setChecked(shown)
            self._action.blockSignals(False)
