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
from desktop_vlm.core.types import GenerationParams  # noqa: E402
from desktop_vlm.runtime.fake import FakeRuntime  # noqa: E402
from desktop_vlm.ui.main import create_window  # noqa: E402

ANSWER = " ".join(["Some **bold** words, a `code span`, and a table row | a | b |"] * 60)
LONG = "\n\n".join(
    ["A paragraph with **bold** words and a `code span` that goes on for a while."] * 130
    + ["| item | qty |\n|---|---|\n" + "\n".join(f"| thing {i} | {i} |" for i in range(60))]
)


def measure(factory, model: str, question: str, max_new_tokens: int = 4096) -> tuple[float, float, float, int]:
    """(longest stall ms, UI-thread CPU ms within that stall, 99th percentile ms, chunks received) for one
    streamed answer. A stall with little UI-thread CPU was spent waiting: for the OS scheduler (other
    processes) or for the GIL held by the model thread."""
    with tempfile.TemporaryDirectory() as tmp:
        services = build_services(AppPaths(Path(tmp)), factory)
        window = create_window(services)
        window.show()
        loop = QEventLoop()
        services.service.model_loaded.connect(loop.quit)
        services.service.load_model(model, "cpu", "auto")
        loop.exec()
        lateness, chunks = [], [0]  # lateness: (ms late, UI-thread CPU ms since the previous tick)
        last = [time.perf_counter(), time.thread_time()]

        def tick():
            now, cpu = time.perf_counter(), time.thread_time()
            lateness.append(((now - last[0]) * 1000 - 5, (cpu - last[1]) * 1000))
            last[0], last[1] = now, cpu

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        services.controller.answer_updated.connect(lambda *a: chunks.__setitem__(0, chunks[0] + 1))
        services.controller.answer_finished.connect(lambda *a: loop.quit())
        timer.start()
        services.controller.params = GenerationParams(max_new_tokens=max_new_tokens)  # let the long answer finish
        services.controller.send(question)
        loop.exec()
        timer.stop()
        window.close()
        services.shutdown()
    lateness.sort()
    if not lateness:  # the answer finished before the probe's first tick
        return 0.0, 0.0, 0.0, chunks[0]
    worst, worst_cpu = lateness[-1]
    return worst, worst_cpu, lateness[int(len(lateness) * 0.99)][0], chunks[0]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--real", type=Path, help="a checkpoint folder to stream from with the real runtime")
    ap.add_argument("--repeat", type=int, default=3, help="runs per stream (stalls vary with machine load)")
    args = ap.parse_args(argv)
    app = QApplication(sys.argv)  # noqa: F841
    rows = [
        ("FakeRuntime, ~60 tokens/s", lambda *a: FakeRuntime(ANSWER, delay_s=1 / 60), "fake"),
        ("FakeRuntime, flat out", lambda *a: FakeRuntime(ANSWER), "fake"),
        # a fast GPU on a long answer: the whole Markdown is re-laid out on each update, so this is the worst case
        ("FakeRuntime, ~150 tokens/s, 2,000-token answer", lambda *a: FakeRuntime(LONG, delay_s=1 / 150), "fake"),
    ]
    if args.real:
        from desktop_vlm.app.inference_service import load_local_runtime

        rows.append((f"real runtime, {args.real.name}", load_local_runtime, str(args.real)))
    print(
        f"| stream ({args.repeat} runs each) | updates per run | longest UI stall, each run | UI-thread CPU "
        f"inside that stall | 99th percentile, worst run |\n|---|---|---|---|---|"
    )
    for title, factory, model in rows:
        runs = [
            measure(factory, model, "Tell me about this.", 512 if model != "fake" else 4096) for _ in range(args.repeat)
        ]
        stalls = ", ".join(f"{r[0]:.1f}" for r in runs)
        cpu = ", ".join(f"{r[1]:.1f}" for r in runs)
        print(f"| {title} | {runs[0][3]} | {stalls} ms | {cpu} ms | {max(r[2] for r in runs):.1f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
