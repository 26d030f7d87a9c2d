"""int8 / int4 weights on CPU: quantised while streaming from the file, close to the unquantised model,
every decode kernel computing the same product, and the memory estimate matching what is loaded."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from torch.nn import functional as F

from desktop_vlm.core.errors import InvalidRequestError
from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime import footprint, load_runtime, weights
from desktop_vlm.runtime.api import ChatRequest
from desktop_vlm.runtime.checkpoint import open_checkpoint
from desktop_vlm.runtime.internvl.synthetic import write_checkpoint as write_internvl_checkpoint
from desktop_vlm.runtime.kernels import packing
from desktop_vlm.runtime.kernels.quantized import PACKED_KERNEL_ROWS, QuantizedLinear, prompts_in_bf16
from desktop_vlm.runtime.loader import weight_bytes
from desktop_vlm.runtime.quantize import check_mode
from desktop_vlm.runtime.ristretto.synthetic import write_checkpoint as write_ristretto_checkpoint
from desktop_vlm.runtime.widening import ROWS_TO_WIDEN, blockwise_linear

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def int4_kernel_built():
    """This machine's int4 × int8 kernel loaded (where it can be built), so that every decode kernel a bf16
    int4 layer lists can run here, as after a load."""
    from desktop_vlm.runtime.kernels import native
    from desktop_vlm.runtime.kernels.probe import default_cache_dir

    if native.unavailable_reason() is None:
        assert native.load_int4_int8dot(default_cache_dir())


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory):
    sizes = {"llm_hidden": 128, "llm_heads": 4, "kv_heads": 2, "llm_layers": 3}
    return write_internvl_checkpoint(tmp_path_factory.mktemp("q"), scale=0.05, **sizes)


def _checkpoint_layers(runtime) -> list[QuantizedLinear]:
    """The quantised layers the checkpoint's weights were loaded into: not the written-out CPU step's fused
    q/k/v layers, which view those layers' weights (``runtime/qwen2_step.py``)."""
    return [m for n, m in runtime.model.named_modules() if isinstance(m, QuantizedLinear) and ".cpu_step." not in n]


def _dequantized(layer: QuantizedLinear) -> torch.Tensor:
    return torch.cat([block.clone() for _, _, block in layer.dequantized_blocks()])


@pytest.mark.parametrize("mode", ["int8", "int4"])
@pytest.mark.parametrize("shape", [(100, 128), (300, 192), (64, 2048)])  # ragged rows (int4 pads to 64)
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_every_kernel_computes_the_product_of_the_dequantised_weight(mode, shape, dtype):
    gen = torch.Generator().manual_seed(0)
    out_features, in_features = shape
    weight = torch.randn(out_features, in_features, generator=gen) * 0.02
    layer = QuantizedLinear(in_features, out_features, True, mode, dtype)
    layer.bias = torch.nn.Parameter(torch.randn(out_features, generator=gen).to(dtype), requires_grad=False)
    layer.load_weight(weight.to(torch.bfloat16))
    dequantized = _dequantized(layer)
    step = 0.02 * 4 / (127 if mode == "int8" else 7)  # a few rounding steps of the weights' scale
    assert dequantized.shape == shape and (dequantized - weight).abs().max() < step
    # float32: reordered sums; bf16: the result rounded once (and the packed int4 kernel's bf16 weights)
    relative = 1e-5 if dtype == torch.float32 else 1e-2
    for rows in (1, 3, 20, 64):  # decode, beams, a follow-up question, prefill
        x = torch.randn(1, rows, in_features, generator=gen).to(dtype)
        reference = F.linear(x.float(), dequantized, layer.bias.float())
        assert (layer(x).float() - reference).abs().max() < relative * reference.abs().max()
    if dtype == torch.bfloat16:  # prompts on bf16 blocks, as on a CPU with bf16 instructions
        assert prompts_in_bf16(layer) == 1 and layer.block_dtype == torch.bfloat16
        x = torch.randn(2, 32, in_features, generator=gen).to(dtype)
        reference = F.linear(x.float(), dequantized, layer.bias.float())
        got = layer(x)
        assert got.dtype == dtype and (got.float() - reference).abs().max() < relative * reference.abs().max()
    for rows in (1, 3):  # a decode step; beams
        x = torch.randn(1, rows, in_features, generator=gen).to(dtype)
        reference = F.linear(x.float(), dequantized, layer.bias.float())
        tolerance = relative * reference.abs().max()
        for kernel in layer.decode_kernels:
            got = layer.run_decode_kernel(kernel, x)
            assert got.dtype == dtype and got.shape == (1, rows, out_features)
            assert (got.float() - reference).abs().max() < tolerance, kernel


def test_int8_weights_are_read_in_row_pairs_only_where_the_rows_pair_up():
    assert "int8-aten-paired" in QuantizedLinear(64, 100, False, "int8", torch.bfloat16).decode_kernels
    assert "int8-aten-paired" not in QuantizedLinear(64, 101, False, "int8", torch.bfloat16).decode_kernels
    assert "int8-aten-paired" not in QuantizedLinear(64, 100, False, "int4", torch.bfloat16).decode_kernels


def test_the_paired_int8_kernel_runs_products_of_up_to_two_rows_and_the_plain_one_beyond():
    """It computes each row twice; the scales it applies afterwards round a second time, so the two kernels'
    bf16 products differ in the last bits and show which one ran."""
    gen = torch.Generator().manual_seed(4)
    layer = QuantizedLinear(2048, 256, False, "int8", torch.bfloat16)
    layer.load_weight((torch.randn(256, 2048, generator=gen) * 0.02).to(torch.bfloat16))
    layer.decode_kernel = "int8-aten-paired"
    for rows, expected in {1: "int8-aten-paired", 2: "int8-aten-paired", 3: "int8-aten", 7: "int8-aten"}.items():
        x = torch.randn(rows, 2048, generator=gen).to(torch.bfloat16)
        products = {kernel: layer.run_decode_kernel(kernel, x) for kernel in ("int8-aten-paired", "int8-aten")}
        assert not torch.equal(*products.values())
        assert torch.equal(layer(x), products[expected]), rows


def test_a_cpu_with_bf16_instructions_runs_quantised_prompts_on_bf16_blocks(checkpoint, tmp_path, monkeypatch):
    from desktop_vlm.runtime import loader

    request = ChatRequest("Describe the receipt total.", params=GenerationParams(max_new_tokens=6))
    reference = load_runtime(checkpoint, device="cpu", dtype="float32").forward_logits(request)
    for native in (True, False):
        monkeypatch.setattr(loader, "cpu_has_native_bf16", lambda native=native: native)
        runtime = load_runtime(checkpoint, device="cpu", dtype="bfloat16", quantize="int8", cache_dir=tmp_path)
        layers = [m for m in runtime.model.modules() if isinstance(m, QuantizedLinear)]
        assert layers and {m.block_dtype for m in layers} == {torch.bfloat16 if native else torch.float32}
        cosine = F.cosine_similarity(reference, runtime.forward_logits(request), dim=-1)
        assert cosine.min() > 0.999


def test_int4_unpacking_reads_torchs_packed_layout_back():
    values = torch.randint(0, 16, (192, 256), dtype=torch.int32, generator=torch.Generator().manual_seed(1))
    packed = torch.ops.aten._convert_weight_to_int4pack_for_cpu(values, 1)
    assert torch.equal(packing.unpack_int4(packed, 256), values.to(torch.uint8))


@pytest.mark.parametrize("layout", ["torch's", "any other"])
def test_int4_values_are_centred_and_dequantised_as_the_plain_formula_says(layout, monkeypatch):
    """``centred_int4`` reads four packed bytes at a time in torch's layouts, and unpacks one nibble at a time
    in any other; both give 16 · (q − 8), and a weight dequantised from it is (q − 8) · scale + zero."""
    if layout == "any other":
        monkeypatch.setattr(packing, "_halves_in_order", lambda *layout: False)
    gen = torch.Generator().manual_seed(2)
    values = torch.randint(0, 16, (192, 256), dtype=torch.int32, generator=gen)
    packed = torch.ops.aten._convert_weight_to_int4pack_for_cpu(values, 1)
    centred = packing.centred_int4(packed[64:], 256)  # from a later row block, as dequantised blocks start
    assert centred.dtype == torch.int8 and torch.equal(centred, ((values[64:] - 8) * 16).to(torch.int8))
    scales_and_zeros = torch.randn(256 // 64, 192, 2, generator=gen)
    out = packing.dequantize_int4(packed, scales_and_zeros, 64, torch.empty(192, 256))
    scale, zero = (scales_and_zeros[:, :, i].t().repeat_interleave(64, dim=1) for i in (0, 1))
    assert torch.equal(out, (values - 8).float() * scale + zero)


@pytest.mark.parametrize("mode", ["int8", "int4"])
def test_a_short_question_runs_the_packed_kernel_and_a_prompt_the_dequantised_weight(mode):
    """Below ``PACKED_KERNEL_ROWS`` rows torch's packed kernel costs less than dequantising the whole weight.
    In float32 the two sum in different orders, so which one ran shows in the last bits."""
    gen = torch.Generator().manual_seed(3)
    layer = QuantizedLinear(2048, 192, False, mode, torch.float32)
    layer.load_weight((torch.randn(192, 2048, generator=gen) * 0.02).to(torch.bfloat16))
    limit = PACKED_KERNEL_ROWS[mode]
    int4 = mode == "int4"
    row_scales = None if int4 else layer.scales
    # 16 rows: a short follow-up question in its template; 128: a prompt
    runs = {ROWS_TO_WIDEN: "packed", 16: "packed", limit - 1: "packed", limit: "dequantised", 128: "dequantised"}
    for rows, expected in runs.items():
        x = torch.randn(rows, 2048, generator=gen)
        products = {
            "packed": layer.run_decode_kernel(f"{mode}-aten", x),
            # int8: the product of the int8 values, scaled by rows after
            "dequantised": blockwise_linear(x, layer.dequantized_blocks(scaled=int4), 192, 2048, None, row_scales),
        }
        assert not torch.equal(*products.values())
        assert torch.equal(layer(x), products[expected]), rows
    # where the probe found dequantising the fastest even for one row, a short question dequantises too
    layer.decode_kernel = f"{mode}-dequant"
    x = torch.randn(16, 2048, generator=gen)
    assert torch.equal(layer(x), layer.run_decode_kernel(f"{mode}-dequant", x))


@pytest.mark.parametrize("mode", ["int8", "int4"])
@pytest.mark.parametrize("dtype", ["float32", "bfloat16"])
def test_quantised_logits_stay_close_and_answers_name_the_kernels(checkpoint, mode, dtype, tmp_path):
    request = ChatRequest("Describe the receipt total.", params=GenerationParams(max_new_tokens=6))
    reference = load_runtime(checkpoint, device="cpu", dtype="float32").forward_logits(request)
    runtime = load_runtime(checkpoint, device="cpu", dtype=dtype, quantize=mode, cache_dir=tmp_path)
    assert runtime.info.quantization == mode
    layers = [m for m in runtime.model.decoder.modules() if isinstance(m, QuantizedLinear)]
    assert {m.mode for m in layers} == {mode, "int8"}  # the output head is int8 in both modes
    assert runtime.model.decoder.lm.lm_head.mode == "int8"
    assert not any(type(m) is torch.nn.Linear for m in runtime.model.decoder.lm.modules())
    cosine = F.cosine_similarity(reference, runtime.forward_logits(request), dim=-1)
    assert cosine.min() > (0.999 if mode == "int8" else 0.99)
    result = runtime.generate(request)
    assert len(result.token_ids) == 6
    used = result.stats.decode_kernel.split(" + ")
    assert any(k.startswith(mode) for k in used)
    assert all(k in QuantizedLinear.DECODE_KERNELS.get(k[:4], ()) or k.startswith("bf16") for k in used)


@pytest.mark.parametrize("family", ["internvl", "ristretto"])
@pytest.mark.parametrize("mode", ["int8", "int4"])
def test_the_vision_encoder_is_int8_in_both_modes_and_its_image_tokens_stay_close(family, mode, tmp_path):
    """InternViT's fused qkv weight is split three ways while streaming, so a q / k / v mix-up fails here too."""
    write = write_internvl_checkpoint if family == "internvl" else write_ristretto_checkpoint
    folder = write(tmp_path / family)
    reference = load_runtime(folder, device="cpu", dtype="float32")
    runtime = load_runtime(folder, device="cpu", dtype="float32", quantize=mode, cache_dir=tmp_path / "cache")
    vision = runtime.model.vision_model
    encoder = [m for name, m in vision.named_modules() if "encoder." in name and isinstance(m, QuantizedLinear)]
    assert encoder and {m.mode for m in encoder} == {"int8"}
    assert not any(type(m) is torch.nn.Linear for name, m in vision.named_modules() if "encoder." in name)
    assert all(type(m) is not QuantizedLinear for name, m in vision.named_modules() if "embed" in name)
    size = runtime.model.tile_norm.tile_size
    tiles = torch.randn(2, 3, size, size, generator=torch.Generator().manual_seed(0))
    with torch.inference_mode():
        expected, quantised = reference.model.encode_tiles(tiles), runtime.model.encode_tiles(tiles)
    assert F.cosine_similarity(expected, quantised, dim=-1).min() > 0.999
    assert not torch.equal(expected, quantised)  # it did run on the int8 weights


def test_quantised_weights_are_read_a_block_of_rows_at_a_time_never_through_the_memory_map(
    checkpoint, monkeypatch, tmp_path
):
    handed: list = []
    reads: list[int] = []
    real_load, real_read = QuantizedLinear.load_weight, weights.FileRows.__getitem__
    monkeypatch.setattr(QuantizedLinear, "load_weight", lambda self, w: handed.append(type(w)) or real_load(self, w))
    counted_read = lambda self, rows: reads.append(rows.stop - rows.start) or real_read(self, rows)
    monkeypatch.setattr(weights.FileRows, "__getitem__", counted_read)
    monkeypatch.setattr(packing, "CHUNK_BYTES", 4 * 128 * 64)  # 64 rows of the 128-wide layers per block
    runtime = load_runtime(checkpoint, device="cpu", quantize="int8", cache_dir=tmp_path)  # nothing kept yet
    quantised = _checkpoint_layers(runtime)
    assert handed and set(handed) == {weights.FileRows} and len(handed) == len(quantised)
    assert max(reads) <= 64 and len(reads) > len(handed)  # the big layers took several reads


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak from /proc (Linux)")
def test_a_quantised_load_peaks_at_the_quantised_weights_not_the_bf16_ones(tmp_path):
    """Peak RSS of an int8 load, in a child process (what the person's machine sees), after a first load of a
    tiny model has paid for every import: it must stay well under the bf16 bytes of the layers it quantises
    (quantising after a bf16 load peaked at both: 95–180 MiB here against 55 MiB streamed, for 45 MiB of int8).
    VmHWM, not ru_maxrss: a child inherits its parent's ru_maxrss through exec."""
    sizes = {"llm_hidden": 512, "llm_heads": 8, "kv_heads": 2, "llm_layers": 8, "llm_intermediate": 2048}
    folder = write_internvl_checkpoint(tmp_path / "m", scale=0.02, vocab_size=32000, **sizes)
    warm = write_internvl_checkpoint(tmp_path / "warm")
    cache = tmp_path / "cache"  # this machine's decode kernels chosen here first: the child only streams
    load_runtime(folder, device="cpu", dtype="bfloat16", quantize="int8", cache_dir=cache)
    code = (
        "import re, sys; from desktop_vlm.runtime import load_runtime; from desktop_vlm.runtime.kernels import probe; "
        "probe.machine_is_busy = lambda: True; "  # use the choices as they are, whatever the load now
        "peak = lambda: int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)) * 1024; "
        "load_runtime(sys.argv[2], device='cpu', dtype='bfloat16', quantize='int8', cache_dir=sys.argv[3]); "
        "before = peak(); "
        "r = load_runtime(sys.argv[1], device='cpu', dtype='bfloat16', quantize='int8', cache_dir=sys.argv[3]); "
        "print(peak() - before)"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    argv = [sys.executable, "-c", code, str(folder), str(warm), str(cache)]

    def one_load() -> int:
        shutil.rmtree(cache / "quantized", ignore_errors=True)  # each load streams and quantises again
        done = subprocess.run(argv, capture_output=True, text=True, timeout=300, check=True, cwd=REPO, env=env)
        return int(done.stdout.split()[-1])

    # the least of three loads: what the allocator keeps beyond the load's needs varies run to run
    # (58-80 MB over five single loads here), and noise only ever adds
    grown = min(one_load() for _ in range(3))
    shapes = footprint.read_shapes(folder)
    linears = sum(torch.Size(s).numel() for n, s in shapes if footprint.is_quantized_weight(n, s))
    assert grown < 0.85 * 2 * linears  # well under the bf16 bytes (~1 byte a weight, plus scratch)


def test_memory_needs_follow_what_the_loader_holds(checkpoint):
    needs = footprint.memory_needs(checkpoint)
    assert needs["int4"] < needs["int8"] < needs["bfloat16"] < needs["float32"]
    shapes = footprint.read_shapes(checkpoint)
    for mode in ("int8", "int4"):
        runtime = load_runtime(checkpoint, device="cpu", dtype="bfloat16", quantize=mode)
        quantised = _checkpoint_layers(runtime)
        held = sum(m.stored_bytes for m in quantised)
        predicted = sum(footprint.tensor_bytes(n, s, mode) for n, s in shapes if footprint.is_quantized_weight(n, s))
        biases = sum(m.bias.numel() * 2 for m in quantised if m.bias is not None)
        assert held == predicted + biases
    bf16 = weight_bytes(open_checkpoint(checkpoint), torch.bfloat16)[1]
    assert needs["bfloat16"] == bf16 + footprint.RUNTIME_OVERHEAD_BYTES
    assert weight_bytes(open_checkpoint(checkpoint), torch.bfloat16, "int8")[1] < bf16


def test_quantisation_is_refused_where_it_cannot_run():
    assert check_mode("int4", torch.device("cpu")) == "int4"
    with pytest.raises(InvalidRequestError, match="MPS"):
        check_mode("int8", torch.device("mps"))
    with pytest.raises(InvalidRequestError, match="int3"):
        check_mode("int3", torch.device("cpu"))


def test_a_second_load_maps_the_quantised_weights_kept_from_the_first(checkpoint, tmp_path, monkeypatch):
    request = ChatRequest("Describe the receipt total.", params=GenerationParams(max_new_tokens=4))
    first = load_runtime(checkpoint, device="cpu", dtype="bfloat16", quantize="int4", cache_dir=tmp_path)
    expected = first.forward_logits(request)
    assert len(list((tmp_path / "quantized").glob("*.safetensors"))) == 1
    quantised: list = []
    real_load = QuantizedLinear.load_weight
    monkeypatch.setattr(QuantizedLinear, "load_weight", lambda self, w: quantised.append(1) or real_load(self, w))
    again = load_runtime(checkpoint, device="cpu", dtype="bfloat16", quantize="int4", cache_dir=tmp_path)
    assert quantised == []  # nothing read from the checkpoint's linears, nothing quantised
    kept = {n: m for n, m in first.model.named_modules() if isinstance(m, QuantizedLinear)}
    mapped = {n: m for n, m in again.model.named_modules() if isinstance(m, QuantizedLinear)}
    assert kept.keys() == mapped.keys() and kept
    for name, layer in mapped.items():  # the very weights the first load quantised
        assert torch.equal(layer.qweight, kept[name].qweight) and torch.equal(layer.scales, kept[name].scales)
    # the same model; the kernels are chosen again by timing them (a machine busy during one load measures
    # again at the next), and a bf16 product's rounding depends on the kernel
    torch.testing.assert_close(again.forward_logits(request), expected, rtol=0.02, atol=0.1)
    for layer in again.model.modules():  # mapped at 64-byte boundaries, which torch's AVX512 kernels need
        if isinstance(layer, QuantizedLinear):
            assert layer.qweight.data_ptr() % 64 == 0 and layer.scales.data_ptr() % 64 == 0
    assert load_runtime(checkpoint, device="cpu", dtype="bfloat16", quantize="int8", cache_dir=tmp_path)
    assert quantised  # another mode: its own file
    assert len(list((tmp_path / "quantized").glob("*.safetensors"))) == 2


def test_an_edited_checkpoint_or_a_damaged_cache_is_quantised_again(tmp_path, monkeypatch):
    folder = write_internvl_checkpoint(tmp_path / "m")
    cache = tmp_path / "cache"
    load_runtime(folder, device="cpu", quantize="int8", cache_dir=cache)
    stored = next((cache / "quantized").glob("*.safetensors"))
    stored.write_bytes(stored.read_bytes()[: stored.stat().st_size // 2])  # cut short
    quantised: list = []
    real_load = QuantizedLinear.load_weight
    monkeypatch.setattr(QuantizedLinear, "load_weight", lambda self, w: quantised.append(1) or real_load(self, w))
    runtime = load_runtime(folder, device="cpu", quantize="int8", cache_dir=cache)
    assert quantised and runtime.generate(ChatRequest("Hi", params=GenerationParams(max_new_tokens=2))).token_ids
    quantised.clear()
    load_runtime(folder, device="cpu", quantize="int8", cache_dir=cache)
    assert not quantised  # rewritten whole, now used
    weights_file = folder / "model.safetensors"
    os.utime(weights_file, ns=(weights_file.stat().st_atime_ns, weights_file.stat().st_mtime_ns + 10**9))
    load_runtime(folder, device="cpu", quantize="int8", cache_dir=cache)
    assert quantised  # the checkpoint changed: its old quantised weights are not used
    assert [p.name for p in (cache / "quantized").iterdir()] == [stored.name]  # and not left beside the new


def test_only_int4_weights_are_kept_per_int4_packing(tmp_path, monkeypatch):
    """torch packs int4 weights by the CPU's instruction set, int8 ones alike everywhere: an AVX2 cap must not
    make a machine quantise its int8 weights again."""
    from desktop_vlm.runtime.kernels import stored

    folder = write_internvl_checkpoint(tmp_path / "m")
    shards = ["model.safetensors"]
    before = {mode: stored.cache_key(folder, shards, mode, torch.bfloat16) for mode in ("int8", "int4")}
    real_layout = packing._int4_layout
    monkeypatch.setattr(packing, "_int4_layout", lambda columns: (real_layout(columns)[0] * 2, None, None))
    assert stored.cache_key(folder, shards, "int8", torch.bfloat16) == before["int8"]
    assert stored.cache_key(folder, shards, "int4", torch.bfloat16) != before["int4"]


def _mapped_from(path: Path) -> list[tuple[int, int]]:
    """Address ranges of this process mapped from the file ``path`` (Linux /proc/self/maps)."""
    ranges = []
    for line in Path("/proc/self/maps").read_text().splitlines():
        fields = line.split()
        if len(fields) >= 6 and fields[5] == str(path.resolve()):
            begin, end = (int(x, 16) for x in fields[0].split("-"))
            ranges.append((begin, end))
    return ranges


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads the mappings from /proc (Linux)")
def test_a_bf16_load_reads_the_weights_a_step_streams_into_memory_and_maps_only_the_embeddings(tmp_path):
    """Memory-mapped weights streamed at two thirds of the rate of weights in process memory."""
    folder = write_internvl_checkpoint(tmp_path / "m")
    runtime = load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path / "cache")
    ranges = _mapped_from(folder / "model.safetensors")
    in_file = lambda t: any(b <= t.data_ptr() < e for b, e in ranges)  # noqa: E731
    lm = runtime.model.decoder.language_model
    assert in_file(lm.get_input_embeddings().weight)
    linears = [m for m in runtime.model.modules() if isinstance(m, torch.nn.Linear)]
    assert linears and not any(in_file(m.weight) for m in linears)
