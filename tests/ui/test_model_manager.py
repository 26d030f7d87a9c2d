"""The model manager drives a real download from a loopback hub server on the app's asyncio loop, then
the downloaded model is chosen and loaded; each row offers the actions its state allows."""

from __future__ import annotations

import asyncio
import platform

import pytest
import qasync
from PySide6.QtCore import Qt

from desktop_vlm.hub.catalog import catalog
from desktop_vlm.ui.model_dialog import ModelManagerDialog
from tests.conftest import REFERENCE_DIR
from tests.hub.hub_server import FakeHub


def _fixture_repo():
    return {
        p.name: p.read_bytes()
        for p in (REFERENCE_DIR / "InternVL2_5-4B").iterdir()
        if p.name not in ("reference.json", "reference.npz")
    }


def _row(dialog, model_id):
    return dialog.row_of(model_id)


def test_download_with_progress_then_use(qtbot, qapp, window, services):
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    repo = "OpenGVLab/InternVL2_5-4B"
    with FakeHub({repo: _fixture_repo()}) as hub:
        services.downloads.update_settings(hub.url, "", None)
        dialog = ModelManagerDialog(services.downloads, window)
        qtbot.addWidget(dialog)
        row = _row(dialog, repo)
        assert dialog.table.item(row, 4).text() == "not installed"
        assert dialog.actions_of(repo).available() == ["download"]
        events = []
        services.downloads.progress.connect(events.append)
        path = loop.run_until_complete(services.downloads.pull(repo))
        assert path is not None and (path / "config.json").is_file()
        assert any(e.state == "downloading" for e in events) and events[-1].state == "done"
        assert dialog.table.item(row, 4).text() == "installed, verified"  # every file matched the hub's hashes
        assert dialog.actions_of(repo).available() == ["load", "verify", "delete"]
        with qtbot.waitSignal(dialog.use_requested) as used:
            dialog.actions_of(repo).buttons["load"].click()
        assert used.args[0] == str(path)
    loop.close()


def test_a_failed_download_says_failed_retry_with_the_reason(qtbot, qapp, window, services):
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    repo = "OpenGVLab/InternVL2_5-4B"
    services.downloads.update_settings("http://127.0.0.1:9", "", None)  # nothing listens there
    dialog = ModelManagerDialog(services.downloads, window)
    qtbot.addWidget(dialog)
    assert loop.run_until_complete(services.downloads.pull(repo)) is None
    loop.close()
    status = dialog.table.item(_row(dialog, repo), 4)
    reason = services.downloads.failures[repo][0]
    assert status.text() == "failed — retry" and reason and reason in status.toolTip()
    assert dialog.message.text().startswith("Downloading InternVL2_5-4B failed: " + reason)
    assert dialog.actions_of(repo).available() == ["retry", "cancel"]
    dialog.actions_of(repo).buttons["cancel"].click()  # gives up: the row is back to its first state
    assert dialog.table.item(_row(dialog, repo), 4).text() == "not installed"


def test_double_click_loads_an_installed_model_and_the_loaded_one_cannot_be_deleted(qtbot, window, services, tmp_path):
    import shutil

    folder = tmp_path / "Ristretto-finetune"
    shutil.copytree(REFERENCE_DIR / "InternVL2_5-4B", folder)
    model = services.downloads.import_folder(folder, False)
    dialog = ModelManagerDialog(services.downloads, window)
    qtbot.addWidget(dialog)
    row = _row(dialog, model.model_id)
    assert dialog.table.item(row, 0).text() == "Ristretto-finetune"  # its own name, not local/…
    dialog.show()
    qtbot.waitExposed(dialog)
    rect = dialog.table.visualItemRect(dialog.table.item(row, 1))
    with qtbot.waitSignal(dialog.use_requested) as used:
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert used.args[0] == str(folder.resolve())
    loaded = ModelManagerDialog(services.downloads, window, loaded_path=str(folder.resolve()))
    qtbot.addWidget(loaded)
    assert loaded.table.item(row, 4).text() == "loaded"
    assert loaded.actions_of(model.model_id).available() == ["verify"]  # Load and Delete shown, disabled


def test_import_says_the_size_and_the_result(qtbot, window, services, tmp_path):
    import shutil

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    folder = tmp_path / "my-finetune"
    shutil.copytree(REFERENCE_DIR / "InternVL2_5-4B", folder)
    (folder / "notes").mkdir()  # not the model's, as the recorded reference outputs (.npz) are not:
    (folder / "notes" / "todo.txt").write_text("x" * 5_000_000)  # the question counts what a copy takes
    taken = [p for p in folder.iterdir() if p.is_file() and p.suffix != ".npz"]
    size = sum(p.stat().st_size for p in taken)
    dialog = ModelManagerDialog(services.downloads, window)
    qtbot.addWidget(dialog)
    asked = []

    def answer():
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Copy into the model folder").click()

    QTimer.singleShot(0, answer)
    copy = dialog.ask_copy(folder)
    assert copy is True and asked == [f"Import my-finetune ({size / 1e6:.1f} MB in {len(taken)} files)?"]
    with qtbot.waitSignal(services.downloads.imported, timeout=10000):
        dialog.import_folder(folder, copy)
    assert dialog.message.text() == (
        f"Imported my-finetune ({size / 1e6:.1f} MB). Double-click it, or press Load, to use it."
    )
    assert dialog.selected() == "local/my-finetune" and dialog.import_button.isEnabled()
    with qtbot.waitSignal(services.downloads.imported, timeout=10000):
        dialog.import_folder(tmp_path, False)  # the folder above the model's
    assert dialog.message.text().startswith("Not imported: ")
    assert "holds model folders (my-finetune)" in dialog.message.text()
    (tmp_path / "empty").mkdir()
    with qtbot.waitSignal(services.downloads.imported, timeout=10000):
        dialog.import_folder(tmp_path / "empty", False)  # not a model folder
    assert dialog.message.text().startswith("Not imported: ") and "config.json" in dialog.message.text()


def test_a_model_in_the_hugging_face_cache_is_sized_and_imported_as_its_snapshot(qtbot, window, services, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.hub.cache_layout import PUBLISHED, cached_model

    repository = cached_model(tmp_path, commits=("0" * 40, "4e9a2b1c" * 5))  # an older revision besides main
    published = [p for p in PUBLISHED.iterdir() if p.name != "original.json"]
    size = sum(p.stat().st_size for p in published)
    dialog = ModelManagerDialog(services.downloads, window)
    qtbot.addWidget(dialog)
    asked = []

    def answer():
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Copy into the model folder").click()

    QTimer.singleShot(0, answer)
    copy = dialog.ask_copy(repository)
    assert asked == [f"Import models--OpenGVLab--InternVL2_5-4B ({size / 1e6:.1f} MB in {len(published)} files)?"]
    with qtbot.waitSignal(services.downloads.imported, timeout=10000):
        dialog.import_folder(repository, copy)
    assert dialog.message.text() == (
        f"Imported InternVL2_5-4B ({size / 1e6:.1f} MB). Double-click it, or press Load, to use it."
    )
    assert dialog.selected() == "local/InternVL2_5-4B"


@pytest.mark.parametrize(
    "folder", ["models--OpenGVLab--InternVL2_5-4B", "models--OpenGVLab--InternVL2_5-4B/snapshots/" + "4e9a2b1c" * 5]
)
def test_a_model_loaded_from_the_hugging_face_cache_is_named_after_its_repository(tmp_path, folder):
    from desktop_vlm.ui.model_picker import name_for_path

    assert name_for_path(str(tmp_path / "hub" / folder), installed=[]) == "InternVL2_5-4B"
    assert name_for_path(str(tmp_path / "my-finetune"), installed=[]) == "my-finetune"


def test_each_catalog_model_shows_its_card_facts(qtbot, window, services):
    dialog = ModelManagerDialog(services.downloads, window)
    qtbot.addWidget(dialog)
    for entry in catalog():
        dialog.select(entry.repo_id)
        facts = dialog.card.facts.accessibleDescription()
        low, high = entry.image_token_range
        for fact in (
            entry.strengths,
            entry.license,
            f"{entry.download_bytes / 1e9:.1f} GB",
            f"{low:,}–{high:,} per picture",
            "Memory: ",
        ):
            assert fact in facts, (entry.repo_id, fact)
        assert dialog.card.title.text() == entry.repo_id.split("/")[1]
    dialog.select("5CD-AI/Vintern-3B-beta")
    assert "Languages: Vietnamese, English" in dialog.card.facts.accessibleDescription()


def test_the_memory_estimate_follows_precision_and_weights(qtbot, window, services):
    dialog = ModelManagerDialog(services.downloads, window)
    qtbot.addWidget(dialog)
    dialog.device.setCurrentText("cuda")  # auto precision on a GPU: 16 bits
    entry = catalog()[0]
    row = dialog.row_of(entry.repo_id)
    assert dialog.table.item(row, 3).text() == f"{entry.vram_estimate_gib('bfloat16'):.1f} GiB"
    assert dialog.table.horizontalHeaderItem(3).text() == "Memory (bf16)"
    dialog.dtype.setCurrentText("float32")
    assert dialog.table.item(row, 3).text() == f"{entry.vram_estimate_gib('float32'):.1f} GiB"
    dialog.weights.setCurrentIndex(dialog.weights.findData("int4"))
    assert dialog.table.item(row, 3).text() == f"{entry.vram_estimate_gib('int4'):.1f} GiB"
    assert dialog.table.horizontalHeaderItem(3).text() == "Memory (int4)"


@pytest.mark.parametrize(
    ("machine", "expected", "label"), [("x86_64", "bfloat16", "bf16"), ("aarch64", "float32", "fp32")]
)
def test_auto_precision_on_the_cpu_is_estimated_as_the_runtime_will_pick_it(
    qtbot, window, services, monkeypatch, machine, expected, label
):
    """On a CPU, ``auto`` loads bf16 on x86 and float32 elsewhere (twice the memory)."""
    monkeypatch.setattr(platform, "machine", lambda: machine)
    entry = catalog()[0]
    for device, loaded in (("cpu", None), ("auto", "cpu")):  # chosen, or where the loaded model went
        dialog = ModelManagerDialog(services.downloads, window, loaded_device=loaded)
        qtbot.addWidget(dialog)
        dialog.device.setCurrentText(device)
        row = dialog.row_of(entry.repo_id)
        assert dialog.table.item(row, 3).text() == f"{entry.vram_estimate_gib(expected):.1f} GiB"
        assert dialog.table.horizontalHeaderItem(3).text() == f"Memory ({label})"


def test_an_imported_folder_gets_counted_parameters_and_a_memory_estimate(qtbot, window, services, tmp_path):
    import shutil

    from desktop_vlm.hub.catalog import vram_estimate_gib
    from desktop_vlm.hub.census import count_parameters

    folder = tmp_path / "my-finetune"
    shutil.copytree(REFERENCE_DIR / "InternVL2_5-4B", folder)
    services.downloads.import_folder(folder, False)
    dialog = ModelManagerDialog(services.downloads, window)
    qtbot.addWidget(dialog)
    dialog.device.setCurrentText("cuda")
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "my-finetune")
    count = count_parameters(folder)
    assert count.total == sum(t.numel() for t in _tensors(folder)) and 0 < count.vision < count.total
    assert dialog.table.item(row, 1).text() == f"{count.total / 1e3:.0f} K"  # a tiny test checkpoint
    expected = vram_estimate_gib(count.billions, count.vision_billions, "bfloat16")
    assert dialog.table.item(row, 3).text() == f"{expected:.1f} GiB"
    assert dialog.table.item(row, 2).text().endswith(" MB")


def test_a_damaged_model_says_so_in_the_list(qtbot, window, services):
    loop = asyncio.new_event_loop()
    repo = "OpenGVLab/InternVL2_5-4B"
    with FakeHub({repo: _fixture_repo()}) as hub:
        services.downloads.update_settings(hub.url, "", None)
        path = loop.run_until_complete(services.downloads.pull(repo))
    loop.close()
    weights = next(path.glob("*.safetensors"))
    weights.write_bytes(weights.read_bytes()[:-16] + bytes(16))  # same size, different bytes: bit rot
    services.downloads.verify(repo)
    dialog = ModelManagerDialog(services.downloads, window)
    qtbot.addWidget(dialog)
    row = dialog.row_of(repo)
    assert dialog.table.item(row, 4).text() == "damaged: verify, or download again"
    assert weights.name in dialog.table.item(row, 4).toolTip()


def _tensors(folder):
    from safetensors.torch import load_file

    for path in folder.glob("*.safetensors"):
        yield from load_file(path).values()


def test_a_catalog_model_in_the_hugging_face_cache_is_used_where_it_lies(qtbot, window, services):
    from tests.hub.cache_layout import COMMIT, cached_model

    repository = cached_model(services.paths.hugging_face_cache.parent)
    with qtbot.waitSignal(services.downloads.found_in_cache, timeout=5000):
        dialog = ModelManagerDialog(services.downloads, window)  # looks in the cache as it opens
    qtbot.addWidget(dialog)
    repo = "OpenGVLab/InternVL2_5-4B"
    row = _row(dialog, repo)
    assert dialog.table.item(row, 4).text() == "in the Hugging Face cache: Use needs no download"
    assert dialog.table.item(row, 4).toolTip() == str(repository / "snapshots" / COMMIT)
    assert dialog.actions_of(repo).available() == ["use", "download"]
    assert dialog.actions_of("OpenGVLab/Mono-InternVL-2B").available() == ["download"]
    with qtbot.waitSignal(services.downloads.imported, timeout=10000):
        dialog.actions_of(repo).buttons["use"].click()
    (model,) = services.downloads.installed()
    assert (model.model_id, model.source, model.path) == (
        "local/InternVL2_5-4B",
        "import-reference",
        repository / "snapshots" / COMMIT,
    )
    assert dialog.message.text().startswith("Imported InternVL2_5-4B")
    assert dialog.table.item(_row(dialog, repo), 4).text() == "not installed"  # now under its own row
    assert dialog.actions_of("local/InternVL2_5-4B").available() == ["load", "verify", "delete"]
