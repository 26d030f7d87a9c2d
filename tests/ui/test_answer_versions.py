"""Versions in the window: ‹ 2/3 › under a regenerated answer, and rewording a question inside its bubble
(Enter or Ctrl+Enter sends, Shift+Enter adds a line, Esc cancels) which branches the conversation."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _ask(qtbot, controller, text):
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        assert controller.send(text)


def _bubbles(window):
    return window.chat.message_widgets()


def test_regenerate_shows_a_switcher_and_flipping_back_shows_the_old_answer(qtbot, window, services, fake_runtime):
    controller = services.controller
    fake_runtime.answer = "first answer"
    _ask(qtbot, controller, "question")
    answer = _bubbles(window)[1]
    assert not answer.versions.isVisible()  # one version: no switcher
    fake_runtime.answer = "second answer"
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        answer.regenerate.click()
    answer = _bubbles(window)[1]
    assert answer.text == "second answer" and answer.versions.label.text() == "2/2"
    assert answer.versions.isVisible() and not answer.versions.next.isEnabled()
    answer.versions.previous.click()
    answer = _bubbles(window)[1]
    assert answer.text == "first answer" and answer.versions.label.text() == "1/2"
    assert [m.text for m in services.store.get_conversation(controller.conversation.id).messages] == [
        "question",
        "first answer",
    ]  # the choice is kept in the history


def test_switching_is_refused_while_an_answer_is_written(qtbot, window, services, fake_runtime):
    import threading

    controller = services.controller
    _ask(qtbot, controller, "question")
    step = threading.Event()
    fake_runtime.step_event = step
    controller.regenerate()
    answer = _bubbles(window)[1]
    assert not answer.versions.isEnabled() and not answer.regenerate.isEnabled()
    assert not _bubbles(window)[0].edit.isEnabled()
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        fake_runtime.step_event = None
        step.set()
    assert _bubbles(window)[1].versions.isEnabled()


def test_a_question_is_reworded_in_its_bubble_and_branches(qtbot, window, services, fake_runtime):
    controller = services.controller
    _ask(qtbot, controller, "first")
    _ask(qtbot, controller, "second")
    old_answer = _bubbles(window)[3].text
    question = _bubbles(window)[2]
    question.edit.click()
    editor = question.editor
    assert editor is not None and editor.edit.toPlainText() == "second" and editor.edit.hasFocus()
    qtbot.keyClicks(editor.edit, " question")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a new line, not sent
    qtbot.keyClicks(editor.edit, "in two lines")
    assert editor.edit.toPlainText() == "second question\nin two lines" and len(_bubbles(window)) == 4
    fake_runtime.answer = "about the reworded question"
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    request = fake_runtime.requests[-1]
    assert request.question == "second question\nin two lines" and len(request.history) == 1
    bubbles = _bubbles(window)
    assert [b.text for b in bubbles[2:]] == ["second question\nin two lines", "about the reworded question"]
    assert bubbles[2].versions.label.text() == "2/2"
    bubbles[2].versions.previous.click()  # the old wording, and the answer it had
    assert [b.text for b in _bubbles(window)[2:]] == ["second", old_answer]


def test_ctrl_enter_sends_and_esc_cancels_without_stopping_anything(qtbot, window, services, fake_runtime):
    controller = services.controller
    _ask(qtbot, controller, "first")
    stops = []
    controller.service.stop = lambda: stops.append(True)  # Esc elsewhere is Stop: not while editing
    question = _bubbles(window)[0]
    question.edit.click()
    qtbot.keyClicks(question.editor.edit, " draft")
    qtbot.keyClick(question.editor.edit, Qt.Key.Key_Escape)
    assert question.editor is None and question.body.isVisible() and stops == []
    assert len(controller.conversation.messages[0].versions) == 1  # nothing was sent
    question.edit.click()
    question.editor.edit.setPlainText("first, again")
    with qtbot.waitSignal(controller.answer_finished, timeout=5000):
        qtbot.keyClick(question.editor.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert fake_runtime.requests[-1].question == "first, again"
    assert len(controller.conversation.messages[0].versions) == 2
