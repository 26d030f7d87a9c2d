"""View → Larger / Smaller / Normal text size (Ctrl++ or Ctrl+=, Ctrl+-, Ctrl+0, Ctrl+wheel over the chat): the
conversation's answers, code and tables and the composer grow together, and the size is kept for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontDatabase, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop_vlm.runtime.fake import FakeRuntime
from desktop_vlm.ui.answer_body import CodeBlockView, ProseView, TableView
from desktop_vlm.ui.text_size import TEXT_SIZES, step
from desktop_vlm.ui.theme import apply_theme

ANSWER = "The total is **4.30**.\n\n```python\ntotal = 2.50 + 1.80\n```\n\n| item | price |\n|---|---|\n| tea | 2.50 |"


@pytest.fixture
def fake_runtime():
    return FakeRuntime(ANSWER)


@pytest.fixture(autouse=True)
def styled(qapp):
    """The application's style sheet in place before the window is built, as at start-up: a font set on a
    parent does not reach the children a style sheet has styled."""
    apply_theme(qapp, "light")


def _answered(qtbot, window):
    window.controller.send("What is the total?")
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)
    qtbot.waitUntil(lambda: bool(window.chat.findChildren(CodeBlockView)), timeout=5000)
    qtbot.waitUntil(lambda: all(v.isVisible() for v in window.chat.findChildren(ProseView)), timeout=5000)


def _sizes(window) -> dict[str, float]:
    """Point sizes of the text the conversation shows (its documents' fonts, which a text view zoomed alone would
    change), each against the font it is drawn in normally."""
    app = QApplication.font().pointSizeF()
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).pointSizeF()
    (code,) = window.chat.findChildren(CodeBlockView)
    prose = {v.document().defaultFont().pointSizeF() for v in window.chat.findChildren(ProseView)}
    assert len(prose) == 1, prose  # every answer and question alike: none zoomed alone
    return {
        "prose": prose.pop() / app,
        "code": code.view.document().defaultFont().pointSizeF() / fixed,
        "table": window.chat.findChildren(TableView)[0].document().defaultFont().pointSizeF() / app,
        "composer": window.composer.edit.document().defaultFont().pointSizeF() / app,
    }


def _wheel(widget, delta: int, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(widget.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_larger_text_grows_the_answer_its_code_and_tables_and_the_composer_together(qtbot, window, services):
    _answered(qtbot, window)
    assert _sizes(window) == pytest.approx(dict.fromkeys(("prose", "code", "table", "composer"), 1.0))
    window.actions_by_name["larger_text"].trigger()
    window.actions_by_name["larger_text"].trigger()
    assert _sizes(window) == pytest.approx(dict.fromkeys(("prose", "code", "table", "composer"), 1.25), abs=0.01)
    assert services.settings_store.load().ui.text_size == 125
    assert window.statusBar().currentMessage() == "Text size: 125%"
    window.actions_by_name["smaller_text"].trigger()
    assert _sizes(window)["prose"] == pytest.approx(1.1, abs=0.01)
    window.actions_by_name["normal_text"].trigger()
    assert _sizes(window) == pytest.approx(dict.fromkeys(("prose", "code", "table", "composer"), 1.0))
    assert services.settings_store.load().ui.text_size == 100


def test_the_keys_are_those_of_a_browser_with_plus_reached_without_shift(window):
    larger = window.actions_by_name["larger_text"].shortcuts()
    assert QKeySequence("Ctrl+=") in larger and QKeySequence(QKeySequence.StandardKey.ZoomIn) in larger
    assert window.actions_by_name["normal_text"].shortcut() == QKeySequence("Ctrl+0")


def test_ctrl_and_the_wheel_over_an_answer_size_the_whole_conversation(qtbot, window):
    _answered(qtbot, window)
    answer = window.chat.findChildren(ProseView)[-1]
    _wheel(answer.viewport(), 120)  # one notch, over an answer (which would zoom itself alone)
    assert window.settings.ui.text_size == 110 and _sizes(window)["code"] == pytest.approx(1.1, abs=0.01)
    for _ in range(4):  # a touchpad's small turns add up to one notch
        _wheel(answer.viewport(), -30)
    assert window.settings.ui.text_size == 100
    position = window.chat.verticalScrollBar().value()
    _wheel(answer.viewport(), -120, Qt.KeyboardModifier.NoModifier)  # without Ctrl the wheel scrolls, as always
    assert window.settings.ui.text_size == 100 and window.chat.verticalScrollBar().value() >= position


def test_the_size_is_kept_for_the_next_start(qtbot, window, services):
    from desktop_vlm.ui.main import create_window

    window.actions_by_name["larger_text"].trigger()
    again = create_window(services)
    qtbot.addWidget(again)
    assert again.composer.edit.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF() * 1.1)


def test_the_steps_stop_at_the_ends_and_an_edited_size_goes_to_the_next_step():
    assert step(100, 1) == 110 and step(100, -1) == 90
    assert step(TEXT_SIZES[-1], 1) == TEXT_SIZES[-1] and step(TEXT_SIZES[0], -1) == TEXT_SIZES[0]
    assert step(105, 1) == 110 and step(105, -1) == 100
