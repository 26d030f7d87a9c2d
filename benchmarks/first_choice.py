"""The first model chosen after the window opens: how long it takes to load, with the model code imported
ahead on the model thread (as the app does when models are installed and none reconnects) or not, and the
longest UI-thread stall meanwhile.

Each run is a fresh process (so nothing is imported yet) with an empty profile: the real window is shown, the
model thread imports the model code (``InferenceService.import_model_code``, asked as ``ui.main`` asks it,
with the start-up delay) or does not, the person looks at the window for ``--choose-after`` seconds, then
chooses the checkpoint. The two kinds of run alternate.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/first_choice.py --size full --workdir /work/bench
    ... --checkpoint DIR  (instead of a synthetic one)  --runs 3  --choose-after 5

Per run: ``load_s``, from the choice to ``model_loaded``; ``stall_ms``, the longest a 5 ms UI-thread timer
fired late while the window waited for the choice (the import ahead runs then) and while the model loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_DRIVER = r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_vlm.app.context import build_services
from desktop_vlm.config.paths import AppPaths
from desktop_vlm.ui.main import STARTUP_LOAD_DELAY_MS, create_window

profile, checkpoint, ahead, choose_after = sys.argv[1], sys.argv[2], sys.argv[3] == "ahead", float(sys.argv[4])
app = QApplication(sys.argv[:1])
services = build_services(AppPaths(profile))
window = create_window(services)
record = {"ahead": ahead, "stall_waiting_ms": 0.0, "stall_loading_ms": 0.0}
phase = ["waiting"]
last = [time.perf_counter()]

def tick():
    now = time.perf_counter()
    key = f"stall_{phase[0]}_ms"
    record[key] = max(record[key], (now - last[0]) * 1000 - 5)
    last[0] = now

timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(tick)

def choose():
    phase[0] = "loading"
    record["chosen"] = time.perf_counter()
    window.load_model(checkpoint, device="cpu")

def loaded(info):
    record["load_s"] = time.perf_counter() - record.pop("chosen")
    print(json.dumps(record), flush=True)
    window.close()
    services.shutdown()
    app.quit()

def failed(message):
    print(json.dumps({"error": message}), flush=True)
    app.quit()

services.service.model_loaded.connect(loaded)
services.service.model_load_failed.connect(failed)
window.show()
timer.start()
if ahead:
    services.service.import_model_code(after_ms=STARTUP_LOAD_DELAY_MS)
QTimer.singleShot(int(choose_after * 1000), choose)
app.exec()
"""


def run_once(checkpoint: Path, ahead: bool, choose_after: float, profile: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(profile), str(checkpoint), "ahead" if ahead else "not", str(choose_after)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )
    line = next((line for line in out.stdout.splitlines() if line.startswith("{")), None)
    if line is None:
        raise SystemExit(out.stderr[-3000:])
    record = json.loads(line)
    if "error" in record:
        raise SystemExit(f"the load failed: {record['error']}")
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkpoint", type=Path, help="a checkpoint folder (default: a synthetic one)")
    parser.add_argument("--size", default="full", help="synthetic checkpoint size (benchmarks/synthetic.py)")
    parser.add_argument("--workdir", type=Path, help="the synthetic checkpoint is written here once")
    parser.add_argument("--runs", type=int, default=3, help="runs of each kind, alternated")
    parser.add_argument("--choose-after", type=float, default=5.0, help="seconds from the window shown to the choice")
    args = parser.parse_args(argv)
    checkpoint = args.checkpoint
    if checkpoint is None:
        if args.workdir is None:
            parser.error("give --checkpoint, or --workdir for a synthetic checkpoint")
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from synthetic import ensure_checkpoint

        checkpoint = ensure_checkpoint("internvl2_5-4b", args.size, args.workdir)
    runs: dict[bool, list[dict]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            for ahead in (False, True):
                record = run_once(checkpoint.resolve(), ahead, args.choose_after, Path(tmp) / f"{i}-{ahead}")
                runs[ahead].append(record)
                print(
                    f"{'ahead' if ahead else 'not ahead'}: load {record['load_s']:.2f} s, longest stall "
                    f"{record['stall_waiting_ms']:.0f} ms waiting, {record['stall_loading_ms']:.0f} ms loading",
                    flush=True,
                )
    print(f"\n{checkpoint.name}, the choice {args.choose_after:g} s after the window shows, medians of {args.runs}\n")
    print("| model code | choice to loaded | longest UI stall, waiting | longest UI stall, loading |")
    print("|---|---|---|---|")
    for ahead in (False, True):
        rows = runs[ahead]
        load = statistics.median(r["load_s"] for r in rows)
        waiting = statistics.median(r["stall_waiting_ms"] for r in rows)
        loading = statistics.median(r["stall_loading_ms"] for r in rows)
        label = "imported ahead" if ahead else "imported by the load"
        print(f"| {label} | {load:.2f} s | {waiting:.0f} ms | {loading:.0f} ms |")
    print(f"\ncommand: python benchmarks/{Path(__file__).name} {' '.join(sys.argv[1:] if argv is None else argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
