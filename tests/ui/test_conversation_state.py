"""What the window keeps between conversations and between runs: rows that keep their height after a
restart, the View → Settings panel check mark, one reused empty "New chat", the last conversation reopened,
a draft per conversation, panel settings saved as they change, and each conversation's own settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from desktop_vlm.ui.main import create_window


@pytest.fixture
def reopen(qtbot, services):
    """Close ``window`` as a person quits, and build the next run's window over the same profile."""

    def again(window):
        window.close()
        new = create_window(services)
        qtbot.addWidget(new)
        new.show()
        qtbot.waitExposed(new)
        return new

    return again


def _ask(qtbot, services, text):
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        services.controller.send(text)


def test_conversation_rows_keep_their_padding_after_a_restart(qtbot, qapp, window, services, reopen):
    from desktop_vlm.app.conversation_list_model import HeaderRole
    from desktop_vlm.ui.conversation_list import PAD_Y
    from desktop_vlm.ui.theme import apply_theme

    apply_theme(qapp, "light")  # as at start-up: the style sheet is in place before the window is built
    for title in ("Quarterly sales chart", "Invoice INV-2024-117", "Lecture video, week 3"):
        conversation = services.store.create_conversation(title)
        services.store.add_message(conversation.id, "user", "a question")
    services.conversations.refresh()  # filled before the next window's list exists, as at start-up
    again = reopen(window)
    view = again.conversations.list
    line = QFontMetrics(view.font()).height()
    rows = [r for r in range(again.list_model.rowCount()) if not again.list_model.index(r).data(HeaderRole)]
    heights = {view.visualRect(again.list_model.index(r)).height() for r in rows}
    assert len(rows) == 3 and heights == {line + 2 * PAD_Y}  # text never touches the selection's edges


def test_the_settings_panel_menu_check_follows_the_panel(qtbot, services):
    window = create_window(services)  # not shown yet: the panel is not "visible" until the window is
    qtbot.addWidget(window)
    toggle = window.actions_by_name["settings_panel"]
    assert toggle.isChecked()
    window.show()
    qtbot.waitExposed(window)
    sizes = window.splitter.sizes()
    window.splitter.moveSplitter(window.splitter.width(), 2)  # dragged shut
    window.splitter.splitterMoved.emit(window.splitter.width(), 2)
    assert window.splitter.sizes()[2] == 0 and not toggle.isChecked()
    toggle.trigger()
    assert toggle.isChecked() and window.panel.isVisible() and window.splitter.sizes()[2] > 0
    toggle.trigger()
    assert not window.panel.isVisible() and not toggle.isChecked()
    assert sizes[2] > 0


def test_new_chat_reuses_an_empty_one_instead_of_piling_them_up(qtbot, window, services):
    new_chat = window.actions_by_name["new_chat"]
    new_chat.trigger()
    first = services.controller.conversation.id
    new_chat.trigger()
    new_chat.trigger()
    assert services.controller.conversation.id == first
    _ask(qtbot, services, "now it has a question")
    new_chat.trigger()
    second = services.controller.conversation.id
    assert second != first
    services.controller.open_conversation(first)
    new_chat.trigger()  # the empty one made before is found in the list and reused
    assert services.controller.conversation.id == second
    titles = [s.title for s in services.store.list_conversations()]
    assert titles.count("New chat") == 1


def test_the_last_conversation_and_its_draft_come_back_after_a_restart(qtbot, window, services, reopen):
    _ask(qtbot, services, "first conversation")
    first = services.controller.conversation.id
    window.new_chat()
    _ask(qtbot, services, "second conversation")
    second = services.controller.conversation.id
    services.controller.open_conversation(first)
    window.composer.edit.setPlainText("half a question for the first")
    services.controller.open_conversation(second)
    assert window.composer.edit.toPlainText() == ""  # the draft stayed with the first conversation
    window.composer.edit.setPlainText("and one for the second")
    services.controller.open_conversation(first)
    assert window.composer.edit.toPlainText() == "half a question for the first"
    again = reopen(window)
    assert services.controller.conversation.id == first
    assert again.composer.edit.toPlainText() == "half a question for the first"
    assert again.conversations.list.currentIndex().row() == again.list_model.row_of(first)
    services.controller.open_conversation(second)
    assert again.composer.edit.toPlainText() == "and one for the second"


def test_panel_settings_are_saved_as_they_change_not_only_at_a_clean_exit(qtbot, window, services):
    window.panel.max_tiles.setValue(9)
    window.panel.frames.setValue(12)
    window.panel.greedy.setChecked(False)
    window.panel.temperature.setValue(0.35)
    qtbot.waitUntil(lambda: services.settings_store.load().ui.max_tiles == 9, timeout=3000)
    saved = services.settings_store.load().ui  # read while the window is still open: a kill loses nothing
    assert saved.video_frames == 12 and saved.sampling["temperature"] == 0.35 and saved.sampling["do_sample"]


def test_each_conversation_brings_back_its_own_tiles_sampling_and_system_prompt(qtbot, window, services, reopen):
    panel = window.panel
    _ask(qtbot, services, "a receipt")
    receipt = services.controller.conversation.id
    panel.preset.setCurrentIndex(panel.preset.findData("document"))
    panel.max_tiles.setValue(10)
    panel.greedy.setChecked(False)
    panel.temperature.setValue(0.4)
    panel.system_prompt.setPlainText("Answer in one line.")
    window.new_chat()
    _ask(qtbot, services, "a photo")
    panel.preset.setCurrentIndex(panel.preset.findData("fast"))
    panel.greedy.setChecked(True)
    panel.system_prompt.setPlainText("")
    assert panel.budget() == ("fast", 2, 8)
    services.controller.open_conversation(receipt)
    assert panel.budget() == ("document", 10, 8) and services.controller.tiles.max_tiles == 10
    assert not panel.greedy.isChecked() and panel.temperature.value() == 0.4
    assert panel.system_prompt.toPlainText() == "Answer in one line."
    settings = services.store.get_conversation(receipt).settings
    assert settings["tiles"] == {"preset": "document", "max_tiles": 10, "frames": 8}
    assert settings["params"]["temperature"] == 0.4  # the controller's key survived the window's writes
    again = reopen(window)
    assert again.panel.budget() == ("document", 10, 8) and again.panel.temperature.value() == 0.4


def test_look_ahead_is_a_conversation_setting_that_reaches_the_runtime_and_survives_a_restart(
    qtbot, window, services, reopen
):
    from desktop_vlm.core.types import LOOKUP_TOKENS

    panel = window.panel
    _ask(qtbot, services, "a receipt")
    code = services.controller.conversation.id
    panel.lookup.setChecked(True)
    assert services.controller.params.lookup_tokens == LOOKUP_TOKENS
    window.new_chat()
    _ask(qtbot, services, "a photo")
    panel.lookup.setChecked(False)
    services.controller.open_conversation(code)
    assert panel.lookup.isChecked()
    assert services.store.get_conversation(code).settings["params"]["lookup_tokens"] == LOOKUP_TOKENS
    again = reopen(window)
    assert again.panel.lookup.isChecked() and services.controller.params.lookup_tokens == LOOKUP_TOKENS


def test_ctrl_n_is_the_new_chat_of_the_file_menu(qtbot, window, services):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.composer.edit.setFocus()
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    first = services.controller.conversation.id
    qtbot.keyClick(window.composer.edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert services.controller.conversation.id == first and len(services.store.list_conversations()) == 1
