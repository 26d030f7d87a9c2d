"""Document templates from the window: the prompt goes in, the JSON answer is checked, issues shown."""

from __future__ import annotations

import json

from desktop_vlm.documents import get_template


def test_receipt_extraction_flags_a_total_that_does_not_add_up(qtbot, window, services, fake_runtime):
    fake_runtime.answer = (
        "```json\n"
        + json.dumps(
            {
                "merchant": "Corner Bakery",
                "date": "2024-05-01",
                "currency": "EUR",
                "items": [
                    {"name": "Bread", "quantity": 1, "unit_price": 4.5, "total": 4.5},
                    {"name": "Coffee", "quantity": 1, "unit_price": 3.2, "total": 3.2},
                ],
                "subtotal": 7.7,
                "tax": 0,
                "total": 9.9,
            }
        )
        + "\n```"
    )
    window.extraction.start("receipt")
    assert window.composer.edit.toPlainText() == get_template("receipt").prompt
    with qtbot.waitSignal(services.controller.answer_finished, timeout=10000):
        window.composer.submit()
    template, result = window.extraction.last
    assert template == "receipt" and result.ok and result.data["merchant"] == "Corner Bakery"
    assert result.issues and window.banner.isVisible() and "issues" in window.banner.label.text()
    assert window.export_extraction.isEnabled()
