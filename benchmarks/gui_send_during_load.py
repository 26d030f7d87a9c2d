"""Window to usable, and a question sent while the saved model reloads: in fresh processes, each with an empty
profile whose settings name a model folder (as after any earlier session), the real app window is built and
shown, the saved model reloads as at every launch (torch imported on the model thread), and a question is
typed and sent at the window's first expose — before the model is there.

Recorded per run, as seconds of process age (from /proc: 10 ms steps):
- ``shown``: the window's first expose (the person can type);
- ``sent``: the question was submitted, and what the banner said then;
- ``loaded``: the model finished loading (the window can answer);
- ``first_token``: the waiting question's first answer text;
- ``errors``: any error banner shown on the way (before queueing: "No model is loaded yet").

    xvfb-run -a .venv/bin/python benchmarks/gui_send_during_load.py          # a real X window
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_send_during_load.py --runs 3
    ... --model tests/data/reference/InternVL2_5-4B   (default: the tiny fixture, real format, real runtime)
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
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from desktop_vlm.app.context import build_services
from desktop_vlm.config.paths import AppPaths
from desktop_vlm.ui.main import _schedule_model, create_window, process_age_s

app = QApplication(sys.argv[:1])
services = build_services(AppPaths(sys.argv[1]))
settings = services.settings_store.load()
window = create_window(services)
record = {"errors": []}
banner_show = window.banner.show_message

def spy(message, hint="", *, kind="error", topic=""):
    if kind == "error":
        record["errors"].append(message)
    banner_show(message, hint, kind=kind, topic=topic)

window.banner.show_message = spy

def send():
    record["shown"] = process_age_s()
    window.composer.edit.setPlainText("What is in this picture?")
    window.composer.submit()
    record["sent"] = process_age_s()
    record["banner_at_send"] = window.banner.label.text() if window.banner.isVisible() else ""

class FirstExpose(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Expose and watched.isExposed():
            self.seen = True
            QTimer.singleShot(0, send)
        return False

probe = FirstExpose(window)
window.winId()
window.windowHandle().installEventFilter(probe)
def loaded(info):
    record.setdefault("loaded", process_age_s())
    QTimer.singleShot(10_000, lambda: "first_token" not in record and finished())  # the question was dropped

services.service.model_loaded.connect(loaded)
services.service.chunk_ready.connect(lambda text: record.setdefault("first_token", process_age_s()))

def finished(*_a):
    if "finished" in record:
        return
    record["finished"] = process_age_s()
    print(json.dumps(record), flush=True)
    window.close()
    services.shutdown()
    app.quit()

services.controller.answer_finished.connect(finished)
services.controller.error.connect(lambda *a: finished())
window.show()
_schedule_model(window, settings)
QTimer.singleShot(120_000, finished)
app.exec()
"""


def run_once(model: Path) -> dict:
    with tempfile.TemporaryDirectory() as home:
        config = Path(home) / "config"
        config.mkdir()
        (config / "settings.json").write_text(json.dumps({"runtime": {"active_model": str(model), "device": "cpu"}}))
        out = subprocess.run(
            [sys.executable, "-c", _DRIVER, home],
            capture_output=True,
            text=True,
            timeout=180,
            cwd=ROOT,
            env=os.environ | {"PYTHONPATH": str(ROOT)},
        )
        line = next((line for line in out.stdout.splitlines() if line.startswith("{")), None)
        if line is None:
            raise SystemExit(out.stderr[-3000:])
        return json.loads(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--model", type=Path, default=ROOT / "tests" / "data" / "reference" / "InternVL2_5-4B")
    args = parser.parse_args()
    runs = [run_once(args.model.resolve()) for _ in range(args.runs)]
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "?")
    for key in ("shown", "loaded", "first_token", "finished"):
        values = [r[key] for r in runs if key in r]
        median = f"median {statistics.median(values):.2f} s" if values else "never"
        print(f"{key:>12}: {median}  (each run: {', '.join(f'{v:.2f}' for v in values) or '-'})")
    banners = {r.get("banner_at_send", "") for r in runs}
    errors = [e for r in runs for e in r["errors"]]
    waited = [r["loaded"] - r["sent"] for r in runs if "loaded" in r]
    print(
        f"{platform}, {args.runs} runs, model {args.model.name}: the question was sent "
        f"{statistics.median(waited):.2f} s (median) before the model was ready; banner at send: {sorted(banners)}; "
        f"errors shown: {errors or 'none'}; answered in {sum('first_token' in r for r in runs)} of {len(runs)} runs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
