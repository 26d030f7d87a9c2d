"""Preferences → General → "Instructions for new chats" (ChatGPT's custom instructions, LM Studio's default
system prompt): every new chat starts with them as its system prompt, which its settings panel shows and the
model is asked with; a chat's own prompt is left as it is."""

from __future__ import annotations

from dataclasses import replace

from desktop_vlm.ui.preferences_dialog import PreferencesDialog

INSTRUCTIONS = "Answer in Vietnamese. Quote the numbers you read."


def _instructed(window, text: str = INSTRUCTIONS) -> None:
    settings = window.settings
    window.save_settings(replace(settings, ui=replace(settings.ui, new_chat_instructions=text)))


def _answered(qtbot, window, text: str) -> None:
    window.controller.send(text)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)


def test_a_new_chat_starts_with_the_instructions_and_the_model_is_asked_with_them(
    qtbot, window, fake_runtime, monkeypatch
):
    requests = []
    answer = fake_runtime.generate
    monkeypatch.setattr(fake_runtime, "generate", lambda r, *a, **k: requests.append(r) or answer(r, *a, **k))
    _answered(qtbot, window, "A chat from before")
    before = window.controller.conversation
    _instructed(window)
    window.new_chat()
    assert window.controller.conversation.id != before.id
    assert window.controller.conversation.system_prompt == INSTRUCTIONS
    assert window.panel.system_prompt.toPlainText() == INSTRUCTIONS
    _answered(qtbot, window, "What is the total?")
    assert requests[-1].system_message == INSTRUCTIONS
    assert window.controller.store.get_conversation(before.id).system_prompt is None  # left as it was


def test_an_empty_chat_made_before_gets_them_and_one_with_its_own_prompt_keeps_it(qtbot, window):
    window.new_chat()
    empty = window.controller.conversation
    assert empty.system_prompt is None
    _instructed(window)
    window.new_chat()  # the empty chat is reused, with the instructions now
    assert window.controller.conversation.id == empty.id
    assert window.controller.conversation.system_prompt == INSTRUCTIONS
    window.controller.set_system_prompt("Answer in English.")
    window.new_chat()
    assert window.controller.conversation.system_prompt == "Answer in English."


def test_without_instructions_a_new_chat_has_the_models_own_prompt(qtbot, window):
    _answered(qtbot, window, "Hello")
    window.new_chat()
    assert window.controller.conversation.system_prompt is None


def test_the_preference_is_kept_as_written(qtbot, window):
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.instructions.toPlainText() == ""
    dialog.instructions.setPlainText(f"  {INSTRUCTIONS}\n")
    assert dialog.settings().ui.new_chat_instructions == INSTRUCTIONS
