"""The model manager: catalog and installed models, download with progress / speed / ETA, pause,
resume, cancel, verify, delete, import a folder, hub settings, and "use this model"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.errors import DesktopVlmError
from ..core.hardware import cpu_auto_precision, gpu_likely
from ..hub.catalog import vram_estimate_gib
from ..hub.census import count_parameters
from .folders import start_folder


_SHORT = {"bfloat16": "bf16", "float16": "fp16", "float32": "fp32"}


def _count_text(billions: float) -> str:
    """3.7 B, 815 M, 368 K: parameters as a person reads them."""
    if billions >= 1:
        return f"{billions:.1f} B"
    return f"{billions * 1e3:.0f} M" if billions >= 1e-3 else f"{billions * 1e6:.0f} K"


def _size_text(size_bytes: int) -> str:
    return f"{size_bytes / 1e9:.1f} GB" if size_bytes >= 1e9 else f"{size_bytes / 1e6:.1f} MB"


class ModelManagerDialog(QDialog):
    """``use_requested(path, device, dtype, quantize)`` when the person picks an installed model."""

    use_requested = Signal(str, str, str, str)

    def __init__(self, downloads, parent=None, runtime_settings=None, loaded_device: str | None = None):
        """``loaded_device``: where the runtime put the model loaded now ("cpu", "cuda", …), if any."""
        super().__init__(parent)
        self.downloads = downloads
        self.loaded_device = loaded_device
        self._counts: dict[tuple[str, int], tuple[float, float] | None] = {}  # see _counted
        self.setWindowTitle(self.tr("Models"))
        self.resize(900, 520)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Parameters"), self.tr("Download"),
                                              self.tr("Memory"), self.tr("Status")])  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Models"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.hide()  # shown once a download reports progress
        self.progress_text = QLabel(self)
        self.device = QComboBox(self)
        self.device.addItems(["auto", "cuda", "mps", "cpu"])
        self.device.setAccessibleName(self.tr("Device"))
        self.dtype = QComboBox(self)
        self.dtype.addItems(["auto", "bfloat16", "float16", "float32"])
        self.dtype.setAccessibleName(self.tr("Precision"))
        self.weights = QComboBox(self)
        for key, title in (("none", self.tr("16-bit")), ("int8", self.tr("8-bit (int8)")), ("int4", self.tr("4-bit (int4)"))):
            self.weights.addItem(title, key)
        self.weights.setAccessibleName(self.tr("Language-model weights"))
        self.weights.setToolTip(self.tr("Weight-only quantisation of the language model: less memory, slightly "
                                        "different answers. On the CPU, 8-bit answers about 3× slower than 16-bit "
                                        "(it only saves memory there). Needs the 'quantization' extra."))  # fmt: skip
        if runtime_settings is not None:
            self.device.setCurrentText(runtime_settings.device)
            self.dtype.setCurrentText(runtime_settings.dtype)
            self.weights.setCurrentIndex(max(0, self.weights.findData(runtime_settings.quantize)))
        for combo in (self.device, self.dtype, self.weights):
            combo.currentIndexChanged.connect(self.refresh)  # the memory column follows the choice
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, text in (("download", self.tr("Download / resume")), ("pause", self.tr("Pause")),
                          ("cancel", self.tr("Cancel")), ("verify", self.tr("Verify")), ("delete", self.tr("Delete")),
                          ("import", self.tr("Import folder…")), ("use", self.tr("Use this model"))):  # fmt: skip
            button = QPushButton(text, self)
            button.clicked.connect(getattr(self, f"_on_{key}_clicked"))
            buttons.addWidget(button)
            self.buttons[key] = button
        self.endpoint = QLineEdit(downloads.settings.endpoint, self)
        self.proxy = QLineEdit(downloads.settings.proxy, self)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("for gated models; stored in the system keyring"))
        save = QPushButton(self.tr("Save hub settings"), self)
        save.clicked.connect(self._on_save_clicked)
        form = QFormLayout()
        form.addRow(self.tr("Hub endpoint / mirror"), self.endpoint)
        form.addRow(self.tr("Proxy"), self.proxy)
        form.addRow(self.tr("Access token"), self.token)
        form.addRow("", save)
        run = QHBoxLayout()
        run.addWidget(QLabel(self.tr("Device"), self))
        run.addWidget(self.device)
        run.addWidget(QLabel(self.tr("Precision"), self))
        run.addWidget(self.dtype)
        run.addWidget(QLabel(self.tr("Weights"), self))
        run.addWidget(self.weights)
        run.addStretch(1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addLayout(buttons)
        layout.addLayout(run)
        layout.addWidget(self.message)
        layout.addLayout(form)
        downloads.progress.connect(self._on_download_progress)
        downloads.finished.connect(lambda mid, path: self._say(self.tr("%s is installed.") % mid))
        downloads.failed.connect(lambda mid, msg, hint: self._say(f"{msg} {hint}".strip()))
        downloads.stopped.connect(lambda mid, state: self._say(self.tr("%s: %s") % (mid, state)))
        downloads.store_changed.connect(self.refresh)
        self.refresh()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()

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
        installed = {m.model_id.lower(): m for m in self.downloads.installed()}
        key = self.memory_key()
        self.table.horizontalHeaderItem(3).setText(self.tr("Memory (%s)") % _SHORT.get(key, key))
        # (model id, parameters and vision parameters in billions or None, bytes, installed model or None)
        rows = [(e.repo_id, (e.parameters, e.vision_parameters), e.download_bytes, installed.get(e.repo_id.lower()))
                for e in self.downloads.catalog]  # fmt: skip
        known = {r[0].lower() for r in rows}
        rows += [(m.model_id, self._counted(m), m.size_bytes, m) for k, m in installed.items() if k not in known]
        self.table.setRowCount(len(rows))
        for i, (mid, parameters, size, model) in enumerate(rows):
            params_text = _count_text(parameters[0]) if parameters else ""
            vram = f"{vram_estimate_gib(*parameters, key):.1f} GiB" if parameters else ""
            status, problems = self._status(mid, model)
            for j, text in enumerate((mid, params_text, _size_text(size), vram, status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, mid)
                if problems:
                    item.setToolTip(problems)
                self.table.setItem(i, j, item)
        self._installed = installed

    def _counted(self, model) -> tuple[float, float] | None:
        """(parameters, vision parameters) in billions of a model the catalog does not know, counted once
        from its weight files' headers."""
        cache_key = (str(model.path), model.size_bytes)
        if cache_key not in self._counts:
            count = count_parameters(model.path)
            self._counts[cache_key] = (count.billions, count.vision_billions) if count else None
        return self._counts[cache_key]

    def _status(self, mid: str, model) -> tuple[str, str]:
        """The status column's text and, for a damaged model, what its last check found."""
        if model is None:
            return (self.tr("downloading") if self.downloads.is_downloading(mid) else self.tr("not installed")), ""
        if model.state == "damaged":
            return self.tr("damaged: verify, or download again"), "\n".join(model.problems)
        if model.state == "verified":
            return self.tr("installed, verified"), ""
        return self.tr("installed"), ""

    def selected(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _on_download_progress(self, p) -> None:
        self.progress.setVisible(p.state not in ("done", "cancelled"))
        if p.total_bytes:
            self.progress.setValue(int(100 * p.done_bytes / p.total_bytes))
            eta = f"{p.eta_s:.0f} s" if p.eta_s is not None else "…"
            self.progress_text.setText(f"{p.model_id}: {p.done_bytes / 1e9:.2f} / {p.total_bytes / 1e9:.2f} GB · "
                                       f"{p.speed_bps / 1e6:.1f} MB/s · ETA {eta}")  # fmt: skip
        else:
            self.progress_text.setText(f"{p.model_id}: {p.state}")

    def _on_download_clicked(self) -> None:
        if (mid := self.selected()) is not None:
            self.downloads.start(mid)
            self.refresh()

    def _on_pause_clicked(self) -> None:
        if (mid := self.selected()) is not None:
            self.downloads.pause(mid)

    def _on_cancel_clicked(self) -> None:
        if (mid := self.selected()) is not None:
            self.downloads.cancel(mid)

    def _on_verify_clicked(self) -> None:
        if (mid := self.selected()) is not None:
            try:
                problems = self.downloads.verify(mid)
            except DesktopVlmError as err:
                return self._say(str(err))
            self._say(self.tr("%s: every file verified.") % mid if not problems else "; ".join(problems))

    def _on_delete_clicked(self) -> None:
        mid = self.selected()
        if mid is None or mid.lower() not in self._installed:
            return
        if QMessageBox.question(self, self.tr("Delete model"), self.tr("Delete %s from disk?") % mid) == QMessageBox.StandardButton.Yes:
            self.downloads.remove(mid)

    def _on_import_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a model folder to import"),
                                                  start_folder("models", ""))  # fmt: skip
        if folder:
            copy = QMessageBox.question(self, self.tr("Import"), self.tr("Copy the folder into the model store? "
                                        "(No: use it where it is.)")) == QMessageBox.StandardButton.Yes  # fmt: skip
            try:
                self.downloads.import_folder(Path(folder), copy)
            except DesktopVlmError as err:
                self._say(str(err))

    def _on_use_clicked(self) -> None:
        mid = self.selected()
        model = self._installed.get(mid.lower()) if mid else None
        if model is None:
            return self._say(self.tr("Download or import the model first."))
        self.use_requested.emit(str(model.path), self.device.currentText(), self.dtype.currentText(),
                                self.weights.currentData())  # fmt: skip
        self.accept()

    def _on_save_clicked(self) -> None:
        self.downloads.update_settings(self.endpoint.text(), self.proxy.text(), self.token.text() or None)
        self.token.clear()
        self._say(self.tr("Hub settings saved."))
