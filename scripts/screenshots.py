"""Render the real window and save screenshots to docs/screenshots/, light and dark, at 1280×800 and 900×700:

- ``main-*``: a conversation (a receipt photo, a Markdown answer regenerated once: versions ‹ 2/2 ›) and the
  next question being written;
- ``picker-*``: the header's model picker, open;
- ``first-run-*``: the welcome panel of a first start (no model installed);
- ``models-*``: the model manager (installed, downloading, failed, imported rows and the imported model's card
  with what its files say it is);
- ``viewer-*``: the attachment viewer (the picture at full size with its tile grid and token count).

Run under a display as large as the largest size, e.g.:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py

The picker's menu is a popup window of its own, so that shot is taken from the screen; dialogs are grabbed on
their own, at the same sizes.
Staged, not live: answers come from FakeRuntime (the tiny test checkpoints produce random text) presented
as InternVL2_5-4B on a 24 GB GPU (``device_memory`` is replaced, so "fits the GPU" matches); the installed
catalog model is a sparse file of its real size; the running and failed downloads are set in the download
service's state. Everything else — window, history, composer, tile preview, streaming, model list — is the
real app.
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_vlm.app import memory  # noqa: E402
from desktop_vlm.app.attachments import prepare_file  # noqa: E402
from desktop_vlm.app.checkpoint_inspector import CheckpointInspector  # noqa: E402
from desktop_vlm.app.context import build_services  # noqa: E402
from desktop_vlm.config.paths import AppPaths  # noqa: E402
from desktop_vlm.hub import DownloadControl, DownloadProgress  # noqa: E402
from desktop_vlm.hub.store import MANIFEST  # noqa: E402
from desktop_vlm.runtime.fake import FakeRuntime  # noqa: E402
from desktop_vlm.ui import model_dialog as model_dialog_module  # noqa: E402
from desktop_vlm.ui import model_picker, window_models  # noqa: E402
from desktop_vlm.ui.attachment_viewer import open_viewer  # noqa: E402
from desktop_vlm.ui.main import create_window  # noqa: E402
from desktop_vlm.ui.model_dialog import ModelManagerDialog  # noqa: E402
from desktop_vlm.ui.theme import apply_theme  # noqa: E402

SIZES = ((1280, 800), (900, 700))
ANSWER = """The receipt is from **Corner Bakery** and lists three items:

| item | qty | price |
|---|---|---|
| Sourdough loaf | 1 | 4.50 |
| Croissant | 2 | 5.00 |
| Flat white | 1 | 3.20 |

**Total: 12.70** — the line items add up to the printed total."""
SECOND = ANSWER.replace("lists three items", "has three lines").replace("the line items add up", "it adds up")
GPU = memory.DeviceMemory(40 * memory.GIB, 64 * memory.GIB, 20 * memory.GIB, 24 * memory.GIB, "RTX 4090")
TINY = ROOT / "tests" / "data" / "reference" / "InternVL2_5-4B"


def receipt(path: Path) -> Path:
    image = Image.new("RGB", (600, 800), "white")
    draw = ImageDraw.Draw(image)
    lines = [
        "CORNER BAKERY",
        "",
        "Sourdough loaf   4.50",
        "Croissant x2     5.00",
        "Flat white       3.20",
        "",
        "TOTAL           12.70",
        "",
        "Thank you!",
    ]
    for i, line in enumerate(lines):
        draw.text((60, 80 + i * 60), line, fill="black")
    image.save(path)
    return path


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(app: QApplication, size: tuple[int, int], path: Path) -> None:
    """The screen's top-left ``size`` (the main window fills it; open menus are on it too)."""
    wait(300)
    save(app.primaryScreen().grabWindow(0, 0, 0, *size), path)


def grab_dialog(dialog, size: tuple[int, int], path: Path) -> None:
    """A dialog on its own at ``size`` (a bare X server draws no window frame to set it apart)."""
    dialog.resize(*size)
    wait(400)
    save(dialog.grab(), path)


def save(picture, path: Path) -> None:
    picture.save(str(path))
    print(f"saved {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KB)")


def install_sparse(models_root: Path, model_id: str, size: int) -> None:
    """An installed catalog model whose weights file is sparse: listed at its real size, no disk used."""
    folder = models_root / model_id.replace("/", "--")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text((TINY / "config.json").read_text())
    with open(folder / "model.safetensors", "wb") as fh:
        fh.truncate(size)
    manifest = {
        "model_id": model_id,
        "family": "internvl",
        "commit": "main",
        "files": [],
        "source": "download",
        "verified_at": 1.0,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest))


def earlier_conversations(store) -> None:
    """A few older chats so the sidebar looks like a used app (one pinned)."""
    for title, question, pinned in (
        ("Quarterly sales chart", "Which quarter grew fastest?", True),
        ("Invoice INV-2024-117", "Extract the line items as a table", False),
        ("Lecture video, week 3", "Summarise what the speaker draws", False),
    ):
        conversation = store.create_conversation(title)
        store.add_message(conversation.id, "user", question)
        store.add_message(conversation.id, "assistant", "…")
        store.set_pinned(conversation.id, pinned)


class Session:
    """One profile (a temp folder) with its services and window, at one size."""

    def __init__(self, app: QApplication, tmp: Path, size: tuple[int, int], with_model: bool):
        self.app, self.tmp, self.size = app, tmp, size
        self.runtime = FakeRuntime(ANSWER, delay_s=0.002)
        self.runtime.info = replace(self.runtime.info, name="InternVL2_5-4B", device="cuda", dtype="bfloat16")
        self.services = build_services(AppPaths(tmp), lambda *a, **k: self.runtime)
        if with_model:
            install_sparse(self.services.downloads.store.root, "OpenGVLab/InternVL2_5-4B", 7_400_000_000)
        self.window = create_window(self.services)
        self.window.setGeometry(0, 0, *size)
        self.window.show()
        wait(200)

    def load(self) -> None:
        done = QEventLoop()
        self.services.service.model_loaded.connect(done.quit)
        path = str(self.services.downloads.store.root / "OpenGVLab--InternVL2_5-4B")
        self.window.load_model(path, "cuda", "bfloat16")
        done.exec()

    def close(self) -> None:
        self.window.close()
        self.services.shutdown()


def main_shot(session: Session, out: Path, stem: str) -> None:
    services, window, tmp = session.services, session.window, session.tmp
    earlier_conversations(services.store)
    services.conversations.refresh()
    session.load()
    window.new_chat()
    attachment = prepare_file(receipt(tmp / "receipt.png"))
    done = QEventLoop()
    services.controller.answer_finished.connect(lambda *a: done.quit())
    services.controller.send("What's the total on this receipt? Do the items add up?", [attachment])
    done.exec()  # the answer streams through the real model-thread → controller → view path
    session.runtime.answer = SECOND
    services.controller.regenerate()  # a second version: the ‹ 2/2 › switcher under the answer
    done.exec()
    window.composer.edit.setPlainText("Export the line items as CSV")
    wait(600)
    scroll = window.chat.verticalScrollBar()
    scroll.setValue(scroll.maximum())  # the regenerated answer and its ‹ 2/2 › switcher
    grab(session.app, session.size, out / f"main-{stem}.png")
    viewer = open_viewer(
        window, "receipt.png", "image", attachment.images, attachment.meta, window.composer.viewer_budget()
    )
    grab_dialog(viewer, session.size, out / f"viewer-{stem}.png")
    viewer.close()
    picker = window.models.picker

    def shoot_menu() -> None:
        grab(session.app, session.size, out / f"picker-{stem}.png")
        picker.menu.hide()

    QTimer.singleShot(400, shoot_menu)
    picker.button.showMenu()


def models_shot(session: Session, out: Path, stem: str) -> None:
    services, tmp = session.services, session.tmp
    folder = tmp / "receipts-finetune"
    if not folder.exists():
        import shutil

        shutil.copytree(TINY, folder)
        services.downloads.import_folder(folder, copy=False)
    session.load()
    downloads = services.downloads
    running = "LiAutoAD/Ristretto-3B"
    downloads._controls[running] = DownloadControl()
    downloads.latest[running] = DownloadProgress(
        running, "downloading", "model.safetensors", 3_450_000_000, 7_678_615_680, 48_300_000, 88.0
    )
    downloads.failures["OpenGVLab/Mini-InternVL-Chat-4B-V1-5"] = (
        "Could not reach https://huggingface.co.",
        "Check the network, or set a mirror in Preferences.",
    )
    loaded = str(downloads.store.root / "OpenGVLab--InternVL2_5-4B")
    dialog = ModelManagerDialog(downloads, session.window, session.window.settings.runtime, "cuda", loaded)
    dialog.show()
    dialog.select("local/receipts-finetune")  # a real checkpoint (the installed catalog model is a sparse file)
    CheckpointInspector.shared().wait()  # the card's checkpoint report, read on its worker thread
    wait(200)
    grab_dialog(dialog, session.size, out / f"models-{stem}.png")
    dialog.close()
    downloads._controls.clear()


def render(app: QApplication, theme: str, size: tuple[int, int], out: Path) -> None:
    stem = f"{theme}-{size[0]}x{size[1]}"
    apply_theme(app, theme)
    for shot, with_model in ((main_shot, True), (models_shot, True), (None, False)):
        with tempfile.TemporaryDirectory() as tmp:  # a fresh profile per shot
            session = Session(app, Path(tmp), size, with_model)
            if shot is None:
                grab(app, size, out / f"first-run-{stem}.png")
            else:
                shot(session, out, stem)
            session.close()


def main() -> int:
    app = QApplication(sys.argv)
    for module in (window_models, model_picker, model_dialog_module):
        module.device_memory = lambda: GPU  # the machine the shots present: see the module docstring
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        for theme in ("light", "dark"):
            render(app, theme, size, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
