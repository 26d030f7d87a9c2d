"""The status bar: model, device and precision, memory, the last answer's speed, a busy bar while loading.

It observes the :class:`~desktop_vlm.app.inference_service.InferenceService`: the view listens; the service
knows nothing of it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from ..app.memory import memory_usage
from .chat_view import stats_text
from .load_progress import reset_load_bar, show_load_report
from .model_choices import runs_as

MEMORY_REFRESH_MS = 2000


class ModelStatusView(QObject):
    """Labels in ``bar``: ``model_label``, ``device_label``, ``memory_label``, ``speed_label``; and
    ``load_progress``, shown while a model loads (filling up for a counted step, busy otherwise)."""

    def __init__(self, bar: QStatusBar, service):
        super().__init__(bar)
        self.model_label, self.device_label, self.memory_label, self.speed_label = (QLabel(bar) for _ in range(4))
        for label in (self.model_label, self.device_label, self.memory_label, self.speed_label):
            bar.addPermanentWidget(label)
        self.model_label.setText(self.tr("No model loaded"))
        self.load_progress = QProgressBar(bar)
        self.load_progress.setRange(0, 0)
        self.load_progress.setMaximumWidth(120)
        self.load_progress.setAccessibleName(self.tr("Loading the model"))
        self.load_progress.hide()
        bar.insertPermanentWidget(0, self.load_progress)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.update_memory)
        self._timer.start(MEMORY_REFRESH_MS)
        self.update_memory()
        self.service = service
        self._requested_name = self._loaded_name = ""  # the names people know the models by
        service.model_loading.connect(self._on_model_loading)
        service.model_loaded.connect(self._on_model_loaded)
        service.model_load_failed.connect(self._on_model_load_failed)
        service.model_unloaded.connect(self._on_model_unloaded)

    def show_loading(self, name: str) -> None:
        """Called as a load of the model called ``name`` is requested, before the model thread reports
        anything; the name is kept for when it has loaded (the runtime knows only its folder's name)."""
        self._requested_name = name
        reset_load_bar(self.load_progress)
        self.model_label.setText(self.tr("Loading %s…") % name)

    def show_stats(self, stats: dict | None) -> None:
        self.speed_label.setText(stats_text(stats))

    def update_memory(self) -> None:
        self.memory_label.setText(memory_usage().text())

    def _on_model_loading(self, report: str) -> None:
        self.model_label.setText(self.tr("Loading: %s…") % show_load_report(report, self.load_progress))

    def _on_model_loaded(self, info) -> None:
        self.load_progress.hide()
        self._loaded_name, self._requested_name = self._requested_name or info.name, ""
        self.model_label.setText(self._loaded_name)
        self.device_label.setText(runs_as(info))
        self.update_memory()

    def _on_model_load_failed(self, _message: str) -> None:
        self.load_progress.hide()
        self._requested_name = ""
        info = self.service.model_info  # a remote that could not be used leaves the model before in place
        if info is None:
            self._loaded_name = ""
            self.device_label.setText("")
        self.model_label.setText(self._loaded_name or info.name if info is not None else self.tr("No model loaded"))

    def _on_model_unloaded(self) -> None:
        self._loaded_name = self._requested_name = ""
        self.load_progress.hide()
        self.model_label.setText(self.tr("No model loaded"))
        self.device_label.setText("")
        self.update_memory()
