"""DownloadService: the model manager's side of the hub, on the app's asyncio (qasync) loop.

Downloads run as asyncio tasks awaiting :meth:`Puller.pull_async` (the work itself happens on worker
threads); progress comes back as Qt signals, so widgets never touch the hub directly.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from ..config.settings import HubSettings
from ..core.errors import DesktopVlmError
from ..hub import DownloadCancelled, DownloadControl, DownloadProgress, ModelStore, Puller, TokenStore
from ..hub.cached_models import CachedModel, cached_models, not_installed


class DownloadService(QObject):
    """Signals: ``progress(DownloadProgress)``, ``finished(model_id, path)``, ``failed(model_id, message,
    hint)``, ``stopped(model_id, state)`` ("paused" | "cancelled"), ``store_changed()``, ``imported(model_id,
    message, hint)`` (see :meth:`import_in_background`), ``found_in_cache(list of CachedModel)`` (see
    :meth:`look_in_cache`).

    Every signal goes out after the service's own state says the same thing (a handler asking
    :meth:`is_downloading` from ``failed`` hears False), and the last failure of each model is kept in
    :attr:`failures` until it is tried again, so a list can say "failed — retry" with the reason.
    """

    progress = Signal(object)
    finished = Signal(str, str)
    failed = Signal(str, str, str)
    stopped = Signal(str, str)
    store_changed = Signal()
    imported = Signal(str, str, str)
    found_in_cache = Signal(object)

    def __init__(
        self,
        store: ModelStore,
        settings: HubSettings,
        tokens: TokenStore,
        parent: QObject | None = None,
        default_root: Path | None = None,
        hugging_face_cache: Path | None = None,
    ):
        """``default_root``: the model folder used while ``settings.models_dir`` is empty;
        ``hugging_face_cache``: where Hugging Face's tools keep models (``AppPaths.hugging_face_cache``)."""
        super().__init__(parent)
        self.store, self.settings, self.tokens = store, settings, tokens
        self.hugging_face_cache = hugging_face_cache
        self.in_cache: dict[str, CachedModel] = {}  # repository id, lower case -> its model in the Hugging Face cache
        self.default_root = default_root if default_root is not None else store.root
        self._controls: dict[str, DownloadControl] = {}
        self.failures: dict[str, tuple[str, str]] = {}  # model id -> (message, hint) of its last failed download
        self.latest: dict[str, DownloadProgress] = {}  # model id -> its running download's last progress event
        self.imported.connect(self._on_imported)
        self.found_in_cache.connect(self._on_found_in_cache)

    def installed(self):
        return self.store.installed()

    def is_downloading(self, model_id: str) -> bool:
        return model_id in self._controls

    def partial_bytes(self) -> dict[str, tuple[int, int]]:
        """Model id -> (bytes on disk, total bytes or 0) of each download paused or cut off, not running."""
        partial = self.store.partial_downloads()
        return {p.model_id: (p.bytes_on_disk, p.total_bytes) for p in partial if p.model_id not in self._controls}

    def start(self, model_id: str) -> None:
        """Start (or resume) a download as a task on the running event loop."""
        asyncio.ensure_future(self.pull(model_id))

    async def pull(self, model_id: str) -> Path | None:
        if model_id in self._controls:
            return None
        control = self._controls[model_id] = DownloadControl()
        self.failures.pop(model_id, None)
        puller = Puller(self.store, self.settings, self.tokens.get())
        try:
            path = await puller.pull_async(model_id, control=control, on_progress=self._on_progress)
        except DownloadCancelled:
            self._forget(model_id)
            self.stopped.emit(model_id, "cancelled" if control.cancelled else "paused")
            return None
        except DesktopVlmError as err:
            self._forget(model_id)
            self.failures[model_id] = (err.user_message, err.hint or "")
            self.failed.emit(model_id, err.user_message, err.hint or "")
            return None
        except BaseException:
            self._forget(model_id)
            raise
        self._forget(model_id)
        self._forget_installed_from_cache()
        self.finished.emit(model_id, str(path))
        self.store_changed.emit()
        return path

    def _on_progress(self, progress: DownloadProgress) -> None:
        self.latest[progress.model_id] = progress
        self.progress.emit(progress)

    def _forget(self, model_id: str) -> None:
        self._controls.pop(model_id, None)
        self.latest.pop(model_id, None)

    def pause(self, model_id: str) -> None:
        if model_id in self._controls:
            self._controls[model_id].pause()

    def cancel(self, model_id: str) -> None:
        """Stop a running download and drop its bytes, or drop a paused one's bytes."""
        if model_id in self._controls:
            self._controls[model_id].cancel()
            return
        try:
            self.store.discard_staging(model_id)
        except DesktopVlmError as err:  # e.g. the CLI is downloading the same model right now
            self.failed.emit(model_id, err.user_message, err.hint or "")
            return
        self.stopped.emit(model_id, "cancelled")

    def remove(self, model_id: str) -> None:
        self.store.remove(model_id)
        self.store_changed.emit()

    def verify(self, model_id: str) -> list[str]:
        return [str(problem) for problem in self.store.verify(model_id)]

    def import_folder(self, path: Path, copy: bool):
        """Add a checkpoint folder (copied into the store, or used where it is) and return it installed."""
        model = self.store.import_folder(path, copy=copy)
        self._forget_installed_from_cache()
        self.store_changed.emit()
        return model

    def import_in_background(self, path: Path, copy: bool) -> None:
        """:meth:`import_folder` on a pool thread (copying gigabytes must not freeze the window); ends with
        ``imported(model_id, "", "")``, or ``imported("", message, hint)`` when the folder cannot be used."""

        def work() -> None:
            try:
                model = self.store.import_folder(path, copy=copy)
            except DesktopVlmError as err:
                self.imported.emit("", err.user_message, err.hint or "")
            except OSError as err:
                self.imported.emit("", self.tr("Could not import %s: %s.") % (path.name, err.strerror or err), "")
            else:
                self.imported.emit(model.model_id, "", "")

        QThreadPool.globalInstance().start(work)

    def look_in_cache(self) -> None:
        """Look for supported models in the Hugging Face cache that the store does not hold, on a pool thread
        (a cache of many repositories is many folders to read); ends with ``found_in_cache(models)``."""
        cache = self.hugging_face_cache
        if cache is None:
            return

        def work() -> None:
            self.found_in_cache.emit(not_installed(cached_models(cache), self.store.installed()))

        QThreadPool.globalInstance().start(work)

    def _on_found_in_cache(self, found: list[CachedModel]) -> None:
        self.in_cache = {model.repo_id.lower(): model for model in found}

    def _forget_installed_from_cache(self) -> None:
        """Drop the cached models the store now holds (imported from the cache, or downloaded)."""
        left = not_installed(list(self.in_cache.values()), self.store.installed())
        self.in_cache = {model.repo_id.lower(): model for model in left}

    def cached(self, model_id: str) -> CachedModel | None:
        """``model_id``'s complete copy in the Hugging Face cache, not in the store, as last looked for."""
        return self.in_cache.get(model_id.lower())

    def _on_imported(self, model_id: str, _message: str, _hint: str) -> None:
        if model_id:
            self._forget_installed_from_cache()
            self.store_changed.emit()

    def apply_settings(self, settings: HubSettings, token: str | None = None) -> None:
        """Use ``settings`` from now on (an empty endpoint keeps the current one); a new token is kept in the
        keyring. A changed model folder takes effect at once unless a download is running (then at the next
        start), and its models are listed from then on."""
        root = Path(settings.models_dir) if settings.models_dir else self.default_root
        if root != self.store.root and not self._controls:
            self.store = ModelStore(root)
            self.store_changed.emit()
        self.settings = replace(
            settings, endpoint=settings.endpoint.strip() or self.settings.endpoint, proxy=settings.proxy.strip()
        )
        if token:
            self.tokens.set(token)

    def update_settings(self, endpoint: str, proxy: str, token: str | None) -> None:
        self.settings = replace(self.settings, endpoint=endpoint.strip() or self.settings.endpoint, proxy=proxy.strip())
        if token:
            self.tokens.set(token)
