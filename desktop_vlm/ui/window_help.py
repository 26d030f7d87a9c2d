"""Help and Preferences for the main window: the shortcuts sheet, the logs folder, About, and applying what
the Preferences dialog changed (theme and language at once, folders, hub, default device)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from .i18n import install_translator
from .icons import app_icon

PROJECT_URL = "https://github.com/desktop-vlm/desktop-vlm"


class WindowHelp(QObject):
    """``window.relaunch`` (set by the app) rebuilds the window after a language switch; None in tests that
    build the window alone, where the new language shows in windows made afterwards."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def show_shortcuts(self) -> None:
        from .chat_column import show_shortcuts

        show_shortcuts(self.window)

    def open_logs_folder(self) -> bool:
        """Open the folder with the app's log files in the file manager; False (with a message) without one."""
        folder = self.window.log_dir
        if folder is None or not Path(folder).is_dir():
            self.window.show_info(self.tr("There is no logs folder yet."))
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.window.show_info(self.tr("The logs are in %s") % folder)  # no file manager: say where
        return True

    def show_about(self) -> QMessageBox:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("desktop-vlm")
        except PackageNotFoundError:
            number = "?"
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("About Desktop VLM"))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setText(self.tr("<b>Desktop VLM %s</b>") % number)
        box.setInformativeText(
            self.tr(
                "Talk about screenshots, photos, documents and videos with a vision-language "
                "model on your own computer, offline.<br>Licence: Apache-2.0. Icons drawn for "
                'this project.<br><a href="%s">%s</a>'
            )
            % (PROJECT_URL, PROJECT_URL)
        )
        box.open()
        return box

    def open_preferences(self):
        from .preferences_dialog import PreferencesDialog

        window = self.window
        dialog = PreferencesDialog(window.settings, window)
        if dialog.exec():
            self.apply(dialog.settings(), dialog.token())
        return dialog

    def apply(self, settings, token: str | None) -> None:
        """Make ``settings`` (from Preferences) the window's: save them and apply what changed now."""
        window, before = self.window, self.window.settings
        window.save_settings(settings)
        if settings.ui.theme != before.ui.theme:
            window.set_theme(settings.ui.theme)
        if window.downloads is not None:
            window.downloads.apply_settings(settings.hub, token)
        if settings.ui.language != before.ui.language:
            self.switch_language(settings.ui.language)

    def switch_language(self, language: str) -> None:
        """Install the translation for ``language`` and rebuild the window in it (after the running answer)."""
        app = QApplication.instance()
        assert app is not None, "the window lives in a running application"
        for attribute in ("_desktop_vlm_translator", "_qt_translator"):
            old = getattr(app, attribute, None)
            if old is not None:
                app.removeTranslator(old)
                setattr(app, attribute, None)
        install_translator(app, language)
        relaunch = getattr(self.window, "relaunch", None)
        if relaunch is None:
            return
        if self.window.controller.busy:
            self.window.controller.busy_changed.connect(self._relaunch_when_idle)
        else:
            relaunch()

    def _relaunch_when_idle(self, busy: bool) -> None:
        if not busy:
            self.window.controller.busy_changed.disconnect(self._relaunch_when_idle)
            self.window.relaunch()
