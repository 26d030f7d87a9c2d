"""A conversation longer than the model's context leaves its oldest turns out of the answer, and says how many,
in the window's language."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_vlm.ui.i18n import install_translator

QUESTION = " ".join(["word"] * 60)  # 60 tokens to the fake model; its answers are 10


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        (
            None,
            "This conversation is longer than the model's context: its oldest turn was left out of this answer.",
            "This conversation is longer than the model's context: its oldest 2 turns were left out of this answer.",
        ),
        (
            "vi",
            "Cuộc trò chuyện này dài hơn ngữ cảnh của mô hình: lượt cũ nhất đã bị bỏ qua trong câu trả lời này.",
            "Cuộc trò chuyện này dài hơn ngữ cảnh của mô hình: 2 lượt cũ nhất đã bị bỏ qua trong câu trả lời này.",
        ),
    ],
)
def test_the_turns_left_out_are_counted_in_the_windows_language(
    qtbot, qapp, services, fake_runtime, language, one, two
):
    # 20 tokens of template, 512 to answer: the third question leaves one turn out, the fourth two
    fake_runtime.info = replace(fake_runtime.info, context_length=700)
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        services.service.load_model("fake", "cpu", "auto")
    controller = services.controller
    controller.params = replace(controller.params, max_new_tokens=512)
    if language is not None:
        assert install_translator(qapp, language) == language
    notices: list[str] = []
    services.service.notice.connect(notices.append)
    try:
        for _ in range(4):
            with qtbot.waitSignal(controller.answer_finished, timeout=5000):
                assert controller.send(QUESTION)
    finally:
        if language is not None:
            QCoreApplication.removeTranslator(qapp._desktop_vlm_translator)
            if qapp._qt_translator is not None:
                QCoreApplication.removeTranslator(qapp._qt_translator)
    assert notices == [one, two]
