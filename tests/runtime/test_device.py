"""Device / precision choice and the memory check before loading."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest
import torch

from desktop_vlm.core.errors import InsufficientMemoryError, InvalidRequestError
from desktop_vlm.runtime.device import (
    available_memory,
    check_fits,
    cpu_has_native_bf16,
    onednn,
    pick_device,
    pick_dtype,
    single_token_kernels,
)


def _cpuinfo_flags() -> set[str]:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("flags"):
            return set(line.split(":", 1)[1].split())
    return set()


@pytest.mark.skipif(not Path("/proc/cpuinfo").exists(), reason="reads the CPU flags from Linux's /proc/cpuinfo")
def test_cpu_bf16_probe_agrees_with_the_cpu_flags():
    """The probe torch offers is checked against the kernel's own list of the CPU's instructions."""
    flags = _cpuinfo_flags()
    native = bool({"avx512_bf16", "amx_bf16"} & flags) and torch.ops.mkldnn._is_mkldnn_bf16_supported()
    assert cpu_has_native_bf16() == native


@pytest.mark.parametrize(
    ("machine", "expected"),
    [("x86_64", torch.bfloat16), ("AMD64", torch.bfloat16), ("aarch64", torch.float32), ("arm64", torch.float32)],
)
def test_cpu_auto_precision_is_bf16_on_x86_and_float16_is_refused(monkeypatch, machine, expected):
    """bf16 on every x86 CPU (natively, or widened where the CPU lacks bf16 instructions); ARM unmeasured."""
    monkeypatch.setattr(platform, "machine", lambda: machine)
    cpu = torch.device("cpu")
    assert pick_dtype("auto", cpu) == expected
    assert pick_dtype(None, cpu) == expected
    assert pick_dtype("float32", cpu) == torch.float32
    assert pick_dtype("bfloat16", cpu) == torch.bfloat16
    with pytest.raises(InvalidRequestError, match="float16"):
        pick_dtype("float16", cpu)


def test_unknown_names_are_refused():
    with pytest.raises(InvalidRequestError):
        pick_device("tpu")
    with pytest.raises(InvalidRequestError):
        pick_dtype("int3", torch.device("cpu"))


def test_a_model_bigger_than_memory_is_refused_before_loading():
    with pytest.raises(InsufficientMemoryError) as err:
        check_fits(1 << 50, torch.device("cpu"))  # a petabyte of weights
    assert "GiB" in str(err.value)
    check_fits(1 << 20, torch.device("cpu"))  # a megabyte fits


def test_a_refusal_on_the_cpu_names_the_quantised_weights_that_would_fit():
    free = available_memory(torch.device("cpu"))
    assert free is not None
    cpu = torch.device("cpu")
    with pytest.raises(InsufficientMemoryError) as err:
        check_fits(2 * free, cpu, smaller={"int8": free, "int4": free // 4})  # int8 does not fit either
    assert "With 4-bit weights it needs about" in err.value.hint and "--quantize int4" in err.value.hint
    with pytest.raises(InsufficientMemoryError) as err:
        check_fits(2 * free, cpu, smaller={"int8": free // 4, "int4": free // 8})  # the first that fits
    assert "With 8-bit weights" in err.value.hint and "--quantize int8" in err.value.hint
    with pytest.raises(InsufficientMemoryError) as err:
        check_fits(2 * free, cpu, smaller={"int8": free, "int4": free})
    assert "smaller precision" in err.value.hint


def test_single_token_kernels_bypass_onednn_only_for_cpu_bf16_and_always_restore():
    cpu, bf16 = torch.device("cpu"), torch.bfloat16
    assert torch.backends.mkldnn.enabled
    with single_token_kernels(cpu, bf16):
        assert not torch.backends.mkldnn.enabled
    assert torch.backends.mkldnn.enabled
    with pytest.raises(ZeroDivisionError):
        with single_token_kernels(cpu, bf16):
            raise ZeroDivisionError("an error inside a step")
    assert torch.backends.mkldnn.enabled  # restored after an error inside a step
    with single_token_kernels(cpu, torch.float32):
        assert torch.backends.mkldnn.enabled  # fp32 matmuls go to MKL either way


def test_single_token_products_agree_across_kernels():
    """ATen's bf16 matrix × vector kernel gives the oneDNN result to bf16 rounding."""
    weight = torch.randn(512, 256).to(torch.bfloat16)
    x = torch.randn(1, 256).to(torch.bfloat16)
    reference = torch.nn.functional.linear(x.float(), weight.float())
    with torch.inference_mode():
        default = torch.nn.functional.linear(x, weight).float()
        with single_token_kernels(torch.device("cpu"), torch.bfloat16):
            bypass = torch.nn.functional.linear(x, weight).float()
    torch.testing.assert_close(default, reference, rtol=2e-2, atol=5e-2)
    torch.testing.assert_close(bypass, reference, rtol=2e-2, atol=5e-2)


def test_onednn_switch_nests_and_restores():
    with single_token_kernels(torch.device("cpu"), torch.bfloat16):
        with onednn(True):  # what the decode step's attention does for its several-row products
            assert torch.backends.mkldnn.enabled
        assert not torch.backends.mkldnn.enabled
    assert torch.backends.mkldnn.enabled
