"""The model manager's card shows what an installed model's files say it is (the ``models inspect`` report):
read off the UI thread, problems shown at once on the error tint, the report copied for a bug report; the
window never imports torch for it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import threading

from PySide6.QtGui import QGuiApplication

from desktop_vlm.app.checkpoint_inspector import CheckpointInspector
from desktop_vlm.runtime import checkpoint_facts
from desktop_vlm.ui.model_dialog import ModelManagerDialog
from tests.runtime.test_published_models import MODELS


def _broken_copy(tmp_path):
    """Ristretto-3B with one token more in its tokenizer than rows in its embedding."""
    folder = shutil.copytree(MODELS / "Ristretto-3B", tmp_path / "broken-ristretto")
    config = json.loads((folder / "tokenizer_config.json").read_text())
    config["added_tokens_decoder"]["9999"] = {"content": "<extra>", "special": True}
    (folder / "tokenizer_config.json").write_text(json.dumps(config))
    return folder


def _dialog(qtbot, window, services):
    dialog = ModelManagerDialog(services.downloads, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_installed_model_shows_its_checkpoint_report_read_off_the_ui_thread(
    qtbot, window, services, tmp_path, monkeypatch
):
    threads = []
    inspect = checkpoint_facts.inspect_checkpoint

    def recording(path):
        threads.append(threading.current_thread())
        return inspect(path)

    monkeypatch.setattr(checkpoint_facts, "inspect_checkpoint", recording)
    folder = shutil.copytree(MODELS / "Vintern-3B-beta", tmp_path / "my-vintern")
    model = services.downloads.import_folder(folder, False)
    dialog = _dialog(qtbot, window, services)
    details = dialog.card.checkpoint
    with qtbot.waitSignal(CheckpointInspector.shared().ready, timeout=20000):
        dialog.select(model.model_id)
        assert details.isVisible() and details.summary.text() == "Reading the model's files…"
        assert not details.copy.isEnabled()
    assert threads and threading.main_thread() not in threads
    expected = "\n".join(checkpoint_facts.format_facts(inspect(model.path)))
    assert details.text == expected and "template:        Hermes-2" in expected and "Qwen2 byte-level BPE" in expected
    assert details.summary.text() == "no problems found in its files" and not details.problems.isVisible()
    assert not details.report.isVisible()  # the whole report is a click away
    details.toggle.click()
    assert details.report.isVisible() and "vocabulary:      601 tokens, 601 embedding rows" in details.report.text()
    details.copy.click()
    assert QGuiApplication.clipboard().text() == expected and details.copy.text() == "Copied ✓"

    dialog.select("OpenGVLab/InternVL2_5-4B")  # not installed: nothing to read
    assert not details.isVisible()
    again = _dialog(qtbot, window, services)
    again.select(model.model_id)  # read once: shown at once the next time
    assert again.card.checkpoint.text == expected and len(threads) == 1


def test_problems_are_shown_at_once_and_in_the_copied_report(qtbot, window, services, tmp_path):
    model = services.downloads.import_folder(_broken_copy(tmp_path), False)
    dialog = _dialog(qtbot, window, services)
    details = dialog.card.checkpoint
    with qtbot.waitSignal(CheckpointInspector.shared().ready, timeout=20000):
        dialog.select(model.model_id)
    assert details.summary.text() == "1 problem found in its files"
    assert details.problems.isVisible() and details.problems.objectName() == "Problem"  # the error tint
    assert "602 tokens but the model only 601 embedding rows" in details.problems.text()
    assert "<b>problem:" in details.report.text()
    assert "problem:         The tokenizer has 602 tokens" in details.text


_NO_TORCH = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from desktop_vlm.app.checkpoint_inspector import CheckpointInspector
    from desktop_vlm.app.context import build_services
    from desktop_vlm.config.paths import AppPaths
    from desktop_vlm.ui.model_dialog import ModelManagerDialog

    app = QApplication([])
    services = build_services(AppPaths(Path(sys.argv[1])), lambda *a: None)
    model = services.downloads.import_folder(Path(sys.argv[2]), False)
    dialog = ModelManagerDialog(services.downloads)
    dialog.select(model.model_id)
    CheckpointInspector.shared().wait()
    app.processEvents()
    print(dialog.card.checkpoint.text.splitlines()[1])
    print("torch" in sys.modules, "transformers" in sys.modules)
    services.shutdown()
""")


def test_reading_the_report_imports_neither_torch_nor_transformers(tmp_path):
    folder = shutil.copytree(MODELS / "Mini-InternVL-Chat-4B-V1-5", tmp_path / "model")
    out = subprocess.run(
        [sys.executable, "-c", _NO_TORCH, str(tmp_path / "profile"), str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    family, imported = out.stdout.splitlines()[-2:]
    assert family.startswith("family:          internvl") and imported == "False False"
