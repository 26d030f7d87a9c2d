"""While nothing is loaded or on its way, the model thread imports a local load's code ahead (torch,
transformers' modelling modules), so that the first model chosen loads seconds sooner: at start-up when models
are installed, and once a download is under way. Not when the last model reconnects (its load imports the
same), and not on a first start with nothing installed (the person may use a remote endpoint)."""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import replace

import pytest
import qasync

from desktop_vlm.app.context import build_services
from desktop_vlm.app.memory import GIB, DeviceMemory
from desktop_vlm.config.paths import AppPaths
from desktop_vlm.runtime.fake import FakeRuntime
from desktop_vlm.ui import window_models
from desktop_vlm.ui.main import _schedule_model, create_window
from tests.conftest import REFERENCE_DIR
from tests.hub.hub_server import FakeHub

REPO = "OpenGVLab/InternVL2_5-4B"


@pytest.fixture
def app(qtbot, tmp_path, monkeypatch):
    """A window whose model thread records, in order, each import of the model code and each load."""
    monkeypatch.setattr(window_models, "device_memory", lambda: DeviceMemory(16 * GIB, 32 * GIB))
    ran: list[str] = []

    def factory(path, device, dtype, progress, quantize="none"):
        ran.append("load")
        return FakeRuntime()

    services = build_services(AppPaths(tmp_path / "profile"), factory, lambda: ran.append("import"))
    window = create_window(services)
    qtbot.addWidget(window)
    window.show()
    yield window, services, ran
    services.shutdown()


def _install(services, tmp_path):
    folder = tmp_path / "receipts-finetune"
    shutil.copytree(REFERENCE_DIR / "InternVL2_5-4B", folder)
    return services.downloads.import_folder(folder, copy=True)


def test_with_models_installed_the_code_is_imported_at_start_up_and_the_first_choice_only_loads(qtbot, app, tmp_path):
    window, services, ran = app
    installed = _install(services, tmp_path)
    _schedule_model(window, window.settings)
    qtbot.waitUntil(lambda: ran == ["import"], timeout=3000)
    assert not services.service.loading and services.service.model_info is None
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        window.load_model(str(installed.path))
    assert ran == ["import", "load"]


def test_the_last_model_reconnecting_imports_the_code_through_its_load_alone(qtbot, app, tmp_path):
    window, services, ran = app
    installed = _install(services, tmp_path)
    settings = window.settings
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        _schedule_model(window, replace(settings, runtime=replace(settings.runtime, active_model=str(installed.path))))
    qtbot.wait(200)
    assert ran == ["load"]


def test_a_first_start_with_nothing_installed_imports_nothing_until_a_download_starts(qtbot, qapp, app, monkeypatch):
    window, services, ran = app
    monkeypatch.setattr(services.downloads, "start", lambda model_id: None)  # the pull below is the download
    _schedule_model(window, window.settings)
    qtbot.wait(300)  # past the start-up delay
    assert ran == []
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    folder = REFERENCE_DIR / "InternVL2_5-4B"
    files = {p.name: p.read_bytes() for p in folder.iterdir() if p.name not in ("reference.json", "reference.npz")}
    with FakeHub({REPO: files}) as hub:
        services.downloads.update_settings(hub.url, "", None)
        window.models.welcome.download.click()
        with qtbot.waitSignal(services.service.model_loaded, timeout=10000):
            loop.run_until_complete(services.downloads.pull(REPO))
    loop.close()
    assert ran == ["import", "load"]  # imported while the files came in; the download's end loads the model
