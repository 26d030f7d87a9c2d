"""What another process's work does to the decode-kernel probe's timings, and whether the probe can tell.

    python benchmarks/probe_under_load.py [--out 2048] [--in 2048] [--layers 36] [--rounds 2]

Builds ``--layers`` bf16 linear layers of one shape, as the loader wraps them (:class:`Bf16Linear`), and times
their candidate kernels with the probe's own :func:`probe.measure`, alternately on a quiet machine and while
a second process copies a 512 MB array again and again (a memory-bound neighbour, like a browser or a
build). Each row gives the cores others took meanwhile (:class:`OtherProcesses`, what marks choices
measured on a busy machine) and each kernel's time for a pass, the fastest marked. Random weights: the
timings depend on the shapes, not the values.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent)]

NEIGHBOUR = "import numpy as np\nsource = np.ones(1 << 26)\nwhile True:\n    copy = source.copy()"


def timed_row(layers, neighbour: bool) -> str:
    from desktop_vlm.runtime.cpu_load import OtherProcesses
    from desktop_vlm.runtime.kernels import probe

    process = subprocess.Popen([sys.executable, "-c", NEIGHBOUR]) if neighbour else None
    try:
        time.sleep(0.5)  # the neighbour is up and copying
        others = OtherProcesses()
        seconds = probe.measure(layers)
        taken = others.cores()
    finally:
        if process is not None:
            process.kill()
            process.wait()
    fastest = min(seconds, key=seconds.__getitem__)
    cells = [f"**{seconds[k] * 1e3:.1f}**" if k == fastest else f"{seconds[k] * 1e3:.1f}" for k in seconds]
    marked = "busy" if taken >= probe.BUSY_CORES else "quiet"
    return f"| {'copying memory' if neighbour else 'none'} | {taken:.2f} ({marked}) | " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=int, default=2048, help="out_features of the layers")
    ap.add_argument("--in", dest="in_features", type=int, default=2048, help="in_features of the layers")
    ap.add_argument("--layers", type=int, default=36)
    ap.add_argument("--rounds", type=int, default=2, help="quiet / neighbour pairs")
    args = ap.parse_args(argv)

    import torch
    from torch import nn

    from desktop_vlm.runtime.device import cpu_has_native_bf16
    from desktop_vlm.runtime.kernels import probe
    from desktop_vlm.runtime.widening import widen_bf16_products

    torch.manual_seed(0)
    model = nn.Sequential(
        *(nn.Linear(args.in_features, args.out, bias=False, dtype=torch.bfloat16) for _ in range(args.layers))
    )
    widen_bf16_products(model, native=cpu_has_native_bf16())
    layers = probe.decode_layers(model)
    print(
        f"{args.layers} bf16 layers of {args.out} × {args.in_features}, {torch.get_num_threads()} threads; "
        "ms per pass over them, the fastest in bold\n"
    )
    print(f"| neighbour | others' cores (judged) | {' | '.join(layers[0].decode_kernels)} |")
    print("|---|---|" + "---|" * len(layers[0].decode_kernels))
    for _ in range(args.rounds):
        for neighbour in (False, True):
            print(timed_row(layers, neighbour), flush=True)
    print("\ncommand: python benchmarks/probe_under_load.py " + " ".join(argv if argv is not None else sys.argv[1:]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
