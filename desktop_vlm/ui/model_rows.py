"""One row of the model manager: the state a model is in, the status text for it, and the actions that
make sense in that state (as LM Studio offers Load on an installed model and Pause on a running download)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from .i18n import QT_TRANSLATE_NOOP
from .icons import icon

# state -> the actions offered, in the order they appear
ACTIONS: dict[str, tuple[str, ...]] = {
    "not installed": ("download",),
    "in cache": ("use", "download"),  # complete in the Hugging Face cache: used where it lies, or downloaded
    "downloading": ("pause", "cancel"),
    "paused": ("resume", "cancel"),
    "failed": ("retry", "cancel"),
    "installed": ("load", "verify", "delete"),
    "loaded": ("load", "verify", "delete"),  # Load and Delete shown but disabled: it is in use
    "damaged": ("download", "verify", "delete"),
}
_ICONS = {
    "use": "import",
    "download": "download",
    "retry": "regenerate",
    "pause": "pause",
    "resume": "resume",
    "cancel": "cancel",
    "load": "load",
    "verify": "verify",
    "delete": "delete",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ModelRows", text)


# what the translation tools extract (marked here, translated where shown)
_TITLES = {
    "use": QT_TRANSLATE_NOOP("ModelRows", "Use"),
    "download": QT_TRANSLATE_NOOP("ModelRows", "Download"),
    "retry": QT_TRANSLATE_NOOP("ModelRows", "Retry"),
    "pause": QT_TRANSLATE_NOOP("ModelRows", "Pause"),
    "resume": QT_TRANSLATE_NOOP("ModelRows", "Resume"),
    "cancel": QT_TRANSLATE_NOOP("ModelRows", "Cancel"),
    "load": QT_TRANSLATE_NOOP("ModelRows", "Load"),
    "verify": QT_TRANSLATE_NOOP("ModelRows", "Verify"),
    "delete": QT_TRANSLATE_NOOP("ModelRows", "Delete"),
}
_STATUS = {
    "not installed": QT_TRANSLATE_NOOP("ModelRows", "not installed"),
    "in cache": QT_TRANSLATE_NOOP("ModelRows", "in the Hugging Face cache: Use needs no download"),
    "failed": QT_TRANSLATE_NOOP("ModelRows", "failed — retry"),
    "paused": QT_TRANSLATE_NOOP("ModelRows", "paused · %s"),
    "damaged": QT_TRANSLATE_NOOP("ModelRows", "damaged: verify, or download again"),
    "loaded": QT_TRANSLATE_NOOP("ModelRows", "loaded"),
    "installed": QT_TRANSLATE_NOOP("ModelRows", "installed"),
    "verified": QT_TRANSLATE_NOOP("ModelRows", "installed, verified"),
}
_STEPS = {
    "starting": QT_TRANSLATE_NOOP("ModelRows", "starting…"),
    "verifying": QT_TRANSLATE_NOOP("ModelRows", "verifying…"),
    "downloading": QT_TRANSLATE_NOOP("ModelRows", "downloading…"),
    "minutes": QT_TRANSLATE_NOOP("ModelRows", "%d min left"),
    "seconds": QT_TRANSLATE_NOOP("ModelRows", "%d s left"),
    "of": QT_TRANSLATE_NOOP("ModelRows", "%s of %s GB"),
}


def action_title(action: str) -> str:
    return _tr(_TITLES[action])


def row_state(model_id: str, installed, downloads, loaded_path: str | None) -> str:
    """The state of ``model_id`` (``installed``: its InstalledModel or None) given the download service."""
    if downloads.is_downloading(model_id):
        return "downloading"
    if model_id in downloads.failures:
        return "failed"
    if installed is None:
        if model_id in downloads.partial_bytes():
            return "paused"
        return "in cache" if downloads.cached(model_id) is not None else "not installed"
    if installed.state == "damaged":
        return "damaged"
    return "loaded" if loaded_path and str(installed.path) == loaded_path else "installed"


def progress_text(progress) -> str:
    """A running download's status: "45% · 12.3 MB/s · 2 min left" (or its current step)."""
    if progress is None or progress.state == "planning":
        return _tr(_STEPS["starting"])
    if progress.state == "verifying":
        return _tr(_STEPS["verifying"])
    if not progress.total_bytes:
        return _tr(_STEPS["downloading"])
    parts = [f"{int(100 * progress.done_bytes / progress.total_bytes)}%"]
    if progress.speed_bps:
        parts.append(f"{progress.speed_bps / 1e6:.1f} MB/s")
    if progress.eta_s is not None:
        eta = progress.eta_s
        parts.append(_tr(_STEPS["minutes"]) % round(eta / 60) if eta >= 90 else _tr(_STEPS["seconds"]) % round(eta))
    return " · ".join(parts)


def status_text(state: str, installed, downloads, model_id: str) -> tuple[str, str]:
    """(status column text, tooltip) for a row in ``state``."""
    if state == "downloading":
        return progress_text(downloads.latest.get(model_id)), ""
    if state == "failed":
        message, hint = downloads.failures[model_id]
        return _tr(_STATUS["failed"]), f"{message} {hint}".strip()
    if state == "paused":
        done, total = downloads.partial_bytes()[model_id]
        of = _tr(_STEPS["of"]) % (f"{done / 1e9:.2f}", f"{total / 1e9:.1f}") if total else f"{done / 1e9:.2f} GB"
        return _tr(_STATUS["paused"]) % of, ""
    if state == "damaged":
        return _tr(_STATUS["damaged"]), "\n".join(str(problem) for problem in installed.problems)
    if state == "installed" and installed.state == "verified":
        return _tr(_STATUS["verified"]), ""
    if state == "in cache":
        return _tr(_STATUS[state]), str(downloads.cached(model_id).snapshot)
    return _tr(_STATUS[state]), ""


class RowActions(QWidget):
    """The buttons of one row; ``triggered(action)`` when one is pressed."""

    triggered = Signal(str)

    def __init__(self, state: str, local: bool, parent: QWidget | None = None):
        """``local``: an imported folder, which cannot be downloaded again."""
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        self.buttons: dict[str, QToolButton] = {}
        for action in ACTIONS[state]:
            if action == "download" and local:
                continue
            button = QToolButton(self)
            button.setText(action_title(action))
            button.setIcon(icon(_ICONS[action]))
            button.setIconSize(QSize(16, 16))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.clicked.connect(lambda checked=False, action=action: self.triggered.emit(action))
            layout.addWidget(button)
            self.buttons[action] = button
        if state == "loaded":
            self.buttons["load"].setEnabled(False)
            self.buttons["load"].setToolTip(self.tr("This model is loaded now."))
            self.buttons["delete"].setEnabled(False)
            self.buttons["delete"].setToolTip(self.tr("In use now; unload it first (Models → Unload model)."))
        layout.addStretch(1)

    def available(self) -> list[str]:
        """The actions that can be pressed now."""
        return [name for name, button in self.buttons.items() if button.isEnabled()]
