"""The torch-free hardware hints the window sizes its memory estimate with (desktop_vlm/core/hardware.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from desktop_vlm.core.hardware import cpu_flags, cpu_has_bf16_instructions

CPUINFO = """processor\t: 0
vendor_id\t: AuthenticAMD
flags\t\t: fpu sse2 avx2 avx512f {extra}
bugs\t\t: sysret_ss_attrs

processor\t: 1
flags\t\t: fpu
"""


@pytest.mark.parametrize(("extra", "expected"), [("avx512_bf16", True), ("amx_bf16 amx_tile", True), ("", False)])
def test_bf16_instructions_are_read_from_the_first_cpu_flags_line(tmp_path, extra, expected):
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text(CPUINFO.format(extra=extra))
    assert {"fpu", "avx512f"} <= cpu_flags(cpuinfo)
    assert cpu_has_bf16_instructions(cpuinfo) is expected


def test_unreadable_or_flagless_cpuinfo_means_no_bf16(tmp_path):
    assert cpu_flags(tmp_path / "missing") == frozenset()
    (tmp_path / "arm").write_text("processor\t: 0\nFeatures\t: fp asimd\n")
    assert cpu_has_bf16_instructions(tmp_path / "arm") is False


@pytest.mark.skipif(not Path("/proc/cpuinfo").exists(), reason="reads the CPU flags from Linux's /proc/cpuinfo")
def test_the_hint_agrees_with_torchs_own_probe_on_this_machine():
    torch_says = torch.cpu._is_avx512_bf16_supported() or torch.cpu._is_amx_tile_supported()
    assert cpu_has_bf16_instructions() == torch_says
