"""Asking for a remote OpenAI-compatible endpoint: URL, model name, API key (not echoed, not saved here)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit


class RemoteDialog(QDialog):
    def __init__(self, remote_settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use a remote endpoint"))
        self.url = QLineEdit(remote_settings.base_url, self)
        self.url.setPlaceholderText("http://gpu-server:23333/v1")
        self.url.setAccessibleName(self.tr("Endpoint URL"))
        self.model = QLineEdit(remote_settings.model, self)
        self.model.setPlaceholderText("OpenGVLab/InternVL2_5-4B")
        self.model.setAccessibleName(self.tr("Model name on the server"))
        self.key = QLineEdit(self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName(self.tr("API key"))
        note = QLabel(self.tr("Any OpenAI-compatible vision endpoint (LMDeploy, vLLM, desktop-vlm serve). "
                              "Images are sent to that server."), self)  # fmt: skip
        note.setWordWrap(True)
        note.setObjectName("Hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("URL"), self.url)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("API key"), self.key)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str | None]:
        return self.url.text().strip(), self.model.text().strip(), self.key.text() or None
