"""Light and dark themes following the system (or the person's choice), as one palette and one stylesheet.

Every text colour is chosen for a WCAG contrast of at least 4.5:1 on each background it is drawn on
(``TEXT_ON`` lists those pairs; tests/ui/test_theme_contrast.py computes them). The accent is a fill with
``on_accent`` ink (Send, primary buttons, selections) and the link colour on every background.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

COLORS = {
    "light": {
        "bg": "#f6f7f9",
        "panel": "#ffffff",
        "text": "#1d2330",
        "muted": "#5b6478",
        "accent": "#2a5fd0",
        "on_accent": "#ffffff",
        "user": "#e8f0fe",
        "border": "#d9dde5",
        "error": "#fde8e8",
        "info": "#e8f4fd",
        "hover": "#eef1f6",
        "selected": "#dde7fb",
    },
    "dark": {
        "bg": "#1b1e24",
        "panel": "#23272f",
        "text": "#e6e8ee",
        "muted": "#a3acba",
        "accent": "#7aa2ff",
        "on_accent": "#10151f",
        "user": "#2b3446",
        "border": "#3a414d",
        "error": "#4a2323",
        "info": "#233246",
        "hover": "#2a2f39",
        "selected": "#2f3a52",
    },
}
# (ink, background) pairs the window draws text with: every one must stay readable (≥ 4.5:1)
TEXT_ON = (
    *(("text", bg) for bg in ("bg", "panel", "user", "error", "info", "hover", "selected")),
    *(("muted", bg) for bg in ("bg", "panel", "user", "error", "info", "hover", "selected")),
    *(("accent", bg) for bg in ("bg", "panel", "user", "hover")),  # links, the picker's loaded mark
    ("on_accent", "accent"),  # Send, primary buttons, selected text
)
_current = "light"


def resolve(choice: str) -> str:
    if choice in ("light", "dark"):
        return choice
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def colors() -> dict[str, str]:
    """The colours of the theme applied last (for widgets that paint themselves)."""
    return COLORS[_current]


def follow_system(app: QApplication, current_choice) -> None:
    """Re-apply the theme when the system switches between light and dark, while ``current_choice()`` is
    "system" (the person may have picked a fixed theme since start-up)."""

    def on_scheme_changed(*_args) -> None:
        if current_choice() == "system":
            apply_theme(app, "system")

    app.styleHints().colorSchemeChanged.connect(on_scheme_changed)


def _palette(c: dict[str, str]) -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, key in (
        (roles.Window, "bg"),
        (roles.Base, "panel"),
        (roles.AlternateBase, "hover"),
        (roles.Text, "text"),
        (roles.WindowText, "text"),
        (roles.Button, "panel"),
        (roles.ButtonText, "text"),
        (roles.ToolTipBase, "panel"),
        (roles.ToolTipText, "text"),
        (roles.Highlight, "accent"),
        (roles.HighlightedText, "on_accent"),
        (roles.Link, "accent"),
        (roles.LinkVisited, "accent"),
        (roles.PlaceholderText, "muted"),
    ):
        palette.setColor(role, QColor(c[key]))
    # setColor(role, …) above fills every colour group, the disabled one too: without this, a control that
    # does nothing now (temperature under greedy decoding, a fixed image-token count) looks just as usable
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(disabled, role, QColor(c["muted"]))
    palette.setColor(disabled, roles.Base, QColor(c["bg"]))
    return palette


def apply_theme(app: QApplication, choice: str = "system") -> str:
    global _current
    name = _current = resolve(choice)
    c = COLORS[name]
    app.setPalette(_palette(c))
    app.setStyleSheet(f"""
        QMainWindow, QWidget#Centre {{ background: {c["bg"]}; }}
        QFrame#MessageUser {{ background: {c["user"]}; border-radius: 10px; }}
        QFrame#MessageAssistant {{ background: {c["panel"]}; border: 1px solid {c["border"]}; border-radius: 10px; }}
        QLabel#Role {{ color: {c["muted"]}; font-weight: 600; }}
        QLabel#Stats, QLabel#Hint {{ color: {c["muted"]}; font-size: 11px; }}
        QFrame#ErrorBanner[kind="error"] {{ background: {c["error"]}; border-radius: 6px; }}
        QFrame#ErrorBanner[kind="info"] {{ background: {c["info"]}; border-radius: 6px; }}
        QLabel#Problem {{ background: {c["error"]}; border-radius: 6px; padding: 6px 8px; }}
        QFrame#AttachmentChip {{ background: {c["panel"]}; border: 1px solid {c["border"]}; border-radius: 8px; }}
        QPushButton#Send, QPushButton#Primary {{ background: {c["accent"]}; color: {c["on_accent"]};
            border: none; border-radius: 6px; padding: 6px 14px; font-weight: 600; }}
        QPushButton#Send:disabled, QPushButton#Primary:disabled {{ background: {c["border"]}; color: {c["muted"]}; }}
        QTextBrowser {{ background: transparent; border: none; color: {c["text"]}; }}
        QLabel#Preview {{ border: 1px solid {c["border"]}; }}
        QPlainTextEdit[dropping="true"] {{ border: 2px dashed {c["accent"]}; }}
        QStatusBar QLabel {{ padding: 0 8px; color: {c["muted"]}; }}
        QToolButton#PickerButton {{ background: {c["panel"]}; border: 1px solid {c["border"]}; border-radius: 8px;
            padding: 4px 10px; font-weight: 600; }}
        QToolButton#PickerButton:hover {{ background: {c["hover"]}; }}
        QToolButton#PickerButton::menu-indicator {{ image: none; width: 0; }}
        QFrame#ModelCard {{ background: {c["panel"]}; border: 1px solid {c["border"]}; border-radius: 10px; }}
        QLabel#CardTitle {{ font-size: 14px; font-weight: 600; }}
        QLabel#WelcomeTitle {{ font-size: 22px; font-weight: 600; }}
        QLabel#EmptyList {{ color: {c["muted"]}; padding: 16px 8px; }}
        QTableWidget {{ alternate-background-color: {c["hover"]}; selection-background-color: {c["selected"]};
            selection-color: {c["text"]}; }}
    """)
    return name
