"""Nothing in the chat runs off to the side: at every window width and in both themes, long answers, stopped
answers with their timings, versions and long file names stay inside the column, their buttons reachable;
only code blocks and tables scroll, inside themselves."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton

from desktop_vlm.ui.answer_body import CodeBlockView, TableView

LONG_NAME = "quarterly-report-final-version-reviewed-by-accounting-and-legal-2026-11-03" * 2
LONG_ANSWER = "\n\n".join([
    "The receipt lists " + "several items with their prices and a total at the bottom " * 12,
    "See https://example.com/" + "a-very-long-path-segment-without-any-spaces-" * 8 + " for details.",
    "```python\nrows = [" + ", ".join(f"'column_{i}_with_a_long_name'" for i in range(30)) + "]\nprint(rows)\n```",
    "| " + " | ".join(f"heading number {i}" for i in range(20)) + " |\n|" + "---|" * 20 + "\n| "
    + " | ".join(f"value {i}" for i in range(20)) + " |",
    "- a list item with a fairly long sentence that must wrap at narrow widths like every other line of prose",
])
STOPPED_STATS = {"time_to_first_token_s": 12.3456, "decode_tokens_per_s": 3.21, "new_tokens": 1234,
                 "reused_prompt_tokens": 123456, "prompt_tokens": 130000, "finish_reason": "cancelled"}


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (900, 300), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def _long_conversation(store) -> int:
    c = store.create_conversation()
    attachments = [store.store_attachment(_png(), name=f"{LONG_NAME}.png", kind="image", mime="image/png"),
                   store.store_attachment(b"%PDF-1.4 not really", name=f"{LONG_NAME}.pdf", kind="pdf",
                                          mime="application/pdf")]
    question = store.add_message(c.id, "user", "What does this say? " + "x" * 300, attachments * 4)
    store.add_message(c.id, "assistant", LONG_ANSWER, stats={**STOPPED_STATS, "finish_reason": "stop"})
    store.add_message(c.id, "user", "And the total?")
    stopped = store.begin_answer(c.id)
    store.finish_answer(stopped.id, "The total is", status="interrupted", stats=STOPPED_STATS)
    again = store.begin_answer(c.id, stopped.parent_id)  # a second version: the ‹ 2/2 › switcher shows
    store.finish_answer(again.id, "The total is 42.", status="interrupted", stats=STOPPED_STATS)
    assert question.id
    return c.id


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("width", [720, 900, 1280, 1920])
def test_nothing_in_the_chat_overflows_sideways(qtbot, window, services, width, theme):
    window.set_theme(theme)
    services.controller.open_conversation(_long_conversation(services.store))
    if window.minimumSizeHint().width() > width:  # the side panes do not fold away by themselves yet
        window.panel.hide()  # as a person on a small screen does (View → Settings panel)
        qtbot.waitUntil(lambda: window.minimumSize().width() <= width, timeout=3000)
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.width() == width, timeout=3000)
    chat = window.chat
    viewport = chat.viewport()
    bubbles = chat.message_widgets()
    qtbot.waitUntil(lambda: chat.widget().width() <= viewport.width(), timeout=3000)
    assert len(bubbles) == 4 and chat.horizontalScrollBar().maximum() == 0

    def inside(widget) -> bool:
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        return left >= 0 and left + widget.width() <= viewport.width()

    for bubble in bubbles:
        assert inside(bubble), (width, bubble.role)
        buttons = [b for b in bubble.findChildren(QAbstractButton) if b.isVisibleTo(bubble)]
        assert buttons and all(inside(b) for b in buttons), [(b.text(), b.width()) for b in buttons if not inside(b)]
        assert inside(bubble.stats) and inside(bubble.body)
    answer = bubbles[1]
    assert answer.regenerate.isVisibleTo(answer) and answer.copy.isVisibleTo(answer)
    assert bubbles[0].edit.isVisibleTo(bubbles[0])
    assert bubbles[3].versions.isVisibleTo(bubbles[3]) and bubbles[3].versions.label.text() == "2/2"
    assert bubbles[3].stats.text().startswith("stopped — partial answer · first token 12346 ms")
    wide = [v for v in answer.body.views() if isinstance(v, (CodeBlockView, TableView))]
    assert len(wide) == 2 and all(inside(v) for v in wide)
    code, table = wide
    # the long line and the 20 columns scroll inside their own block, not the conversation
    assert code.view.needs_scrolling() and code.view.horizontalScrollBar().maximum() > 0
    assert table.needs_scrolling() and table.horizontalScrollBar().maximum() > 0
