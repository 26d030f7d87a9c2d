"""The torch-free hardware hints the window sizes its memory estimate with (desktop_vlm/core/hardware.py)."""

from __future__ import annotations

import platform

import pytest
import torch

from desktop_vlm.core.hardware import cpu_auto_precision, cpu_is_x86
from desktop_vlm.runtime.device import pick_dtype


@pytest.mark.parametrize(
    ("machine", "x86"),
    [
        ("x86_64", True),
        ("AMD64", True),
        ("i686", True),
        ("aarch64", False),
        ("arm64", False),
        ("ppc64le", False),
        ("", False),
    ],
)
def test_x86_is_recognised_in_each_spelling(machine, x86):
    assert cpu_is_x86(machine) is x86


@pytest.mark.parametrize("machine", ["x86_64", "aarch64"])
def test_the_estimate_and_the_load_pick_the_same_cpu_precision(monkeypatch, machine):
    monkeypatch.setattr(platform, "machine", lambda: machine)
    assert cpu_auto_precision() == str(pick_dtype("auto", torch.device("cpu"))).removeprefix("torch.")
