"""Freed blocks of a few megabytes are kept for reuse on glibc, so a prompt's activations stop faulting in
fresh pages at every layer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# How many bytes of a live 20 MB tensor glibc holds in a mapping of its own (``mallinfo2().hblkhd``): all of
# them by default, so that freeing it gives the pages back and the next such tensor faults them in anew; none
# once freed blocks of that size are kept for reuse.
_BYTES_IN_OWN_MAPPINGS = r"""
import ctypes, sys
import torch
from desktop_vlm.runtime.host_memory import reuse_freed_blocks

class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo2
if sys.argv[1] == "reuse":
    assert reuse_freed_blocks()
before = libc.mallinfo2().hblkhd
block = torch.empty(20 << 20, dtype=torch.uint8)
print(libc.mallinfo2().hblkhd - before)
"""


def _bytes_in_own_mappings(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _BYTES_IN_OWN_MAPPINGS, mode],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=REPO,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
    )
    return int(done.stdout.split()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt and mallinfo2")
def test_a_block_of_megabytes_comes_from_the_heap_where_freeing_keeps_it_for_reuse():
    assert _bytes_in_own_mappings("default") >= 20 << 20
    assert _bytes_in_own_mappings("reuse") == 0
