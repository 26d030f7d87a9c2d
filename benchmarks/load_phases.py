"""How long each phase of a model load takes, for a first load (no decode-kernel choices cached yet, as for a
new user or a new torch) or a later one, optionally for two checkouts alternated (a before / after).

    python benchmarks/load_phases.py --size full --workdir DIR [--first] [--loads 3] [--quantize int8]
                                     [--tree PATH ...] [--steps 12]

Every load runs in a fresh process (this script again, with ``--one``), so no load finds the previous one's
memory or imports. The phases are the loader's own progress reports (``load_runtime(on_progress=…)``): the
seconds from one report to the next, a report's percentages and shape counts folded into one phase. ``--first``
gives each load an empty kernel-choice file, so the probe measures, in a cache folder of its own (quantised
weights already kept in the user cache folder are linked into it, not made again). ``--steps`` then times that
many decode steps after a 445-position prompt: a load that leaves the weights in slower memory shows there.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROMPT_POSITIONS = 445  # the llama.cpp bench's prompt: one picture at one tile and the question
# "Loading weights 42%" and "…: measuring 2 of 5" are steps of one phase
_COUNTED = re.compile(r"\s*(\d+%|\d+ of \d+)$")


def phase_name(step: str) -> str:
    """The phase a progress report belongs to: the report without its percentage or its "N of M"."""
    return _COUNTED.sub("", step)


def phases(reports: list[tuple[float, str]], started: float, ended: float) -> dict[str, float]:
    """Seconds per phase from ``reports`` ((perf_counter time, step), in order) of a load that ran from
    ``started`` to ``ended``: each report's time goes to the phase before it, the first report's to
    "starting"."""
    spent: dict[str, float] = {}
    name, since = "starting", started
    for at, step in [*reports, (ended, "")]:
        spent[name] = spent.get(name, 0.0) + at - since
        name, since = phase_name(step), at
    return spent


def one_load(args: argparse.Namespace) -> dict:
    """Load once in this process and return the phases, the whole load and (with ``--steps``) the step time."""
    sys.path[:0] = [str(args.tree[0]), str(HERE)]
    started = time.perf_counter()
    import torch

    from desktop_vlm.runtime import load_runtime

    imported = time.perf_counter()
    reports: list[tuple[float, str]] = []
    runtime = load_runtime(
        args.checkpoint,
        device="cpu",
        quantize=None if args.quantize == "none" else args.quantize,
        on_progress=lambda step: reports.append((time.perf_counter(), step)),
        cache_dir=args.cache_dir,
    )
    loaded = time.perf_counter()
    result = {
        "import_s": imported - started,
        "load_s": loaded - imported,
        "phases": phases(reports, imported, loaded),
        "kernel": runtime.decode_kernel,
    }
    if args.steps:
        from decode_step_profile import timed_steps

        decoder = runtime.model.decoder
        with torch.inference_mode():
            cache = decoder.new_cache()
            width = decoder.embed(torch.zeros(1, 1, dtype=torch.long)).shape[-1]
            prompt = torch.randn(1, PROMPT_POSITIONS, width, generator=torch.Generator().manual_seed(0)) * 0.02
            decoder(prompt.to(runtime.dtype), torch.zeros(1, PROMPT_POSITIONS, dtype=torch.bool), cache, 1)
            timed_steps(decoder, cache, 2)  # first steps pay for kernel set-up
            result["step_ms"] = statistics.median(timed_steps(decoder, cache, args.steps)) * 1e3
    return result


def cache_folder(first: bool, quantize: str, parent: Path) -> Path | None:
    """The cache folder a load is given: None (the user's) for a later load; for a first load a new one
    without kernel choices, holding a link to the user cache's quantised weights when they are used."""
    if not first:
        return None
    from desktop_vlm.runtime.kernels.probe import default_cache_dir
    from desktop_vlm.runtime.kernels.stored import FOLDER

    folder = Path(tempfile.mkdtemp(dir=parent, prefix="first-load-"))
    kept = default_cache_dir() / FOLDER
    if quantize != "none" and kept.is_dir():
        (folder / FOLDER).symlink_to(kept, target_is_directory=True)
    return folder


def run_load(args: argparse.Namespace, tree: Path, scratch: Path) -> dict:
    """One load of ``tree``'s runtime in a fresh process."""
    command = [sys.executable, __file__, "--one", "--checkpoint", str(args.checkpoint), "--tree", str(tree)]
    command += ["--quantize", args.quantize, "--steps", str(args.steps)]
    folder = cache_folder(args.first, args.quantize, scratch)
    if folder is not None:
        command += ["--cache-dir", str(folder)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"a load of {tree} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(results: dict[str, list[dict]]) -> str:
    """Medians per tree: the load, each phase, the imports before it and the step after it."""
    names = list(dict.fromkeys(name for runs in results.values() for run in runs for name in run["phases"]))
    header = ["checkout", "loads", "imports", "load", *names]
    if any("step_ms" in run for runs in results.values() for run in runs):
        header.append("decode step")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for tree, runs in results.items():
        cells = [tree, str(len(runs))]
        cells += [f"{statistics.median(run[key] for run in runs):.2f} s" for key in ("import_s", "load_s")]
        cells += [f"{statistics.median(run['phases'].get(name, 0.0) for run in runs):.2f} s" for name in names]
        if "decode step" in header:
            cells.append(f"{statistics.median(run['step_ms'] for run in runs):.1f} ms")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="internvl2_5-4b")
    parser.add_argument("--size", choices=("tiny", "reduced", "full"), default="full")
    parser.add_argument("--workdir", type=Path, help="the synthetic checkpoint is written here once")
    parser.add_argument("--quantize", choices=("none", "int8", "int4"), default="none")
    parser.add_argument("--first", action="store_true", help="each load measures the decode kernels afresh")
    parser.add_argument("--loads", type=int, default=3, help="loads per checkout")
    parser.add_argument("--steps", type=int, default=0, help="decode steps timed after each load (0: none)")
    parser.add_argument("--tree", type=Path, action="append", help="a checkout whose runtime loads (repeatable)")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--checkpoint", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.tree = args.tree or [HERE.parent]
    if args.one:
        print(json.dumps(one_load(args)))
        return 0
    if args.workdir is None:
        parser.error("--workdir is required")
    sys.path[:0] = [str(HERE.parent), str(HERE)]
    from synthetic import ensure_checkpoint

    args.checkpoint = ensure_checkpoint(args.model, args.size, args.workdir)
    results: dict[str, list[dict]] = {str(tree): [] for tree in args.tree}
    with tempfile.TemporaryDirectory(prefix="load-phases-") as scratch:
        for round_ in range(args.loads):
            for tree in args.tree:  # alternated, so a drift in the machine's speed falls on every checkout
                run = run_load(args, tree, Path(scratch))
                results[str(tree)].append(run)
                step = f", step {run['step_ms']:.1f} ms" if "step_ms" in run else ""
                print(f"{tree} load {round_ + 1}: {run['load_s']:.2f} s{step}, {run['kernel']}", file=sys.stderr)
    kind = "first loads (kernel choices measured afresh)" if args.first else "later loads (kernel choices cached)"
    print(f"{args.model} ({args.size}), {args.quantize}, {kind}, medians\n")
    print(table(results))
    print(f"\ncommand: python {' '.join(sys.argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
