"""The longest UI-thread stall while an answer streams: a 5 ms QTimer on the UI thread records how late
each tick fires while the real window shows a streamed Markdown answer.

    xvfb-run -a .venv/bin/python benchmarks/ui_stall.py              # FakeRuntime at ~60 tokens/s and flat out
    xvfb-run -a .venv/bin/python benchmarks/ui_stall.py --real DIR   # also the real runtime on a checkpoint
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_vlm.app.context import build_services  # noqa: E402
from desktop_vlm.config.paths import AppPaths  # noqa: E402
from desktop_vlm.runtime.fake import FakeRuntime  # noqa: E402
from desktop_vlm.ui.main import create_window  # noqa: E402

ANSWER = " ".join(["Some **bold** words, a `code span`, and a table row | a | b |"] * 60)


def measure(factory, model: str, question: str) -> tuple[float, float, int]:
    """(longest stall ms, 99th percentile ms, chunks received)."""
    with tempfile.TemporaryDirectory() as tmp:
        services = build_services(AppPaths(Path(tmp)), factory)
        window = create_window(services)
        window.show()
        loop = QEventLoop()
        services.service.model_loaded.connect(loop.quit)
        services.service.load_model(model, "cpu", "auto")
        loop.exec()
        lateness, chunks = [], [0]
        last = [time.perf_counter()]

        def tick():
            now = time.perf_counter()
            lateness.append((now - last[0]) * 1000 - 5)
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        services.controller.answer_updated.connect(lambda *a: chunks.__setitem__(0, chunks[0] + 1))
        services.controller.answer_finished.connect(lambda *a: loop.quit())
        timer.start()
        services.controller.send(question)
        loop.exec()
        timer.stop()
        window.close()
        services.shutdown()
    lateness.sort()
    return lateness[-1], lateness[int(len(lateness) * 0.99)], chunks[0]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--real", type=Path, help="a checkpoint folder to stream from with the real runtime")
    args = ap.parse_args(argv)
    app = QApplication(sys.argv)  # noqa: F841
    rows = [
        ("FakeRuntime, ~60 tokens/s", lambda *a: FakeRuntime(ANSWER, delay_s=1 / 60), "fake"),
        ("FakeRuntime, flat out", lambda *a: FakeRuntime(ANSWER), "fake"),
    ]
    if args.real:
        from desktop_vlm.app.inference_service import load_local_runtime

        rows.append((f"real runtime, {args.real.name}", load_local_runtime, str(args.real)))
    print("| stream | chunks shown | longest UI stall | 99th percentile |\n|---|---|---|---|")
    for title, factory, model in rows:
        worst, p99, chunks = measure(factory, model, "Tell me about this.")
        print(f"| {title} | {chunks} | {worst:.1f} ms | {p99:.1f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
