"""Asking for a remote OpenAI-compatible endpoint: URL, model name, API key (not echoed, not saved here)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

MIN_WIDTH = 480  # px: the URL and model name fit without scrolling inside their fields


class RemoteDialog(QDialog):
    def __init__(self, remote_settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use a remote endpoint"))
        self.setMinimumWidth(MIN_WIDTH)
        self.url = QLineEdit(remote_settings.base_url, self)
        self.url.setPlaceholderText("http://gpu-server:23333/v1")
        self.url.setAccessibleName(self.tr("Endpoint URL"))
        self.model = QLineEdit(remote_settings.model, self)
        self.model.setPlaceholderText("OpenGVLab/InternVL2_5-4B")
        self.model.setAccessibleName(self.tr("Model name on the server"))
        self.key = QLineEdit(self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName(self.tr("API key"))
        self.key.setPlaceholderText(self.tr("kept in the system keyring; leave empty to use the kept one"))
        note = QLabel(
            self.tr(
                "Any OpenAI-compatible vision endpoint (LMDeploy, vLLM, desktop-vlm serve). "
                "Images are sent to that server."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("Hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("URL"), self.url)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("API key"), self.key)
        self.problem = QLabel(self)  # what is wrong with the values; the dialog stays open until it is fixed
        self.problem.setWordWrap(True)
        self.problem.hide()
        form.addRow(self.problem)
        form.addRow(buttons)

    def _on_ok(self) -> None:
        from ..core.errors import DesktopVlmError
        from ..remote.client import check_base_url

        try:
            check_base_url(self.url.text())
        except DesktopVlmError as err:
            return self._say(str(err), self.url)
        if not self.model.text().strip():
            return self._say(self.tr("Name the model the server serves (see its /v1/models)."), self.model)
        self.accept()

    def _say(self, problem: str, field: QLineEdit) -> None:
        self.problem.setText(problem)
        self.problem.show()
        field.setFocus()

    def values(self) -> tuple[str, str, str | None]:
        return self.url.text().strip(), self.model.text().strip(), self.key.text() or None
