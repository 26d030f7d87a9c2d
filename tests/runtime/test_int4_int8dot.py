"""The int4 × int8 decode kernel built on this machine (``runtime/kernels/int4_int8dot.cpp``): what it computes
in torch's packed layout of this CPU (blocks of 64 rows natively on AVX-512, of 32 under an AVX2 cap, so the
suite run both ways covers both), that a model offers it to the kernel probe, and that a machine where it
cannot be built loads and answers with torch's kernel instead, without trying to build it at every load."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from torch.nn import functional as F

from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest
from desktop_vlm.runtime.internvl.synthetic import write_checkpoint
from desktop_vlm.runtime.kernels import native, packing
from desktop_vlm.runtime.kernels.probe import default_cache_dir
from desktop_vlm.runtime.kernels.quantized import QuantizedLinear

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    platform.system() != "Linux" or platform.machine().lower() not in ("x86_64", "amd64"),
    reason="the kernel is built for x86-64 Linux only; elsewhere torch's int4 kernel runs",
)


@pytest.fixture(scope="module")
def built():
    """The kernel, built once per test session into the session's cache folder (the test setup installs a
    C++ compiler, so it must build here)."""
    assert native.unavailable_reason() is None
    assert native.load_int4_int8dot(default_cache_dir())


def _int4(values: torch.Tensor, scales_and_zeros: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """(packed, bf16 scales and zeros padded to the packed rows) for int4 ``values`` (N, K)."""
    rows = -(-values.shape[0] // packing.INT4_ROW_MULTIPLE) * packing.INT4_ROW_MULTIPLE
    padded = torch.zeros(rows, values.shape[1], dtype=torch.int32)
    padded[: values.shape[0]] = values
    sz = torch.zeros(scales_and_zeros.shape[0], rows, 2, dtype=torch.bfloat16)
    sz[:, : values.shape[0]] = scales_and_zeros.to(torch.bfloat16)
    return torch.ops.aten._convert_weight_to_int4pack_for_cpu(padded, 1), sz


def _product(x, packed, sz, group, out_features):
    block = packing.int4_block_rows(x.shape[1])
    return torch.ops.desktop_vlm.int4_int8dot_mm(x, packed, sz, group, out_features, block)


def _expected(x: torch.Tensor, values: torch.Tensor, sz: torch.Tensor, group: int) -> torch.Tensor:
    """The kernel's arithmetic written out in float64: a weight is (q − 8) · scale + zero; q · scale meets each
    row of ``x`` rounded to int8 per group (step = max |x| / 127), (zero − 8 · scale) meets ``x`` itself
    (through each group's sum, which needs no rounding)."""
    rows, k = x.shape
    groups = x.double().view(rows, k // group, group)
    step = groups.abs().amax(-1, keepdim=True) / 127
    rounded = torch.where(step > 0, torch.round(groups / torch.where(step > 0, step, 1)), 0) * step
    scale, zero = (sz[:, : values.shape[0], i].double().t().repeat_interleave(group, dim=1) for i in (0, 1))
    return rounded.view(rows, k) @ (values.double() * scale).t() + x.double() @ (zero - 8 * scale).t()


@pytest.mark.parametrize(
    "out_features, in_features",
    [(100, 128), (300, 96), (64, 2048), (2048, 192)],  # ragged rows (padded), groups of 32 (96) and of 64
)
@pytest.mark.parametrize("rows", [1, 3])
def test_the_kernel_multiplies_int8_rounded_activations_by_the_int4_weights(built, out_features, in_features, rows):
    gen = torch.Generator().manual_seed(out_features + rows)
    group = packing.int4_group_size(in_features)
    values = torch.randint(0, 16, (out_features, in_features), dtype=torch.int32, generator=gen)
    packed, sz = _int4(values, torch.randn(in_features // group, out_features, 2, generator=gen) * 0.01)
    x = torch.randn(rows, in_features, generator=gen)
    x[0, :group] = 0  # a group of zeros: a step of 0, not a division by it
    got = _product(x, packed, sz, group, out_features)
    expected = _expected(x, values, sz, group)
    assert got.dtype == torch.float32 and got.shape == (rows, out_features)
    assert (got.double() - expected).abs().max() < 1e-5 * expected.abs().max()


def test_sums_of_the_largest_values_do_not_saturate(built):
    """Byte products are summed into int16 lanes before they are widened: 15 · 127 in every product is the
    most a sum can reach, and it must come out exact."""
    in_features, out_features = 2048, 64
    values = torch.full((out_features, in_features), 15, dtype=torch.int32)
    values[1::2] = 0  # every other row the smallest value: (0 − 8) = −8 a weight
    scales = torch.zeros(in_features // 64, out_features, 2)
    scales[..., 0] = 1.0
    packed, sz = _int4(values, scales)
    got = _product(torch.ones(1, in_features), packed, sz, 64, out_features)
    expected = torch.tensor([7.0 * in_features, -8.0 * in_features]).repeat(out_features // 2)
    assert torch.equal(got[0], expected)


def test_a_bf16_int4_layer_offers_the_kernel_and_its_product_stays_close_to_torchs(built):
    gen = torch.Generator().manual_seed(5)
    layer = QuantizedLinear(2048, 300, True, "int4", torch.bfloat16)
    layer.load_weight((torch.randn(300, 2048, generator=gen) * 0.02).to(torch.bfloat16))
    layer.bias = torch.nn.Parameter(torch.randn(300, generator=gen).to(torch.bfloat16), requires_grad=False)
    assert "int4-int8dot" in layer.decode_kernels
    assert "int4-int8dot" not in QuantizedLinear(2048, 300, True, "int4", torch.float32).decode_kernels
    assert "int4-int8dot" not in QuantizedLinear(2048, 300, True, "int8", torch.bfloat16).decode_kernels
    x = torch.randn(1, 2, 2048, generator=gen).to(torch.bfloat16)
    ours, torchs = (layer.run_decode_kernel(k, x) for k in ("int4-int8dot", "int4-aten"))
    assert ours.dtype == torch.bfloat16 and ours.shape == (1, 2, 300)
    assert F.cosine_similarity(ours.float(), torchs.float(), dim=-1).min() > 0.9999
    layer.decode_kernel = "int4-int8dot"  # as the probe sets it: a few-row product then runs it
    assert torch.equal(layer(x), ours)


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory):
    sizes = {"llm_hidden": 128, "llm_heads": 4, "kv_heads": 2, "llm_layers": 2}
    return write_checkpoint(tmp_path_factory.mktemp("int8dot"), scale=0.05, **sizes)


def test_an_int4_model_decodes_with_the_kernel_as_it_does_with_torchs(built, checkpoint, tmp_path):
    runtime = load_runtime(checkpoint, device="cpu", dtype="bfloat16", quantize="int4", cache_dir=tmp_path)
    layers = [m for m in runtime.model.decoder.modules() if isinstance(m, QuantizedLinear) and m.mode == "int4"]
    assert layers and all("int4-int8dot" in m.decode_kernels for m in layers)
    request = ChatRequest("Describe the receipt total.", params=GenerationParams(max_new_tokens=6))
    answer = runtime.generate(request).token_ids
    logits = {}
    for kernel in ("int4-aten", "int4-int8dot"):
        for layer in layers:
            layer.decode_kernel = kernel
        logits[kernel] = runtime.forward_logits(request, answer, stepwise=True)
    assert F.cosine_similarity(*logits.values(), dim=-1).min() > 0.999
    stats = runtime.generate(request).stats
    assert "int4-int8dot" in stats.decode_kernel.split(" + ")


def test_no_compiler_means_torchs_kernel_without_a_build(monkeypatch, tmp_path):
    monkeypatch.setenv("CXX", str(tmp_path / "no-such-compiler"))
    assert "no C++ compiler" in (native.unavailable_reason() or "")
    assert not native.will_build(tmp_path)


def test_a_bundle_without_the_source_does_not_offer_the_kernel(monkeypatch, tmp_path):
    monkeypatch.setattr(native, "SOURCE", tmp_path / "int4_int8dot.cpp")  # as a frozen bundle lays it out
    monkeypatch.setattr(native, "_loaded", {})
    assert "source is not installed" in (native.unavailable_reason() or "")
    assert not native.will_build(tmp_path) and not native.load_int4_int8dot(tmp_path)


def test_a_build_killed_midway_does_not_leave_the_next_load_waiting(built):
    """torch's builder waits for its lock file to vanish; a build killed midway leaves one behind."""
    folder = native.build_folder(default_cache_dir())
    (folder / "lock").touch()
    loads = "from desktop_vlm.runtime.kernels import native, probe; print(native.load_int4_int8dot(probe.default_cache_dir()))"
    child = subprocess.run([sys.executable, "-c", loads], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert child.returncode == 0 and child.stdout == "True\n", child.stderr[-2000:]
    assert not (folder / "lock").exists()


_CHILD = """
import sys
import torch
from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest
from desktop_vlm.runtime.kernels.quantized import QuantizedLinear

reports = []
runtime = load_runtime(sys.argv[1], device="cpu", dtype="bfloat16", quantize="int4", on_progress=reports.append)
layers = [m for m in runtime.model.decoder.modules() if isinstance(m, QuantizedLinear) and m.mode == "int4"]
assert layers and not any("int4-int8dot" in m.decode_kernels for m in layers), [m.decode_kernels for m in layers]
result = runtime.generate(ChatRequest("Total?", params=GenerationParams(max_new_tokens=3)))
assert len(result.token_ids) == 3 and "int4-int8dot" not in result.stats.decode_kernel
print("building reported:", any(r.startswith("Building the int4 kernel") for r in reports))
"""


def test_a_failed_build_is_remembered_and_the_model_answers_with_torchs_kernel(checkpoint, tmp_path):
    """A compiler that fails: the first load tries it once (and says so), keeps its words, and answers; the
    second load neither runs the compiler nor says it builds."""
    compiler = tmp_path / "broken-c++"
    runs = tmp_path / "compiler-runs"
    compiler.write_text(
        "#!/bin/sh\n"
        '[ "$1" = --version ] && { echo "c++ (GCC) 12.2.0"; exit 0; }\n'  # torch asks which compiler it is first
        f"echo run >> {runs}\n"
        "echo 'fatal error: broken on purpose' >&2\n"
        "exit 1\n"
    )
    compiler.chmod(0o755)
    env = {**os.environ, "CXX": str(compiler), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    outputs, compiler_runs = [], []
    for _ in range(2):
        child = subprocess.run(
            [sys.executable, "-c", _CHILD, str(checkpoint)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert child.returncode == 0, child.stderr[-3000:]
        outputs.append(child.stdout)
        compiler_runs.append(runs.read_text().count("run") if runs.exists() else 0)
    assert outputs == ["building reported: True\n", "building reported: False\n"]
    assert compiler_runs[0] >= 1 and compiler_runs[1] == compiler_runs[0]
    failed = list((tmp_path / "cache").rglob(native.FAILED_FILE))
    assert len(failed) == 1 and "broken on purpose" in failed[0].read_text()
