"""Memory figures for the status bar, read without importing torch.

The UI thread must never be the one that imports torch (start-up stays fast, convention: the model
thread owns it). Once the model thread has imported torch and initialised CUDA, reading the allocator's
counters from another thread is safe and cheap, so this module only *looks* in ``sys.modules``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

GIB = 2**30


@dataclass(frozen=True)
class MemoryUsage:
    """Process memory and, when a CUDA model is loaded, the GPU's.

    Attributes
    ----------
    rss_bytes:
        Resident memory of this process.
    gpu_allocated_bytes, gpu_total_bytes:
        Bytes held by torch's CUDA allocator and the device's capacity; None without a CUDA model.
    """

    rss_bytes: int
    gpu_allocated_bytes: int | None = None
    gpu_total_bytes: int | None = None

    def text(self) -> str:
        """A short status-bar label, e.g. ``"RAM 1.2 GiB · GPU 8.1 / 79.6 GiB"``."""
        parts = [f"RAM {self.rss_bytes / GIB:.1f} GiB"]
        if self.gpu_allocated_bytes is not None and self.gpu_total_bytes:
            parts.append(f"GPU {self.gpu_allocated_bytes / GIB:.1f} / {self.gpu_total_bytes / GIB:.1f} GiB")
        return " · ".join(parts)


def memory_usage() -> MemoryUsage:
    """Current memory use; GPU figures only when torch is already imported and CUDA initialised."""
    import psutil

    rss = psutil.Process().memory_info().rss
    torch = sys.modules.get("torch")  # never import it here: that is the model thread's job
    cuda = getattr(torch, "cuda", None) if torch is not None else None
    try:
        if cuda is not None and cuda.is_initialized():
            device = cuda.current_device()
            return MemoryUsage(rss, cuda.memory_allocated(device), cuda.get_device_properties(device).total_memory)
    except Exception:  # a half-initialised or broken CUDA context must not break the status bar
        pass
    return MemoryUsage(rss)
