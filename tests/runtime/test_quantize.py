"""Weight-only int8 quantisation of the language model (torchao) on CPU: smaller, still close."""

from __future__ import annotations

import pytest
import torch

from desktop_vlm.core.errors import InvalidRequestError
from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest
from desktop_vlm.runtime.checkpoint import open_checkpoint
from desktop_vlm.runtime.loader import weight_bytes
from tests.runtime.tiny_internvl import write_internvl_checkpoint


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory):
    return write_internvl_checkpoint(tmp_path_factory.mktemp("q"), llm_hidden=128, llm_heads=4, kv_heads=2,
                                     llm_layers=3, scale=0.05)  # fmt: skip


def test_int8_logits_stay_close_and_the_estimate_shrinks(checkpoint):
    request = ChatRequest("Describe the receipt total.", params=GenerationParams(max_new_tokens=6))
    full = load_runtime(checkpoint, device="cpu", dtype="float32")
    int8 = load_runtime(checkpoint, device="cpu", dtype="float32", quantize="int8")
    assert int8.info.quantization == "int8"
    reference = full.forward_logits(request)
    quantised = int8.forward_logits(request)
    cosine = torch.nn.functional.cosine_similarity(reference, quantised, dim=-1)
    assert cosine.min() > 0.999
    assert len(int8.generate(request).token_ids) >= 1
    ckpt = open_checkpoint(checkpoint)
    assert weight_bytes(ckpt, torch.float32, "int8")[1] < weight_bytes(ckpt, torch.float32)[1]


def test_int4_needs_a_gpu(checkpoint):
    with pytest.raises(InvalidRequestError, match="CUDA"):
        load_runtime(checkpoint, device="cpu", quantize="int4")
