"""Reads what an installed checkpoint is (``desktop-vlm models inspect``: family, template, tokenizer layout,
vocabulary against embedding rows, parameters, stored dtypes, memory, problems) off the UI thread: building a
150,000-token vocabulary and reading every safetensors header takes a moment on a large model. The report
module needs no torch, so the window never imports it through here either."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

log = logging.getLogger(__name__)


class CheckpointInspector(QObject):
    """``inspect(path)`` answers at once from what was read before, or reads the folder on a worker thread;
    ``ready(path, facts, lines)`` brings the ``CheckpointFacts`` and the report's lines (``format_facts``).

    One per application (:meth:`shared`), so a report read once is not read again when the model manager is
    opened again, and a reading still under way outlives the dialog that asked for it.
    """

    ready = Signal(str, object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._done: dict[tuple[str, int], tuple[object, list[str]]] = {}  # (folder, its mtime) -> report
        self._reading: set[tuple[str, int]] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        app = QCoreApplication.instance()
        if app is not None:  # a reading under way must end before the application object goes
            app.aboutToQuit.connect(lambda: self._pool.waitForDone())

    @classmethod
    def shared(cls) -> CheckpointInspector:
        """The application's inspector (made on first use, owned by the application object)."""
        app = QCoreApplication.instance()
        found = app.findChild(cls, "CheckpointInspector") if app is not None else None
        if found is None:
            found = cls(app)
            found.setObjectName("CheckpointInspector")
        return found

    def inspect(self, path: str | Path) -> tuple[object, list[str]] | None:
        """The report of the folder ``path`` if it was read since the folder last changed; else None, and
        ``ready`` follows once it has been read."""
        key = _key(path)
        if key in self._done:
            return self._done[key]
        if key not in self._reading:
            self._reading.add(key)
            self._pool.start(lambda: self._read(key))
        return None

    def wait(self, msecs: int = -1) -> bool:
        """Block until the readings under way are done (tests)."""
        return self._pool.waitForDone(msecs)

    def _read(self, key: tuple[str, int]) -> None:  # on the worker thread
        from ..runtime.checkpoint_facts import format_facts, inspect_checkpoint

        try:
            facts = inspect_checkpoint(key[0])
            lines = format_facts(facts)
        except Exception as err:  # a folder that vanished meanwhile, or a bug: say so in the card, never crash
            log.warning("inspecting %s failed: %s", key[0], err)
            facts, lines = None, [f"could not read {key[0]}: {type(err).__name__}: {err}"]
        self._done[key] = (facts, lines)
        self._reading.discard(key)
        self.ready.emit(key[0], facts, lines)


def _key(path: str | Path) -> tuple[str, int]:
    """The folder and its modification time: a folder whose files were replaced is read again."""
    folder = str(Path(path).expanduser())
    try:
        return folder, Path(folder).stat().st_mtime_ns
    except OSError:
        return folder, 0
