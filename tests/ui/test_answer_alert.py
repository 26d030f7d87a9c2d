"""Something waited for that ends while the person works in another program — an answer, a model's load, a
download — asks for attention (the task bar entry flashes, the Dock icon bounces); not while a window of the app
is in front, nor for an answer they stopped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def alerts(monkeypatch):
    """The windows the app asked the system to flash (the system's own flashing cannot be seen offscreen)."""
    asked = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, msec=0: asked.append(widget))
    return asked


@pytest.fixture
def elsewhere(monkeypatch):
    """The person is in another program: no window of the app is active (the offscreen platform has no other
    program to be in)."""
    monkeypatch.setattr(QApplication, "activeWindow", lambda: None)


def _answer(qtbot, window) -> None:
    window.controller.send("What is on the receipt?")
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)


def test_an_answer_finished_while_the_person_is_elsewhere_asks_for_attention(qtbot, window, alerts, elsewhere):
    _answer(qtbot, window)
    assert alerts == [window]


def test_an_answer_finished_in_front_of_the_person_does_not(qtbot, window, alerts, monkeypatch):
    monkeypatch.setattr(QApplication, "activeWindow", lambda: window)
    _answer(qtbot, window)
    assert alerts == []


def test_an_answer_stopped_by_the_person_does_not(qtbot, window, fake_runtime, alerts, elsewhere):
    fake_runtime.delay_s = 0.05  # a word every 50 ms: Stop comes while it is written
    window.controller.send("What is on the receipt?")
    qtbot.waitUntil(lambda: window.controller.busy, timeout=5000)
    window.controller.stop()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)
    assert window.controller.conversation.messages[-1].status == "interrupted" and alerts == []


def test_a_model_loaded_meanwhile_asks_for_attention(qtbot, window, services, alerts, elsewhere):
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        window.load_model("fake")
    assert alerts == [window]
