"""The model manager: the catalog and the installed models as a table whose rows offer the actions their
state allows (download, pause, resume, cancel, verify, load, delete), the selected model's card (for an
installed model also what its files say it is, read off the UI thread), import of a folder, and the device /
precision / weights a model is loaded with. Double-click loads."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..app.checkpoint_inspector import CheckpointInspector
from ..app.memory import device_memory
from ..core.errors import CheckpointError, DesktopVlmError
from ..core.hardware import cpu_auto_precision, gpu_likely
from ..core.hf_cache import snapshot_of
from ..hub.catalog import catalog, vram_estimate_gib
from ..hub.local_copy import model_files
from .folders import start_folder
from .icons import icon
from .model_card import ModelCard
from .model_choices import choice_for, counted_parameters, display_name, fit_text, placement_for, size_text
from .model_rows import RowActions, progress_text, row_state, status_text

if TYPE_CHECKING:
    from ..hub.store import InstalledModel

_SHORT = {"bfloat16": "bf16", "float16": "fp16", "float32": "fp32"}
MODEL, PARAMETERS, DOWNLOAD, MEMORY, STATUS, ACTIONS = range(6)


def _count_text(billions: float) -> str:
    """3.7 B, 815 M, 368 K: parameters as a person reads them."""
    if billions >= 1:
        return f"{billions:.1f} B"
    return f"{billions * 1e3:.0f} M" if billions >= 1e-3 else f"{billions * 1e6:.0f} K"


def folder_size(path: Path) -> tuple[int, int]:
    """(bytes, files) of the model in ``path``, as a copy would take them: its own files, not the other
    downloads beside them; for a Hugging Face cache repository folder, its snapshot's."""
    try:
        path = snapshot_of(path)
    except CheckpointError:
        pass  # the import says why; the question shows the folder as it is
    files = [path / name for name in model_files(path)]
    files = [p for p in files if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def ask_copy(parent, folder: Path, free_bytes: int) -> bool | None:
    """Ask whether to copy ``folder`` into the model store (True), use it where it is (False), or not import it
    (None), saying how large it is and how much space copying needs (``free_bytes``: free in the store)."""
    size, files = folder_size(folder)
    title = QCoreApplication.translate("ModelManagerDialog", "Import a model folder")
    question = QCoreApplication.translate("ModelManagerDialog", "Import %s (%s in %d files)?")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question % (folder.name, size_text(size), files),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    detail = QCoreApplication.translate(
        "ModelManagerDialog",
        "Copying keeps the model if the folder is moved or "
        "deleted, and needs %s free in the model folder (%s free now). Using it in "
        "place takes no space.",
    )
    box.setInformativeText(detail % (size_text(size), size_text(free_bytes)))
    copy_text = QCoreApplication.translate("ModelManagerDialog", "Copy into the model folder")
    copy = box.addButton(copy_text, QMessageBox.ButtonRole.AcceptRole)
    in_place_text = QCoreApplication.translate("ModelManagerDialog", "Use it where it is")
    in_place = box.addButton(in_place_text, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(in_place)
    box.exec()
    answers: dict[QAbstractButton, bool] = {copy: True, in_place: False}
    return answers.get(box.clickedButton())


class ModelManagerDialog(QDialog):
    """``use_requested(path, device, dtype, quantize)`` when the person loads an installed model."""

    use_requested = Signal(str, str, str, str)

    def __init__(
        self,
        downloads,
        parent=None,
        runtime_settings=None,
        loaded_device: str | None = None,
        loaded_path: str | None = None,
    ):
        """``loaded_device`` / ``loaded_path``: where the model loaded now runs ("cpu", "cuda", …) and its
        folder, if any."""
        super().__init__(parent)
        self.downloads = downloads
        self.loaded_device, self.loaded_path = loaded_device, loaded_path
        self._rows: list[tuple[str, InstalledModel | None]] = []  # (model id, installed model or None) per table row
        self.setWindowTitle(self.tr("Models"))
        self.resize(980, 600)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Model"), self.tr("Parameters"), self.tr("Download"), self.tr("Memory"), self.tr("Status"), ""]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MODEL, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Models"))
        self.table.itemSelectionChanged.connect(self._show_card)
        self.table.cellDoubleClicked.connect(lambda row, _column: self._on_row_activated(row))
        self.card = ModelCard(self)
        self.device = QComboBox(self)
        self.device.addItems(["auto", "cuda", "mps", "cpu"])
        self.device.setAccessibleName(self.tr("Device"))
        self.dtype = QComboBox(self)
        self.dtype.addItems(["auto", "bfloat16", "float16", "float32"])
        self.dtype.setAccessibleName(self.tr("Precision"))
        self.weights = QComboBox(self)
        for key, title in (
            ("none", self.tr("16-bit")),
            ("int8", self.tr("8-bit (int8)")),
            ("int4", self.tr("4-bit (int4)")),
        ):
            self.weights.addItem(title, key)
        self.weights.setAccessibleName(self.tr("Language-model weights"))
        self.weights.setToolTip(
            self.tr(
                "Weight-only quantisation of the language model: less memory, slightly different "
                "answers. On the CPU it also answers faster; the first load converts the weights and "
                "later loads reuse them. On a GPU it needs the 'quantization' extra."
            )
        )
        if runtime_settings is not None:
            self.device.setCurrentText(runtime_settings.device)
            self.dtype.setCurrentText(runtime_settings.dtype)
            self.weights.setCurrentIndex(max(0, self.weights.findData(runtime_settings.quantize)))
        for combo in (self.device, self.dtype, self.weights):
            combo.currentIndexChanged.connect(self.refresh)  # the memory column follows the choice
        self.import_button = QPushButton(icon("import"), self.tr("Import folder…"), self)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("Hint")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        run = QHBoxLayout()
        run.setSpacing(8)
        run.addWidget(self.import_button)
        run.addStretch(1)
        for title, combo in (
            (self.tr("Device"), self.device),
            (self.tr("Precision"), self.dtype),
            (self.tr("Weights"), self.weights),
        ):
            run.addWidget(QLabel(title, self))
            run.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.card)
        layout.addWidget(self.message)
        layout.addLayout(run)
        downloads.progress.connect(self._on_download_progress)
        downloads.finished.connect(self._on_download_finished)
        downloads.failed.connect(self._on_download_failed)
        downloads.stopped.connect(self._on_download_stopped)
        downloads.store_changed.connect(self.refresh)
        downloads.imported.connect(self._on_imported)
        downloads.found_in_cache.connect(lambda _found: self.refresh())
        downloads.look_in_cache()  # a model the Hugging Face cache holds is offered for use where it lies
        self.inspector = CheckpointInspector.shared()
        self.inspector.ready.connect(self._on_checkpoint_read)
        self.refresh()

    # ------------------------------------------------------------------ the table
    def memory_key(self) -> str:
        """The width the memory estimate is computed for: the quantisation, else the precision, with
        ``auto`` resolved as the runtime will (16 bits on a GPU; on a CPU bf16 on x86, else float32)."""
        weights = self.weights.currentData()
        if weights and weights != "none":
            return weights
        dtype = self.dtype.currentText()
        if dtype in ("bfloat16", "float16", "float32"):
            return dtype
        device = self.device.currentText()
        if device == "auto":  # where the loaded model went, if local; else a guess from the drivers present
            local = self.loaded_device in ("cpu", "cuda", "mps")
            device = self.loaded_device if local else ("cuda" if gpu_likely() else "cpu")
        return cpu_auto_precision() if device == "cpu" else "bfloat16"

    def refresh(self) -> None:
        """Rebuild every row from the store and the download service, keeping the selection."""
        selected = self.selected()
        installed = {m.model_id.lower(): m for m in self.downloads.installed()}
        key = self.memory_key()
        header = self.table.horizontalHeaderItem(MEMORY)
        assert header is not None, "the table's header labels are set in __init__"
        header.setText(self.tr("Memory (%s)") % _SHORT.get(key, key))
        known = {e.repo_id.lower() for e in catalog()}
        self._rows = [(e.repo_id, installed.get(e.repo_id.lower())) for e in catalog()]
        self._rows += [(m.model_id, m) for k, m in installed.items() if k not in known]
        self.table.setRowCount(len(self._rows))
        for row, (mid, model) in enumerate(self._rows):
            self._fill_row(row, mid, model, key)
        if self._rows:  # one height for every row: the tallest row of buttons
            tallest = max(self.table.cellWidget(r, ACTIONS).sizeHint().height() for r in range(len(self._rows)))
            self.table.verticalHeader().setDefaultSectionSize(tallest + 4)
        if selected is not None:
            self.select(selected)
        self._show_card()

    def _fill_row(self, row: int, mid: str, model, key: str) -> None:
        entry = next((e for e in catalog() if e.repo_id == mid), None)
        if entry is not None:
            parameters, size = (entry.parameters, entry.vision_parameters), entry.download_bytes
        else:
            parameters, size = counted_parameters(model.path, model.size_bytes), model.size_bytes
        state = row_state(mid, model, self.downloads, self.loaded_path)
        status, why = status_text(state, model, self.downloads, mid)
        memory = f"{vram_estimate_gib(*parameters, key):.1f} GiB" if parameters else ""
        texts = (display_name(mid), _count_text(parameters[0]) if parameters else "", size_text(size), memory, status)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, mid)
            item.setToolTip(why or (mid if column == MODEL else ""))
            self.table.setItem(row, column, item)
        actions = RowActions(state, local=entry is None, parent=self.table)
        actions.triggered.connect(lambda action, mid=mid: self._on_action(mid, action))
        self.table.setCellWidget(row, ACTIONS, actions)

    def row_of(self, model_id: str) -> int:
        return next((i for i, (mid, _m) in enumerate(self._rows) if mid.lower() == model_id.lower()), -1)

    def actions_of(self, model_id: str) -> RowActions:
        actions = self.table.cellWidget(self.row_of(model_id), ACTIONS)
        if not isinstance(actions, RowActions):
            raise LookupError(f"the model manager has no row for {model_id}")
        return actions

    def select(self, model_id: str) -> None:
        row = self.row_of(model_id)
        if row >= 0:
            self.table.selectRow(row)

    def selected(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _show_card(self) -> None:
        mid = self.selected()
        row = self.row_of(mid) if mid else -1
        if mid is None or row < 0:
            self.card.show_choice(None)
            return
        model = self._rows[row][1]
        memory = device_memory()
        placement = placement_for(
            memory, self.device.currentText(), self.dtype.currentText(), self.weights.currentData()
        )
        path, size = (model.path, model.size_bytes) if model is not None else (None, 0)
        choice = choice_for(mid, path, size, placement, memory)
        counts = counted_parameters(path, size) if choice.entry is None and path is not None else None
        self.card.show_choice(choice, counts[0] if counts else None, fit_text(choice, memory))
        self._show_checkpoint(path)

    def _show_checkpoint(self, path: Path | None) -> None:
        """What the installed model's files say it is, read off the UI thread (once per folder)."""
        details = self.card.checkpoint
        details.setVisible(path is not None)
        if path is None:
            return
        report = self.inspector.inspect(path)
        if report is None:
            details.show_reading(str(path))
        else:
            details.show_report(str(path), report[1])

    def _on_checkpoint_read(self, path: str, _facts, lines: list[str]) -> None:
        if path == self.card.checkpoint.path:  # still the model shown
            self.card.checkpoint.show_report(path, lines)

    # ------------------------------------------------------------------ actions
    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()

    def _on_action(self, mid: str, action: str) -> None:
        self.select(mid)
        if action in ("download", "retry", "resume"):
            self.downloads.start(mid)
            self.refresh()
        elif action == "pause":
            self.downloads.pause(mid)
        elif action == "cancel":
            self.downloads.failures.pop(mid, None)
            self.downloads.cancel(mid)
            self.refresh()
        elif action == "verify":
            self._verify(mid)
        elif action == "delete":
            self._delete(mid)
        elif action == "load":
            self.load(mid)
        elif action == "use":
            self._use_cached(mid)

    def _use_cached(self, mid: str) -> None:
        """Add ``mid``'s copy in the Hugging Face cache to the store where it lies (no copy, no download)."""
        cached = self.downloads.cached(mid)
        if cached is not None:
            self.import_folder(cached.snapshot, copy=False)

    def load(self, mid: str) -> bool:
        """Ask for ``mid`` to be loaded with the chosen device, precision and weights, and close."""
        model = self._rows[self.row_of(mid)][1] if self.row_of(mid) >= 0 else None
        if model is None:
            self._say(self.tr("Download %s first (its Download button).") % display_name(mid))
            return False
        self.use_requested.emit(
            str(model.path), self.device.currentText(), self.dtype.currentText(), self.weights.currentData()
        )
        self.accept()
        return True

    def _on_row_activated(self, row: int) -> None:
        self.load(self._rows[row][0])

    def _verify(self, mid: str) -> None:
        try:
            problems = self.downloads.verify(mid)
        except DesktopVlmError as err:
            return self._say(str(err))
        self._say(self.tr("%s: every file verified.") % display_name(mid) if not problems else "; ".join(problems))

    def _delete(self, mid: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete model"), self.tr("Delete %s from disk?") % display_name(mid)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.downloads.remove(mid)
            self._say(self.tr("%s was deleted.") % display_name(mid))

    def _on_download_progress(self, progress) -> None:
        if not self.downloads.is_downloading(progress.model_id):
            return  # a late event from a download that has ended since
        row = self.row_of(progress.model_id)
        if row >= 0 and (item := self.table.item(row, STATUS)) is not None:
            item.setText(progress_text(progress))

    def _on_download_finished(self, mid: str, _path: str) -> None:
        self._say(self.tr("%s is installed.") % display_name(mid))

    def _on_download_failed(self, mid: str, message: str, hint: str) -> None:
        self._say(self.tr("Downloading %s failed: %s") % (display_name(mid), f"{message} {hint}".strip()))

    def _on_download_stopped(self, mid: str, state: str) -> None:
        text = (
            self.tr("%s: paused; Resume continues where it stopped.")
            if state == "paused"
            else self.tr("%s: download cancelled.")
        )
        self._say(text % display_name(mid))

    # ------------------------------------------------------------------ import
    def _on_import_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a model folder to import"), start_folder("models", "")
        )
        if folder:
            self.import_folder(Path(folder), self.ask_copy(Path(folder)))

    def ask_copy(self, folder: Path) -> bool | None:
        return ask_copy(self, folder, self.downloads.store.free_bytes())

    def import_folder(self, folder: Path, copy: bool | None) -> None:
        """Import ``folder`` in the background (None: the person cancelled); the result is said below."""
        if copy is None:
            return
        self.import_button.setEnabled(False)
        self.message.setText(self.tr("Importing %s…") % folder.name)
        self.downloads.import_in_background(folder, copy)

    def _on_imported(self, model_id: str, message: str, hint: str) -> None:
        self.import_button.setEnabled(True)
        if not model_id:
            self._say(self.tr("Not imported: %s") % f"{message} {hint}".strip())
            return
        model = next((m for m in self.downloads.installed() if m.model_id == model_id), None)
        size = size_text(model.size_bytes) if model is not None else ""
        self._say(
            self.tr("Imported %s (%s). Double-click it, or press Load, to use it.") % (display_name(model_id), size)
        )
        self.select(model_id)
