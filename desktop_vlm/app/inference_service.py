"""InferenceService: the one thread that owns the model.

The worker is a thin adapter: it calls the runtime's plain functions with a
:class:`~desktop_vlm.runtime.api.CancelToken` and turns their callbacks into signals. Model work is
serialised on one QThread; results come back only by signal. The runtime factory is
injectable so UI tests use :class:`~desktop_vlm.runtime.fake.FakeRuntime`; the production factory imports
torch inside the worker, on the model thread, never on the UI start-up path.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from ..core.errors import DesktopVlmError, InsufficientMemoryError, LoadCancelled
from ..core.types import GenerationResult
from ..runtime.api import PLACE_SLICE_BYTES, CancelToken, ChatRequest, Runtime

log = logging.getLogger(__name__)
RuntimeFactory = Callable[[str, str, str, Callable[[str], None]], Runtime]
CHUNK_INTERVAL_S = 0.03  # coalesce streamed text: at most ~33 UI updates per second
# How far a prompt is goes out only for a prompt still unanswered this long (a GPU answers before it, and the
# bubble would flicker), then at most every PROGRESS_INTERVAL_S, and always when a stage is done.
PROGRESS_AFTER_S = 0.5
PROGRESS_INTERVAL_S = 0.25
NOT_SENT = "not_sent"  # the finish reason of a question stopped while it waited for its model


def load_local_runtime(
    path: str, device: str, dtype: str, on_progress: Callable[[str], None], quantize: str = "none"
) -> Runtime:
    """The production factory: a local checkpoint through :func:`desktop_vlm.runtime.load_runtime`."""
    from ..runtime import load_runtime  # imports torch: runs on the model thread

    return load_runtime(
        path,
        device=device,
        dtype=dtype,
        quantize=None if quantize == "none" else quantize,
        on_progress=on_progress,
        place_later=True,  # the model thread places the rest while the person writes (_Worker.place_weights)
    )


def import_local_runtime() -> None:
    """What the production factory runs on first use (torch, transformers' modelling code), imported ahead."""
    from ..runtime.model_code import import_model_code  # imports torch: runs on the model thread

    import_model_code()


def connect_remote_runtime(url: str, model: str, key: str | None) -> Runtime:
    from ..remote.client import RemoteRuntime  # standard library only: no torch

    return RemoteRuntime(url, model, api_key=key)


class _Worker(QObject):
    """Lives on the model thread. Signal payloads are documented on InferenceService."""

    loading = Signal(str)
    loaded = Signal(object)
    load_failed = Signal(str, bool)  # message, whether the model from before is still loaded
    load_cancelled = Signal()  # a load no longer wanted stopped part-way; no model is loaded
    fits_quantised = Signal(str, str)  # folder, weights: a load refused for memory would fit with them
    unloaded = Signal()
    started = Signal()
    chunk_ready = Signal(str)
    prompt_progress = Signal(str, float)  # stage, fraction done (runtime.api.ProgressCallback)
    finished = Signal(object)
    failed = Signal(str, str)
    notice = Signal(str)

    def __init__(self, factory: RuntimeFactory, import_code: Callable[[], None]):
        super().__init__()
        self._factory = factory
        self._import_code = import_code
        self.runtime: Runtime | None = None

    @Slot()
    def import_code(self) -> None:
        started = time.perf_counter()
        try:
            self._import_code()
        except Exception:  # nothing asked for it: a load that needs the code reports what is wrong in its words
            log.exception("importing the model code ahead of a load failed")
            return
        log.info("imported the model code ahead of a load in %.1f s", time.perf_counter() - started)

    @Slot(str, str, str, str, object)
    def load(self, path: str, device: str, dtype: str, quantize: str, cancel: CancelToken) -> None:
        self._close()
        # factories written for 16-bit weights (tests, the screenshot script) take four arguments
        extra = {} if quantize == "none" else {"quantize": quantize}

        def progress(step: str) -> None:  # the loader reports between phases and every percent of the weights
            if cancel.cancelled:
                raise LoadCancelled()
            self.loading.emit(step)

        try:
            if cancel.cancelled:  # superseded while it waited in the queue
                raise LoadCancelled()
            self.runtime = self._factory(path, device, dtype, progress, **extra)
        except LoadCancelled:
            log.info("loading %s stopped: no longer wanted", path)
            self.runtime = None
            self.load_cancelled.emit()
            return
        except DesktopVlmError as err:
            log.warning("loading %s failed: %s", path, err)
            if isinstance(err, InsufficientMemoryError) and err.fits_with:
                self.fits_quantised.emit(path, err.fits_with)
            self.load_failed.emit(str(err), False)
            return
        except Exception as err:  # a bug or a library failure: say so instead of dying silently
            log.exception("loading %s failed unexpectedly", path)
            self.load_failed.emit(self.tr("Loading failed unexpectedly: %s: %s") % (type(err).__name__, err), False)
            return
        log.info("loaded %s on %s/%s", path, self.runtime.info.device, self.runtime.info.dtype)
        self.loaded.emit(self.runtime.info)
        self.place_weights(self.runtime)

    def place_weights(self, runtime: Runtime) -> None:
        """Place a slice of the weights ``runtime``'s load left to place, then queue the next slice behind
        whatever was asked meanwhile: a question waits for one slice at most (and the runtime places the rest
        before it answers). Stops once ``runtime`` is closed or replaced."""
        if self.runtime is runtime and not runtime.place_weights(PLACE_SLICE_BYTES):
            QTimer.singleShot(0, self, lambda: self.place_weights(runtime))

    @Slot(str, str, object)
    def load_remote(self, url: str, model: str, key) -> None:
        try:  # first, so a mistyped URL leaves the model in use in place
            remote = connect_remote_runtime(url, model, key)
        except DesktopVlmError as err:
            self.load_failed.emit(str(err), self.runtime is not None)
            return
        self._close()
        self.runtime = remote
        log.info("using the remote model %s at %s", model, url)
        self.loaded.emit(self.runtime.info)

    @Slot()
    def unload(self) -> None:
        self._close()
        self.unloaded.emit()

    def _close(self) -> None:
        if self.runtime is not None:
            self.runtime.close()
            self.runtime = None
            import gc

            gc.collect()  # drop the last references to the weights now, not at some later collection

    @Slot(object, object)
    def generate(self, request: ChatRequest | Callable[[Runtime], ChatRequest], cancel: CancelToken) -> None:
        """``request`` is a ChatRequest, or a function of the loaded runtime returning one (built here, off the UI
        thread, where the runtime may count its tokens)."""
        if self.runtime is None:
            self.failed.emit(self.tr("No model is loaded."), self.tr("Choose a model in Models → Manage models."))
            return
        from ..runtime.context import fit_to_context

        self.started.emit()
        try:
            if callable(request):
                request = request(self.runtime)
            request, dropped = fit_to_context(self.runtime, request)
        except DesktopVlmError as err:
            self.failed.emit(err.user_message, err.hint or "")
            return
        if dropped == 1:
            self.notice.emit(
                self.tr(
                    "This conversation is longer than the model's context: its oldest turn was left out of this answer."
                )
            )
        elif dropped:
            self.notice.emit(
                self.tr(
                    "This conversation is longer than the model's context: its oldest %s turns were left out of this answer."
                )
                % dropped
            )
        pending: list[str] = []
        last = 0.0  # the first text goes out at once; later text at most every CHUNK_INTERVAL_S

        def on_text(chunk: str) -> None:
            nonlocal last
            pending.append(chunk)
            now = time.monotonic()
            if now - last >= CHUNK_INTERVAL_S:
                self.chunk_ready.emit("".join(pending))
                pending.clear()
                last = now

        began = time.monotonic()
        reported = 0.0

        def on_progress(stage: str, fraction: float) -> None:
            nonlocal reported
            now = time.monotonic()
            due = fraction >= 1.0 or now - reported >= PROGRESS_INTERVAL_S
            if now - began >= PROGRESS_AFTER_S and due:
                self.prompt_progress.emit(stage, fraction)
                reported = now

        try:
            result = self.runtime.generate(request, on_text=on_text, cancel=cancel, on_progress=on_progress)
        except DesktopVlmError as err:
            if pending:
                self.chunk_ready.emit("".join(pending))
            self.failed.emit(err.user_message, err.hint or "")
            return
        except Exception as err:
            log.exception("generation failed unexpectedly")
            self.failed.emit(self.tr("Generation failed unexpectedly: %s: %s") % (type(err).__name__, err), "")
            return
        if pending:
            self.chunk_ready.emit("".join(pending))
        self.finished.emit(result)


class InferenceService(QObject):
    """Owns the model thread. Signals (all delivered on the UI thread):

    - ``model_loading(str)`` (also sent as ``progressed(str)``): a progress message while loading;
    - ``model_loaded(ModelInfo)`` / ``model_load_failed(str)`` / ``model_unloaded()`` (also when a load
      was stopped part-way and no other load follows);
    - ``model_fits_quantised(folder, weights)``: sent just before ``model_load_failed`` when the load was
      refused for lack of memory and would fit with these quantised weights ("int8" / "int4");
    - ``started()``: a generation began; ``chunk_ready(str)``: more answer text, coalesced so the UI
      thread gets at most one update per ``CHUNK_INTERVAL_S``;
    - ``prompt_progress(stage, fraction)``: before the first text, how far the prompt's computation is (a
      :data:`~desktop_vlm.runtime.api.ProgressCallback` report), once it has taken ``PROGRESS_AFTER_S``, at
      most every ``PROGRESS_INTERVAL_S`` and whenever a stage is done;
    - ``finished(GenerationResult)``: done, stopped (``finish_reason == "cancelled"``) or cut at the limit;
    - ``cancelled()``: sent right after ``finished`` when the answer ended because of Stop;
    - ``failed(message, hint)``: a user-facing error; the model stays loaded and usable;
    - ``notice(str)``: information for the person (e.g. old turns left out to fit the context);
    - ``waiting(bool)``: True when a question was asked while a model loads and waits for it; False when it
      went out, was stopped, or the load failed (then ``failed`` says so).

    A question asked while a model loads is held here, not refused: it goes to the model thread once
    ``model_loaded`` arrives. Stop drops it: ``finished`` with ``finish_reason == "not_sent"``, no text and no
    timings (nothing was computed), then ``cancelled``.
    """

    model_loading = Signal(str)
    progressed = Signal(str)
    model_loaded = Signal(object)
    model_load_failed = Signal(str)
    model_fits_quantised = Signal(str, str)
    model_unloaded = Signal()
    started = Signal()
    chunk_ready = Signal(str)
    prompt_progress = Signal(str, float)
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(str, str)
    notice = Signal(str)
    waiting = Signal(bool)

    _load_requested = Signal(str, str, str, str, object)
    _remote_requested = Signal(str, str, object)
    _unload_requested = Signal()
    _import_requested = Signal()
    _generate_requested = Signal(object, object)

    def __init__(
        self,
        factory: RuntimeFactory = load_local_runtime,
        parent: QObject | None = None,
        import_code: Callable[[], None] = import_local_runtime,
    ):
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("model-thread")
        self._worker = _Worker(factory, import_code)
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._load_requested.connect(self._worker.load)
        self._remote_requested.connect(self._worker.load_remote)
        self._unload_requested.connect(self._worker.unload)
        self._import_requested.connect(self._worker.import_code)
        self._generate_requested.connect(self._worker.generate)
        w = self._worker
        w.loading.connect(self.model_loading)
        w.loading.connect(self.progressed)
        w.loaded.connect(self._on_worker_loaded)
        w.fits_quantised.connect(self.model_fits_quantised)
        w.load_failed.connect(self._on_worker_load_failed)
        w.load_cancelled.connect(self._on_worker_load_cancelled)
        w.unloaded.connect(self._on_worker_unloaded)
        w.started.connect(self.started)
        w.chunk_ready.connect(self.chunk_ready)
        w.prompt_progress.connect(self.prompt_progress)
        w.notice.connect(self.notice)
        w.finished.connect(self._on_worker_finished)
        w.failed.connect(self._on_worker_failed)
        self._cancel: CancelToken | None = None
        self._load_cancel = CancelToken()  # the latest local load's: a newer load or the shutdown cancels it
        self._loads_pending = 0  # load / remote requests not yet answered by the model thread
        self._waiting_request = None  # a question asked while a model loads
        self.model_info = None
        self._code_asked = False
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    @property
    def loading(self) -> bool:
        """Whether a model (local or remote) is being loaded or is about to be."""
        return self._loads_pending > 0

    def load_model(
        self, path: str, device: str = "auto", dtype: str = "auto", quantize: str = "none", after_ms: int = 0
    ) -> None:
        """Load ``path`` on the model thread (closing the current model first, so its memory is freed).

        ``quantize`` is "none", "int8" or "int4" (weight-only, language model). Ends with ``model_loaded``
        or ``model_load_failed``; ``progressed`` reports the steps in between. ``after_ms``: start that much
        later (the start-up reload lets the window paint first, since importing torch holds the GIL), while
        :attr:`loading` is True at once, so a question asked meanwhile waits instead of being refused. A load
        still running stops at its next progress report (between two tensors of the weights): the new model
        replaces it anyway.
        """
        self._load_cancel.cancel()
        cancel = self._load_cancel = CancelToken()
        self._request_load(after_ms, lambda: self._load_requested.emit(path, device, dtype, quantize, cancel))

    def use_remote(
        self, url: str, model: str, key: str | Callable[[], str | None] | None = None, after_ms: int = 0
    ) -> None:
        """Answer with a model served elsewhere (an OpenAI-compatible endpoint) instead of a local one.
        ``key``: the API key, or a function returning it, called when the connection starts. A local load still
        running stops at its next progress report."""
        self._load_cancel.cancel()
        self._request_load(after_ms, lambda: self._remote_requested.emit(url, model, key() if callable(key) else key))

    def _request_load(self, after_ms: int, emit: Callable[[], None]) -> None:
        self._loads_pending += 1
        if after_ms > 0:
            QTimer.singleShot(after_ms, self, emit)
        else:
            emit()

    def import_model_code(self, after_ms: int = 0) -> None:
        """Import a local load's code (torch, transformers' modelling modules: seconds on a laptop's CPU) on the
        model thread ``after_ms`` from now, once per session, so that the first local model chosen loads
        without it. Queued like a load: a load asked for meanwhile starts when the imports end, as it would
        have imported the same itself."""
        if self._code_asked:
            return
        self._code_asked = True
        if after_ms > 0:
            QTimer.singleShot(after_ms, self, self._import_requested.emit)
        else:
            self._import_requested.emit()

    def unload_model(self) -> None:
        self._unload_requested.emit()

    def generate(self, request: ChatRequest | Callable[[Runtime], ChatRequest]) -> None:
        """Answer ``request`` on the model thread; while a model loads it waits for it (``waiting(True)``)."""
        self._cancel = CancelToken()
        if self.loading:
            self._waiting_request = request
            self.waiting.emit(True)
            return
        self._generate_requested.emit(request, self._cancel)

    def stop(self) -> None:
        """Ask the running answer to stop; it ends with ``finished`` (finish_reason ``cancelled``). A question
        still waiting for its model is dropped without reaching the model (finish_reason ``not_sent``)."""
        if self._waiting_request is not None:
            self._waiting_request = None
            self._cancel = None
            self.waiting.emit(False)
            self.finished.emit(GenerationResult("", [], [], NOT_SENT))
            self.cancelled.emit()
            return
        if self._cancel is not None:
            self._cancel.cancel()

    def shutdown(self) -> None:
        self.stop()
        self._load_cancel.cancel()  # a load under way stops between two tensors instead of outliving the app
        self._thread.quit()
        self._thread.wait(10_000)

    def _on_worker_loaded(self, info) -> None:
        self._loads_pending = max(0, self._loads_pending - 1)
        self.model_info = info
        self.model_loaded.emit(info)
        if self._waiting_request is not None and not self.loading:
            request, self._waiting_request = self._waiting_request, None
            self.waiting.emit(False)
            self._generate_requested.emit(request, self._cancel)

    def _on_worker_load_failed(self, message: str, still_loaded: bool) -> None:
        self._loads_pending = max(0, self._loads_pending - 1)
        if not still_loaded:  # a local load closes the model before it starts: none is left
            self.model_info = None
        self.model_load_failed.emit(message)
        if self._waiting_request is not None and not self.loading:
            self._drop_waiting(message)

    def _on_worker_load_cancelled(self) -> None:
        self._loads_pending = max(0, self._loads_pending - 1)
        self.model_info = None
        if not self.loading:  # else the load that replaced it is on its way and says so itself
            self.model_unloaded.emit()
            if self._waiting_request is not None:
                self._drop_waiting(self.tr("Loading the model was stopped."))

    def _on_worker_unloaded(self) -> None:
        self.model_info = None
        self.model_unloaded.emit()
        if self._waiting_request is not None and not self.loading:
            self._drop_waiting(self.tr("The model was unloaded."))

    def _drop_waiting(self, reason: str) -> None:
        """The model a question waited for did not come: say so through ``failed``."""
        self._waiting_request = None
        self._cancel = None
        self.waiting.emit(False)
        self.failed.emit(self.tr("The question was not sent: the model could not be loaded."), reason)

    def _on_worker_finished(self, result) -> None:
        self._cancel = None
        self.finished.emit(result)
        if result.finish_reason == "cancelled":
            self.cancelled.emit()

    def _on_worker_failed(self, message: str, hint: str) -> None:
        self._cancel = None
        self.failed.emit(message, hint)
