"""InferenceService: one model thread, serialised work, results only by signal, coalesced chunks, Stop."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from desktop_vlm.app.inference_service import InferenceService
from desktop_vlm.core.errors import CheckpointError, DeviceOutOfMemoryError
from desktop_vlm.core.messages import Message
from desktop_vlm.runtime.api import ChatRequest
from desktop_vlm.runtime.fake import FakeRuntime


def _service(qtbot, runtime):
    service = InferenceService(lambda *_a: runtime)
    with qtbot.waitSignal(service.model_loaded, timeout=5000):
        service.load_model("fake", "cpu", "auto")
    return service


def test_the_model_is_created_on_the_model_thread_and_reports_progress(qtbot):
    calls: list = []

    def factory(path, device, dtype, on_progress):
        calls.append(QThread.currentThread())
        on_progress("weights")
        return FakeRuntime()

    service = InferenceService(factory)
    try:
        progress: list[str] = []
        service.progressed.connect(progress.append)
        with qtbot.waitSignal(service.model_loaded, timeout=5000):
            service.load_model("fake", "cpu", "auto")
        assert calls and calls[0] is not QThread.currentThread()
        assert calls[0] is service._thread  # the one thread the service owns
        assert progress == ["weights"]
        assert service.model_info.name == "fake"
    finally:
        service.shutdown()


def test_a_fast_stream_is_coalesced_and_nothing_is_lost(qtbot):
    runtime = FakeRuntime(" ".join(f"w{i}" for i in range(3000)))
    service = _service(qtbot, runtime)
    try:
        chunks: list[str] = []
        service.chunk_ready.connect(chunks.append)
        with qtbot.waitSignal(service.finished, timeout=10000) as done:
            service.generate(ChatRequest("go", params=runtime_params(4000)))
        result = done.args[0]
        assert "".join(chunks) == result.text and result.text.count("w") == 3000
        assert len(chunks) < 300  # 3,000 tokens at full speed: far fewer UI updates than tokens
    finally:
        service.shutdown()


def runtime_params(max_new_tokens: int):
    from desktop_vlm.core.types import GenerationParams

    return GenerationParams(max_new_tokens=max_new_tokens)


def test_stop_from_the_ui_thread_ends_with_cancelled(qtbot):
    step = threading.Event()
    runtime = FakeRuntime("a b c d e f g h", step_event=step)
    service = _service(qtbot, runtime)
    try:
        with qtbot.waitSignal(service.chunk_ready, timeout=5000):
            service.generate(ChatRequest("go"))
            step.set()
        assert service.busy
        results = []
        service.finished.connect(results.append)
        with qtbot.waitSignal(service.cancelled, timeout=5000):
            service.stop()
            step.set()
        result = results[0]
        assert result.finish_reason == "cancelled" and result.text.startswith("a")
        assert len(result.text.split()) < 8 and not service.busy
    finally:
        service.shutdown()


class _CountingRuntime(FakeRuntime):
    """Records how many generate() calls overlap (must stay at one: model work is serialised)."""

    def __init__(self):
        super().__init__("x y z", delay_s=0.01)
        self.active = 0
        self.most = 0
        self.threads: set = set()

    def generate(self, request, on_text=None, cancel=None, on_progress=None):
        self.active += 1
        self.most = max(self.most, self.active)
        self.threads.add(threading.get_ident())
        try:
            return super().generate(request, on_text, cancel, on_progress)
        finally:
            self.active -= 1


def test_model_work_is_serialised_on_one_thread(qtbot):
    runtime = _CountingRuntime()
    service = _service(qtbot, runtime)
    try:
        results = []
        service.finished.connect(results.append)
        for i in range(3):
            service.generate(ChatRequest(f"question {i}"))
        qtbot.waitUntil(lambda: len(results) == 3, timeout=5000)
        assert runtime.most == 1 and len(runtime.threads) == 1
        assert threading.get_ident() not in runtime.threads
        assert [r.question for r in runtime.requests] == ["question 0", "question 1", "question 2"]
    finally:
        service.shutdown()


def test_an_error_is_a_message_and_the_model_stays_usable(qtbot):
    runtime = FakeRuntime(
        "fine",
        fail_with=DeviceOutOfMemoryError(Message("The GPU ran out of memory."), hint=Message("Use fewer tiles.")),
    )
    service = _service(qtbot, runtime)
    try:
        with qtbot.waitSignal(service.failed, timeout=5000) as failed:
            service.generate(ChatRequest("go"))
        assert failed.args == ["The GPU ran out of memory.", "Use fewer tiles."]
        assert service.model_info is not None and not service.busy
        runtime.fail_with = None
        with qtbot.waitSignal(service.finished, timeout=5000) as done:
            service.generate(ChatRequest("again"))
        assert done.args[0].text == "fine"
    finally:
        service.shutdown()


def test_a_failed_load_and_unload(qtbot):
    def broken(*_a):
        raise CheckpointError(
            Message("This folder is not a model."), hint=Message("Choose the folder with config.json.")
        )

    service = InferenceService(broken)
    try:
        with qtbot.waitSignal(service.model_load_failed, timeout=5000) as failed:
            service.load_model("nowhere", "cpu", "auto")
        assert "not a model" in failed.args[0] and service.model_info is None
    finally:
        service.shutdown()
    runtime = FakeRuntime()
    service = _service(qtbot, runtime)
    try:
        with qtbot.waitSignal(service.model_unloaded, timeout=5000):
            service.unload_model()
        assert runtime.closed and service.model_info is None
        with qtbot.waitSignal(service.failed, timeout=5000) as failed:
            service.generate(ChatRequest("go"))
        assert failed.args[0] == "No model is loaded."
    finally:
        service.shutdown()


def test_quantisation_reaches_the_factory_only_when_asked(qtbot):
    seen = []

    def factory(path, device, dtype, on_progress, **extra):
        seen.append(extra)
        return FakeRuntime()

    service = InferenceService(factory)
    try:
        for quantize in ("none", "int4"):
            with qtbot.waitSignal(service.model_loaded, timeout=5000):
                service.load_model("fake", "cuda", "bfloat16", quantize)
        assert seen == [{}, {"quantize": "int4"}]
    finally:
        service.shutdown()


def _gated_service(gate: threading.Event, runtime, fail: Exception | None = None) -> InferenceService:
    """A service whose model load blocks until ``gate`` is set (then fails with ``fail``, if given)."""

    def factory(*_a):
        gate.wait(10)
        if fail is not None:
            raise fail
        return runtime

    return InferenceService(factory)


def test_a_question_asked_while_the_model_loads_waits_and_then_goes_out(qtbot):
    gate, runtime = threading.Event(), FakeRuntime("ready now")
    service = _gated_service(gate, runtime)
    try:
        service.load_model("fake", "cpu", "auto", after_ms=50)
        assert service.loading  # at once, before the delayed load even starts
        with qtbot.waitSignal(service.waiting, timeout=5000) as waiting:
            service.generate(ChatRequest("asked early"))
        assert waiting.args == [True] and service.busy and runtime.requests == []
        results = []
        service.finished.connect(results.append)
        with qtbot.waitSignals([service.model_loaded, service.finished], timeout=5000, order="strict"):
            gate.set()
        assert results[0].text == "ready now"
        assert [r.question for r in runtime.requests] == ["asked early"] and not service.loading
    finally:
        gate.set()
        service.shutdown()


def test_stop_cancels_a_question_waiting_for_the_model(qtbot):
    gate, runtime = threading.Event(), FakeRuntime("never asked")
    service = _gated_service(gate, runtime)
    try:
        service.load_model("fake", "cpu", "auto")
        service.generate(ChatRequest("asked early"))
        results = []
        service.finished.connect(results.append)
        with qtbot.waitSignals([service.waiting, service.cancelled], timeout=5000):
            service.stop()
        assert results[0].finish_reason == "not_sent" and results[0].text == "" and not service.busy
        with qtbot.waitSignal(service.model_loaded, timeout=5000):
            gate.set()
        qtbot.wait(50)
        assert runtime.requests == []  # the dropped question never reached the model
    finally:
        gate.set()
        service.shutdown()


def test_a_failed_load_tells_the_waiting_question_why(qtbot):
    gate = threading.Event()
    service = _gated_service(gate, FakeRuntime(), CheckpointError(Message("This folder is not a model.")))
    try:
        service.load_model("nowhere", "cpu", "auto")
        service.generate(ChatRequest("asked early"))
        with qtbot.waitSignal(service.failed, timeout=5000) as failed:
            gate.set()
        assert failed.args == [
            "The question was not sent: the model could not be loaded.",
            "This folder is not a model.",
        ]
        assert not service.busy and not service.loading
    finally:
        gate.set()
        service.shutdown()


def test_how_far_a_prompt_is_goes_out_only_once_it_takes_a_while(qtbot, monkeypatch):
    from desktop_vlm.app import inference_service

    runtime = FakeRuntime("done", progress=(("images", 1.0), ("prompt", 0.5), ("prompt", 1.0)))
    service = InferenceService(lambda *a: runtime)
    try:
        with qtbot.waitSignal(service.model_loaded, timeout=5000):
            service.load_model("fake")
        reports: list[tuple[str, float]] = []
        service.prompt_progress.connect(lambda stage, fraction: reports.append((stage, fraction)))
        with qtbot.waitSignal(service.finished, timeout=5000):
            service.generate(ChatRequest("q"))
        assert reports == []  # a prompt computed within PROGRESS_AFTER_S says nothing

        monkeypatch.setattr(inference_service, "PROGRESS_AFTER_S", 0.0)
        monkeypatch.setattr(inference_service, "PROGRESS_INTERVAL_S", 0.0)
        with qtbot.waitSignal(service.finished, timeout=5000):
            service.generate(ChatRequest("q"))
        qtbot.waitUntil(lambda: len(reports) == 3, timeout=5000)
        assert reports == [("images", 1.0), ("prompt", 0.5), ("prompt", 1.0)]

        reports.clear()
        monkeypatch.setattr(inference_service, "PROGRESS_INTERVAL_S", 60.0)
        with qtbot.waitSignal(service.finished, timeout=5000):
            service.generate(ChatRequest("q"))
        qtbot.waitUntil(lambda: len(reports) == 2, timeout=5000)
        assert reports == [("images", 1.0), ("prompt", 1.0)]  # between reports only a stage's end goes out
    finally:
        service.shutdown()


class _SlowLoad:
    """A factory whose load reports a step every 10 ms for ``steps`` steps (as the loader reports every percent of
    the weights), recording which loads started and which ran to the end."""

    def __init__(self, steps: int = 500):
        self.steps, self.started, self.finished = steps, [], []

    def __call__(self, path, device, dtype, progress):
        self.started.append(path)
        for step in range(self.steps):
            progress(f"Loading weights {step}%")
            threading.Event().wait(0.01)
        self.finished.append(path)
        return FakeRuntime(path)


def test_choosing_another_model_stops_the_load_under_way(qtbot):
    factory = _SlowLoad()
    service = InferenceService(factory)
    events: list[str] = []
    service.model_unloaded.connect(lambda: events.append("unloaded"))
    service.model_load_failed.connect(lambda message: events.append(f"failed {message}"))
    try:
        service.load_model("first")
        qtbot.waitUntil(lambda: factory.started == ["first"], timeout=5000)
        factory.steps = 3
        with qtbot.waitSignal(service.model_loaded, timeout=5000) as loaded:
            service.load_model("second")
        assert loaded.args[0].name == "fake" and factory.finished == ["second"]  # the first never finished
        assert service._worker.runtime.answer == "second"
        assert events == []  # no error and no "no model" in between: the second load was on its way
        assert not service.loading
    finally:
        service.shutdown()


def test_closing_the_app_stops_a_load_instead_of_waiting_for_it(qtbot):
    import time

    factory = _SlowLoad(steps=3000)  # 30 s of loading
    service = InferenceService(factory)
    service.load_model("big")
    qtbot.waitUntil(lambda: factory.started == ["big"], timeout=5000)
    began = time.monotonic()
    service.shutdown()
    assert service._thread.isFinished() and time.monotonic() - began < 2.0
    assert factory.finished == []


def test_switching_to_a_remote_model_stops_a_local_load_under_way(qtbot):
    factory = _SlowLoad()
    service = InferenceService(factory)
    try:
        service.load_model("local")
        qtbot.waitUntil(lambda: factory.started == ["local"], timeout=5000)
        with qtbot.waitSignal(service.model_loaded, timeout=5000) as loaded:
            service.use_remote("http://127.0.0.1:9/v1", "served-elsewhere")  # connects at the first question
        assert factory.finished == []  # the local load stopped instead of running its 5 s first
        assert loaded.args[0].name == "served-elsewhere" and not service.loading
    finally:
        service.shutdown()


def test_the_model_code_is_imported_on_the_model_thread_once_and_a_load_asked_meanwhile_follows(qtbot):
    order: list[tuple[str, QThread]] = []
    importing = threading.Event()
    release = threading.Event()

    def import_code():
        order.append(("import", QThread.currentThread()))
        importing.set()
        release.wait(5)

    def factory(path, device, dtype, on_progress):
        order.append(("load", QThread.currentThread()))
        return FakeRuntime()

    service = InferenceService(factory, import_code=import_code)
    try:
        service.import_model_code()
        assert importing.wait(5)
        service.import_model_code()  # asked again (every download progress asks): imported once
        service.load_model("fake", "cpu", "auto")
        assert service.loading
        release.set()
        with qtbot.waitSignal(service.model_loaded, timeout=5000):
            pass
        assert [what for what, _ in order] == ["import", "load"]
        assert all(thread is service._thread for _, thread in order)
    finally:
        release.set()
        service.shutdown()


def test_model_code_that_fails_to_import_leaves_the_load_to_say_why(qtbot):
    def import_code():
        raise ImportError("no torch here")

    def factory(path, device, dtype, on_progress):
        raise CheckpointError(Message("torch is not installed"))

    service = InferenceService(factory, import_code=import_code)
    try:
        service.import_model_code()
        with qtbot.waitSignal(service.model_load_failed, timeout=5000) as failed:
            service.load_model("fake", "cpu", "auto")
        assert failed.args[0] == "torch is not installed"
    finally:
        service.shutdown()


def test_the_model_code_import_waits_its_delay(qtbot):
    imported = threading.Event()
    service = InferenceService(lambda *_a: FakeRuntime(), import_code=imported.set)
    try:
        service.import_model_code(after_ms=1000)
        qtbot.wait(100)
        assert not imported.is_set()
        qtbot.waitUntil(imported.is_set, timeout=5000)
    finally:
        service.shutdown()


def test_the_model_thread_places_what_the_load_left_after_reporting_it_loaded(qtbot):
    runtime = FakeRuntime(slices_to_place=3)
    service = InferenceService(lambda *_a: runtime)
    try:
        with qtbot.waitSignal(service.model_loaded, timeout=5000):
            service.load_model("fake", "cpu", "auto")
        qtbot.waitUntil(lambda: runtime.placed == ["slice"] * 3, timeout=3000)
        qtbot.wait(50)
        assert runtime.placed == ["slice"] * 3  # nothing left: no more slices
    finally:
        service.shutdown()


def test_a_question_asked_at_once_is_answered_and_a_closed_model_is_placed_no_further(qtbot):
    runtime = FakeRuntime("answered", slices_to_place=10_000)
    service = InferenceService(lambda *_a: runtime)
    try:
        with qtbot.waitSignal(service.model_loaded, timeout=5000):
            service.load_model("fake", "cpu", "auto")
        with qtbot.waitSignal(service.finished, timeout=5000) as done:
            service.generate(ChatRequest("go"))
        assert done.args[0].text == "answered"
        assert "rest" in runtime.placed and runtime.placed[-1] == "rest"  # placed by the question, between slices
        assert runtime.slices_to_place == 0
        second = FakeRuntime(slices_to_place=10_000_000)
        service2 = InferenceService(lambda *_a: second)
        with qtbot.waitSignal(service2.model_loaded, timeout=5000):
            service2.load_model("fake", "cpu", "auto")
        with qtbot.waitSignal(service2.model_unloaded, timeout=5000):
            service2.unload_model()
        placed = len(second.placed)
        qtbot.wait(100)
        assert len(second.placed) == placed < 10_000_000 and second.closed
        service2.shutdown()
    finally:
        service.shutdown()
