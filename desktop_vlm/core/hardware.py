"""What the machine probably has, read without torch: the window estimates memory before any model (and
torch with it) is loaded, and importing torch on the UI thread would cost seconds of start-up.

:func:`cpu_is_x86` is also what ``runtime/device.py`` picks the CPU precision by, so the estimate and
the load agree; :func:`gpu_likely` is only a hint for the estimate.
"""

from __future__ import annotations

import platform
import shutil
from pathlib import Path

X86_MACHINES = frozenset({"x86_64", "amd64", "i386", "i686"})  # platform.machine() spellings, lowered


def cpu_is_x86(machine: str | None = None) -> bool:
    """Whether the CPU is x86 (``machine`` defaults to this one's ``platform.machine()``)."""
    return (platform.machine() if machine is None else machine).lower() in X86_MACHINES


def cpu_auto_precision() -> str:
    """What ``auto`` loads on the CPU: bfloat16 on x86 (with or without bf16 instructions, see
    ``runtime/device.py``), float32 elsewhere (ARM is unmeasured)."""
    return "bfloat16" if cpu_is_x86() else "float32"


def gpu_likely() -> bool:
    """Whether ``device=auto`` will probably find a GPU: an NVIDIA driver is installed, or this is an Apple
    silicon Mac (Metal). A CPU-only torch on an NVIDIA machine makes this wrong; it only sizes an estimate."""
    if platform.system() == "Darwin":
        return platform.machine() == "arm64"
    return Path("/proc/driver/nvidia/version").exists() or shutil.which("nvidia-smi") is not None
