"""The window speaks Vietnamese and Chinese when asked (or when the system does)."""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_vlm.ui.i18n import TRANSLATIONS, install_translator
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


@pytest.mark.parametrize(
    "language, choose, help_title, welcome",
    [
        ("vi", "Chọn mô hình", "Trợ &giúp", "Chào mừng đến với Desktop VLM"),
        ("zh_CN", "选择模型", "帮助(&H)", "欢迎使用 Desktop VLM"),
    ],
)
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


# ---------------------------------------------------------------------------- every string can be found at run time
SOURCES = sorted([*Path("desktop_vlm/ui").glob("*.py"), *Path("desktop_vlm/app").glob("*.py")])
TS_FILES = sorted(TRANSLATIONS.glob("*.ts"))


def _ts_messages(path: Path) -> dict[str, dict[str, ET.Element]]:
    """context -> source text -> its <translation> element."""
    return {
        context.findtext("name"): {m.findtext("source"): m.find("translation") for m in context.iter("message")}
        for context in ET.parse(path).getroot().iter("context")
    }


def _qobject_class_names() -> set[str]:
    """The classes whose ``self.tr`` Qt can look up: QObject subclasses of the window and its services
    (PySide's tr() tries each class of the object's MRO, as lupdate files a call under its class)."""
    import importlib

    from PySide6.QtCore import QObject

    names = set()
    for source in SOURCES:
        module = importlib.import_module(".".join(source.with_suffix("").parts))
        names |= {
            name
            for name, cls in vars(module).items()
            if isinstance(cls, type) and issubclass(cls, QObject) and cls.__module__ == module.__name__
        }
    return names


def _translate_calls() -> tuple[set[str], list[tuple[str, str, str]]]:
    """Contexts passed literally to ``QCoreApplication.translate``, and every (file, context, text) a helper
    such as ``_tr(text)`` — a function returning ``translate("Context", text)`` — is called with literally."""
    contexts, literal_calls = set(), []
    for source in SOURCES:
        tree = ast.parse(source.read_text(encoding="utf-8"))
        helpers = {}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", "") == "translate"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                contexts.add(node.args[0].value)
            if isinstance(node, ast.FunctionDef) and node.args.args and isinstance(node.body[-1], ast.Return):
                call = node.body[-1].value  # return translate("Context", <the first parameter>)
                if (
                    isinstance(call, ast.Call)
                    and getattr(call.func, "attr", "") == "translate"
                    and isinstance(call.args[0], ast.Constant)
                    and getattr(call.args[1], "id", "") == node.args.args[0].arg
                ):
                    helpers[node.name] = call.args[0].value
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                literal_calls.append((source.name, helpers[node.func.id], node.args[0].value))
    return contexts, literal_calls


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_context_in_the_translations_is_one_qt_asks_for(ts):
    """``window.tr("…")`` in a helper is filed by the tools under "window", but Qt asks for the object's class
    ("MainWindow"): such a string can never be shown translated."""
    known = _qobject_class_names() | _translate_calls()[0]
    unreachable = {
        context: sorted(messages)[:3] for context, messages in _ts_messages(ts).items() if context not in known
    }
    assert not unreachable, f"contexts Qt never looks up (call QCoreApplication.translate): {unreachable}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_string_is_extracted_and_translated(ts):
    messages = _ts_messages(ts)
    missing = [call for call in _translate_calls()[1] if call[2] not in messages.get(call[1], {})]
    assert not missing, f"the tools cannot see a helper called with a literal; use translate() directly: {missing}"
    unfinished = [
        (context, source)
        for context, found in messages.items()
        for source, translation in found.items()
        if translation.get("type") == "unfinished" or not translation.text
    ]
    assert not unfinished, unfinished


@pytest.mark.parametrize(
    "language, shortcuts, vary, copied, first_token",
    [
        ("vi", "Phím tắt", "Tạo lại câu trả lời khác đi", "Đã sao chép ✓", "token đầu tiên sau 12 ms"),
        ("zh_CN", "键盘快捷键", "重新生成时换一种回答", "已复制 ✓", "首个 token 12 毫秒"),
    ],
)
def test_strings_of_the_chat_column_are_shown_translated(
    qtbot, qapp, services, language, shortcuts, vary, copied, first_token
):
    from desktop_vlm.ui.answer_body import flash_copied
    from desktop_vlm.ui.chat_view import stats_text
    from desktop_vlm.ui.shortcuts import help_menu

    assert install_translator(qapp, language) == language
    try:
        window = create_window(services)
        qtbot.addWidget(window)
        assert shortcuts in [a.text() for a in help_menu(window).actions()]
        assert window.vary_regenerated.text() == vary
        assert not window.vary_regenerated.toolTip().startswith("Regenerate samples")
        flash_copied(window.composer.send_button, "some text")
        assert window.composer.send_button.text() == copied
        assert stats_text({"time_to_first_token_s": 0.012, "new_tokens": 3}).startswith(first_token)
    finally:
        QCoreApplication.removeTranslator(qapp._desktop_vlm_translator)
        if qapp._qt_translator is not None:
            QCoreApplication.removeTranslator(qapp._qt_translator)


# ---------------------------------------------------------------------------- the model catalog's own text
def test_every_catalog_description_and_strength_is_in_the_translations():
    """The families declare them in Qt-free specs, where the translation tools cannot look: the update script
    files them under "Catalog" (run ``packaging/update_translations.py`` after changing a catalog entry)."""
    from desktop_vlm.runtime.registry import catalog

    wanted = {text for entry in catalog() for text in (entry.description, entry.strengths, entry.license) if text}
    assert len(wanted) >= 10
    for ts in TS_FILES:
        assert wanted - set(_ts_messages(ts).get("Catalog", {})) == set(), ts.name


@pytest.mark.parametrize(
    "language, about, good_at, languages",
    [
        ("vi", "hiểu tốt cả ảnh thông thường lẫn tài liệu", "đọc chữ tốt", "Tiếng Anh, Tiếng Trung"),
        ("zh_CN", "通用图像与文档理解能力强", "擅长识读文字", "英语, 中文"),
    ],
)
def test_the_model_card_and_welcome_panel_speak_the_ui_language(qtbot, qapp, language, about, good_at, languages):
    from desktop_vlm.app.memory import GIB, DeviceMemory
    from desktop_vlm.hub.catalog import find
    from desktop_vlm.ui.model_card import ModelCard
    from desktop_vlm.ui.model_choices import choice_for, placement_for
    from desktop_vlm.ui.welcome_panel import WelcomePanel

    memory = DeviceMemory(ram_total_bytes=64 * GIB, ram_free_bytes=48 * GIB)
    entry = find("OpenGVLab/InternVL2_5-4B")
    choice = choice_for(entry.repo_id, None, entry.download_bytes, placement_for(memory), memory)
    assert install_translator(qapp, language) == language
    try:
        card = ModelCard()
        qtbot.addWidget(card)
        card.show_choice(choice)
        facts = card.facts.accessibleDescription()
        assert about in facts and good_at in facts and languages in facts
        assert entry.description not in facts and entry.strengths not in facts and entry.license not in facts
        welcome = WelcomePanel()
        qtbot.addWidget(welcome)
        welcome.recommend(choice, memory, on_gpu=False)
        assert good_at in welcome.facts.text()
    finally:
        QCoreApplication.removeTranslator(qapp._desktop_vlm_translator)
        if qapp._qt_translator is not None:
            QCoreApplication.removeTranslator(qapp._qt_translator)


@pytest.mark.parametrize(
    "language, kept", [(None, "3 of 5 guessed tokens kept"), ("zh_CN", "保留了 5 个推测词元中的 3 个")]
)
def test_the_timings_line_says_how_many_guessed_tokens_were_kept(qapp, language, kept):
    from desktop_vlm.ui.chat_view import stats_text

    stats = {"time_to_first_token_s": 0.012, "new_tokens": 9, "drafted_tokens": 5, "accepted_tokens": 3}
    if language is not None:
        assert install_translator(qapp, language) == language
    try:
        assert f" · {kept}" in stats_text(stats)
        assert "guessed" not in stats_text({**stats, "drafted_tokens": 0}) and "推测" not in stats_text(
            {**stats, "drafted_tokens": 0}
        )
    finally:
        if language is not None:
            QCoreApplication.removeTranslator(qapp._desktop_vlm_translator)
            if qapp._qt_translator is not None:
                QCoreApplication.removeTranslator(qapp._qt_translator)


def test_every_notice_the_services_send_is_marked_for_translation():
    """A notice (a line above the composer) from the controller or the model thread is built from ``self.tr``, so
    it reaches the window in its language; ``test_every_string_is_extracted_and_translated`` then holds it to
    a translation."""
    app = Path(__file__).parents[2] / "desktop_vlm" / "app"
    untranslated = []
    for source in sorted(app.glob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("notice.emit"):
                message = node.args[0]
                if isinstance(message, ast.BinOp):  # a translated pattern % its values
                    message = message.left
                if not (isinstance(message, ast.Call) and ast.unparse(message.func) == "self.tr"):
                    untranslated.append(f"{source.name}:{node.lineno}")
    assert untranslated == []


def test_no_signal_of_the_window_or_its_services_carries_a_sentence_written_in_place():
    """A failure or a notice sent as an f-string or a plain English literal would reach the window untranslated
    (``self.tr`` patterns and domain messages read through ``user_message`` are what the signals carry)."""
    root = Path(__file__).parents[2] / "desktop_vlm"
    written_in_place = []
    for source in sorted([*(root / "app").glob("*.py"), *(root / "ui").glob("*.py")]):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func).endswith(".emit"):
                for argument in node.args:
                    literal = (
                        isinstance(argument, ast.Constant) and isinstance(argument.value, str) and " " in argument.value
                    )
                    if isinstance(argument, ast.JoinedStr) or literal:
                        written_in_place.append(f"{source.name}:{node.lineno}")
    assert written_in_place == []


# ---------------------------------------------------------------------------- the domain code's messages
def _message_templates_module():
    """``packaging/message_templates.py``, loaded by path (``packaging`` is also a PyPI package's name)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("message_templates", Path("packaging/message_templates.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def test_every_message_of_the_domain_code_has_a_template_the_tools_can_find():
    finder = _message_templates_module()
    assert finder.unfindable_calls() == []
    assert len(finder.message_templates()) >= 300


def test_every_message_is_given_exactly_the_values_its_template_names():
    """A placeholder without its value would raise while the error is being shown, a value without a placeholder
    is a sentence that lost a word: both are found here, in the source, rather than on a person's screen."""
    import string

    mismatched = []
    for source in sorted(Path("desktop_vlm").rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Message" and node.args):
                continue
            template = node.args[0]
            if not isinstance(template, ast.Constant) or any(k.arg is None for k in node.keywords):
                continue  # not a literal (another test refuses it), or values passed as **mapping
            fields = {f.split(".")[0] for _, f, _, _ in string.Formatter().parse(template.value) if f is not None}
            if fields != {k.arg for k in node.keywords}:
                mismatched.append(f"{source}:{node.lineno}")
    assert mismatched == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_message_template_is_translated_with_its_placeholders(ts):
    """A translation that drops or renames a ``{placeholder}`` would make the message fall back to English."""
    from desktop_vlm.core.messages import placeholders

    filed = _ts_messages(ts).get("Messages", {})
    templates = [found.template for found in _message_templates_module().message_templates()]
    assert [t for t in templates if t not in filed] == []
    mismatched = [
        (template, filed[template].text)
        for template in templates
        if sorted(placeholders(filed[template].text or "")) != sorted(placeholders(template))
    ]
    assert mismatched == []


@pytest.mark.parametrize("language", ["vi", "zh_CN"])
def test_a_file_the_media_code_refuses_is_explained_in_the_window_language(qtbot, qapp, window, tmp_path, language):
    """The refusal is raised on a decoding thread by code that knows nothing of Qt, and still reads translated."""
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    assert install_translator(qapp, language) == language
    try:
        expected = QCoreApplication.translate("Messages", "{name} is empty.").format(name="empty.png")
        assert expected != "empty.png is empty."
        with qtbot.waitSignal(window.composer.attachment_failed, timeout=5000):
            window.composer.add_files([empty])
        assert window.banner.label.text() == expected
    finally:
        QCoreApplication.removeTranslator(qapp._desktop_vlm_translator)
        if qapp._qt_translator is not None:
            QCoreApplication.removeTranslator(qapp._qt_translator)


@pytest.mark.parametrize(
    "language, word, charset",
    [("vi", "đọc dưới dạng tài liệu Word", "đọc dưới dạng GB18030"), ("zh_CN", "按 Word 文档 读取", "按 GB18030 读取")],
)
def test_what_a_file_was_read_as_is_named_in_the_window_language(qtbot, qapp, language, word, charset):
    """The name is stored in English with the attachment, and translated where the viewer shows it; a character
    set's name is no word of any language and stays as it is."""
    from PySide6.QtWidgets import QWidget

    from desktop_vlm.ui.text_viewer import TextViewer

    assert install_translator(qapp, language) == language
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        shown = []
        for encoding in ("Word document", "GB18030"):
            viewer = TextViewer("notes", {"encoding": encoding}, parent)
            viewer.set_text("one line")
            shown.append(viewer.summary.text())
        assert word in shown[0] and charset in shown[1]
    finally:
        QCoreApplication.removeTranslator(qapp._desktop_vlm_translator)
        if qapp._qt_translator is not None:
            QCoreApplication.removeTranslator(qapp._qt_translator)


@pytest.mark.parametrize(
    "language, summary", [("vi", "7 ô → 1,792 token ảnh"), ("zh_CN", "7 个图块 → 1,792 个图像 token")]
)
def test_a_pictures_chip_counts_its_tiles_in_the_window_language(qtbot, qapp, window, tmp_path, language, summary):
    from PIL import Image

    photo = tmp_path / "photo.png"
    Image.new("RGB", (800, 600), "teal").save(photo)
    assert install_translator(qapp, language) == language
    try:
        with qtbot.waitSignal(window.composer.attachments_changed, timeout=5000):
            window.composer.add_files([photo])
        assert window.composer._chips()[0].summary.text() == summary
    finally:
        QCoreApplication.removeTranslator(qapp._desktop_vlm_translator)
        if qapp._qt_translator is not None:
            QCoreApplication.removeTranslator(qapp._qt_translator)
