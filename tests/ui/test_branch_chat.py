"""An answer's Branch opens a new chat holding the conversation up to that answer; the original stays as it was
while the branch goes another way."""

from __future__ import annotations


def _ask(qtbot, window, text: str) -> None:
    window.controller.send(text)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)


def test_branch_opens_a_new_chat_from_the_answer(qtbot, window, services):
    _ask(qtbot, window, "What is the total?")
    first_answer = window.controller.conversation.messages[1]
    _ask(qtbot, window, "And without the croissant?")
    original = window.controller.conversation
    widget = window.chat.message_widget(first_answer.id)
    qtbot.waitUntil(lambda: widget.branch.isVisible(), timeout=5000)
    widget.branch.click()
    branch = window.controller.conversation
    assert branch.id != original.id and branch.title == "Branch of What is the total?"
    assert [m.text for m in branch.messages] == [original.messages[0].text, original.messages[1].text]
    assert window.conversations.list.model().rowCount() >= 2
    _ask(qtbot, window, "In dollars?")
    assert len(services.store.get_conversation(original.id).messages) == 4
    assert len(services.store.get_conversation(branch.id).messages) == 4


def test_no_branch_while_an_answer_is_written(qtbot, window, fake_runtime):
    _ask(qtbot, window, "What is the total?")
    widget = window.chat.message_widget(window.controller.conversation.messages[1].id)
    fake_runtime.delay_s = 0.05  # the next answer takes a while
    window.controller.send("And without the croissant?")
    qtbot.waitUntil(lambda: window.controller.busy, timeout=5000)
    assert not widget.branch.isEnabled()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)
    assert widget.branch.isEnabled()
