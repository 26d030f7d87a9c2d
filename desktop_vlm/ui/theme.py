"""Light and dark themes following the system (or the person's choice), as one stylesheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette, QColor
from PySide6.QtWidgets import QApplication

_COLORS = {
    "light": {"bg": "#f6f7f9", "panel": "#ffffff", "text": "#1d2330", "muted": "#667085", "accent": "#2f6fed",
              "user": "#e8f0fe", "border": "#d9dde5", "error": "#fde8e8", "info": "#e8f4fd"},
    "dark": {"bg": "#1b1e24", "panel": "#23272f", "text": "#e6e8ee", "muted": "#9aa3b2", "accent": "#6f9bff",
             "user": "#2b3446", "border": "#363c47", "error": "#4a2323", "info": "#233246"},
}  # fmt: skip


def resolve(choice: str) -> str:
    if choice in ("light", "dark"):
        return choice
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def follow_system(app: QApplication, current_choice) -> None:
    """Re-apply the theme when the system switches between light and dark, while ``current_choice()`` is
    "system" (the person may have picked a fixed theme since start-up)."""

    def on_scheme_changed(*_args) -> None:
        if current_choice() == "system":
            apply_theme(app, "system")

    app.styleHints().colorSchemeChanged.connect(on_scheme_changed)


def apply_theme(app: QApplication, choice: str = "system") -> str:
    name = resolve(choice)
    c = _COLORS[name]
    palette = QPalette()
    for role, key in ((QPalette.ColorRole.Window, "bg"), (QPalette.ColorRole.Base, "panel"),
                      (QPalette.ColorRole.Text, "text"), (QPalette.ColorRole.WindowText, "text"),
                      (QPalette.ColorRole.Button, "panel"), (QPalette.ColorRole.ButtonText, "text"),
                      (QPalette.ColorRole.Highlight, "accent"), (QPalette.ColorRole.PlaceholderText, "muted")):
        palette.setColor(role, QColor(c[key]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    # setColor(role, …) above fills every colour group, the disabled one too: without this, a control that
    # does nothing now (temperature under greedy decoding, a fixed image-token count) looks just as usable
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor(c["muted"]))
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor(c["bg"]))
    app.setPalette(palette)
    app.setStyleSheet(f"""
        QMainWindow, QWidget#Centre {{ background: {c['bg']}; }}
        QFrame#MessageUser {{ background: {c['user']}; border-radius: 10px; }}
        QFrame#MessageAssistant {{ background: {c['panel']}; border: 1px solid {c['border']}; border-radius: 10px; }}
        QLabel#Role {{ color: {c['muted']}; font-weight: 600; }}
        QLabel#Stats, QLabel#Hint {{ color: {c['muted']}; font-size: 11px; }}
        QFrame#ErrorBanner[kind="error"] {{ background: {c['error']}; border-radius: 6px; }}
        QFrame#ErrorBanner[kind="info"] {{ background: {c['info']}; border-radius: 6px; }}
        QFrame#AttachmentChip {{ background: {c['panel']}; border: 1px solid {c['border']}; border-radius: 8px; }}
        QPushButton#Send {{ background: {c['accent']}; color: white; border-radius: 6px; padding: 6px 14px; }}
        QPushButton#Send:disabled {{ background: {c['border']}; }}
        QTextBrowser {{ background: transparent; border: none; color: {c['text']}; }}
        QLabel#Preview {{ border: 1px solid {c['border']}; }}
        QPlainTextEdit[dropping="true"] {{ border: 2px dashed {c['accent']}; }}
        QListView::item {{ padding: 5px 4px; }}
        QListView::item:selected {{ background: {c['user']}; color: {c['text']}; }}
        QStatusBar QLabel {{ padding: 0 8px; color: {c['muted']}; }}
    """)  # fmt: skip
    return name
