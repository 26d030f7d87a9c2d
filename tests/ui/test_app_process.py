"""Process-level guarantees: start-up does not import torch; a kill mid-answer loses nothing saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time


def test_window_start_path_does_not_import_torch():
    code = "import sys, desktop_vlm.cli.main, desktop_vlm.ui.main; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


_KILLED_MID_ANSWER = textwrap.dedent("""
    import os, signal, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication
    from desktop_vlm.app import chat_controller
    from desktop_vlm.app.context import build_services
    from desktop_vlm.config.paths import AppPaths
    from desktop_vlm.runtime.fake import FakeRuntime

    app = QCoreApplication([])
    chat_controller.SAVE_INTERVAL_S = 0.05
    runtime = FakeRuntime(" ".join(f"word{i}" for i in range(400)), delay_s=0.01)
    services = build_services(AppPaths(sys.argv[1]), lambda *a: runtime)
    services.service.load_model("fake", "cpu", "auto")
    while services.service.model_info is None:
        app.processEvents()
    services.controller.send("Tell me a long story")
    store = services.store
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        conv = store.get_conversation(services.controller.conversation.id)
        if conv.messages[-1].text.count("word") >= 20:  # a partial answer is on disk
            print("killing", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
""")


def test_killed_mid_answer_keeps_the_partial_answer_marked_interrupted(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_ANSWER, str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
    from desktop_vlm.app.context import HISTORY_FILE
    from desktop_vlm.config.paths import AppPaths
    from desktop_vlm.history import HistoryStore

    paths = AppPaths(tmp_path)
    store = HistoryStore(paths.history_dir / HISTORY_FILE, paths.history_dir / "attachments")
    try:
        assert store.recovered_from is None
        conversation = store.get_conversation(store.list_conversations()[0].id)
        answer = conversation.messages[-1]
        assert answer.role == "assistant" and answer.status == "interrupted"
        assert answer.text.count("word") >= 20
        assert os.path.getsize(paths.history_dir / HISTORY_FILE) > 0
    finally:
        store.close()


def test_the_app_starts_shows_its_window_and_exits_cleanly(tmp_path):
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_CACHE_HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path),
    }
    out = subprocess.run(
        [sys.executable, "-m", "desktop_vlm", "--measure-startup"], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "window shown" in out.stdout and out.stdout.strip().endswith("torch imported: False")
    assert "Traceback" not in out.stderr


def test_the_startup_measurement_is_switched_on_by_an_environment_variable(tmp_path):
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_CACHE_HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path),
        "DESKTOP_VLM_MEASURE_STARTUP": "1",
    }
    out = subprocess.run([sys.executable, "-m", "desktop_vlm"], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    shown_at = float(out.stdout.split("window shown at ", 1)[1].split()[0])
    age = float(out.stdout.split("(", 1)[1].split()[0])
    assert abs(time.time() - shown_at) < 120 and 0 < age < 60
    assert out.stdout.strip().endswith("torch imported: False")
