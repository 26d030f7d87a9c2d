"""Render the main window with a real conversation (an image and a streamed Markdown answer) and save
light and dark screenshots to docs/screenshots/. Run under a display, e.g.:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py

The answer comes from FakeRuntime (the tiny test checkpoints produce random text); everything else — the
window, history store, composer, tile preview and streaming path — is the real app.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_vlm.app.attachments import prepare_file  # noqa: E402
from desktop_vlm.app.context import build_services  # noqa: E402
from desktop_vlm.config.paths import AppPaths  # noqa: E402
from desktop_vlm.runtime.fake import FakeRuntime  # noqa: E402
from desktop_vlm.ui.main import create_window  # noqa: E402
from desktop_vlm.ui.theme import apply_theme  # noqa: E402

ANSWER = """The receipt is from **Corner Bakery** and lists three items:

| item | qty | price |
|---|---|---|
| Sourdough loaf | 1 | 4.50 |
| Croissant | 2 | 5.00 |
| Flat white | 1 | 3.20 |

**Total: 12.70** — the line items add up to the printed total.

```json
{"merchant": "Corner Bakery", "total": 12.70}
```"""


def receipt(path: Path) -> Path:
    image = Image.new("RGB", (600, 800), "white")
    draw = ImageDraw.Draw(image)
    lines = ["CORNER BAKERY", "", "Sourdough loaf   4.50", "Croissant x2     5.00", "Flat white       3.20", "",
             "TOTAL           12.70", "", "Thank you!"]  # fmt: skip
    for i, line in enumerate(lines):
        draw.text((60, 80 + i * 60), line, fill="black")
    image.save(path)
    return path


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def earlier_conversations(store) -> None:
    """A few older chats so the sidebar looks like a used app (one pinned)."""
    for title, question, pinned in (("Quarterly sales chart", "Which quarter grew fastest?", True),
                                    ("Invoice INV-2024-117", "Extract the line items as a table", False),
                                    ("Lecture video, week 3", "Summarise what the speaker draws", False)):  # fmt: skip
        conversation = store.create_conversation(title)
        store.add_message(conversation.id, "user", question)
        store.add_message(conversation.id, "assistant", "…")
        store.set_pinned(conversation.id, pinned)


def render(app: QApplication, theme: str, out: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:  # a fresh profile per theme: one conversation, not two
        runtime = FakeRuntime(ANSWER, delay_s=0.002)
        # present it as the model a person would run, on a GPU (the status bar and settings panel show this)
        runtime.info = replace(runtime.info, name="InternVL2_5-4B", device="cuda", dtype="bfloat16")
        services = build_services(AppPaths(Path(tmp)), lambda *a: runtime)
        earlier_conversations(services.store)
        apply_theme(app, theme)
        window = create_window(services)
        window.resize(1360, 860)
        window.show()
        done = QEventLoop()
        services.service.model_loaded.connect(done.quit)
        services.service.load_model("InternVL2_5-4B", "cuda", "bfloat16")
        done.exec()
        services.controller.new_conversation()
        attachment = prepare_file(receipt(Path(tmp) / "receipt.png"))
        services.controller.answer_finished.connect(lambda *a: done.quit())
        services.controller.send("What's the total on this receipt? Do the items add up?", [attachment])
        done.exec()  # the answer streams through the real model-thread → controller → view path
        window.composer.add_files([Path(tmp) / "receipt.png"])
        window.composer.edit.setPlainText("Export the line items as CSV")
        wait(600)
        path = out / f"main-{theme}.png"
        window.grab().save(str(path))
        window.close()
        services.shutdown()
    return path


def main() -> int:
    app = QApplication(sys.argv)
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for theme in ("light", "dark"):
        path = render(app, theme, out)
        print(f"saved {path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
