"""The conversation list's actions: rename, pin, delete, export one or all, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ..history.export import exported_name, safe_filename
from .errors import show_error_dialog
from .pdf_export import write_pdf

AS_PDF = "PDF"  # the export format the window adds to the history's own


class HistoryActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def rename(self, cid: int) -> None:
        title, ok = QInputDialog.getText(self.window, self.tr("Rename conversation"), self.tr("Title"))
        if ok and title.strip():
            self.window.controller.store.rename(cid, title.strip())
            self.window.list_model.refresh()

    def pin(self, cid: int, pinned: bool) -> None:
        self.window.controller.store.set_pinned(cid, pinned)
        self.window.list_model.refresh()

    def delete(self, cid: int) -> None:
        answer = QMessageBox.question(
            self.window, self.tr("Delete conversation"), self.tr("Delete this conversation and its attachments?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.controller.store.delete_conversation(cid)
            self.window.forget_unused_pictures()
            if self.window.controller.conversation is not None and self.window.controller.conversation.id == cid:
                self.window.controller.conversation = None
                self.window.chat.show_conversation(None)
            self.window.list_model.refresh()

    def export_one(self, cid: int) -> None:
        title = self.window.controller.store.get_conversation(cid).title
        suggested = Path(self.window.dialog_folder("export")) / f"{safe_filename(title)}.md"
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export conversation"),
            str(suggested),
            "Markdown (*.md);;HTML (*.html);;PDF (*.pdf);;JSON (*.json)",
        )
        if not path:
            return
        store = self.window.controller.store
        if Path(path).suffix.lower() == ".pdf":  # to print or send to someone: the HTML export, laid out on pages
            self.window.save_pdf_export(Path(path), store.export_conversation(cid, "html"))
            return
        fmt = {".html": "html", ".json": "json"}.get(Path(path).suffix.lower(), "markdown")
        self.window.save_export(Path(path), store.export_conversation(cid, fmt))

    def export_current(self) -> None:
        """File → Export this chat…: the open conversation (or says there is none)."""
        conversation = self.window.controller.conversation
        if conversation is None or not conversation.messages:
            self.window.show_info(self.tr("Open a conversation with messages to export it."))
            return
        self.export_one(conversation.id)

    def export_all(self) -> None:
        """Every conversation as one file each, in the format the person picks, into a chosen folder."""
        formats = {"Markdown": "markdown", "HTML": "html", "JSON": "json"}  # the history's own formats
        choice, ok = QInputDialog.getItem(
            self.window, self.tr("Export all conversations"), self.tr("Format"), [*formats, AS_PDF], 0, False
        )
        if not ok:
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Export all conversations to"), self.window.dialog_folder("export")
        )
        if not folder:
            return
        try:
            if choice == AS_PDF:  # the HTML export laid out on pages
                written = self._export_all_as_pdf(Path(folder))
            else:
                written = self.window.controller.store.export_all(formats[choice], Path(folder))
        except OSError as err:
            self.window.show_inline_error(
                self.tr("Could not export to %s: %s.") % (folder, err.strerror or err),
                self.tr("Choose another folder, or free some space."),
            )
            return
        self.window.remember_folder("export", folder)
        self.window.banner.show_message(
            self.tr("%d conversation(s) exported to %s") % (len(written), folder), kind="info"
        )

    def _export_all_as_pdf(self, folder: Path) -> list[Path]:
        """Every conversation as a PDF of its own in ``folder``, named as the other formats name them."""
        store = self.window.controller.store
        written = []
        for summary in store.list_conversations():
            path = folder / exported_name(summary, ".pdf")
            write_pdf(path, store.export_conversation(summary.id, "html"))
            written.append(path)
        return written

    def import_json(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import conversation"), self.window.dialog_folder("export"), "JSON (*.json)"
        )
        if path:
            try:
                conversation = self.window.controller.store.import_json(Path(path).read_text(encoding="utf-8"))
            except Exception as err:
                show_error_dialog(self.window, self.tr("This file is not a conversation export."), str(err))
                return
            self.window.list_model.refresh()
            self.window.controller.open_conversation(conversation.id)
