"""Document extraction from the window: a template's prompt goes into the composer, the answer's JSON is
checked when it arrives, the result can be exported as CSV or JSON."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from ..documents import document_to_csv, document_to_json, get_template, parse_document


class ExtractionHelper(QObject):
    """Tracks which question was asked with a template and what came out of the last one."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.template: str | None = None  # the template of the question being answered
        self.last = None  # (template, DocumentResult)

    def start(self, name: str) -> None:
        self.template = name
        self.window.composer.edit.setPlainText(get_template(name).prompt)
        self.window.composer.edit.setFocus()

    def on_send(self, text: str) -> None:
        if self.template and text.strip() != get_template(self.template).prompt.strip():
            self.template = None  # the person wrote their own question instead

    def on_answer(self, text: str, status: str) -> None:
        template, self.template = self.template, None
        if template is None or status != "complete":
            return
        result = parse_document(template, text)
        self.last = (template, result)
        self.window.export_extraction.setEnabled(result.ok)
        banner, title = self.window.banner, get_template(template).title
        export_hint = self.tr("File → Export extracted data… saves it as CSV or JSON.")
        if not result.ok:
            banner.show_message(self.tr("%s: no usable JSON in the answer.") % title, result.error or "")
        elif result.issues:
            banner.show_message(
                self.tr("%s extracted, with issues: %s") % (title, "; ".join(result.issues)), export_hint, kind="info"
            )
        else:
            banner.show_message(self.tr("%s extracted and checked.") % title, export_hint, kind="info")

    def export(self) -> None:
        if self.last is None:
            return
        template, result = self.last
        suggested = Path(self.window.dialog_folder("export")) / f"{template}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export extracted data"), str(suggested), "CSV (*.csv);;JSON (*.json)"
        )
        if path:
            json_out = path.lower().endswith(".json")
            text = document_to_json(result.data) if json_out else document_to_csv(template, result.data)
            self.window.save_export(Path(path), text)
