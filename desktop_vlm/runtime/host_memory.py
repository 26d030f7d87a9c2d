"""How the C library hands out host memory, for a process that allocates many large, short-lived tensors.

glibc gives every allocation above its mmap threshold (128 KiB at start) fresh pages from the kernel and
returns them when it is freed, so each of a prompt's activations — megabytes, allocated and freed layer after
layer — pays its page faults again. glibc raises that threshold by itself, up to 32 MiB, the first time a
block of that size that came from the kernel is freed. Loads that read weights into process memory and
then freed them did that by chance; a load that maps them instead ran a 445-position prompt of full-size
InternVL2_5-4B in 5.4–6.1 s against 3.9–4.1 s (two cores), and in 3.5–3.6 s with the threshold set here,
where glibc would take it, once, before a model loads.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

# glibc's mallopt parameters (malloc.h) and the values its own adjustment reaches on 64-bit systems
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
MMAP_THRESHOLD = 32 << 20
TRIM_THRESHOLD = 2 * MMAP_THRESHOLD


@functools.cache
def reuse_freed_blocks() -> bool:
    """Keep freed blocks of up to 32 MiB for reuse instead of returning them to the kernel at once (glibc
    only; elsewhere nothing changes). Returns whether the C library took the setting."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
