"""Synthetic checkpoints for the benchmarks: each supported model's published shape — and a reduced and a
tiny version of it — in the model's original format, with random weights. Speed depends on the shapes,
not on the values, so a run at ``full`` size measures what the real checkpoint would cost. Each family declares
its models and sizes (``synthetic_models`` in its spec) and writes them (its ``synthetic`` module).

Sizes: ``full`` = the published widths and depths; ``reduced`` = the published widths with 2 vision and
2 language layers (real-width matrices, the real vocabulary, fast enough for a CPU); ``tiny`` = the test
checkpoints' toy widths.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from desktop_vlm.runtime.family_spec import FamilySpec, SyntheticModel
from desktop_vlm.runtime.registry import families

SIZES = ("tiny", "reduced", "full")


def synthetic_models() -> dict[str, tuple[FamilySpec, SyntheticModel]]:
    """Every family's benchmark models by name (each family declares them in its spec)."""
    return {name: (spec, model) for spec in families() for name, model in spec.synthetic_models.items()}


def checkpoint_options(model: str, size: str) -> tuple[str, dict]:
    """(family name, the writer's keyword options) for ``model`` at ``size``."""
    spec, synthetic = synthetic_models()[model]
    return spec.name, synthetic.options(size)


def write_checkpoint(model: str, size: str, folder: Path) -> Path:
    """Write ``model`` at ``size`` into ``folder`` (original format: config.json, bf16 safetensors,
    tokenizer files) with its family's writer, and return the folder."""
    spec, synthetic = synthetic_models()[model]
    return spec.load("synthetic")(folder, **synthetic.options(size))


# checkpoints being written in the background (:func:`start_checkpoint`): folder → (writer, start time)
_WRITING: dict[Path, tuple[subprocess.Popen, float]] = {}


def _writer_command(model: str, size: str, folder: Path) -> list[str]:
    return [sys.executable, __file__, model, size, str(folder)]


def ensure_checkpoint(model: str, size: str, workdir: Path) -> Path:
    """``workdir/MODEL-SIZE``, written first if it is not there yet — in a child process, so that the
    writer's memory (the whole model, generated in memory) never counts in the caller's loading figures.
    Waits for it if :func:`start_checkpoint` is writing it."""
    folder = workdir / f"{model}-{size}"
    start = time.perf_counter()
    if folder in _WRITING:
        writer, start = _WRITING.pop(folder)
        if writer.wait() != 0:
            raise subprocess.CalledProcessError(writer.returncode, writer.args)
    elif not (folder / "config.json").is_file():
        subprocess.run(_writer_command(model, size, folder), check=True)
    else:
        return folder
    print(f"synthetic {model} ({size}) written in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return folder


def start_checkpoint(model: str, size: str, workdir: Path) -> None:
    """Begin writing ``workdir/MODEL-SIZE`` in the background (at a lower priority) unless it is there or on
    its way; :func:`ensure_checkpoint` waits for it. Writing the next model's checkpoint while the current
    one is measured takes half a minute of disk and random numbers per full-size model off a suite."""
    folder = workdir / f"{model}-{size}"
    if folder in _WRITING or (folder / "config.json").is_file():
        return
    nicer = (lambda: os.nice(10)) if hasattr(os, "nice") else None
    # a quarter of the cores: the rest stay with the measurement, whose GPU decode is bound by the CPU's launches
    env = os.environ | {"OMP_NUM_THREADS": str(max(1, (os.cpu_count() or 4) // 4))}
    writer = subprocess.Popen(_writer_command(model, size, folder), preexec_fn=nicer, env=env)
    _WRITING[folder] = (writer, time.perf_counter())


def stop_writing() -> None:
    """End every background writer and remove what it left half-written."""
    while _WRITING:
        folder, (writer, _start) = _WRITING.popitem()
        writer.kill()
        writer.wait()
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(_partial(folder), ignore_errors=True)


def _partial(folder: Path) -> Path:
    """Where ``folder`` is written before it is renamed into place: a writer that is killed never leaves a
    folder that looks complete."""
    return folder.with_name(folder.name + ".partial")


def main(argv=None) -> int:
    """``python benchmarks/synthetic.py MODEL SIZE FOLDER``: write one checkpoint (the benchmark runs this in
    a child process, so that the writer's memory does not count in the loading figures)."""
    import argparse

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("model", choices=sorted(synthetic_models()))
    ap.add_argument("size", choices=SIZES)
    ap.add_argument("folder", type=Path)
    args = ap.parse_args(argv)
    partial = _partial(args.folder)
    shutil.rmtree(partial, ignore_errors=True)
    write_checkpoint(args.model, args.size, partial)
    partial.rename(args.folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
