"""Free memory for the model picker and the first-run recommendation, read without importing torch: RAM from
psutil, an NVIDIA GPU's from nvidia-smi (a stand-in script here), and where a model of a given size fits."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from desktop_vlm.app import memory
from desktop_vlm.app.memory import GIB, DeviceMemory, device_memory, fit


@pytest.fixture
def nvidia_smi(tmp_path, monkeypatch):
    """Put a fake ``nvidia-smi`` answering like the real one (MiB, no units) first on PATH."""
    tool = tmp_path / "nvidia-smi"
    tool.write_text("#!/bin/sh\necho '20480, 24564, NVIDIA GeForce RTX 4090'\n")
    tool.chmod(tool.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(memory, "_gpu_cache", {})
    return tool


@pytest.mark.skipif(sys.platform == "win32", reason="a shell-script stand-in for nvidia-smi")
def test_the_gpu_is_read_from_nvidia_smi_without_torch(nvidia_smi, monkeypatch):
    monkeypatch.delitem(sys.modules, "torch", raising=False)
    found = device_memory()
    assert (found.gpu_free_bytes, found.gpu_total_bytes) == (20480 * 2**20, 24564 * 2**20)
    assert found.gpu_name == "NVIDIA GeForce RTX 4090" and found.has_gpu and "torch" not in sys.modules
    assert 0 < found.ram_free_bytes <= found.ram_total_bytes
    nvidia_smi.write_text("#!/bin/sh\nexit 3\n")  # asked again within the cache time: not run again
    assert device_memory().gpu_free_bytes == 20480 * 2**20


def test_a_broken_nvidia_smi_means_no_gpu(tmp_path, monkeypatch):
    tool = tmp_path / "nvidia-smi"
    tool.write_text("#!/bin/sh\necho 'NVIDIA-SMI has failed because it could not communicate with the driver'\n")
    tool.chmod(tool.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(memory, "_gpu_cache", {})
    assert not device_memory().has_gpu


def test_where_a_model_fits():
    gpu = DeviceMemory(16 * GIB, 32 * GIB, 10 * GIB, 24 * GIB, "GPU")
    assert fit(8 * GIB, gpu, on_gpu=True) == "gpu"
    assert fit(12 * GIB, gpu, on_gpu=True) == "no"  # 16 GiB of RAM free does not help a model on the GPU
    assert fit(12 * GIB, gpu, on_gpu=False) == "ram"
    assert fit(20 * GIB, DeviceMemory(16 * GIB, 32 * GIB), on_gpu=True) == "no"  # Apple: RAM is the GPU's
