"""The history sidebar as a person sees it: search matches with the matched words highlighted, "No results"
when nothing matches, and copy actions that say "Copied"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication

from desktop_vlm.app.conversation_list_model import SnippetRole
from desktop_vlm.ui.conversation_list import snippet_runs
from desktop_vlm.ui.theme import colors


def _seed(services):
    for title, text in (
        ("Bakery receipt", "what is the total on the croissant receipt from the corner bakery?"),
        ("Sales chart", "which quarter grew fastest?"),
    ):
        conversation = services.store.create_conversation(title)
        services.store.add_message(conversation.id, "user", text)
    services.conversations.refresh()


def test_snippets_are_split_into_plain_and_matched_runs():
    assert snippet_runs("…on the [croissant] receipt [from]") == [
        ("…on the ", False),
        ("croissant", True),
        (" receipt ", False),
        ("from", True),
    ]
    assert snippet_runs("no marks") == [("no marks", False)]


def test_a_search_match_shows_its_snippet_with_the_word_highlighted(qtbot, window, services):
    _seed(services)
    window.resize(1280, 800)
    window.conversations.search.setText("croissant")
    view = window.conversations.list
    index = window.list_model.index(0)
    assert window.list_model.rowCount() == 1 and "[croissant]" in index.data(SnippetRole)
    rect = view.visualRect(index)
    line = view.fontMetrics().height()
    assert rect.height() >= 2 * line  # title and snippet, each on its own line
    picture = view.viewport().grab().toImage()
    tint = QColor(colors()["selected"])
    snippet_line = range(rect.top() + line, rect.bottom())
    tinted = [x for x in range(rect.left(), rect.right()) for y in snippet_line if picture.pixelColor(x, y) == tint]
    assert tinted  # the matched word sits on the highlight tint
    assert not window.conversations.empty.isVisible()


def test_a_search_without_matches_says_so(qtbot, window, services):
    _seed(services)
    window.conversations.search.setText("zebra")
    empty = window.conversations.empty
    assert window.list_model.rowCount() == 0
    assert empty.isVisible() and empty.text() == "No results for “zebra”."
    window.conversations.search.clear()
    assert not empty.isVisible() and window.list_model.conversation_count() == 2


def test_copying_from_the_window_says_copied(qtbot, window, services):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000) as done:
        services.controller.send("copy me")
    bubble = window.chat.message_widget(done.args[0])
    bubble.copy.setFocus()
    qtbot.mouseClick(bubble.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == bubble.text
    assert window.statusBar().currentMessage() == "Copied to the clipboard"


def test_next_conversation_skips_the_date_group_titles(qtbot, window, services):
    from datetime import datetime, timedelta

    from desktop_vlm.ui.chat_column import step_conversation

    older = services.store.create_conversation("yesterday's chat")
    services.store.add_message(older.id, "user", "old question")
    with services.store._tx() as db:  # the store stamps "now"; this one pretends to be from yesterday
        db.execute(
            "UPDATE conversations SET updated_at = ? WHERE id = ?",
            ((datetime.now() - timedelta(days=1)).timestamp(), older.id),
        )
    with qtbot.waitSignal(services.controller.answer_finished, timeout=5000):
        services.controller.send("today's question")
    today = services.controller.conversation.id
    rows = [window.list_model.index(r).data() for r in range(window.list_model.rowCount())]
    assert rows == ["Today", "today's question", "Yesterday", "yesterday's chat"]
    assert step_conversation(window, 1) and services.controller.conversation.id == older.id
    assert not step_conversation(window, 1)  # the end of the list
    assert step_conversation(window, -1) and services.controller.conversation.id == today
