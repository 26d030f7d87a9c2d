"""Preferences: language and theme, the model folder, the default device / precision / weights, and the hub
(endpoint or mirror, access token, proxy, download limits). Titles, choices and bounds come from the typed
settings (``config.settings.FIELD_INFO``); the dialog stays open, saying what is wrong, until the values are
usable."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from urllib.parse import urlparse

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..config.settings import FIELD_INFO, Settings
from .i18n import QT_TRANSLATE_NOOP
from .icons import icon

# the settings' titles as the translation tools must see them (config/ cannot import Qt to mark them)
TITLES = (
    QT_TRANSLATE_NOOP("Settings", "Hub endpoint or mirror URL"),
    QT_TRANSLATE_NOOP("Settings", "HTTP(S) proxy"),
    QT_TRANSLATE_NOOP("Settings", "Files downloaded at once"),
    QT_TRANSLATE_NOOP("Settings", "Bandwidth limit (MB/s, 0 = unlimited)"),
    QT_TRANSLATE_NOOP("Settings", "Model folder"),
    QT_TRANSLATE_NOOP("Settings", "Device"),
    QT_TRANSLATE_NOOP("Settings", "Precision"),
    QT_TRANSLATE_NOOP("Settings", "Weights"),
    QT_TRANSLATE_NOOP("Settings", "Unload the model when idle for"),
    QT_TRANSLATE_NOOP("Settings", "Theme"),
    QT_TRANSLATE_NOOP("Settings", "Instructions for new chats"),
    QT_TRANSLATE_NOOP("Settings", "Language"),
)
# a language is offered under its own name, so a person who cannot read the current one still finds theirs
LANGUAGE_NAMES = {"system": "", "en": "English", "vi": "Tiếng Việt", "zh_CN": "简体中文"}
MIN_WIDTH = 620  # px: the hub fields show their whole hint
INSTRUCTIONS_HEIGHT = 90  # px: four lines of instructions


def title(key: str) -> str:
    """The translated title of the setting ``key`` ("hub.proxy")."""
    return QCoreApplication.translate("Settings", FIELD_INFO[key].title)


class PreferencesDialog(QDialog):
    """Edits a copy of ``settings``; after ``exec()`` returns true, :meth:`settings` and :meth:`token` hold
    what to keep (the token is not part of the settings: it goes to the keyring)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self._base = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(MIN_WIDTH)
        self.language = self._choices(
            "ui.language",
            settings.ui.language,
            {"system": self.tr("Follow the system"), **{k: v for k, v in LANGUAGE_NAMES.items() if v}},
        )
        self.theme = self._choices(
            "ui.theme",
            settings.ui.theme,
            {"system": self.tr("Follow the system"), "light": self.tr("Light"), "dark": self.tr("Dark")},
        )
        self.models_dir = QLineEdit(settings.hub.models_dir, self)
        self.models_dir.setPlaceholderText(self.tr("the app's own data folder"))
        browse = QPushButton(icon("folder"), self.tr("Choose…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        self.device = self._choices(
            "runtime.device", settings.runtime.device, {"auto": self.tr("auto (a GPU when there is one)")}
        )
        self.dtype = self._choices("runtime.dtype", settings.runtime.dtype, {"auto": self.tr("auto")})
        self.weights = self._choices(
            "runtime.quantize",
            settings.runtime.quantize,
            {"none": self.tr("16-bit"), "int8": self.tr("8-bit (int8)"), "int4": self.tr("4-bit (int4)")},
        )
        self.idle_minutes = self._spin(
            QSpinBox(self), "runtime.unload_after_idle_min", settings.runtime.unload_after_idle_min
        )
        self.idle_minutes.setSpecialValueText(self.tr("never"))  # shown for 0
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.endpoint = QLineEdit(settings.hub.endpoint, self)
        self.token_edit = QLineEdit(self)
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(self.tr("for gated models; kept in the system keyring"))
        self.token_edit.setAccessibleName(self.tr("Access token"))
        self.proxy = QLineEdit(settings.hub.proxy, self)
        self.proxy.setPlaceholderText(self.tr("empty: the system's proxy variables"))
        self.concurrent = self._spin(QSpinBox(self), "hub.concurrent_files", settings.hub.concurrent_files)
        self.bandwidth = self._spin(QDoubleSpinBox(self), "hub.bandwidth_limit_mbps", settings.hub.bandwidth_limit_mbps)

        self.instructions = QPlainTextEdit(settings.ui.new_chat_instructions, self)
        self.instructions.setPlaceholderText(self.tr("e.g. Answer in Vietnamese. Quote the numbers you read."))
        self.instructions.setAccessibleName(title("ui.new_chat_instructions"))
        self.instructions.setFixedHeight(INSTRUCTIONS_HEIGHT)

        tabs = QTabWidget(self)
        general = self._form(tabs, self.tr("General"))
        general.addRow(title("ui.language"), self.language)
        general.addRow(title("ui.theme"), self.theme)
        general.addRow(title("ui.new_chat_instructions"), self.instructions)
        instructions_note = QLabel(
            self.tr(
                "The system prompt every new chat starts with; empty: the model's own. A chat's own can still be "
                "changed in its settings panel."
            ),
            self,
        )
        instructions_note.setObjectName("Hint")
        instructions_note.setWordWrap(True)
        general.addRow(instructions_note)
        models = self._form(tabs, self.tr("Models"))
        folder = QHBoxLayout()
        folder.addWidget(self.models_dir, 1)
        folder.addWidget(browse)
        models.addRow(title("hub.models_dir"), folder)
        models.addRow(title("runtime.device"), self.device)
        models.addRow(title("runtime.dtype"), self.dtype)
        models.addRow(title("runtime.quantize"), self.weights)
        note = QLabel(self.tr("Used the next time a model is loaded."), self)
        note.setObjectName("Hint")
        models.addRow(note)
        models.addRow(title("runtime.unload_after_idle_min"), self.idle_minutes)
        idle_note = QLabel(
            self.tr("Gives its memory back after this long without a question; the next question loads it again."),
            self,
        )
        idle_note.setObjectName("Hint")
        idle_note.setWordWrap(True)
        models.addRow(idle_note)
        hub = self._form(tabs, self.tr("Downloads"))
        hub.addRow(title("hub.endpoint"), self.endpoint)
        hub.addRow(self.tr("Access token"), self.token_edit)
        hub.addRow(title("hub.proxy"), self.proxy)
        hub.addRow(title("hub.concurrent_files"), self.concurrent)
        hub.addRow(title("hub.bandwidth_limit_mbps"), self.bandwidth)
        self.tabs = tabs
        self.problem = QLabel(self)
        self.problem.setObjectName("Problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    # ------------------------------------------------------------------ building
    def _choices(self, key: str, current: str, names: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        for choice in FIELD_INFO[key].choices:
            combo.addItem(names.get(choice, choice), choice)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setAccessibleName(title(key))
        return combo

    def _spin(self, spin, key: str, value) -> QSpinBox | QDoubleSpinBox:
        info = FIELD_INFO[key]
        spin.setRange(info.minimum, info.maximum)
        spin.setValue(value)
        spin.setAccessibleName(title(key))
        return spin

    def _form(self, tabs: QTabWidget, name: str) -> QFormLayout:
        page = QWidget(tabs)
        form = QFormLayout(page)
        form.setContentsMargins(12, 12, 12, 12)
        form.setVerticalSpacing(8)
        tabs.addTab(page, name)
        return form

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the model folder"), self.models_dir.text() or str(Path.home())
        )
        if folder:
            self.models_dir.setText(folder)

    # ------------------------------------------------------------------ result
    def problems(self) -> tuple[str, QWidget] | None:
        """What stops these values from being used, and the field to fix; None when they are fine."""
        endpoint = urlparse(self.endpoint.text().strip())
        if endpoint.scheme not in ("http", "https") or not endpoint.netloc:
            return self.tr(
                "The hub endpoint must be an http:// or https:// address, e.g. https://huggingface.co or a mirror."
            ), self.endpoint
        proxy = self.proxy.text().strip()
        if proxy and (
            urlparse(proxy).scheme not in ("http", "https", "socks5", "socks5h") or not urlparse(proxy).netloc
        ):
            return self.tr("The proxy must be an address such as http://proxy:3128, or empty."), self.proxy
        folder = self.models_dir.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            return self.tr("The model folder %s does not exist.") % folder, self.models_dir
        return None

    def _on_ok(self) -> None:
        problem = self.problems()
        if problem is None:
            self.accept()
            return
        text, field = problem
        self.problem.setText(text)
        self.problem.show()
        page = field.parentWidget()
        assert page is not None, "every checked field sits on a tab's page"
        self.tabs.setCurrentWidget(page)
        field.setFocus()

    def settings(self) -> Settings:
        base = self._base
        folder = self.models_dir.text().strip()
        hub = replace(
            base.hub,
            endpoint=self.endpoint.text().strip(),
            proxy=self.proxy.text().strip(),
            concurrent_files=self.concurrent.value(),
            bandwidth_limit_mbps=self.bandwidth.value(),
            models_dir=str(Path(folder).expanduser()) if folder else "",
        )
        runtime = replace(
            base.runtime,
            device=self.device.currentData(),
            dtype=self.dtype.currentData(),
            quantize=self.weights.currentData(),
            unload_after_idle_min=self.idle_minutes.value(),
        )
        ui = replace(
            base.ui,
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            new_chat_instructions=self.instructions.toPlainText().strip(),
        )
        return replace(base, hub=hub, runtime=runtime, ui=ui)

    def token(self) -> str | None:
        """A new access token typed in (None: keep the one stored)."""
        return self.token_edit.text().strip() or None
