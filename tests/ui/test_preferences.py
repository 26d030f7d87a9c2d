"""Preferences (titles and bounds from the typed settings; language switched live, theme, model folder, hub,
default device) and the Help and File menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from desktop_vlm.config.settings import FIELD_INFO
from desktop_vlm.ui.main import create_window, relaunch_window
from desktop_vlm.ui.preferences_dialog import TITLES, PreferencesDialog


def test_titles_choices_and_bounds_come_from_the_settings_model(qtbot, window):
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    info = FIELD_INFO["hub.concurrent_files"]
    assert (dialog.concurrent.minimum(), dialog.concurrent.maximum()) == (info.minimum, info.maximum)
    assert dialog.bandwidth.maximum() == FIELD_INFO["hub.bandwidth_limit_mbps"].maximum
    for combo, key in (
        (dialog.language, "ui.language"),
        (dialog.theme, "ui.theme"),
        (dialog.device, "runtime.device"),
        (dialog.dtype, "runtime.dtype"),
        (dialog.weights, "runtime.quantize"),
    ):
        assert [combo.itemData(i) for i in range(combo.count())] == list(FIELD_INFO[key].choices)
        assert combo.accessibleName() == FIELD_INFO[key].title
    shown = {FIELD_INFO[k].title for k in FIELD_INFO if not k.startswith("ui.") or k in ("ui.language", "ui.theme")}
    assert shown <= set(TITLES)  # every title the dialog shows can be translated


def test_unusable_values_keep_the_dialog_open_and_say_why(qtbot, window, tmp_path):
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.endpoint.setText("huggingface.co")
    dialog._on_ok()
    assert dialog.result() == 0 and dialog.problem.text().startswith("The hub endpoint must be an http")
    dialog.endpoint.setText("https://hf-mirror.com")
    dialog.models_dir.setText(str(tmp_path / "nowhere"))
    dialog._on_ok()
    assert "does not exist" in dialog.problem.text() and dialog.tabs.currentIndex() == 1
    dialog.models_dir.setText(str(tmp_path))
    dialog.proxy.setText("proxy:3128")
    dialog._on_ok()
    assert "proxy" in dialog.problem.text()
    dialog.proxy.setText("http://proxy:3128")
    dialog._on_ok()
    assert dialog.result() == 1


def test_applying_preferences_takes_effect_now_and_is_saved(qtbot, qapp, window, services, tmp_path):
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.endpoint.setText("https://hf-mirror.com")
    dialog.token_edit.setText("hf_secret")
    dialog.models_dir.setText(str(tmp_path))
    dialog.device.setCurrentIndex(dialog.device.findData("cpu"))
    dialog.concurrent.setValue(2)
    window.help.apply(dialog.settings(), dialog.token())
    palette = QApplication.instance().palette()
    assert palette.color(palette.ColorRole.Window).lightness() < 100
    assert window.actions_by_name["theme_dark"].isChecked()
    downloads = services.downloads
    assert downloads.settings.endpoint == "https://hf-mirror.com" and downloads.settings.concurrent_files == 2
    assert downloads.store.root == tmp_path and downloads.tokens.get() == "hf_secret"
    saved = services.settings_store.load()
    assert (saved.ui.theme, saved.runtime.device, saved.hub.models_dir) == ("dark", "cpu", str(tmp_path))
    window.set_theme("light")


def test_the_language_switches_live(qtbot, qapp, window, services):
    windows = [window]
    window.relaunch = lambda: windows.append(relaunch_window(qapp, windows[-1], services))
    window.composer.edit.setPlainText("a draft that must survive")
    window.new_chat()
    window.composer.edit.setPlainText("a draft that must survive")
    try:
        settings = window.settings
        from dataclasses import replace

        window.help.apply(replace(settings, ui=replace(settings.ui, language="vi")), None)
        assert len(windows) == 2 and not window.isVisible()
        new = windows[-1]
        qtbot.addWidget(new)
        assert new.menuBar().actions()[0].text() == "&Tệp" and new.isVisible()
        assert new.composer.edit.toPlainText() == "a draft that must survive"
        assert services.settings_store.load().ui.language == "vi"
    finally:
        for name in ("_desktop_vlm_translator", "_qt_translator"):
            translator = getattr(qapp, name, None)
            if translator is not None:
                QCoreApplication.removeTranslator(translator)


def test_help_opens_the_logs_folder_and_about(qtbot, services, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    window = create_window(services)
    qtbot.addWidget(window)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    titles = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert titles == ["Keyboard shortcuts", "Open logs folder", "About Desktop VLM"]  # About last, as usual
    next(a for a in help_menu.actions() if a.text() == "Open logs folder").trigger()
    assert [u.toLocalFile() for u in opened] == [str(services.paths.log_dir)]
    box = window.help.show_about()
    assert box.text().startswith("<b>Desktop VLM ") and "Apache-2.0" in box.informativeText()
    assert not box.iconPixmap().isNull()
    box.close()


def test_file_menu_exports_the_open_chat_and_keeps_quit_last(qtbot, window, services, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    file_menu = window.menuBar().actions()[0].menu()
    titles = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert titles[-1] == "Quit" and titles.index("Export extracted data…") < titles.index("Quit")
    export = window.actions_by_name["export_chat"]
    export.trigger()
    assert window.banner.label.text() == "Open a conversation with messages to export it."
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        services.controller.send("what is on the receipt?")
    target = tmp_path / "receipt.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    export.trigger()
    assert "what is on the receipt?" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_window_has_the_app_icon_and_icons_on_its_buttons(qtbot, qapp, window, theme):
    from desktop_vlm.ui.theme import apply_theme

    apply_theme(qapp, theme)
    assert not window.windowIcon().isNull()
    send = window.composer.send_button.icon().pixmap(24, 24).toImage()
    ink = qapp.palette().color(qapp.palette().ColorRole.HighlightedText)
    inked = [send.pixelColor(x, y) for x in range(24) for y in range(24) if send.pixelColor(x, y).alpha() > 200]
    assert inked and all(abs(c.lightness() - ink.lightness()) < 30 for c in inked)  # drawn in the button's ink
