"""bf16 weights on CPUs without bf16 instructions: many-row products widened to float32 block by block,
few-row products left in bf16, convolutions in float32 (desktop_vlm/runtime/widening.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from PIL import Image
from torch import nn
from torch.nn import functional as F

from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime import attention, load_runtime, loader, widening
from desktop_vlm.runtime.api import ChatRequest, VisualInput
from desktop_vlm.runtime.internvl.synthetic import write_checkpoint as write_internvl_checkpoint
from desktop_vlm.runtime.mono.synthetic import write_checkpoint as write_mono_checkpoint
from desktop_vlm.runtime.widening import (
    ROWS_TO_WIDEN,
    WideningConv2d,
    WideningLinear,
    widen_bf16_products,
    widened_linear,
)

REPO = Path(__file__).resolve().parents[2]


def _bf16_ulps(got: torch.Tensor, reference: torch.Tensor) -> float:
    """Largest difference in units of the bf16 spacing at the reference's magnitude."""
    spacing = torch.finfo(torch.bfloat16).eps * reference.abs().clamp_min(1e-3)
    return ((got.float() - reference) / spacing).abs().max().item()


@pytest.mark.parametrize("transpose_below", [10**6, 1])  # the few-token (transposed) and many-token forms
@pytest.mark.parametrize("block_bytes", [64 * 4 * 7, widening.BLOCK_BYTES])  # 7-row blocks (ragged end) / one block
@pytest.mark.parametrize("tokens", [20, 19])  # 40 rows, a multiple of TOKEN_MULTIPLE / 38, padded to 40 when transposed
def test_widened_product_is_the_float32_product_rounded_once(monkeypatch, block_bytes, transpose_below, tokens):
    monkeypatch.setattr(widening, "BLOCK_BYTES", block_bytes)
    monkeypatch.setattr(widening, "ROWS_TO_TRANSPOSE", transpose_below)
    gen = torch.Generator().manual_seed(0)
    weight = torch.randn(45, 64, generator=gen).to(torch.bfloat16)  # (out, in)
    bias = torch.randn(45, generator=gen).to(torch.bfloat16)
    x = torch.randn(2, tokens, 64, generator=gen).to(torch.bfloat16)  # (batch, tokens, in)
    reference = F.linear(x.float(), weight.float(), bias.float())
    got = widened_linear(x, weight, bias)
    assert got.shape == (2, tokens, 45) and got.dtype == torch.bfloat16
    assert _bf16_ulps(got, reference) <= 1.0  # one rounding to bf16, at the end
    assert _bf16_ulps(widened_linear(x, weight, None), F.linear(x.float(), weight.float())) <= 1.0


@torch.inference_mode()  # as the runtime runs
def test_few_rows_stay_in_bf16_and_many_rows_are_widened(monkeypatch):
    layer = nn.Linear(32, 24).to(torch.bfloat16)
    widen_bf16_products(layer)
    assert isinstance(layer, WideningLinear)
    calls = []
    real = widening.widened_linear
    monkeypatch.setattr(widening, "widened_linear", lambda *a: calls.append(a[0].shape) or real(*a))
    few = torch.randn(1, ROWS_TO_WIDEN - 1, 32).to(torch.bfloat16)
    assert torch.equal(layer(few), F.linear(few, layer.weight, layer.bias))  # the bf16 kernel itself
    assert calls == []
    many = torch.randn(1, ROWS_TO_WIDEN, 32).to(torch.bfloat16)
    assert _bf16_ulps(layer(many), F.linear(many.float(), layer.weight.float(), layer.bias.float())) <= 1.0
    assert calls == [many.shape]


@torch.inference_mode()
def test_convolutions_run_in_float32_from_the_bf16_weight():
    conv = nn.Conv2d(3, 16, kernel_size=14, stride=14).to(torch.bfloat16)  # a patch embedding
    assert widen_bf16_products(conv) == 1 and isinstance(conv, WideningConv2d)
    pixels = torch.randn(2, 3, 56, 56).to(torch.bfloat16)
    reference = F.conv2d(pixels.float(), conv.weight.float(), conv.bias.float(), stride=14)
    got = conv(pixels)
    assert got.shape == (2, 16, 4, 4) and got.dtype == torch.bfloat16
    assert _bf16_ulps(got, reference) <= 1.0


def test_only_plain_bf16_linears_and_convolutions_are_widened():
    pytest.importorskip("torchao")
    from desktop_vlm.runtime.quantize import quantize_language_model

    model = nn.ModuleDict(
        {
            "bf16": nn.Linear(64, 64).to(torch.bfloat16),
            "kept_float32": nn.Linear(64, 64),
            "quantised": nn.Sequential(nn.Linear(256, 256).to(torch.bfloat16)),
            "not_a_linear": nn.LayerNorm(64).to(torch.bfloat16),
            "conv": nn.Conv2d(3, 8, 2).to(torch.bfloat16),
        }
    )
    model["quantised"].get_output_embeddings = lambda: None
    quantize_language_model(model["quantised"], "int8")
    assert widen_bf16_products(model) == 2
    assert type(model["bf16"]) is WideningLinear and type(model["conv"]) is WideningConv2d
    assert type(model["kept_float32"]) is nn.Linear and type(model["quantised"][0]) is nn.Linear


@pytest.fixture(scope="module", params=["internvl", "mono"])
def checkpoint(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    if request.param == "mono":
        return write_mono_checkpoint(folder / "m")
    return write_internvl_checkpoint(folder / "i", llm_hidden=128, llm_heads=4, kv_heads=2, llm_layers=3, scale=0.05)


def test_a_cpu_without_bf16_instructions_loads_bf16_with_widened_products(checkpoint, monkeypatch):
    """The whole model — patch embedding, vision tower, projector, decoder — runs its prompt in float32 and
    stays as close to float32 as native bf16 does; decode steps (one row) stay in bf16."""
    request = ChatRequest(
        "<image>\nWhat is the total?",
        [VisualInput(Image.new("RGB", (448, 448), "white"))],
        params=GenerationParams(max_new_tokens=4),
    )
    reference = load_runtime(checkpoint, device="cpu", dtype="float32").forward_logits(request)
    monkeypatch.setattr(loader, "cpu_has_native_bf16", lambda: True)  # whatever this machine has
    native = load_runtime(checkpoint, device="cpu", dtype="bfloat16")
    assert not any(isinstance(m, (WideningLinear, WideningConv2d)) for m in native.model.modules())  # not widened
    native_error = (native.forward_logits(request) - reference).abs().max().item()

    monkeypatch.setattr(loader, "cpu_has_native_bf16", lambda: False)
    widened = load_runtime(checkpoint, device="cpu", dtype="bfloat16")
    layers = [m for m in widened.model.modules() if isinstance(m, nn.Linear | nn.Conv2d)]
    assert any(isinstance(m, nn.Conv2d) for m in layers)  # both families embed patches with a convolution
    assert all(isinstance(m, WideningLinear | WideningConv2d) for m in layers if m.weight.dtype == torch.bfloat16)
    rows = []
    real = widening.widened_linear
    monkeypatch.setattr(widening, "widened_linear", lambda x, *a: rows.append(x.numel() // x.shape[-1]) or real(x, *a))
    logits = widened.forward_logits(request)
    assert rows and min(rows) >= ROWS_TO_WIDEN
    cosine = F.cosine_similarity(logits, reference, dim=-1).min().item()
    assert cosine > 0.999
    assert (logits - reference).abs().max().item() <= 2 * native_error + 1e-3
    steps = []  # the dtype each decode step's attention computes in, with and without bf16 instructions
    grouped = attention._grouped_attention
    monkeypatch.setattr(attention, "_grouped_attention", lambda q, *a: steps.append(q.dtype) or grouped(q, *a))
    for runtime in (widened, native):
        result = runtime.generate(ChatRequest("Hi", params=GenerationParams(max_new_tokens=5, do_sample=False)))
        assert len(result.token_ids) > 1  # so there were decode steps
    assert steps and set(steps) == {torch.float32}


def test_capped_instruction_set_picks_bf16_with_widening(tmp_path):
    """The real probe: oneDNN capped below the bf16 instructions (as on an AVX2-only CPU; it must be set
    before torch starts, hence a child process) loads ``auto`` as bf16 with widened linears on x86."""
    folder = write_internvl_checkpoint(tmp_path / "i")
    code = (
        "import sys; from desktop_vlm.runtime import load_runtime; "
        "from desktop_vlm.runtime.device import cpu_has_native_bf16; "
        "from desktop_vlm.runtime.widening import WideningLinear; "
        "r = load_runtime(sys.argv[1], device='cpu'); "
        "print(cpu_has_native_bf16(), r.info.dtype, sum(isinstance(m, WideningLinear) for m in r.model.modules()))"
    )
    env = dict(os.environ, ONEDNN_MAX_CPU_ISA="AVX2", PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
        cwd=REPO,
    )
    native, dtype, widened = done.stdout.split()
    assert native == "False"
    from desktop_vlm.core.hardware import cpu_is_x86

    if cpu_is_x86():
        assert dtype == "bfloat16" and int(widened) > 0
    else:
        assert dtype == "float32" and int(widened) == 0
