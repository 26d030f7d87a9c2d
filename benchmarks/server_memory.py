"""Peak memory of ``desktop-vlm serve`` for one request carrying 16 data-URL PNGs of 6324×6324 (each just under
the 40 MP per-image limit; the request is ~1 MB), and for a request within the budget (16 images of 2000×2000).

The server runs from ``--source`` (default: this checkout) with the fake model, in its own process; its peak
resident memory (VmHWM, Linux) is read from /proc after each request. To compare with an older version, export
that commit into a folder (``git archive COMMIT | tar -x -C DIR``) and pass ``--source DIR``.

    .venv/bin/python benchmarks/server_memory.py
"""

from __future__ import annotations

import argparse
import base64
import http.client
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _png_url(width: int, height: int) -> str:
    from tests.media.fuzz_inputs import large_png

    return "data:image/png;base64," + base64.b64encode(large_png(width, height)).decode()


def _peak_mb(pid: int) -> int:
    return int(re.search(r"VmHWM:\s+(\d+)", Path(f"/proc/{pid}/status").read_text()).group(1)) // 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, default=ROOT, help="the desktop_vlm source tree to serve from")
    args = ap.parse_args(argv)
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_vlm", "serve", "fake:answer=ok", "--port", "0"],
        cwd=args.source,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        port = None
        while (line := proc.stderr.readline()) and "model ready" not in line:
            port = port or (m.group(1) if (m := re.search(r":(\d+)/v1", line)) else None)
        print(f"server from {args.source}: {_peak_mb(proc.pid)} MB at rest")
        for label, url in (("16 × 6324×6324 PNG", _png_url(6324, 6324)), ("16 × 2000×2000 PNG", _png_url(2000, 2000))):
            body = json.dumps(
                {
                    "messages": [
                        {
                            "role": "user",
                            "content": [
                                *[{"type": "image_url", "image_url": {"url": url}}] * 16,
                                {"type": "text", "text": "x"},
                            ],
                        }
                    ]
                }
            )
            conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=600)
            start = time.perf_counter()
            conn.request("POST", "/v1/chat/completions", body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            answer = response.read()[:160].decode(errors="replace")
            seconds = time.perf_counter() - start
            conn.close()
            print(
                f"{label} ({len(body) / 1e6:.1f} MB request): HTTP {response.status} in {seconds:.1f} s, "
                f"server peak {_peak_mb(proc.pid):,} MB so far · {answer[:100]}"
            )
    finally:
        proc.kill()
        proc.wait()
    print(f"command: python {' '.join(sys.argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
