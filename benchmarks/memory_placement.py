"""Whether this machine's memory streams at one rate wherever it lies: batch-1 bf16 products over groups of
weights allocated one after another in one process.

    python benchmarks/memory_placement.py [--groups 6] [--group-gb 1.6]

Each group is ``--group-gb`` of weights of 11,008 × 2,048 (the shape of a full-size InternVL2_5-4B's gate
and up projections; 1.6 GB is 35 of them), filled with ones; a pass multiplies one row by every weight of a group, as a decode step does. On bare metal every
group should stream alike. On the 2-core VM of ``docs/benchmarks.md`` the first groups streamed at
13–15 GB/s and the last at 25–26, in every run: a decode step's speed there depends on which memory the
weights were given, so only same-process A/Bs compare code, and a side by side with another engine carries
that spread. Where ``/proc/self/pagemap`` is readable (root on Linux) each group's median guest-physical
address is printed too.
"""

from __future__ import annotations

import argparse
import statistics
import struct
import sys
import time

ROWS, COLUMNS = 11008, 2048


def stream_rate(weights, row, passes: int = 5) -> float:
    """GB/s of a pass of one-row products over ``weights`` (median of ``passes``)."""
    from torch.nn import functional as F

    seconds = []
    for _ in range(passes):
        begin = time.perf_counter()
        for weight in weights:
            F.linear(row, weight)
        seconds.append(time.perf_counter() - begin)
    return sum(w.numel() * w.element_size() for w in weights) / statistics.median(seconds) / 1e9


def physical_gib(weights, samples_per_weight: int = 8) -> float | None:
    """Median guest-physical address (GiB) of sampled pages of ``weights``; None where pagemap is unreadable."""
    addresses = []
    try:
        with open("/proc/self/pagemap", "rb") as pagemap:
            for weight in weights:
                size = weight.numel() * weight.element_size()
                for i in range(samples_per_weight):
                    page = (weight.data_ptr() + size * i // samples_per_weight) // 4096
                    pagemap.seek(page * 8)
                    frame = struct.unpack("Q", pagemap.read(8))[0] & ((1 << 55) - 1)
                    if frame:
                        addresses.append(frame * 4096 / 2**30)
    except OSError:
        return None
    return statistics.median(addresses) if addresses else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--groups", type=int, default=6)
    ap.add_argument("--group-gb", type=float, default=1.6, help="each group's size")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    import torch

    torch.set_num_threads(args.threads)
    torch.backends.mkldnn.enabled = False  # ATen's bf16 matrix × vector, the same kernel for every group
    count = max(1, round(args.group_gb * 1e9 / (ROWS * COLUMNS * 2)))
    groups = [[torch.ones(ROWS, COLUMNS, dtype=torch.bfloat16) for _ in range(count)] for _ in range(args.groups)]
    row = torch.randn(1, COLUMNS).to(torch.bfloat16)
    print(f"{args.groups} groups of {count} weights of {ROWS} × {COLUMNS} bf16, {args.threads} threads\n")
    print("| group (allocation order) | streamed at | median guest-physical address |")
    print("|---|---|---|")
    with torch.inference_mode():
        for index, weights in enumerate(groups, 1):
            where = physical_gib(weights)
            place = f"{where:.1f} GiB" if where is not None else "not readable"
            print(f"| {index} | {stream_rate(weights, row):.1f} GB/s | {place} |")
    print(f"\ncommand: python {' '.join(sys.argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
