"""An answer's Copy puts its Markdown on the clipboard for plain-text editors and, beside it, the formatted text
it shows, so a paste into a word processor or a mail keeps the table and the bold; a question's Copy is its
plain text."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def test_an_answer_is_copied_as_markdown_and_as_formatted_text(qtbot, window, services, fake_runtime):
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000) as done:
        services.controller.send("What is on the receipt?")
    answer = window.chat.message_widget(done.args[0])
    answer.copy.click()
    copied = QGuiApplication.clipboard().mimeData()
    assert copied.text() == fake_runtime.answer  # "Here is **the answer**:" and a Markdown table
    html = copied.html()
    assert "<table" in html and "tea" in html and "2.50" in html and "**" not in html
    assert "font-weight" in html  # the bold, as formatting
    question = window.chat.message_widget(window.controller.conversation.messages[0].id)
    question.copy.click()
    copied = QGuiApplication.clipboard().mimeData()
    assert copied.text() == "What is on the receipt?" and not copied.hasHtml()


def test_the_copy_last_answer_shortcut_copies_it_formatted_too(qtbot, window, services):
    from desktop_vlm.ui.chat_column import copy_last_answer

    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        services.controller.send("What is on the receipt?")
    QGuiApplication.clipboard().clear()
    assert copy_last_answer(window.chat)  # what Ctrl+Shift+C does
    assert "<table" in QGuiApplication.clipboard().mimeData().html()
