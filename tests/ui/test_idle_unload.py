"""Preferences → Models → "Unload the model when idle for": after that long without a question the local model's
memory is given back, saying so, and the next question loads it again and is answered."""

from __future__ import annotations

from dataclasses import replace

from desktop_vlm.ui.idle_unload import MINUTE_MS
from desktop_vlm.ui.preferences_dialog import PreferencesDialog


def _idle_after(window, minutes: int) -> None:
    settings = window.settings
    window.save_settings(replace(settings, runtime=replace(settings.runtime, unload_after_idle_min=minutes)))


def _loaded_by_the_window(qtbot, window, services) -> None:
    """As a person loads a model (its folder becomes the one the settings remember)."""
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        window.load_model("fake")


def _ask(qtbot, window, text: str) -> None:
    window.composer.edit.setPlainText(text)
    window.composer.submit()
    qtbot.waitUntil(lambda: window.controller.conversation is not None and not window.controller.busy, timeout=10000)
    qtbot.waitUntil(lambda: window.controller.conversation.messages[-1].status == "complete", timeout=10000)


def test_an_idle_model_is_unloaded_and_the_next_question_loads_it_again(qtbot, window, services):
    _idle_after(window, 30)
    _loaded_by_the_window(qtbot, window, services)
    _ask(qtbot, window, "What is on the receipt?")
    idle = window.idle_unload.timer
    assert idle.isActive() and idle.interval() == 30 * MINUTE_MS  # counted from the end of the answer
    with qtbot.waitSignal(services.service.model_unloaded, timeout=5000):
        idle.timeout.emit()  # thirty minutes later
    assert services.service.model_info is None
    assert "unloaded after 30 minutes without a question" in window.banner.label.text()
    _ask(qtbot, window, "And the total?")  # loads it again, waits for it, answers
    assert services.service.model_info is not None
    assert [m.role for m in window.controller.conversation.messages] == ["user", "assistant"] * 2
    assert not window.banner.isVisible()  # the note went when the model was back
    assert idle.isActive()


def test_nothing_is_unloaded_while_it_answers_and_the_count_starts_again_after(qtbot, window, services):
    _idle_after(window, 5)
    _loaded_by_the_window(qtbot, window, services)
    window.controller.send("A long answer, please")
    assert window.controller.busy and not window.idle_unload.timer.isActive()
    window.idle_unload.timer.timeout.emit()  # a count that ran out as the question went
    assert services.service.model_info is not None
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)
    assert window.idle_unload.timer.isActive()


def test_never_by_default_nor_for_a_model_served_elsewhere(qtbot, window, services):
    _loaded_by_the_window(qtbot, window, services)
    assert window.settings.runtime.unload_after_idle_min == 0 and not window.idle_unload.timer.isActive()
    _idle_after(window, 10)
    assert window.idle_unload.timer.isActive()  # counted from the change
    settings = window.settings
    window.save_settings(replace(settings, remote=replace(settings.remote, enabled=True, base_url="http://gpu:8000")))
    window.idle_unload.restart()
    assert not window.idle_unload.timer.isActive()  # its memory is another machine's


def test_the_preference_is_a_number_of_minutes_with_never_for_zero(qtbot, window):
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 0 and dialog.idle_minutes.text() == "never"
    dialog.idle_minutes.setValue(45)
    assert dialog.settings().runtime.unload_after_idle_min == 45


def test_a_model_unloaded_by_hand_is_loaded_again_by_the_next_question(qtbot, window, services):
    _loaded_by_the_window(qtbot, window, services)
    with qtbot.waitSignal(services.service.model_unloaded, timeout=5000):
        window.actions_by_name["unload_model"].trigger()  # Models → Unload model
    _ask(qtbot, window, "Still there?")
    assert services.service.model_info is not None
    assert window.controller.conversation.messages[-1].text  # answered
