"""Nothing in the chat runs off to the side: at every window width and in both themes, long answers, stopped
answers with their timings, versions and long file names stay inside the column, their buttons reachable;
only code blocks and tables scroll, inside themselves."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QToolButton

from desktop_vlm.ui.answer_body import CodeBlockView, TableView

LONG_NAME = "quarterly-report-final-version-reviewed-by-accounting-and-legal-2026-11-03" * 2
LONG_ANSWER = "\n\n".join(
    [
        "The receipt lists " + "several items with their prices and a total at the bottom " * 12,
        "See https://example.com/" + "a-very-long-path-segment-without-any-spaces-" * 8 + " for details.",
        "```python\nrows = [" + ", ".join(f"'column_{i}_with_a_long_name'" for i in range(30)) + "]\nprint(rows)\n```",
        "| "
        + " | ".join(f"heading number {i}" for i in range(20))
        + " |\n|"
        + "---|" * 20
        + "\n| "
        + " | ".join(f"value {i}" for i in range(20))
        + " |",
        "- a list item with a fairly long sentence that must wrap at narrow widths like every other line of prose",
    ]
)
STOPPED_STATS = {
    "time_to_first_token_s": 12.3456,
    "decode_tokens_per_s": 3.21,
    "new_tokens": 1234,
    "reused_prompt_tokens": 123456,
    "prompt_tokens": 130000,
    "finish_reason": "cancelled",
}


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (900, 300), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def _long_conversation(store) -> int:
    c = store.create_conversation()
    attachments = [
        store.store_attachment(_png(), name=f"{LONG_NAME}.png", kind="image", mime="image/png"),
        store.store_attachment(b"%PDF-1.4 not really", name=f"{LONG_NAME}.pdf", kind="pdf", mime="application/pdf"),
    ]
    question = store.add_message(c.id, "user", "What does this say? " + "x" * 300, attachments * 4)
    store.add_message(c.id, "assistant", LONG_ANSWER, stats={**STOPPED_STATS, "finish_reason": "stop"})
    store.add_message(c.id, "user", "And the total?")
    stopped = store.begin_answer(c.id)
    store.finish_answer(stopped.id, "The total is", status="interrupted", stats=STOPPED_STATS)
    again = store.begin_answer(c.id, stopped.parent_id)  # a second version: the ‹ 2/2 › switcher shows
    store.finish_answer(again.id, "The total is 42.", status="interrupted", stats=STOPPED_STATS)
    assert question.id
    return c.id


def _inside(widget, viewport) -> bool:
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= viewport.width()


def _resize(qtbot, window, width: int) -> None:
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.width() == width, timeout=3000)
    chat = window.chat
    qtbot.waitUntil(lambda: chat.widget().width() <= chat.viewport().width(), timeout=3000)


def _chat_fits(window) -> bool:
    """The chat scrolls only down and its column is at least its minimum (the panes gave way, not the chat)."""
    from desktop_vlm.ui.main_window import CENTRE_MIN_WIDTH

    centre = window.splitter.widget(1)
    sizes = window.splitter.sizes()
    return (
        window.chat.horizontalScrollBar().maximum() == 0
        and centre.width() >= CENTRE_MIN_WIDTH
        and sum(sizes) <= window.splitter.width()
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("width", [720, 900, 1280, 1920])
def test_nothing_in_the_chat_overflows_sideways(qtbot, window, services, width, theme):
    window.set_theme(theme)
    services.controller.open_conversation(_long_conversation(services.store))
    assert window.panel.isVisible() and window.conversations.isVisible()  # the panes as a first start has them
    _resize(qtbot, window, width)
    chat = window.chat
    viewport = chat.viewport()
    bubbles = chat.message_widgets()
    assert len(bubbles) == 4
    # laid out only once shown: before that every bubble has Qt's default 100 px and fits anything
    qtbot.waitUntil(lambda: all(b.isVisible() and b.width() > 100 for b in bubbles), timeout=5000)
    assert _chat_fits(window)
    # at 720 px the settings panel folded away (its header toggle brings it back); from 900 px both panes stay
    assert window.panel.isVisible() == (width >= 900) and window.conversations.isVisible()
    toggle = window.actions_by_name["settings_panel"]
    assert toggle.isChecked() == window.panel.isVisible()

    def inside(widget) -> bool:
        return _inside(widget, viewport)

    for bubble in bubbles:
        assert inside(bubble), (width, bubble.role)
        buttons = [b for b in bubble.findChildren(QAbstractButton) if b.isVisibleTo(bubble)]
        assert buttons and all(inside(b) for b in buttons), [(b.text(), b.width()) for b in buttons if not inside(b)]
        squeezed = [(b.text(), b.width()) for b in buttons if b.width() < b.sizeHint().width()]
        assert not squeezed, (width, squeezed)  # a button narrower than its text cuts the text off
        assert inside(bubble.stats) and inside(bubble.body)
    answer = bubbles[1]
    assert answer.regenerate.isVisibleTo(answer) and answer.copy.isVisibleTo(answer)
    assert bubbles[0].edit.isVisibleTo(bubbles[0])
    assert bubbles[3].versions.isVisibleTo(bubbles[3]) and bubbles[3].versions.label.text() == "2/2"
    last = bubbles[3]  # the widest row of actions: versions, Copy, Edit, Continue, Regenerate, Branch
    assert all(b is not None and b.isVisibleTo(last) for b in (last.go_on, last.regenerate, last.branch))
    assert bubbles[3].stats.text().startswith("stopped — partial answer · first token 12346 ms")
    wide = [v for v in answer.body.views() if isinstance(v, (CodeBlockView, TableView))]
    assert len(wide) == 2 and all(inside(v) for v in wide)
    code, table = wide
    # the long line and the 20 columns scroll inside their own block, not the conversation
    assert code.view.needs_scrolling() and code.view.horizontalScrollBar().maximum() > 0
    assert table.needs_scrolling() and table.horizontalScrollBar().maximum() > 0


def test_opening_a_folded_pane_folds_the_other_and_widening_brings_both_back(qtbot, window, services):
    """As LM Studio's and ChatGPT's sidebars: the panes fold before the chat shrinks under its minimum, the
    header's toggles reopen them, and the window's width — not the person's choice — is what folded them."""
    services.controller.open_conversation(_long_conversation(services.store))
    _resize(qtbot, window, 720)
    assert not window.panel.isVisible() and window.side_panes.folded(window.panel)
    panel_toggle = next(
        b for b in window.findChildren(QToolButton) if b.defaultAction() is window.actions_by_name["settings_panel"]
    )
    assert panel_toggle.isVisible() and not panel_toggle.isChecked()
    panel_toggle.click()  # the person wants the settings now: the conversation list makes room
    qtbot.waitUntil(lambda: window.panel.isVisible() and not window.conversations.isVisible(), timeout=3000)
    assert window.width() == 720 and _chat_fits(window) and window.side_panes.folded(window.conversations)
    window._save_session()
    assert window.settings.ui.settings_panel_visible
    _resize(qtbot, window, 720)  # no flicker: resizing again keeps what the person opened
    assert window.panel.isVisible()
    _resize(qtbot, window, 1280)
    qtbot.waitUntil(lambda: window.conversations.isVisible() and window.panel.isVisible(), timeout=3000)
    assert window.splitter.sizes()[0] == 240 and _chat_fits(window)  # back at the width it had, not squeezed


def test_a_pane_the_person_closes_stays_closed_at_any_width(qtbot, window):
    window.actions_by_name["settings_panel"].trigger()
    assert not window.panel.isVisible() and not window.side_panes.folded(window.panel)
    window._save_session()
    assert not window.settings.ui.settings_panel_visible
    _resize(qtbot, window, 720)
    assert window.conversations.isVisible()  # with the panel closed the list fits beside the chat
    _resize(qtbot, window, 1600)
    assert not window.panel.isVisible()
    window.actions_by_name["conversations_panel"].trigger()  # Ctrl+B
    assert not window.conversations.isVisible() and _chat_fits(window)
    _resize(qtbot, window, 1920)
    assert not window.conversations.isVisible()
    window.actions_by_name["conversations_panel"].trigger()
    assert window.conversations.isVisible() and window.splitter.sizes()[0] >= 200  # its width, not its narrowest
    _resize(qtbot, window, 720)
    window.actions_by_name["settings_panel"].trigger()  # opened by hand at 720 px: the list makes room
    assert window.panel.isVisible() and not window.conversations.isVisible() and _chat_fits(window)
    window.actions_by_name["conversations_panel"].trigger()  # and back: the panel makes room in turn
    assert window.conversations.isVisible() and not window.panel.isVisible() and _chat_fits(window)
    assert window.splitter.sizes()[0] >= 200


def test_the_window_can_be_as_narrow_as_the_chat(qtbot, window):
    from desktop_vlm.ui.main_window import CENTRE_MIN_WIDTH

    assert window.minimumSizeHint().width() <= CENTRE_MIN_WIDTH + 20  # the panes set no minimum of their own
    _resize(qtbot, window, 600)  # the list (~100 px at its narrowest) still fits beside the chat
    assert not window.panel.isVisible() and window.conversations.isVisible() and _chat_fits(window)
    _resize(qtbot, window, 500)
    assert not window.panel.isVisible() and not window.conversations.isVisible() and _chat_fits(window)
