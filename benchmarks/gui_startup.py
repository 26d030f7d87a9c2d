"""Time from process start to the main window's first paint, measured by the app itself
(`desktop-vlm --measure-startup`), in fresh processes with empty user folders.

    xvfb-run -a .venv/bin/python benchmarks/gui_startup.py      # a real X window
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile


def main(runs: int = 5) -> int:
    times, torch_loaded = [], set()
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = os.environ | {"XDG_DATA_HOME": home, "XDG_CONFIG_HOME": home, "XDG_CACHE_HOME": home,
                                "XDG_STATE_HOME": home}  # fmt: skip
            out = subprocess.run([sys.executable, "-m", "desktop_vlm", "--measure-startup"], env=env,
                                 capture_output=True, text=True, timeout=120)  # fmt: skip
            line = next((l for l in out.stdout.splitlines() if l.startswith("window shown")), None)
            if line is None:
                print(out.stderr[-2000:], file=sys.stderr)
                return 1
            times.append(float(line.split()[2]))
            torch_loaded.add(line.rsplit(":", 1)[1].strip())
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "?")
    print(f"launch → window shown ({platform}, {runs} runs): median {statistics.median(times):.2f} s, "
          f"min {min(times):.2f} s, max {max(times):.2f} s; torch imported before the window: {sorted(torch_loaded)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
