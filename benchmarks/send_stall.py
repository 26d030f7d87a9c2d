"""How long Send holds the UI thread with a large attachment.

- A picture: saving it to the history at Send (the baseline, as before the composer saved attachments while
  preparing them) against ours, saved on the loader thread while the attachment was prepared, so Send only
  writes the message row. The attachment is a PNG of random pixels (incompressible, so the file is as large as
  asked); its content does not matter to the store, which hashes and writes the bytes.
- ``--text``: a log too long for the context, whose parts that match the question are chosen once the question
  is known. The baseline chooses them at Send, on the UI thread (``for_question`` before ``submit``, as Send
  did before); ours chooses them on the model thread as the request is built.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/send_stall.py [--megabytes 200] [--repeat 3] [--text]
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

from desktop_vlm.app.attachments import for_question  # noqa: E402
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


def long_log(path: Path, megabytes: float) -> Path:
    """A log of one line per request, the line the question is about near its end."""
    line = "2026-12-05 10:00:00 INFO worker 3 handled request {} in 120 ms"
    count = int(megabytes * 1e6 / len(line.format(100000)))
    lines = [line.format(i) for i in range(count)]
    lines[count * 9 // 10] = "2026-12-05 11:00:00 ERROR worker 3 disk quota exceeded on /var/backups"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def measure(attachment: Path, save_while_preparing: bool, choose_at_send: bool = False) -> float:
    """Milliseconds the UI thread spent in Send."""
    with tempfile.TemporaryDirectory() as tmp:
        services = build_services(AppPaths(Path(tmp)), lambda *a: FakeRuntime("ok"))
        window = create_window(services)
        if not save_while_preparing:
            window.composer.set_history(None, None)
        run_until(services.service.model_loaded, lambda: services.service.load_model("fake", "cpu", "auto"))
        run_until(window.composer.attachments_changed, lambda: window.composer.add_files([attachment]))
        question = "Why did worker 3 run out of disk quota?"
        window.composer.edit.setPlainText(question)
        spent = []

        def send() -> None:
            started = time.perf_counter()
            if choose_at_send:
                for chip in window.composer._chips():
                    chip.attachment = for_question(chip.attachment, question)
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
    ap.add_argument("--text", action="store_true", help="a log too long for the context instead of a picture")
    args = ap.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841
    if args.text:
        with tempfile.TemporaryDirectory() as tmp:
            log = long_log(Path(tmp) / "app.log", args.megabytes)
            print(f"a {log.stat().st_size / 1e6:.0f} MB log, {args.repeat} runs per row, median (each run)\n")
            print("| parts of the text chosen | UI thread in Send |\n|---|---|")
            for title, at_send in (("at Send (before)", True), ("ours: on the model thread", False)):
                runs = [measure(log, True, choose_at_send=at_send) for _ in range(args.repeat)]
                print(f"| {title} | {statistics.median(runs):.0f} ms ({', '.join(f'{r:.0f}' for r in runs)}) |")
        return 0
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
