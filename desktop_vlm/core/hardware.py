"""What the machine probably has, read without torch: the window estimates memory before any model (and
torch with it) is loaded, and importing torch on the UI thread would cost seconds of start-up.

These are hints for estimates only. The runtime decides with torch's own probes (``runtime/device.py``),
which a test checks against :func:`cpu_has_bf16_instructions` on Linux.
"""

from __future__ import annotations

import platform
import shutil
from pathlib import Path

BF16_FLAGS = frozenset({"avx512_bf16", "amx_bf16"})  # /proc/cpuinfo names of the x86 bf16 instructions


def cpu_flags(cpuinfo: Path = Path("/proc/cpuinfo")) -> frozenset[str]:
    """The instruction-set flags the kernel lists for the first CPU; empty where there is no such file."""
    try:
        text = cpuinfo.read_text(errors="replace")
    except OSError:
        return frozenset()
    for line in text.splitlines():
        if line.startswith("flags"):
            return frozenset(line.split(":", 1)[1].split())
    return frozenset()


def cpu_has_bf16_instructions(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """AVX512-BF16 or AMX listed (Linux). False where the flags cannot be read: the estimate then assumes
    float32, the larger of the two widths the runtime may pick on a CPU."""
    return bool(BF16_FLAGS & cpu_flags(cpuinfo))


def gpu_likely() -> bool:
    """Whether ``device=auto`` will probably find a GPU: an NVIDIA driver is installed, or this is an Apple
    silicon Mac (Metal). A CPU-only torch on an NVIDIA machine makes this wrong; it only sizes an estimate."""
    if platform.system() == "Darwin":
        return platform.machine() == "arm64"
    return Path("/proc/driver/nvidia/version").exists() or shutil.which("nvidia-smi") is not None
