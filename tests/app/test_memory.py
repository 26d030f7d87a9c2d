"""Status-bar memory figures: never import torch; show the GPU only when the model thread set CUDA up."""

from __future__ import annotations

import sys
import types

from desktop_vlm.app.memory import MemoryUsage, memory_usage


def test_process_memory_without_touching_torch(monkeypatch):
    monkeypatch.delitem(sys.modules, "torch", raising=False)
    usage = memory_usage()
    assert usage.rss_bytes > 0 and usage.gpu_allocated_bytes is None
    assert "torch" not in sys.modules and usage.text().startswith("RAM ")


def test_gpu_figures_when_cuda_is_initialised(monkeypatch):
    cuda = types.SimpleNamespace(
        is_initialized=lambda: True,
        current_device=lambda: 0,
        memory_allocated=lambda d: 8 * 2**30,
        get_device_properties=lambda d: types.SimpleNamespace(total_memory=80 * 2**30),
    )
    monkeypatch.setitem(sys.modules, "torch", types.SimpleNamespace(cuda=cuda))
    assert memory_usage().text().endswith("GPU 8.0 / 80.0 GiB")
    assert MemoryUsage(2**30).text() == "RAM 1.0 GiB"
