"""The model worker: one thread owns the runtime and answers requests one at a time.

HTTP threads never touch the runtime (it is not thread-safe, and a GPU runs one generation well
rather than several badly). They submit a :class:`Job` and wait on its events. A request first asks
for one of ``max_queue`` places (:meth:`ModelWorker.admit`): with none free it is refused at once (429),
before its images are decoded, instead of piling up past any timeout. The place is held while the
request's images are decoded and while it waits, and given back when the model starts on it.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..core.errors import DesktopVlmError, GenerationCancelled
from ..runtime.api import CancelToken, ChatRequest
from .protocol import ApiError

log = logging.getLogger(__name__)

_STOP = object()


@dataclass
class Job:
    """One request in flight. ``on_text`` runs on the worker thread; ``done`` fires at the end with
    ``result`` or ``error`` set. The HTTP thread cancels through ``cancel``."""

    request: ChatRequest
    on_text: Callable[[str], None] | None = None
    cancel: CancelToken = field(default_factory=CancelToken)
    started: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    result: Any = None
    error: BaseException | None = None


class ModelWorker:
    """Loads the runtime on its own thread, then serves jobs from a queue of ``max_queue`` waiting jobs.

    Parameters
    ----------
    load : callable
        Returns the runtime; called on the worker thread so the server answers 503 while loading.
    max_queue : int
        Requests that may wait (being prepared or queued) behind the running one before new ones get 429;
        at least 1.
    """

    def __init__(self, load: Callable[[], Any], max_queue: int = 4) -> None:
        if max_queue < 1:
            raise ValueError(f"max_queue must be at least 1, got {max_queue}")
        self._load = load
        self._places = threading.BoundedSemaphore(max_queue)
        self._queue: queue.Queue = queue.Queue()  # bounded by the places: every job in it holds one
        self._thread = threading.Thread(target=self._run, name="model-worker", daemon=True)
        self._lock = threading.Lock()
        self._current: Job | None = None
        self.state = "loading"  # loading | ready | failed | stopping
        self.load_error: str | None = None
        self.runtime: Any = None
        self.ready = threading.Event()  # set when loading ended, either way

    def start(self) -> ModelWorker:
        self._thread.start()
        return self

    def queue_depth(self) -> int:
        """Jobs waiting (not counting the running one)."""
        return self._queue.qsize()

    def check_ready(self) -> None:
        """:class:`ApiError` 503 (with Retry-After while loading) unless the worker is serving."""
        if self.state != "ready":
            reason = {"loading": "The model is still loading.", "stopping": "The server is shutting down."}.get(
                self.state, f"The model failed to load: {self.load_error}"
            )
            raise ApiError(503, reason, "model_not_ready", retry_after=5 if self.state == "loading" else None)

    def admit(self) -> Admission:
        """A place in the queue for one request (use it as a context manager; see :class:`Admission`).

        Raises
        ------
        ApiError
            503 when not serving, 429 when every place is taken.
        """
        self.check_ready()
        if not self._places.acquire(blocking=False):
            raise ApiError(429, "The model is busy; too many requests are waiting.", "queue_full", retry_after=2)
        return Admission(self)

    def submit(self, request: ChatRequest, on_text: Callable[[str], None] | None = None) -> Job:
        """Admit and queue ``request`` at once; :class:`ApiError` 503 when not serving, 429 when full."""
        with self.admit() as admission:
            return admission.submit(request, on_text)

    def _enqueue(self, job: Job) -> None:
        self.check_ready()  # shutting down since the place was given: the caller releases it
        self._queue.put(job)

    def _run(self) -> None:
        try:
            self.runtime = self._load()
            self.state = "ready" if self.state == "loading" else self.state
        except Exception as err:  # noqa: BLE001 - reported to every client as 503
            self.load_error = str(err)
            self.state = "failed"
            log.error("model failed to load: %s", err)
        finally:
            self.ready.set()
        while True:
            job = self._queue.get()
            if job is _STOP:
                break
            self._places.release()  # running, no longer waiting
            with self._lock:
                self._current = job
            self._serve(job)
            with self._lock:
                self._current = None
        self._cancel_waiting()  # jobs that slipped in while the server was stopping
        if self.runtime is not None:
            self.runtime.close()

    def _serve(self, job: Job) -> None:
        job.started.set()
        try:
            if job.cancel.cancelled or self.state == "stopping":
                raise GenerationCancelled()  # the client left while waiting in the queue
            job.result = self.runtime.generate(job.request, on_text=job.on_text, cancel=job.cancel)
        except GenerationCancelled as err:
            job.error = err
        except DesktopVlmError as err:
            job.error = err
        except Exception as err:  # noqa: BLE001 - one broken request must not kill the worker
            log.exception("generation failed")
            job.error = err
        finally:
            job.done.set()

    def shutdown(self, timeout: float = 10.0) -> None:
        """Refuse new jobs, cancel queued and running ones, stop the thread, close the runtime."""
        self.state = "stopping"
        with self._lock:
            if self._current is not None:
                self._current.cancel.cancel()
        self._cancel_waiting()
        self._queue.put(_STOP)
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _cancel_waiting(self) -> None:
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                return
            if job is not _STOP:
                self._places.release()
                job.cancel.cancel()
                job.error = GenerationCancelled()
                job.done.set()


class Admission:
    """A place in the worker's queue, from :meth:`ModelWorker.admit` until the model starts the job.

    Used as ``with worker.admit() as admission: … admission.submit(request)``; leaving the block without
    submitting (the request's images could not be decoded, say) gives the place back.
    """

    def __init__(self, worker: ModelWorker) -> None:
        self._worker = worker
        self._held = True

    def submit(self, request: ChatRequest, on_text: Callable[[str], None] | None = None) -> Job:
        """Queue ``request`` in this place; from now on the worker gives the place back."""
        job = Job(request, on_text)
        self._worker._enqueue(job)
        self._held = False
        return job

    def __enter__(self) -> Admission:
        return self

    def __exit__(self, *exc) -> None:
        if self._held:
            self._held = False
            self._worker._places.release()
