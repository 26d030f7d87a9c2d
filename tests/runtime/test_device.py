"""Device / precision choice and the memory check before loading."""

from __future__ import annotations

import pytest
import torch

from desktop_vlm.core.errors import InsufficientMemoryError, InvalidRequestError
from desktop_vlm.runtime.device import check_fits, pick_device, pick_dtype


def test_cpu_defaults_to_float32_and_refuses_float16():
    cpu = torch.device("cpu")
    assert pick_dtype("auto", cpu) == torch.float32
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
