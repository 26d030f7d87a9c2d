"""Giving a local model's memory back when it sits unused (Preferences → Models), as LM Studio's idle unloading
does: a 4B model holds 8 GB of RAM or GPU memory whether or not anyone asks it anything. The next question loads
it again and waits for it (see ``MainWindow._on_composer_send``)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

MINUTE_MS = 60_000


class IdleUnload(QObject):
    """Unloads the model after ``minutes()`` without a question or an answer (0: never), counted from when the
    last answer ended or the model finished loading. ``unloaded(minutes)`` says that it did. A model served
    elsewhere (``is_local()`` False) holds no memory here and is left alone.

    :attr:`reloadable` is the folder of the local model loaded last, while no load has failed since: unloaded
    when idle or by hand, it is the one the next question loads again (a folder that just failed to load is
    not tried again with every question)."""

    unloaded = Signal(int)

    def __init__(
        self,
        service,
        controller,
        minutes: Callable[[], int],
        is_local: Callable[[], bool],
        folder: Callable[[], str],
        parent=None,
    ):
        super().__init__(parent)
        self._service = service
        self._controller = controller
        self._minutes = minutes
        self._is_local = is_local
        self.reloadable: str | None = None
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._on_idle)
        service.model_loaded.connect(lambda _info: self._on_loaded(folder() if is_local() else None))
        service.model_load_failed.connect(lambda _message: setattr(self, "reloadable", None))
        service.model_unloaded.connect(self.timer.stop)
        controller.busy_changed.connect(lambda busy: self.timer.stop() if busy else self.restart())

    def _on_loaded(self, folder: str | None) -> None:
        self.reloadable = folder
        self.restart()

    def restart(self) -> None:
        """Count the idle time from now (a setting changed in Preferences counts from its change)."""
        minutes = self._minutes()
        if minutes > 0 and self._service.model_info is not None and self._is_local():
            self.timer.start(minutes * MINUTE_MS)
        else:
            self.timer.stop()

    def _on_idle(self) -> None:
        if self._controller.busy or self._service.loading or self._service.model_info is None:
            return  # an answer, or a load, started since: it restarts the count when it ends
        minutes = self._minutes()
        log.info("unloading the model after %d idle minutes", minutes)
        self._service.unload_model()
        self.unloaded.emit(minutes)
