"""App-layer tests (QtCore services and view-models) on Qt's offscreen platform, with FakeRuntime."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop_vlm.app.context import build_services  # noqa: E402
from desktop_vlm.config.paths import AppPaths  # noqa: E402
from desktop_vlm.runtime.fake import FakeRuntime  # noqa: E402


@pytest.fixture
def fake_runtime():
    return FakeRuntime("one two three four five six seven eight nine ten")


@pytest.fixture
def services(tmp_path, fake_runtime):
    """The app's services over a temp folder, the model thread answering with ``fake_runtime``."""
    services = build_services(AppPaths(tmp_path), lambda path, device, dtype, progress: fake_runtime)
    yield services
    services.shutdown()


@pytest.fixture
def loaded(qtbot, services):
    """``services`` with the fake model loaded on the model thread."""
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        services.service.load_model("fake", "cpu", "auto")
    return services
