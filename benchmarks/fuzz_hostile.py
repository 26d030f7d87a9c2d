"""Hostile inputs of the kinds an attacker or an unlucky user brings, each class with its own budget to respect:
decompression bombs inside PDFs, videos whose headers lie about the frame size, images far over the pixel cap,
hostile conversation imports, and hostile HTTP requests to ``desktop-vlm serve``.

Every PDF, video and image input runs in a fresh Python process (this script again, with ``--one``), so a crash
is counted instead of ending the run and each input's peak resident memory (VmHWM, Linux) is its own. Imports run
25 per process, one after the other (the peak is the largest one's, the export text it was handed included); the
server is one process receiving every request. A finding is any outcome other
than a result or a clear refusal: a crash, an unexpected exception, a hang, a 5xx, a value out of bounds.

    .venv/bin/python benchmarks/fuzz_hostile.py                      # all classes (~10 minutes on 2 cores)
    .venv/bin/python benchmarks/fuzz_hostile.py --classes pdf,video  # some of them
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CLASSES = ("pdf", "video", "image", "history", "server")
TIMEOUT_S = 120  # per input; a history batch of 25 imports gets 25 times this


def peak_mb() -> int:
    """This process's peak resident memory in MB (0 where /proc is missing)."""
    try:
        return int(re.search(r"VmHWM:\s+(\d+)", Path("/proc/self/status").read_text()).group(1)) // 1024
    except (OSError, AttributeError):
        return 0


# -- one input, in its own process ---------------------------------------------------------------------
def run_one(kind: str, path: Path) -> dict:
    from desktop_vlm.core.errors import DesktopVlmError

    start = time.perf_counter()
    try:
        if kind == "pdf":
            from desktop_vlm.media import pdf_page_count, render_pdf_page

            if pdf_page_count(path):
                render_pdf_page(path, 0, max_tiles=12)
        elif kind == "video":
            from desktop_vlm.media import sample_video_frames

            sample_video_frames(path, 8)
        elif kind == "image":
            from desktop_vlm.media import load_image_fitted

            load_image_fitted(path, max_tiles=12)
        else:
            return _history_batch(path)
        outcome = "decoded"
    except DesktopVlmError:
        outcome = "clear error"
    except Exception as err:  # a finding
        outcome = f"unexpected {type(err).__name__}"
    return {"outcomes": {outcome: 1}, "seconds": time.perf_counter() - start, "peak_mb": peak_mb()}


def _history_batch(folder: Path) -> dict:
    """Import each export in ``folder`` (one file each, read one at a time) into a fresh history."""
    from desktop_vlm.history import HistoryStore
    from tests.history.hostile_exports import import_outcome

    start = time.perf_counter()
    outcomes: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        store = HistoryStore(Path(tmp) / "h.sqlite3", Path(tmp) / "att")
        for path in sorted(folder.iterdir()):
            outcomes[import_outcome(store, path.read_text(encoding="utf-8"))] += 1
        store.close()
    return {"outcomes": dict(outcomes), "seconds": time.perf_counter() - start, "peak_mb": peak_mb()}


# -- the inputs of each class ----------------------------------------------------------------------------
def pdf_inputs(rng: random.Random, count: int) -> list[bytes]:
    from tests.media.fuzz_inputs import mutate
    from tests.media.pdf_files import bomb_pdf, image_bomb_pdf, many_pages_pdf, page_of_size_pdf, recursive_form_pdf

    mb = 1024 * 1024
    fixed = [
        bomb_pdf(1024 * mb, 4),
        bomb_pdf(256 * mb, 16),
        bomb_pdf(64 * mb, 64),
        bomb_pdf(512 * mb, 1),
        image_bomb_pdf(20000, 1),
        image_bomb_pdf(12000, 8),
        recursive_form_pdf(2),
        recursive_form_pdf(8),
        many_pages_pdf(30000),
        page_of_size_pdf(0.01, 900000),
        page_of_size_pdf(14400, 14400),
        page_of_size_pdf(1e9, 1e9),
    ]
    seeds = [bomb_pdf(32 * mb, 4), image_bomb_pdf(4000, 2), recursive_form_pdf(3)]
    out = fixed[:count]
    while len(out) < count:
        out.append(mutate(rng.choice(seeds), rng))
    return out


def video_inputs(rng: random.Random, count: int) -> list[bytes]:
    from tests.media.fuzz_inputs import lying_video, mutate, plain_jpeg

    first = plain_jpeg((64, 48))
    huge = [
        plain_jpeg((12000, 12000), "L"),
        plain_jpeg((8300, 8300), "L"),
        plain_jpeg((16000, 16), "L"),
        plain_jpeg((16, 9000), "L"),
        plain_jpeg((8192, 8192), "L"),
    ]
    fixed = [lying_video([first] + [frame] * n) for frame in huge for n in (1, 6)]
    out = fixed[:count]
    while len(out) < count:
        out.append(mutate(lying_video([first] + [rng.choice(huge)] * 3), rng))
    return out


def image_inputs(rng: random.Random, count: int) -> list[bytes]:
    import io

    from PIL import Image

    from tests.media.fuzz_inputs import large_png, mutate

    def jpeg(size, **kwargs):
        buffer = io.BytesIO()
        Image.new("L", size, 120).save(buffer, "JPEG", **kwargs)
        return buffer.getvalue()

    fixed = [
        large_png(20000, 20000),
        large_png(22000, 22000),
        large_png(60000, 60000, declared_only=True),
        jpeg((20000, 12000)),
        jpeg((12000, 9000), progressive=True),
        large_png(100_000, 1000),
    ]
    seeds = [large_png(12000, 8000), jpeg((10000, 9000))]
    out = fixed[:count]
    while len(out) < count:
        out.append(mutate(rng.choice(seeds), rng))
    return out


# -- running a class ------------------------------------------------------------------------------------
def run_files(kind: str, inputs: list[bytes | list[str]], workdir: Path) -> dict:
    """Each input in a fresh process: a file, or for "history" a folder of export texts."""
    suffix = {"pdf": ".pdf", "video": ".mkv", "image": ".img", "history": ""}[kind]
    outcomes: Counter[str] = Counter()
    peak, slowest = 0, 0.0
    for number, data in enumerate(inputs):
        path = workdir / f"{kind}-{number}{suffix}"
        if kind == "history":
            path.mkdir()
            for index, text in enumerate(data):
                (path / f"{index:03d}.json").write_text(text, encoding="utf-8")
        else:
            path.write_bytes(data)
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--one", kind, str(path)],
                capture_output=True,
                text=True,
                timeout=TIMEOUT_S * (25 if kind == "history" else 1),
                cwd=ROOT,
                check=False,
            )
            result = json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else None
        except subprocess.TimeoutExpired:
            result = {"outcomes": {f"hang (>{TIMEOUT_S} s)": 1}, "seconds": TIMEOUT_S, "peak_mb": 0}
        if result is None:
            result = {"outcomes": {f"crash (exit {done.returncode})": 1}, "seconds": 0.0, "peak_mb": 0}
        outcomes.update(result["outcomes"])
        peak, slowest = max(peak, result["peak_mb"]), max(slowest, result["seconds"])
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    return {"outcomes": outcomes, "peak_mb": peak, "slowest_s": slowest}


def run_server(rng: random.Random, count: int, workdir: Path) -> dict:
    from tests.headless.hostile_requests import hostile_requests, judge, send

    allowed = workdir / "allowed"
    allowed.mkdir()
    os.mkfifo(allowed / "fifo.png")
    (allowed / "loop.png").symlink_to(allowed / "loop.png")
    script = (
        "import sys, time\nfrom pathlib import Path\nfrom desktop_vlm.runtime.fake import FakeRuntime\n"
        "from desktop_vlm.server import ImagePolicy, ServerConfig, create_server\n"
        "config = ServerConfig('fake', image_policy=ImagePolicy(allow_files=Path(sys.argv[1])), "
        "header_timeout_s=2.0)\nserver = create_server(FakeRuntime, config, '127.0.0.1', 0)\n"
        "server.start_background()\nprint(server.server_address[1], flush=True)\ntime.sleep(3600)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script, str(allowed)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    outcomes: Counter[str] = Counter()
    slowest = 0.0
    try:
        address = ("127.0.0.1", int(proc.stdout.readline()))
        time.sleep(0.5)  # the fake model loads at once; this leaves the worker thread time to say so
        for case in hostile_requests(rng, count, allowed):
            try:
                status, seconds = send(address, case, timeout=30)
                verdict = judge(case, status, seconds, 2.0)
            except OSError as err:
                verdict, seconds = f"connection failed ({type(err).__name__})", 0.0
            outcomes["ok" if verdict == "ok" else f"{case.label}: {verdict}"] += 1
            slowest = max(slowest, seconds)
        status = Path(f"/proc/{proc.pid}/status").read_text()
        peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) // 1024
    finally:
        proc.kill()
        proc.wait()
    return {"outcomes": outcomes, "peak_mb": peak, "slowest_s": slowest}


FINE = {"decoded", "clear error", "imported", "refused", "ok"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--classes", default=",".join(CLASSES))
    ap.add_argument("--count", type=int, default=0, help="inputs per class (default: 40 / 40 / 12 / 400 / 400)")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--one", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one[0], Path(args.one[1]))))
        return 0
    rng = random.Random(args.seed)
    defaults = {"pdf": 40, "video": 40, "image": 12, "history": 400, "server": 400}
    rows, findings = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for kind in args.classes.split(","):
            count = args.count or defaults[kind]
            started = time.perf_counter()
            if kind == "server":
                result = run_server(rng, count, workdir)
            elif kind == "history":
                from tests.history.hostile_exports import hostile_export

                texts = [hostile_export(rng) for _ in range(count)]
                result = run_files("history", [texts[i : i + 25] for i in range(0, count, 25)], workdir)
            else:
                make = {"pdf": pdf_inputs, "video": video_inputs, "image": image_inputs}[kind]
                result = run_files(kind, make(rng, count), workdir)
            bad = sum(n for outcome, n in result["outcomes"].items() if outcome not in FINE)
            findings += bad
            rows.append(
                f"| {kind} | {count} | {bad} | {result['peak_mb']:,} MB | {result['slowest_s']:.1f} s | "
                f"{dict(result['outcomes'])} | {time.perf_counter() - started:.0f} s |"
            )
            print(rows[-1], flush=True)
    print("\n| area | inputs tried | failures | peak RSS of the app process | slowest input | outcomes | run time |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print(f"\ncommand: python {' '.join(sys.argv)}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
