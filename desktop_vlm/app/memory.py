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


@dataclass(frozen=True)
class DeviceMemory:
    """What memory a model could use now: free host RAM and, where a GPU was found, its free memory.

    Attributes
    ----------
    ram_free_bytes, ram_total_bytes:
        Available and installed host memory (``psutil.virtual_memory``).
    gpu_free_bytes, gpu_total_bytes:
        The first GPU's free and total memory; None without one (or without a way to ask).
    gpu_name:
        The GPU's name as its driver reports it ("" without one).
    """

    ram_free_bytes: int
    ram_total_bytes: int
    gpu_free_bytes: int | None = None
    gpu_total_bytes: int | None = None
    gpu_name: str = ""

    @property
    def has_gpu(self) -> bool:
        return self.gpu_total_bytes is not None


GPU_QUERY_TIMEOUT_S = 2.0
_gpu_cache: dict[str, tuple[float, tuple[int, int, str] | None]] = {}
GPU_CACHE_S = 10.0  # the picker and the first-run panel ask often; nvidia-smi takes ~50 ms


def device_memory() -> DeviceMemory:
    """Free RAM now and, for an NVIDIA GPU, its free memory: from torch's allocator when the model thread
    has already imported torch and started CUDA, else from ``nvidia-smi`` (never by importing torch here).
    Apple silicon shares RAM with its GPU, so RAM is the figure there."""
    import psutil

    vm = psutil.virtual_memory()
    gpu = _gpu_from_torch() or _gpu_from_nvidia_smi()
    if gpu is None:
        return DeviceMemory(vm.available, vm.total)
    return DeviceMemory(vm.available, vm.total, *gpu)


def _gpu_from_torch() -> tuple[int, int, str] | None:
    torch = sys.modules.get("torch")
    cuda = getattr(torch, "cuda", None) if torch is not None else None
    try:
        if cuda is not None and cuda.is_initialized():
            free, total = cuda.mem_get_info()
            return free, total, cuda.get_device_name()
    except Exception:  # a broken CUDA context must not break the model list
        pass
    return None


def _gpu_from_nvidia_smi() -> tuple[int, int, str] | None:
    import shutil
    import subprocess
    import time

    cached = _gpu_cache.get("nvidia-smi")
    if cached is not None and time.monotonic() - cached[0] < GPU_CACHE_S:
        return cached[1]
    found = None
    tool = shutil.which("nvidia-smi")
    if tool is not None:
        try:
            query = [tool, "--query-gpu=memory.free,memory.total,name", "--format=csv,noheader,nounits"]
            out = subprocess.run(query, capture_output=True, text=True, timeout=GPU_QUERY_TIMEOUT_S, check=True).stdout
            free_mib, total_mib, name = (part.strip() for part in out.splitlines()[0].split(",", 2))
            found = int(float(free_mib)) * 2**20, int(float(total_mib)) * 2**20, name
        except (OSError, subprocess.SubprocessError, ValueError, IndexError):
            found = None
    _gpu_cache["nvidia-smi"] = (time.monotonic(), found)
    return found


def fit(need_bytes: float, memory: DeviceMemory, on_gpu: bool) -> str:
    """Where a model needing ``need_bytes`` fits now: "gpu" (its free memory), "ram" (free host memory, for
    the CPU or, on Apple silicon, the shared GPU), or "no"."""
    if on_gpu and memory.gpu_free_bytes is not None:
        return "gpu" if need_bytes <= memory.gpu_free_bytes else "no"
    return "ram" if need_bytes <= memory.ram_free_bytes else "no"
