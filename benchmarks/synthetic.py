"""Synthetic checkpoints for the benchmarks: each supported model's published shape — and a reduced and a
tiny version of it — in the model's original format, with random weights. Speed depends on the shapes,
not on the values, so a run at ``full`` size measures what the real checkpoint would cost. Each family declares
its models and sizes (``synthetic_models`` in its spec) and writes them (its ``synthetic`` module).

Sizes: ``full`` = the published widths and depths; ``reduced`` = the published widths with 2 vision and
2 language layers (real-width matrices, the real vocabulary, fast enough for a CPU); ``tiny`` = the test
checkpoints' toy widths.
"""

from __future__ import annotations

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


def ensure_checkpoint(model: str, size: str, workdir: Path) -> Path:
    """``workdir/MODEL-SIZE``, written first if it is not there yet — in a child process, so that the
    writer's memory (the whole model, generated in memory) never counts in the caller's loading figures."""
    import subprocess
    import sys
    import time

    folder = workdir / f"{model}-{size}"
    if not (folder / "config.json").is_file():
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, model, size, str(folder)], check=True)
        print(f"synthetic {model} ({size}) written in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return folder


def main(argv=None) -> int:
    """``python benchmarks/synthetic.py MODEL SIZE FOLDER``: write one checkpoint (the benchmark runs this in
    a child process, so that the writer's memory does not count in the loading figures)."""
    import argparse
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("model", choices=sorted(synthetic_models()))
    ap.add_argument("size", choices=SIZES)
    ap.add_argument("folder", type=Path)
    args = ap.parse_args(argv)
    write_checkpoint(args.model, args.size, args.folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
