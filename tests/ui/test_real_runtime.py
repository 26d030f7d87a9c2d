"""Once through the real runtime: the tiny InternVL fixture loads on the model thread and answers an
image question in the window."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop_vlm.app.context import build_services
from desktop_vlm.config.paths import AppPaths
from desktop_vlm.ui.main import create_window
from tests.conftest import REFERENCE_DIR


def test_window_with_the_real_tiny_model(qtbot, tmp_path):
    services = build_services(AppPaths(tmp_path))  # the production factory: load_runtime on the model thread
    try:
        window = create_window(services)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(services.service.model_loaded, timeout=60000) as loaded:
            window.load_model(str(REFERENCE_DIR / "InternVL2_5-4B"))
        info = loaded.args[0]
        assert info.family == "internvl" and info.device == "cpu"
        assert "cpu" in window.status.device_label.text()
        image = tmp_path / "receipt.png"
        Image.new("RGB", (640, 480), "white").save(image)
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(image))])
        with qtbot.waitSignal(window.composer.attachments_changed, timeout=10000):
            window.composer.dropEvent(
                QDropEvent(
                    QPointF(5, 5),
                    Qt.DropAction.CopyAction,
                    mime,
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                )
            )
        window.panel.max_new.setValue(16)
        window.composer.edit.setPlainText("What does the receipt say?")
        with qtbot.waitSignal(services.controller.answer_finished, timeout=120000) as finished:
            window.composer.submit()
        _mid, status, stats = finished.args
        assert status == "complete" and stats["new_tokens"] >= 1 and stats["image_tiles"] >= 1
        assert "first token" in window.status.speed_label.text()
    finally:
        services.shutdown()


def test_a_cpu_model_can_be_reloaded_with_8_bit_weights_from_the_panel(qtbot, tmp_path):
    services = build_services(AppPaths(tmp_path))
    try:
        window = create_window(services)
        qtbot.addWidget(window)
        window.show()
        folder = str(REFERENCE_DIR / "InternVL2_5-4B")
        with qtbot.waitSignal(services.service.model_loaded, timeout=60000):
            window.load_model(folder)
        panel = window.panel
        assert panel.use_int8.isVisible() and panel.weights_note.isVisible()
        assert window.status.device_label.text() == "cpu · bfloat16"

        with qtbot.waitSignal(services.service.model_loaded, timeout=60000) as loaded:
            qtbot.mouseClick(panel.use_int8, Qt.MouseButton.LeftButton)
        assert loaded.args[0].quantization == "int8"
        assert window.status.device_label.text() == "cpu · bfloat16 · int8"
        assert window.models.picker.detail.text() == "cpu · bfloat16 · int8"
        assert not panel.use_int8.isVisible() and not panel.weights_note.isVisible()
        assert window.settings.runtime.quantize == "int8" and window.settings.runtime.active_model == folder

        window.panel.max_new.setValue(8)
        window.composer.edit.setPlainText("Say something.")
        with qtbot.waitSignal(services.controller.answer_finished, timeout=120000) as finished:
            window.composer.submit()
        assert finished.args[1] == "complete" and finished.args[2]["new_tokens"] >= 1
    finally:
        services.shutdown()


def test_a_load_refused_for_memory_offers_the_quantised_weights_that_fit(qtbot, tmp_path, monkeypatch):
    import psutil
    import torch

    from desktop_vlm.runtime.checkpoint import open_checkpoint
    from desktop_vlm.runtime.device import memory_need
    from desktop_vlm.runtime.loader import weight_bytes

    folder = str(REFERENCE_DIR / "InternVL2_5-4B")
    checkpoint = open_checkpoint(folder)
    bf16, int8 = (memory_need(weight_bytes(checkpoint, torch.bfloat16, mode)[1]) for mode in ("none", "int8"))
    real = psutil.virtual_memory()
    # free memory between what the 8-bit and the 16-bit weights need: the refusal and its way out are real
    monkeypatch.setattr(psutil, "virtual_memory", lambda: real._replace(available=(bf16 + int8) // 2))
    services = build_services(AppPaths(tmp_path))
    try:
        window = create_window(services)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(services.service.model_load_failed, timeout=60000) as failed:
            window.load_model(folder)
        assert "With 8-bit weights it needs about" in failed.args[0]
        banner = window.banner
        assert banner.isVisible() and banner.action.isVisible()
        assert banner.action.text() == "Load with 8-bit weights"
        with qtbot.waitSignal(services.service.model_loaded, timeout=60000) as loaded:
            qtbot.mouseClick(banner.action, Qt.MouseButton.LeftButton)
        assert loaded.args[0].quantization == "int8" and not banner.isVisible()
        assert window.settings.runtime.quantize == "int8"
    finally:
        services.shutdown()
