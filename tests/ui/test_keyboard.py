"""The window by keyboard alone: one shortcut table behind the keys and the sheet, Tab out of every text box,
the question box focused at start, Esc clearing the search, and a whole journey without the mouse."""

from __future__ import annotations

import threading

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop_vlm.ui.shortcuts import SHORTCUTS, ShortcutsSheet, _menu_actions, key_sequences, key_text


def _key(qtbot, keys: str) -> None:
    """Press ``keys`` ("Ctrl+R") where the focus is, as a person would."""
    combo = QKeySequence(keys)[0]
    qtbot.keyClick(QApplication.focusWidget(), combo.key(), combo.keyboardModifiers())


def test_every_shortcut_is_in_the_table_and_no_key_does_two_things(window):
    in_table = {seq.toString() for row in SHORTCUTS for seq in key_sequences(row)}
    seen: dict[str, str] = {}
    for action in _menu_actions(window):
        for seq in action.shortcuts():
            assert seq.toString() in in_table, f"{action.text()!r} has {seq.toString()}, which the table lacks"
            assert seen.setdefault(seq.toString(), action.text()) == action.text(), seq.toString()
    assert set(window.chat_shortcuts) == {row.name for row in SHORTCUTS}
    for row in SHORTCUTS:
        assert window.chat_shortcuts[row.name].shortcuts() == key_sequences(row), row.name


def test_ctrl_slash_and_f1_open_the_sheet_listing_every_shortcut(qtbot, window):
    for keys in ("Ctrl+/", "F1"):
        window.composer.edit.setFocus()
        _key(qtbot, keys)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsSheet), timeout=3000)
        sheet = QApplication.activeModalWidget()
        texts = {sheet.table.item(r, 0).text() for r in range(sheet.table.rowCount())}
        assert {key_text(row) for row in SHORTCUTS} <= texts
        sheet.reject()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)


def test_focus_starts_in_the_question_box_and_tab_leaves_text_boxes(qtbot, window):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.composer.edit, timeout=3000)
    for box in (window.composer.edit, window.panel.system_prompt):
        box.setFocus()
        box.setPlainText("text")
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        assert not box.hasFocus() and box.toPlainText() == "text", box.accessibleName()


def test_esc_clears_the_search_there_and_stops_the_answer_elsewhere(qtbot, window, services, monkeypatch):
    stops = []
    monkeypatch.setattr(services.service, "stop", lambda: stops.append(True))
    search = window.conversations.search
    window.composer.edit.setFocus()
    _key(qtbot, "Ctrl+F")
    assert search.hasFocus()
    qtbot.keyClicks(search, "receipt")
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and stops == []
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # an empty search: back to the question
    assert window.composer.edit.hasFocus() and stops == []
    _key(qtbot, "Esc")
    assert stops == [True]


def test_a_whole_journey_by_keyboard(qtbot, window, services, fake_runtime, tmp_path, monkeypatch):
    photo = tmp_path / "receipt.png"
    Image.new("RGB", (640, 480), "white").save(photo)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    exported = tmp_path / "receipt-chat.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    controller = services.controller
    # an older conversation to switch to at the end
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        controller.send("an earlier chat")
    _key(qtbot, "Ctrl+N")
    qtbot.waitUntil(lambda: window.composer.edit.hasFocus(), timeout=3000)

    with qtbot.waitSignal(window.composer.attachments_changed, timeout=5000):
        _key(qtbot, "Ctrl+O")  # the file dialog answers through the seam above
    window.composer.edit.setFocus()
    qtbot.keyClicks(window.composer.edit, "What is the total?")
    step = threading.Event()
    fake_runtime.step_event = step
    fake_runtime.answer = "The total is 12.70 and that is all there is to say about it"
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    step.set()
    qtbot.waitUntil(lambda: controller._answer_text.startswith("The"), timeout=5000)
    with qtbot.waitSignal(controller.answer_finished, timeout=5000) as stopped:
        _key(qtbot, "Esc")  # stop
        step.set()
    assert stopped.args[1] == "interrupted"
    fake_runtime.step_event = None
    fake_runtime.answer = "The total is 12.70."
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        _key(qtbot, "Ctrl+R")  # regenerate: a second version
    answer = controller.conversation.messages[-1]
    assert answer.text == "The total is 12.70." and len(answer.versions) == 2
    _key(qtbot, "Alt+Left")  # back to the stopped version
    assert controller.conversation.messages[-1].status == "interrupted"
    assert window.chat.message_widgets()[-1].versions.label.text() == "1/2"
    current = controller.conversation.id
    _key(qtbot, "Ctrl+PgDown")  # the earlier chat, below in the list
    assert controller.conversation.id != current
    assert [m.text for m in controller.conversation.messages][0] == "an earlier chat"
    _key(qtbot, "Ctrl+PgUp")
    assert controller.conversation.id == current
    _key(qtbot, "Ctrl+E")  # export: the save dialog answers through the seam
    text = exported.read_text(encoding="utf-8")
    assert "What is the total?" in text and "receipt.png" in text


def test_copy_says_copied_and_ctrl_shift_c_copies_the_last_answer(qtbot, window, services, fake_runtime):
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        services.controller.send("question")
    QApplication.clipboard().clear()
    window.composer.edit.setFocus()
    _key(qtbot, "Ctrl+Shift+C")
    assert QApplication.clipboard().text() == fake_runtime.answer
    answer = window.chat.message_widgets()[-1]
    assert answer.copy.text() == "Copied ✓"  # a moment of feedback, then the label comes back
    qtbot.waitUntil(lambda: answer.copy.text() == "Copy", timeout=3000)
