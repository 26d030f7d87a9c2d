"""The window speaks Vietnamese and Chinese when asked (or when the system does)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_vlm.ui.i18n import install_translator
from desktop_vlm.ui.main import create_window


@pytest.mark.parametrize("language, file_menu, send", [("vi", "&Tệp", "Gửi"), ("zh_CN", "文件(&F)", "发送")])
def test_window_is_translated(qtbot, qapp, services, language, file_menu, send):
    assert install_translator(qapp, language) == language
    try:
        window = create_window(services)
        qtbot.addWidget(window)
        assert window.menuBar().actions()[0].text() == file_menu
        assert window.composer.send_button.text() == send
    finally:
        QCoreApplication.removeTranslator(qapp._desktop_vlm_translator)
        if qapp._qt_translator is not None:
            QCoreApplication.removeTranslator(qapp._qt_translator)


def test_qt_own_buttons_follow_where_qt_ships_a_translation(qapp):
    assert install_translator(qapp, "zh_CN") == "zh_CN"
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # QMessageBox / QFileDialog buttons
    finally:
        QCoreApplication.removeTranslator(qapp._desktop_vlm_translator)
        QCoreApplication.removeTranslator(qapp._qt_translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_unknown_language_keeps_english(qapp):
    assert install_translator(qapp, "xx_YY") is None


@pytest.mark.parametrize("language, choose, help_title, welcome", [
    ("vi", "Chọn mô hình", "Trợ &giúp", "Chào mừng đến với Desktop VLM"),
    ("zh_CN", "选择模型", "帮助(&H)", "欢迎使用 Desktop VLM"),
])
def test_the_window_chrome_is_translated_too(qtbot, qapp, services, language, choose, help_title, welcome):
    from desktop_vlm.ui.preferences_dialog import PreferencesDialog, title

    assert install_translator(qapp, language) == language
    try:
        window = create_window(services)
        qtbot.addWidget(window)
        assert window.models.picker.button.text().startswith(choose)
        assert window.menuBar().actions()[-1].text() == help_title
        assert window.findChild(type(window.models.welcome.recommended), "WelcomeTitle").text() == welcome
        assert title("ui.language") != "Language"  # the settings model's titles, translated
        dialog = PreferencesDialog(window.settings, window)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() != "Preferences"
        assert window.list_model.tr("Today") != "Today"
    finally:
        QCoreApplication.removeTranslator(qapp._desktop_vlm_translator)
        if qapp._qt_translator is not None:
            QCoreApplication.removeTranslator(qapp._qt_translator)
