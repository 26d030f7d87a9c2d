"""The first model chosen after the window opens: how long until it is loaded, and until a question asked the
moment it loaded is answered, with the model code imported ahead on the model thread or not, and the weights
placed before the model is reported loaded or after; and the longest UI-thread stall meanwhile.

Each run is a fresh process (so nothing is imported yet) with an empty profile: the real window is shown, the
model thread imports the model code (``InferenceService.import_model_code``, asked as ``ui.main`` asks it,
with the start-up delay) or does not, the person looks at the window for ``--choose-after`` seconds, then
chooses the checkpoint. With ``--ask``, a one-token question goes out the moment the model is loaded. Three
kinds of run alternate:

- ``by the load, placed now``: the window as it was, the code imported by the load, the weights placed
  before the model is reported loaded (``load_runtime(place_later=False)``);
- ``ahead, placed now``: the code imported ahead;
- ``ahead, placed later``: the app now (the production factory loads with ``place_later=True``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/first_choice.py --size full --workdir /work/bench
    ... --checkpoint DIR  (instead of a synthetic one)  --runs 3  --choose-after 5  --ask

Per run: ``load_s``, from the choice to ``model_loaded``; with ``--ask``, ``answered_s``, from the choice to the
answer's end; the longest a 5 ms UI-thread timer fired late while the window waited for the choice (the
import ahead runs then), while the model loaded, and in the ``--after`` seconds after that (the weights
placed later are placed then) or until the answer ended.
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
KINDS = ("by the load, placed now", "ahead, placed now", "ahead, placed later")

_DRIVER = r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_vlm.app.context import build_services
from desktop_vlm.app.inference_service import load_local_runtime
from desktop_vlm.config.paths import AppPaths
from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime.api import ChatRequest
from desktop_vlm.ui.main import STARTUP_LOAD_DELAY_MS, create_window

profile, checkpoint, kind = sys.argv[1], sys.argv[2], sys.argv[3]
choose_after, after_s, ask = float(sys.argv[4]), float(sys.argv[5]), sys.argv[6] == "ask"

def placed_now(path, device, dtype, on_progress, quantize="none"):
    from desktop_vlm.runtime import load_runtime

    return load_runtime(path, device=device, dtype=dtype, on_progress=on_progress, place_later=False)

app = QApplication(sys.argv[:1])
services = build_services(AppPaths(profile), load_local_runtime if kind.endswith("later") else placed_now)
window = create_window(services)
record = {"kind": kind, "stall_waiting_ms": 0.0, "stall_loading_ms": 0.0, "stall_after_ms": 0.0}
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
    record["load_s"] = time.perf_counter() - record["chosen"]
    phase[0] = "after"
    if ask:
        services.service.generate(ChatRequest("What is this?", params=GenerationParams(max_new_tokens=1)))
    else:
        QTimer.singleShot(int(after_s * 1000), done)

def answered(result):
    record["answered_s"] = time.perf_counter() - record["chosen"]
    done()

def done():
    record.pop("chosen")
    print(json.dumps(record), flush=True)
    window.close()
    services.shutdown()
    app.quit()

def failed(message, *_hint):
    print(json.dumps({"error": message}), flush=True)
    app.quit()

services.service.model_loaded.connect(loaded)
services.service.model_load_failed.connect(failed)
services.service.finished.connect(answered)
services.service.failed.connect(failed)
window.show()
timer.start()
if kind.startswith("ahead"):
    services.service.import_model_code(after_ms=STARTUP_LOAD_DELAY_MS)
QTimer.singleShot(int(choose_after * 1000), choose)
app.exec()
"""


def run_once(checkpoint: Path, kind: str, args: argparse.Namespace, profile: Path) -> dict:
    command = [sys.executable, "-c", _DRIVER, str(profile), str(checkpoint), kind, str(args.choose_after)]
    out = subprocess.run(
        [*command, str(args.after), "ask" if args.ask else "load"],
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
        raise SystemExit(f"the run failed: {record['error']}")
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkpoint", type=Path, help="a checkpoint folder (default: a synthetic one)")
    parser.add_argument("--size", default="full", help="synthetic checkpoint size (benchmarks/synthetic.py)")
    parser.add_argument("--workdir", type=Path, help="the synthetic checkpoint is written here once")
    parser.add_argument("--runs", type=int, default=3, help="runs of each kind, alternated")
    parser.add_argument("--choose-after", type=float, default=5.0, help="seconds from the window shown to the choice")
    parser.add_argument("--after", type=float, default=4.0, help="seconds the stall is watched after the load")
    parser.add_argument("--ask", action="store_true", help="ask a one-token question the moment it loaded")
    args = parser.parse_args(argv)
    checkpoint = args.checkpoint
    if checkpoint is None:
        if args.workdir is None:
            parser.error("give --checkpoint, or --workdir for a synthetic checkpoint")
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from synthetic import ensure_checkpoint

        checkpoint = ensure_checkpoint("internvl2_5-4b", args.size, args.workdir)
    runs: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            for k, kind in enumerate(KINDS):
                record = run_once(checkpoint.resolve(), kind, args, Path(tmp) / f"{i}-{k}")
                runs[kind].append(record)
                answered = f", answered {record['answered_s']:.2f} s" if args.ask else ""
                print(
                    f"{kind}: loaded {record['load_s']:.2f} s{answered}, longest stall "
                    f"{record['stall_waiting_ms']:.0f} ms waiting, {record['stall_loading_ms']:.0f} ms loading, "
                    f"{record['stall_after_ms']:.0f} ms after",
                    flush=True,
                )
    after = "until the answer" if args.ask else f"{args.after:g} s after"
    print(f"\n{checkpoint.name}, the choice {args.choose_after:g} s after the window shows, medians of {args.runs}\n")
    answered_head = " choice to answered |" if args.ask else ""
    print(f"| model code, weights | choice to loaded |{answered_head} longest UI stall: waiting | loading | {after} |")
    print("|---|---|---|---|---|" + ("---|" if args.ask else ""))
    for kind in KINDS:
        rows = runs[kind]

        def median(key: str, rows=rows) -> float:
            return statistics.median(r[key] for r in rows)

        answered = f" {median('answered_s'):.2f} s |" if args.ask else ""
        print(
            f"| {kind} | {median('load_s'):.2f} s |{answered} {median('stall_waiting_ms'):.0f} ms | "
            f"{median('stall_loading_ms'):.0f} ms | {median('stall_after_ms'):.0f} ms |"
        )
    print(f"\ncommand: python benchmarks/{Path(__file__).name} {' '.join(sys.argv[1:] if argv is None else argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
