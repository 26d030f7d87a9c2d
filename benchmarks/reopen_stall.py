"""Opening a conversation that holds large photos: how long the UI thread is blocked, and how long until
every picture is shown. The baseline decodes each picture on the UI thread, as the chat view did before
pictures moved to a worker (commit d89c5fd); ours makes them on a worker and caches them by sha256, measured
with an empty cache (first open after the photos were sent from elsewhere) and with the cache on disk
(after a restart).

    xvfb-run -a .venv/bin/python benchmarks/reopen_stall.py [--photos 6] [--megapixels 24] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_vlm.app.context import build_services  # noqa: E402
from desktop_vlm.config.paths import AppPaths  # noqa: E402
from desktop_vlm.runtime.fake import FakeRuntime  # noqa: E402
from desktop_vlm.ui.main import create_window  # noqa: E402
from desktop_vlm.ui.message_thumbnails import THUMBNAIL_PX, MessageThumbnails  # noqa: E402


class UiThreadPictures(MessageThumbnails):
    """The baseline: every picture decoded where it is asked for, on the UI thread, and not kept."""

    def pixmap(self, attachment) -> QPixmap | None:
        return QPixmap(str(attachment.path)).scaled(
            THUMBNAIL_PX, THUMBNAIL_PX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )


def photo(path: Path, megapixels: float, seed: int) -> Path:
    """A JPEG of about ``megapixels`` with a camera photo's detail (gradients plus sensor-like noise)."""
    height = int((megapixels * 1e6 * 3 / 4) ** 0.5)
    width = int(height * 4 / 3)
    rng = np.random.default_rng(seed)
    ramp = np.linspace(0, 200, width, dtype=np.float32)[None, :, None] + np.linspace(0, 55, height)[:, None, None]
    noise = rng.normal(0, 12, (height, width, 3)).astype(np.float32)
    Image.fromarray(np.clip(ramp + noise, 0, 255).astype(np.uint8)).save(path, quality=90)
    return path


def settle(window, deadline_s: float = 60.0) -> None:
    """Run the event loop until every picture of the open conversation is shown."""
    end = time.perf_counter() + deadline_s
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        labels = [label for w in window.chat._widgets.values() for shown in w.pictures.values() for label in shown]
        if labels and all(label.pixmap() is not None and not label.pixmap().isNull() for label in labels):
            return
        time.sleep(0.002)
    raise TimeoutError("pictures did not all appear")


def open_once(window, cid: int) -> tuple[float, float]:
    """(ms the UI thread was blocked opening the conversation, ms until every picture was shown)."""
    window.controller.new_conversation()
    QCoreApplication.processEvents()
    started = time.perf_counter()
    window.controller.open_conversation(cid)
    QCoreApplication.processEvents()
    blocked = time.perf_counter() - started
    settle(window)
    return blocked * 1000, (time.perf_counter() - started) * 1000


def measure(photos: list[Path], variant: str) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        services = build_services(AppPaths(Path(tmp)), lambda *a: FakeRuntime("ok"))
        store = services.store
        conversation = store.create_conversation("Holiday photos")
        for i, path in enumerate(photos):
            attachment = store.store_attachment(path, name=path.name, kind="image", mime="image/jpeg")
            store.add_message(conversation.id, "user", f"Photo {i + 1}?", attachments=[attachment])
            store.add_message(conversation.id, "assistant", "A landscape.")
        window = create_window(services)
        window.show()
        if variant == "baseline":
            window.chat.thumbnails = UiThreadPictures(Path(tmp) / "unused", window)
        else:
            window.chat.thumbnails.wait()
        if variant == "cached":  # made once, then a restart: memory empty, the cache folder full
            open_once(window, conversation.id)
            window.thumbnails._pixmaps.clear()
        result = open_once(window, conversation.id)
        window.thumbnails.wait()
        window.close()
        services.shutdown()
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=6)
    ap.add_argument("--megapixels", type=float, default=24.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841
    with tempfile.TemporaryDirectory() as tmp:
        photos = [photo(Path(tmp) / f"photo{i}.jpg", args.megapixels, i) for i in range(args.photos)]
        size_mb = sum(p.stat().st_size for p in photos) / len(photos) / 1e6
        print(
            f"{args.photos} photos of {args.megapixels:g} MP ({size_mb:.1f} MB each), {args.repeat} runs per row, "
            "medians (each run)\n"
        )
        print("| pictures | UI thread blocked opening the conversation | until every picture is shown |\n|---|---|---|")
        titles = {
            "baseline": "decoded on the UI thread (before)",
            "cold": "ours: worker, empty cache",
            "cached": "ours: cache on disk (after a restart)",
        }
        for variant, title in titles.items():
            runs = [measure(photos, variant) for _ in range(args.repeat)]
            blocked, shown = [r[0] for r in runs], [r[1] for r in runs]
            print(
                f"| {title} | {statistics.median(blocked):.0f} ms ({', '.join(f'{b:.0f}' for b in blocked)}) | "
                f"{statistics.median(shown):.0f} ms ({', '.join(f'{s:.0f}' for s in shown)}) |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
