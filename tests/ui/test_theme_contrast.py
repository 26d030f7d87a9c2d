"""Text in both themes is readable: WCAG 2 contrast of at least 4.5:1 for every ink on every background the
window draws it on, the Send button included (white on light blue in the dark theme was 2.7:1)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from desktop_vlm.ui.theme import COLORS, TEXT_ON, apply_theme

AA_TEXT = 4.5


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour "#rrggbb"."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-failing grey


@pytest.mark.parametrize("theme", sorted(COLORS))
def test_every_ink_is_readable_on_every_background_it_is_drawn_on(theme):
    c = COLORS[theme]
    low = {(ink, bg): round(contrast(c[ink], c[bg]), 2) for ink, bg in TEXT_ON if contrast(c[ink], c[bg]) < AA_TEXT}
    assert low == {}


@pytest.mark.parametrize("theme", sorted(COLORS))
def test_the_applied_palette_keeps_text_readable(qapp, theme):
    apply_theme(qapp, theme)
    palette = qapp.palette()
    role = QPalette.ColorRole
    for ink, ground in (
        (role.Text, role.Base),
        (role.WindowText, role.Window),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.PlaceholderText, role.Base),
        (role.Link, role.Base),
        (role.Link, role.Window),
        (role.ToolTipText, role.ToolTipBase),
    ):
        ratio = contrast(palette.color(ink).name(), palette.color(ground).name())
        assert ratio >= AA_TEXT, (theme, ink, ground, round(ratio, 2))
    sheet = qapp.styleSheet()
    send = sheet[sheet.index("QPushButton#Send, QPushButton#Primary") :].split("}", 1)[0]
    assert f"background: {COLORS[theme]['accent']}; color: {COLORS[theme]['on_accent']}" in send
    apply_theme(qapp, "light")
