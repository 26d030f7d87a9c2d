"""How long Send holds the UI thread with a large attachment: saving it to the history at Send (the
baseline, as before the composer saved attachments while preparing them) against ours, saved on the
loader thread while the attachment was prepared, so Send only writes the message row.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/send_stall.py [--megabytes 200] [--repeat 3]

The attachment is a PNG of random pixels (incompressible, so the file is as large as asked); its content
does not matter to the store, which hashes and writes the bytes.
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
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_vlm.app.context import build_services  # noqa: E402
from desktop_vlm.config.paths import AppPaths  # noqa: E402
from desktop_vlm.runtime.fake import FakeRuntime  # noqa: E402
from desktop_vlm.ui.main import create_window  # noqa: E402


def noise_png(path: Path, megabytes: float) -> Path:
    side = int((megabytes * 1e6 / 3) ** 0.5)
    pixels = np.random.default_rng(0).integers(0, 256, (side, side, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(path, compress_level=1)
    return path


def run_until(signal, trigger, timeout_s: float = 120.0) -> None:
    """Call ``trigger`` and run the event loop until ``signal`` fires (connected first: it may be quick)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    trigger()
    loop.exec()
    signal.disconnect(loop.quit)


def measure(picture: Path, save_while_preparing: bool) -> float:
    """Milliseconds the UI thread spent in Send."""
    with tempfile.TemporaryDirectory() as tmp:
        services = build_services(AppPaths(Path(tmp)), lambda *a: FakeRuntime("ok"))
        window = create_window(services)
        if not save_while_preparing:
            window.composer.set_history(None, None)
        run_until(services.service.model_loaded, lambda: services.service.load_model("fake", "cpu", "auto"))
        run_until(window.composer.attachments_changed, lambda: window.composer.add_files([picture]))
        window.composer.edit.setPlainText("What is this?")
        spent = []

        def send() -> None:
            started = time.perf_counter()
            window.composer.submit()
            spent.append(time.perf_counter() - started)

        run_until(services.controller.answer_finished, send)
        window.close()
        services.shutdown()
    return spent[0] * 1000


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--megabytes", type=float, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841
    with tempfile.TemporaryDirectory() as tmp:
        picture = noise_png(Path(tmp) / "big.png", args.megabytes)
        size = picture.stat().st_size / 1e6
        print(f"a {size:.0f} MB attachment, {args.repeat} runs per row, median (each run)\n")
        print("| attachment saved | UI thread in Send |\n|---|---|")
        for title, early in (("at Send (before)", False), ("ours: while it was prepared", True)):
            runs = [measure(picture, early) for _ in range(args.repeat)]
            print(f"| {title} | {statistics.median(runs):.0f} ms ({', '.join(f'{r:.0f}' for r in runs)}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
