"""UI tests run on Qt's offscreen platform with FakeRuntime unless a test needs the real model."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop_vlm.app.context import build_services  # noqa: E402
from desktop_vlm.config.paths import AppPaths  # noqa: E402
from desktop_vlm.runtime.fake import FakeRuntime  # noqa: E402


@pytest.fixture
def fake_runtime():
    return FakeRuntime("Here is **the answer**:\n\n| item | price |\n|---|---|\n| tea | 2.50 |")


@pytest.fixture
def services(tmp_path, fake_runtime):
    services = build_services(AppPaths(tmp_path), lambda path, device, dtype, progress: fake_runtime)
    yield services
    services.shutdown()


@pytest.fixture
def window(qtbot, services):
    from desktop_vlm.ui.main import create_window

    window = create_window(services)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(services.service.model_loaded, timeout=5000):
        services.service.load_model("fake", "cpu", "auto")
    return window
