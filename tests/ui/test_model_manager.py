"""The model manager drives a real download from a loopback hub server on the app's asyncio loop, then
the downloaded model is chosen and loaded."""

from __future__ import annotations

import asyncio
import platform

import pytest
import qasync

from desktop_vlm.ui.model_dialog import ModelManagerDialog
from tests.conftest import REFERENCE_DIR
from tests.hub.hub_server import FakeHub


def _fixture_repo():
    return {p.name: p.read_bytes() for p in (REFERENCE_DIR / "InternVL2_5-4B").iterdir()
            if p.name not in ("reference.json", "reference.npz")}  # fmt: skip


def test_download_with_progress_then_use(qtbot, qapp, window, services):
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    repo = "OpenGVLab/InternVL2_5-4B"
    with FakeHub({repo: _fixture_repo()}) as hub:
        services.downloads.update_settings(hub.url, "", None)
        dialog = ModelManagerDialog(services.downloads, window)
        qtbot.addWidget(dialog)
        row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == repo)
        assert dialog.table.item(row, 4).text() == "not installed"
        events = []
        services.downloads.progress.connect(events.append)
        path = loop.run_until_complete(services.downloads.pull(repo))
        assert path is not None and (path / "config.json").is_file()
        assert any(e.state == "downloading" for e in events) and events[-1].state == "done"
        dialog.refresh()
        assert dialog.table.item(row, 4).text() == "installed, verified"  # every file matched the hub's hashes
        dialog.table.selectRow(row)
        with qtbot.waitSignal(dialog.use_requested) as used:
            dialog.buttons["use"].click()
        assert used.args[0] == str(path)
    loop.close()


def test_the_memory_estimate_follows_precision_and_weights(qtbot, window, services):
    dialog = ModelManagerDialog(services.downloads, window)
    qtbot.addWidget(dialog)
    dialog.device.setCurrentText("cuda")  # auto precision on a GPU: 16 bits
    entry = services.downloads.catalog[0]
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == entry.repo_id)
    assert dialog.table.item(row, 3).text() == f"{entry.vram_estimate_gib('bfloat16'):.1f} GiB"
    assert dialog.table.horizontalHeaderItem(3).text() == "Memory (bf16)"
    dialog.dtype.setCurrentText("float32")
    assert dialog.table.item(row, 3).text() == f"{entry.vram_estimate_gib('float32'):.1f} GiB"
    dialog.weights.setCurrentIndex(dialog.weights.findData("int4"))
    assert dialog.table.item(row, 3).text() == f"{entry.vram_estimate_gib('int4'):.1f} GiB"
    assert dialog.table.horizontalHeaderItem(3).text() == "Memory (int4)"


@pytest.mark.parametrize(("machine", "expected", "label"),
                         [("x86_64", "bfloat16", "bf16"), ("aarch64", "float32", "fp32")])  # fmt: skip
def test_auto_precision_on_the_cpu_is_estimated_as_the_runtime_will_pick_it(qtbot, window, services, monkeypatch,
                                                                             machine, expected, label):
    """On a CPU, ``auto`` loads bf16 on x86 and float32 elsewhere (twice the memory)."""
    monkeypatch.setattr(platform, "machine", lambda: machine)
    entry = services.downloads.catalog[0]
    for device, loaded in (("cpu", None), ("auto", "cpu")):  # chosen, or where the loaded model went
        dialog = ModelManagerDialog(services.downloads, window, loaded_device=loaded)
        qtbot.addWidget(dialog)
        dialog.device.setCurrentText(device)
        row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == entry.repo_id)
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
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "local/my-finetune")
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
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == repo)
    assert dialog.table.item(row, 4).text() == "damaged: verify, or download again"
    assert weights.name in dialog.table.item(row, 4).toolTip()


def _tensors(folder):
    from safetensors.torch import load_file

    for path in folder.glob("*.safetensors"):
        yield from load_file(path).values()
