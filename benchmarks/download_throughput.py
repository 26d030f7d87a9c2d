"""Download throughput on loopback: our client vs plain curl fetching the same files from the same local
hub server, in one run. The server runs in its own process so that neither client shares its interpreter.

    .venv/bin/python benchmarks/download_throughput.py --size-mb 400
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_vlm.config.settings import HubSettings  # noqa: E402
from desktop_vlm.hub import ModelStore, Puller  # noqa: E402
from tests.hub.hub_server import FakeHub, make_repo  # noqa: E402

REPO = "bench/model"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=float, default=400)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    repo = make_repo(size_mb=args.size_mb)
    total = sum(len(v) for k, v in repo.items() if not k.endswith((".py", ".bin")))
    ours, curls = [], []
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(args.size_mb)], stdout=subprocess.PIPE, text=True
    )
    hub = type("Hub", (), {"url": server.stdout.readline().strip()})
    try:
        _run(args, repo, total, hub, ours, curls)
    finally:
        server.kill()
    best_ours, best_curl = max(ours), max(curls)
    print(
        f"{total / 1e6:.0f} MB over loopback, best of {args.repeats}: ours {best_ours:.0f} MB/s (verified with "
        f"sha256, written atomically), curl {best_curl:.0f} MB/s; ratio {best_ours / best_curl:.2f}"
    )
    print(f"command: python {' '.join(sys.argv)}")
    return 0


def _run(args, repo, total, hub, ours, curls) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeats):
            t0 = time.perf_counter()
            Puller(ModelStore(Path(tmp) / f"ours{i}"), HubSettings(endpoint=hub.url, concurrent_files=4)).pull(REPO)
            ours.append(total / (time.perf_counter() - t0) / 1e6)
            out = Path(tmp) / f"curl{i}"
            out.mkdir()
            urls = [f"{hub.url}/cdn/{REPO}/{name}" for name in repo if not name.endswith((".py", ".bin"))]
            t0 = time.perf_counter()
            procs = [
                subprocess.Popen(["curl", "-s", "-o", str(out / Path(u).name), u]) for u in urls
            ]  # parallel, like ours
            for p in procs:
                p.wait()
            curls.append(total / (time.perf_counter() - t0) / 1e6)


def serve(size_mb: float) -> None:
    with FakeHub({REPO: make_repo(size_mb=size_mb)}, redirect=False) as hub:
        print(hub.url, flush=True)
        time.sleep(3600)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        serve(float(sys.argv[2]))
    else:
        sys.exit(main())
