"""Time from process start to the main window's first expose (shown and painted), measured by the app
itself (`DESKTOP_VLM_MEASURE_STARTUP=1 desktop-vlm`, or `--measure-startup`), in fresh processes with
empty user folders.

    xvfb-run -a .venv/bin/python benchmarks/gui_startup.py      # a real X window
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time


def main(runs: int = 5) -> int:
    spawn, own, torch_loaded = [], [], set()
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = os.environ | {
                "XDG_DATA_HOME": home,
                "XDG_CONFIG_HOME": home,
                "XDG_CACHE_HOME": home,
                "XDG_STATE_HOME": home,
                "DESKTOP_VLM_MEASURE_STARTUP": "1",
            }
            launched = time.time()
            out = subprocess.run(
                [sys.executable, "-m", "desktop_vlm"], env=env, capture_output=True, text=True, timeout=120
            )
            line = next((x for x in out.stdout.splitlines() if x.startswith("window shown at ")), None)
            if line is None:
                print(out.stderr[-2000:], file=sys.stderr)
                return 1
            spawn.append(float(line.split()[3]) - launched)  # from our spawn call to the window's first expose
            own.append(float(line.split("(", 1)[1].split()[0]))  # the app's own process age at that moment
            torch_loaded.add(line.rsplit(":", 1)[1].strip())
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "?")
    print(
        f"launch → window shown ({platform}, {runs} runs): median {statistics.median(spawn):.3f} s, "
        f"min {min(spawn):.3f} s, max {max(spawn):.3f} s (from the spawn call); the app's own process age at "
        f"that moment: median {statistics.median(own):.3f} s; torch imported before the window: {sorted(torch_loaded)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
