"""First run: with no model installed the chat's place holds a welcome panel recommending a model for this
machine's free memory, downloading it with progress at one click (then loading it), or importing a folder."""

from __future__ import annotations

import asyncio
import shutil

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from desktop_vlm.app.memory import GIB, DeviceMemory
from desktop_vlm.ui import window_models
from desktop_vlm.ui.main import create_window
from desktop_vlm.ui.model_choices import placement_for, recommend
from tests.conftest import REFERENCE_DIR
from tests.hub.hub_server import FakeHub

REPO = "OpenGVLab/InternVL2_5-4B"


@pytest.fixture
def fresh(qtbot, services, monkeypatch):
    """A first start on a machine with 16 GiB of free RAM and no GPU."""
    monkeypatch.setattr(window_models, "device_memory", lambda: DeviceMemory(16 * GIB, 32 * GIB))
    window = create_window(services)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize(
    ("memory", "language", "expected", "fit", "weights"),
    [
        (DeviceMemory(16 * GIB, 32 * GIB), "en", "OpenGVLab/InternVL2_5-4B", "ram", "none"),
        (DeviceMemory(16 * GIB, 32 * GIB), "vi", "5CD-AI/Vintern-3B-beta", "ram", "none"),
        (
            DeviceMemory(8 * GIB, 32 * GIB),
            "en",
            "OpenGVLab/Mono-InternVL-2B",
            "ram",
            "none",
        ),  # the only one under 8 GiB
        # none fits in bf16 on this CPU, the best does in 8-bit (5.4 GiB), in the person's language too
        (DeviceMemory(6 * GIB, 8 * GIB), "en", "OpenGVLab/InternVL2_5-4B", "ram", "int8"),
        (DeviceMemory(6 * GIB, 8 * GIB), "vi", "5CD-AI/Vintern-3B-beta", "ram", "int8"),
        (DeviceMemory(5 * GIB, 8 * GIB), "en", "OpenGVLab/Mono-InternVL-2B", "ram", "int8"),  # 4.6 GiB in 8-bit
        # none fits either way: the smallest as the settings stand, honestly
        (DeviceMemory(4 * GIB, 8 * GIB), "en", "OpenGVLab/Mono-InternVL-2B", "no", "none"),
        (
            DeviceMemory(4 * GIB, 8 * GIB, 20 * GIB, 24 * GIB, "RTX 4090"),
            "en",
            "OpenGVLab/InternVL2_5-4B",
            "gpu",
            "none",
        ),
        # a GPU gets no 8-bit fallback: quantising there needs an extra package and makes nothing faster
        (
            DeviceMemory(32 * GIB, 64 * GIB, 4 * GIB, 6 * GIB, "GTX 1060"),
            "en",
            "OpenGVLab/Mono-InternVL-2B",
            "no",
            "none",
        ),
    ],
)
def test_the_recommendation_fits_the_free_memory(memory, language, expected, fit, weights):
    choice = recommend(placement_for(memory), memory, language)
    assert (choice.model_id, choice.fit, choice.quantize) == (expected, fit, weights)


def test_a_cpu_recommendation_that_fits_only_in_8_bit_says_so_and_loads_that_way(qtbot, qapp, tmp_path, monkeypatch):
    from dataclasses import replace

    from desktop_vlm.app.context import build_services
    from desktop_vlm.config.paths import AppPaths
    from desktop_vlm.runtime.fake import FakeRuntime

    def factory(path, device, dtype, progress, quantize="none"):
        runtime = FakeRuntime()
        runtime.info = replace(runtime.info, name="InternVL2_5-4B", quantization=quantize)
        return runtime

    monkeypatch.setattr(window_models, "device_memory", lambda: DeviceMemory(6 * GIB, 8 * GIB))
    services = build_services(AppPaths(tmp_path), factory)
    try:
        window = create_window(services)
        qtbot.addWidget(window)
        window.show()
        welcome = window.models.welcome
        assert welcome.recommended.text() == "Recommended for this computer: InternVL2_5-4B"
        assert "fits in memory with 8-bit weights · needs 5.4 of 6.0 GiB free" in welcome.fit.text()
        loop = qasync.QEventLoop(qapp, already_running=False)
        asyncio.set_event_loop(loop)
        monkeypatch.setattr(services.downloads, "start", lambda model_id: None)  # pulled below, on this loop
        with FakeHub({REPO: _published_files()}) as hub:
            services.downloads.update_settings(hub.url, "", None)
            welcome.download.click()
            with qtbot.waitSignal(services.service.model_loaded, timeout=10000) as loaded:
                loop.run_until_complete(services.downloads.pull(REPO))
        loop.close()
        assert loaded.args[0].quantization == "int8" and window.settings.runtime.quantize == "int8"
        assert window.status.device_label.text() == "cpu · float32 · int8"
    finally:
        services.shutdown()


def _published_files() -> dict[str, bytes]:
    """The tiny InternVL2_5-4B checkpoint's files, as the hub serves them (without our recorded outputs)."""
    folder = REFERENCE_DIR / "InternVL2_5-4B"
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name not in ("reference.json", "reference.npz")}


def test_no_model_anywhere_shows_the_welcome_panel_with_a_recommendation(qtbot, fresh):
    welcome = fresh.models.welcome
    assert fresh.pages.currentWidget() is welcome
    assert welcome.recommended.text() == "Recommended for this computer: InternVL2_5-4B"
    assert welcome.download.text() == "Download InternVL2_5-4B (7.4 GB)"
    fit = welcome.fit.text()
    assert "runs on the CPU" in fit and "fits in memory · needs 8.4 of 16.0 GiB free" in fit


def test_one_click_downloads_it_with_progress_and_loads_it(qtbot, qapp, fresh, services, monkeypatch):
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    asked = []
    monkeypatch.setattr(services.downloads, "start", asked.append)
    welcome = fresh.models.welcome
    files = _published_files()
    seen = []
    services.downloads.progress.connect(lambda p: seen.append((welcome.progress.isVisible(), welcome.status.text())))
    with FakeHub({REPO: files}) as hub:
        services.downloads.update_settings(hub.url, "", None)
        welcome.download.click()
        assert asked == [REPO] and welcome.pause.isVisible() and not welcome.download.isVisible()
        with qtbot.waitSignal(services.service.model_loaded, timeout=10000):
            loop.run_until_complete(services.downloads.pull(REPO))
    loop.close()
    qtbot.waitUntil(lambda: any(t.startswith("Downloading: ") and "%" in t for _shown, t in seen), timeout=2000)
    assert all(shown for shown, _text in seen)
    assert fresh.pages.currentWidget() is fresh.chat  # the model is here: the chat takes its place back
    assert fresh.status.model_label.text() == "InternVL2_5-4B"


def test_a_failed_download_says_why_and_offers_a_retry(qtbot, qapp, fresh, services, monkeypatch):
    alerts = []
    monkeypatch.setattr(QApplication, "activeWindow", lambda: None)  # the person went on in another program
    monkeypatch.setattr(QApplication, "alert", lambda widget, msec=0: alerts.append(widget))
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    services.downloads.update_settings("http://127.0.0.1:9", "", None)
    loop.run_until_complete(services.downloads.pull(REPO))
    loop.close()
    welcome = fresh.models.welcome
    assert welcome.status.text().startswith("The download failed: ")
    assert welcome.download.isVisible() and welcome.download.text() == "Retry the download"
    assert alerts == [fresh]  # the task bar entry flashes


def test_importing_a_folder_from_the_welcome_panel_loads_it(qtbot, fresh, services, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop_vlm.ui import model_dialog

    folder = tmp_path / "my-finetune"
    shutil.copytree(REFERENCE_DIR / "InternVL2_5-4B", folder)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    monkeypatch.setattr(model_dialog, "ask_copy", lambda parent, path, free: False)  # "use it where it is"
    with qtbot.waitSignal(services.service.model_loaded, timeout=10000):
        fresh.models.welcome.import_requested.emit()
    assert fresh.pages.currentWidget() is fresh.chat and fresh.status.model_label.text() == "my-finetune"


@pytest.mark.parametrize(
    "memory, fit, weights",
    [
        (DeviceMemory(16 * GIB, 32 * GIB), "fits in memory · needs 8.4 of 16.0 GiB free", "none"),
        # as the recommendation would be: too large in bf16 for this CPU's free memory, it fits in 8 bits
        (DeviceMemory(6 * GIB, 8 * GIB), "fits in memory with 8-bit weights · needs 5.4 of 6.0 GiB free", "int8"),
    ],
)
def test_a_model_already_in_the_hugging_face_cache_is_offered_first_and_used_where_it_lies(
    qtbot, monkeypatch, tmp_path, memory, fit, weights
):
    from dataclasses import replace

    from desktop_vlm.app.context import build_services
    from desktop_vlm.config.paths import AppPaths
    from desktop_vlm.runtime.fake import FakeRuntime
    from tests.hub.cache_layout import COMMIT, PUBLISHED, cached_model

    def factory(path, device, dtype, progress, quantize="none"):
        runtime = FakeRuntime()
        runtime.info = replace(runtime.info, name="InternVL2_5-4B", quantization=quantize)
        return runtime

    paths = AppPaths(tmp_path)
    repository = cached_model(paths.hugging_face_cache.parent)  # tmp/huggingface/hub/models--…
    snapshot = repository / "snapshots" / COMMIT
    cache_files = sorted(repository.rglob("*"))
    monkeypatch.setattr(window_models, "device_memory", lambda: memory)
    services = build_services(paths, factory)
    try:
        window = create_window(services)
        qtbot.addWidget(window)
        window.show()
        welcome = window.models.welcome
        qtbot.waitUntil(welcome.found.isVisible, timeout=5000)
        size = sum(p.stat().st_size for p in PUBLISHED.iterdir() if p.name != "original.json")
        assert welcome.found_title.text() == "Already on this computer: InternVL2_5-4B"
        assert welcome.found_facts.text().startswith(f"{size / 1e6:.1f} MB in the Hugging Face cache")
        assert welcome.found_facts.text().endswith("\n" + fit)
        assert welcome.use_found.objectName() == "Primary" and welcome.download.objectName() != "Primary"
        assert welcome.download.isVisible()  # the download stays the second choice
        with qtbot.waitSignal(services.service.model_loaded, timeout=10000) as loaded:
            welcome.use_found.click()
        assert loaded.args[0].quantization == weights
        (model,) = services.downloads.installed()
        assert model.model_id == "local/InternVL2_5-4B" and model.source == "import-reference"
        assert model.path == snapshot and sorted(repository.rglob("*")) == cache_files  # used, never written to
        assert window.settings.runtime.active_model == str(snapshot)
        assert window.settings.runtime.quantize == weights
    finally:
        services.shutdown()


def test_with_nothing_in_the_cache_only_the_download_is_offered(qtbot, fresh, services):
    welcome = fresh.models.welcome
    with qtbot.waitSignal(services.downloads.found_in_cache, timeout=5000) as found:
        services.downloads.look_in_cache()  # as the window did at start-up
    assert found.args == [[]]
    assert not welcome.found.isVisible() and welcome.download.objectName() == "Primary"
