"""The header's model picker: installed models with size, fit on this machine and state; choosing one loads
it with progress; the status bar and the picker say the model's own name, never its folder's."""

from __future__ import annotations

import shutil
import threading

from desktop_vlm.app.memory import GIB, DeviceMemory
from desktop_vlm.ui import model_picker
from tests.conftest import REFERENCE_DIR


def _import(services, tmp_path, name):
    folder = tmp_path / name
    shutil.copytree(REFERENCE_DIR / "InternVL2_5-4B", folder)
    return services.downloads.import_folder(folder, copy=True)  # stored as local--<name>


def test_the_menu_lists_installed_models_with_size_fit_and_state(qtbot, window, services, tmp_path, monkeypatch):
    small = _import(services, tmp_path, "receipts-finetune")
    monkeypatch.setattr(model_picker, "device_memory", lambda: DeviceMemory(1 * GIB, 16 * GIB))
    picker = window.models.picker
    picker.rebuild_menu()
    (entry,) = picker.model_actions()
    name, line = entry.text().split("\t")
    assert name == "receipts-finetune" and entry.data() == str(small.path)
    assert line.startswith(f"{small.size_bytes / 1e6:.1f} MB · ")
    assert "too large for the free memory · needs 1.5 of 1.0 GiB free" in line  # 1 GiB free: it does not fit
    assert not entry.isChecked()
    monkeypatch.setattr(model_picker, "device_memory", lambda: DeviceMemory(12 * GIB, 16 * GIB))
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        entry.trigger()
    picker.rebuild_menu()
    (entry,) = picker.model_actions()
    assert entry.isChecked() and entry.text().endswith("fits in memory · needs 1.5 of 12.0 GiB free · loaded")
    titles = [a.text() for a in picker.menu.actions()]
    assert {"Manage models…", "Load a model folder…", "Use a remote endpoint…", "Unload model"} <= set(titles)


def test_choosing_a_model_shows_loading_progress_then_its_own_name(qtbot, tmp_path):
    from desktop_vlm.app.context import build_services
    from desktop_vlm.config.paths import AppPaths
    from desktop_vlm.runtime.fake import FakeRuntime
    from desktop_vlm.ui.main import create_window

    gate = threading.Event()

    def factory(path, device, dtype, progress):
        progress("Loading weights")
        gate.wait(10)
        return FakeRuntime()

    services = build_services(AppPaths(tmp_path / "profile"), factory)
    try:
        model = _import(services, tmp_path, "my-finetune")
        window = create_window(services)
        qtbot.addWidget(window)
        window.show()
        picker = window.models.picker
        picker.rebuild_menu()
        with qtbot.waitSignal(services.service.model_loading, timeout=5000):
            picker.model_actions()[0].trigger()
        assert picker.button.text().startswith("my-finetune")
        qtbot.waitUntil(lambda: "Reading the weights" in picker.detail.text(), timeout=3000)
        assert not picker.busy.isVisible()  # a step without a count: the seconds beside it say it goes on
        assert window.status.model_label.text() in ("Loading my-finetune…", "Loading: Reading the weights…")
        with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
            gate.set()
        assert not picker.busy.isVisible() and picker.button.text().startswith("my-finetune")
        assert picker.detail.text() == "cpu · float32"
        assert window.status.model_label.text() == "my-finetune"  # not "local--my-finetune"
        assert window.settings.runtime.active_model == str(model.path)
    finally:
        gate.set()
        services.shutdown()


def test_a_counted_load_step_fills_the_bars_and_the_others_keep_them_busy(qtbot, tmp_path):
    from desktop_vlm.app.context import build_services
    from desktop_vlm.config.paths import AppPaths
    from desktop_vlm.runtime.api import LOAD_CHOOSING_KERNELS, LOAD_MEASURING_KERNELS, LOAD_READING
    from desktop_vlm.runtime.fake import FakeRuntime
    from desktop_vlm.ui.main import create_window

    steps = [f"{LOAD_READING} 42%", LOAD_CHOOSING_KERNELS, f"{LOAD_MEASURING_KERNELS} 4 of 5", "A step of its own"]
    shown, go_on = threading.Event(), threading.Event()

    def factory(path, device, dtype, progress):
        for step in steps:
            progress(step)
            shown.set()
            go_on.wait(10)
            go_on.clear()
        return FakeRuntime()

    services = build_services(AppPaths(tmp_path / "profile"), factory)
    try:
        model = _import(services, tmp_path, "counted")
        window = create_window(services)
        qtbot.addWidget(window)
        window.show()
        picker, status = window.models.picker, window.status
        window.load_model(str(model.path))
        seen = []
        for _ in steps:
            qtbot.waitUntil(shown.is_set, timeout=5000)
            shown.clear()
            qtbot.wait(50)  # the report crosses to the UI thread
            bars = [
                (bar.maximum(), bar.value() if bar.maximum() else None) for bar in (picker.busy, status.load_progress)
            ]
            text = picker.detail.text().split("…")[1].strip()
            seen.append((bars[0], bars[1][0], text, status.model_label.text(), picker.busy.isVisible()))
            go_on.set()
        busy = (0, None)  # a bar whose range is 0 to 0: Qt's busy bar
        assert [entry[:2] for entry in seen] == [((100, 42), 100), (busy, 0), ((100, 60), 100), (busy, 0)]
        assert [entry[2] for entry in seen] == [
            "Reading the weights",
            "Choosing kernels for this CPU",
            "Timing kernels on this CPU (once)",
            "A step of its own",  # a step the window does not know is shown as it came
        ]
        assert seen[0][3] == "Loading: Reading the weights…"
        assert [entry[4] for entry in seen] == [True, False, True, False]  # the header's thin bar: counts only
        assert status.load_progress.isVisible()  # the status bar's, tall enough for Fusion's busy stripes
    finally:
        go_on.set()
        services.shutdown()


def test_a_damaged_model_cannot_be_picked(qtbot, window, services, tmp_path):
    model = _import(services, tmp_path, "broken")
    next(model.path.glob("*.safetensors")).write_bytes(b"not the same bytes")
    services.downloads.verify(model.model_id)
    picker = window.models.picker
    picker.rebuild_menu()
    (entry,) = picker.model_actions()
    assert not entry.isEnabled() and "Damaged" in entry.toolTip()


def test_the_window_has_a_text_for_every_step_a_load_reports(qapp):
    from desktop_vlm.runtime import api
    from desktop_vlm.ui.load_progress import step_texts

    steps = {value for name, value in vars(api).items() if name.startswith("LOAD_")}
    assert set(step_texts()) == steps


def test_the_empty_chat_stops_saying_there_is_no_model_once_one_is_chosen_and_says_it_after_an_unload(qtbot, tmp_path):
    from desktop_vlm.app.context import build_services
    from desktop_vlm.config.paths import AppPaths
    from desktop_vlm.runtime.fake import FakeRuntime
    from desktop_vlm.ui.main import create_window

    gate = threading.Event()

    def factory(path, device, dtype, progress):
        gate.wait(10)
        return FakeRuntime()

    services = build_services(AppPaths(tmp_path / "profile"), factory)
    try:
        _import(services, tmp_path, "my-finetune")
        window = create_window(services)
        qtbot.addWidget(window)
        window.show()
        assert window.chat.hint.text().startswith("No model yet")
        picker = window.models.picker
        picker.rebuild_menu()
        picker.model_actions()[0].trigger()
        assert window.chat.hint.text().startswith("Drop a screenshot")  # while it loads: questions wait for it
        with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
            gate.set()
        with qtbot.waitSignal(services.service.model_unloaded, timeout=5000):
            services.service.unload_model()
        assert window.chat.hint.text().startswith("No model yet")
    finally:
        gate.set()
        services.shutdown()


def test_a_model_in_the_hugging_face_cache_is_in_the_menu_and_loads_where_it_lies(qtbot, tmp_path, monkeypatch):
    from desktop_vlm.app.context import build_services
    from desktop_vlm.config.paths import AppPaths
    from desktop_vlm.runtime.fake import FakeRuntime
    from desktop_vlm.ui.main import create_window
    from tests.hub.cache_layout import COMMIT, cached_model

    paths = AppPaths(tmp_path)
    snapshot = cached_model(paths.hugging_face_cache.parent) / "snapshots" / COMMIT
    services = build_services(paths, lambda path, device, dtype, progress: FakeRuntime())
    monkeypatch.setattr(model_picker, "device_memory", lambda: DeviceMemory(12 * GIB, 16 * GIB))
    try:
        _import(services, tmp_path, "receipts-finetune")  # installed, so no first-run panel
        with qtbot.waitSignal(services.downloads.found_in_cache, timeout=5000):
            window = create_window(services)  # looks in the cache as it starts
        qtbot.addWidget(window)
        picker = window.models.picker
        picker.rebuild_menu()
        titles = [a.text().split("\t")[0] for a in picker.menu.actions()]
        assert titles.index("In the Hugging Face cache") > titles.index("receipts-finetune")
        cached = next(a for a in picker.model_actions() if a.data() == str(snapshot))
        assert cached.text().startswith("InternVL2_5-4B\t") and "fits in memory" in cached.text()
        with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
            cached.trigger()
        assert window.settings.runtime.active_model == str(snapshot)
        assert [m.model_id for m in services.downloads.installed()] == ["local/receipts-finetune"]  # nothing added
        picker.rebuild_menu()
        cached = next(a for a in picker.model_actions() if a.data() == str(snapshot))
        assert cached.isChecked() and cached.text().endswith(" · loaded")
    finally:
        services.shutdown()
