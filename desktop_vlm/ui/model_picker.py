"""The header's model picker, as in LM Studio or ChatGPT: the model in use (or the one loading, with its
step, the seconds so far and a bar for a counted step), and a menu of the installed models with their size, the memory they need and
whether that is free now, and the way to more models."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QProgressBar, QToolButton, QWidget

from ..app.memory import device_memory
from ..core.hf_cache import repo_id_from_cache_path
from .icons import icon
from .load_progress import reset_load_bar, show_load_report
from .model_choices import choice_for, display_name, fit_text, installed_choices, placement_for, runs_as, size_text


def name_for_path(path: str, installed) -> str:
    """The name to show for a model folder: the installed model's own name, else the folder's (a Hugging Face
    cache folder's repository name, not ``models--owner--name`` or a snapshot's commit)."""
    resolved = str(Path(path).expanduser())
    for model in installed:
        if str(model.path) == resolved or model.model_id == path:
            return display_name(model.model_id)
    repo = repo_id_from_cache_path(Path(path))
    return repo.rsplit("/", 1)[1] if repo else Path(path).name


class ModelPicker(QWidget):
    """Signals: ``load_requested(path)``, ``manage_requested()``, ``folder_requested()``,
    ``remote_requested()``, ``unload_requested()``.

    ``runtime_settings()`` returns the current RuntimeSettings (device, precision, weights, active model),
    read each time the menu opens, so the fit shown follows the preferences."""

    load_requested = Signal(str)
    manage_requested = Signal()
    folder_requested = Signal()
    remote_requested = Signal()
    unload_requested = Signal()

    def __init__(self, service, downloads, runtime_settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ModelPicker")
        self.service, self.downloads, self._runtime_settings = service, downloads, runtime_settings
        self.button = QToolButton(self)
        self.button.setObjectName("PickerButton")
        self.button.setIcon(icon("model"))
        self.button.setIconSize(QSize(18, 18))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setAccessibleName(self.tr("Model"))
        self.button.setToolTip(self.tr("Choose the model that answers"))
        self.menu = QMenu(self.button)
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.button.setMenu(self.menu)
        self.detail = QLabel(self)
        self.detail.setObjectName("Hint")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(90)
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Loading the model"))
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the text beside it stays put as counted steps come and go
        self.busy.setSizePolicy(policy)
        self.busy.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.button)
        layout.addWidget(self.busy)
        layout.addWidget(self.detail, 1)
        self._loading_name = ""
        self.loaded_name = ""
        self._loading_since = 0.0
        self._step = ""
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_loading_detail)
        service.model_loading.connect(self._on_model_loading)
        service.model_loaded.connect(self._on_model_loaded)
        service.model_load_failed.connect(self._on_model_done)
        service.model_unloaded.connect(self._on_model_done)
        self.show_model(None)

    # ------------------------------------------------------------------ what the button says
    def show_model(self, name: str | None, detail: str = "") -> None:
        """The model in use (None: none) and a short line beside it (device, precision)."""
        shown = name or self.tr("Choose a model")
        self.button.setText(f"{shown}  ▾")
        self.detail.setText(detail)

    def show_loading(self, name: str) -> None:
        """A load of ``name`` was asked for: say so until the model thread answers."""
        self._loading_name, self._loading_since, self._step = name, time.monotonic(), ""
        reset_load_bar(self.busy, busy_shown=False)
        self._tick.start()
        self._show_loading_detail()

    def _show_loading_detail(self) -> None:
        seconds = int(time.monotonic() - self._loading_since)
        step = f"{self._step}… " if self._step else ""
        self.show_model(self._loading_name, self.tr("Loading… %s%d s") % (step, seconds))

    def _on_model_loading(self, report: str) -> None:
        if self._tick.isActive():
            self._step = show_load_report(report, self.busy, busy_shown=False)
            self._show_loading_detail()

    def _on_model_loaded(self, info) -> None:
        self._stop_loading()
        name = self._loading_name or info.name
        self._loading_name = ""
        self.show_model(name, runs_as(info))
        self.loaded_name = name

    def _on_model_done(self, *_args) -> None:
        """A load failed (the model before may still be there) or the model was unloaded."""
        self._stop_loading()
        self._loading_name = ""
        info = self.service.model_info
        if info is None:
            self.show_model(None)
        else:
            self.show_model(self.loaded_name or info.name, runs_as(info))

    def _stop_loading(self) -> None:
        self._tick.stop()
        self.busy.hide()

    # ------------------------------------------------------------------ the menu
    def rebuild_menu(self) -> None:
        """Installed models (size · memory fit), then the ways to get or use other models."""
        self.menu.clear()
        settings = self._runtime_settings()
        memory = device_memory()
        placement = placement_for(memory, settings.device, settings.dtype, settings.quantize)
        installed = self.downloads.installed() if self.downloads is not None else []
        active = str(Path(settings.active_model).expanduser()) if settings.active_model else ""
        loaded = self.service.model_info is not None and not self.service.loading
        header = self.menu.addAction(self.tr("Installed models"))
        header.setEnabled(False)
        choices = installed_choices(installed, placement, memory)
        for choice in choices:
            state = ""
            if str(choice.path) == active:
                state = self.tr("loading…") if self.service.loading else self.tr("loaded") if loaded else ""
            line = " · ".join(part for part in (size_text(choice.size_bytes), fit_text(choice, memory), state) if part)
            action = QAction(f"{choice.name}\t{line}", self.menu)
            action.setIcon(icon("warning" if choice.fit == "no" or choice.damaged else "model"))
            action.setCheckable(True)
            action.setChecked(bool(state))
            action.setData(str(choice.path))
            action.setToolTip(
                choice.model_id
                if not choice.damaged
                else self.tr("Damaged: verify it in Manage models, or download it again.")
            )
            action.setEnabled(not choice.damaged)
            action.triggered.connect(lambda checked=False, path=str(choice.path): self.load_requested.emit(path))
            self.menu.addAction(action)
        if not choices:
            none = self.menu.addAction(self.tr("None yet: download one in Manage models…"))
            none.setEnabled(False)
        self._add_cached(placement, memory, active)
        self.menu.addSeparator()
        for text, name, signal in (
            (self.tr("Manage models…"), "sliders", self.manage_requested),
            (self.tr("Load a model folder…"), "folder", self.folder_requested),
            (self.tr("Use a remote endpoint…"), "globe", self.remote_requested),
        ):
            self.menu.addAction(icon(name), text, signal.emit)
        unload = self.menu.addAction(self.tr("Unload model"), self.unload_requested.emit)
        unload.setEnabled(self.service.model_info is not None)

    def _add_cached(self, placement, memory, active: str) -> None:
        """The supported models found complete in the Hugging Face cache and not installed, each loaded where it
        lies when chosen (as a folder is)."""
        cached = list(self.downloads.in_cache.values()) if self.downloads is not None else []
        if not cached:
            return
        header = self.menu.addAction(self.tr("In the Hugging Face cache"))
        header.setEnabled(False)
        for model in cached:
            choice = choice_for(model.repo_id, model.snapshot, model.size_bytes, placement, memory)
            state = self.tr("loaded") if str(model.snapshot) == active and self.service.model_info is not None else ""
            line = " · ".join(part for part in (size_text(model.size_bytes), fit_text(choice, memory), state) if part)
            action = QAction(f"{choice.name}\t{line}", self.menu)
            action.setIcon(icon("warning" if choice.fit == "no" else "model"))
            action.setCheckable(True)
            action.setChecked(bool(state))
            action.setData(str(model.snapshot))
            action.setToolTip(str(model.snapshot))
            action.triggered.connect(lambda checked=False, path=str(model.snapshot): self.load_requested.emit(path))
            self.menu.addAction(action)

    def model_actions(self) -> list[QAction]:
        """The menu's entries for models, installed or in the Hugging Face cache (after :meth:`rebuild_menu`)."""
        return [a for a in self.menu.actions() if a.data()]
