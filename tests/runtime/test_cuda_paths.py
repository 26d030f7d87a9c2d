"""The GPU fast paths on a CUDA device: marker ``gpu``, never run in CI (``pytest -m gpu`` on a machine
with one). They check what the CPU suite cannot: that the compiled decode really replays CUDA graphs,
keeps giving the default path's ids, and that int4, bf16 and pinned transfers work on the device."""

from __future__ import annotations

import pytest
import torch
from PIL import Image

from desktop_vlm.core.types import GenerationParams, TileParams, Turn
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest, VisualInput
from desktop_vlm.runtime.internvl.synthetic import write_checkpoint as write_internvl_checkpoint
from tests.conftest import REFERENCE_DIR

pytestmark = [
    pytest.mark.gpu,
    pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device"),
]
FOLDER = REFERENCE_DIR / "InternVL2_5-4B"


def _conversation(runtime, turns: int = 3, lookup: int = 0):
    image = Image.open(REFERENCE_DIR / "images" / "image2.png").convert("RGB")
    history, ids = [], []
    for question in ("<image>\nDescribe the image.", "What else?", "One more detail?")[:turns]:
        request = ChatRequest(
            question,
            [VisualInput(image)],
            list(history),
            params=GenerationParams(max_new_tokens=24, lookup_tokens=lookup),
            tiles=TileParams(max_tiles=6),
        )
        result = runtime.generate(request)
        history.append(Turn(question, result.text))
        ids.append(result.token_ids)
    return ids


def test_auto_precision_on_cuda_is_bfloat16_where_supported():
    runtime = load_runtime(FOLDER, device="cuda")
    assert runtime.info.dtype == ("bfloat16" if torch.cuda.is_bf16_supported() else "float16")


@pytest.mark.parametrize("decode", ["static", "graph", "compiled"])
def test_static_paths_give_the_default_ids_on_cuda(decode):
    expected = _conversation(load_runtime(FOLDER, device="cuda", dtype="float32"))
    assert _conversation(load_runtime(FOLDER, device="cuda", dtype="float32", decode=decode)) == expected


def test_compiled_decode_is_not_denied_cuda_graphs():
    """Inductor counts a graph it refuses to capture (a CPU tensor in the step, a mutation it cannot
    replay…) under ``cudagraph_skips``; over a conversation whose cache grows, none may be refused."""
    from torch._dynamo.utils import counters

    runtime = load_runtime(FOLDER, device="cuda", dtype="bfloat16", decode="compiled")
    _conversation(runtime, turns=3)
    assert not {k: v for k, v in counters["inductor"].items() if "cudagraph_skip" in k}, dict(counters["inductor"])


@pytest.mark.parametrize("model", ["InternVL2_5-4B", "Mini-InternVL-Chat-4B-V1-5"])
def test_graph_decode_replays_its_recording_as_the_cache_grows(model):
    """Three turns whose cache outgrows 1,024 slots: every step after each cache's first two is a replay,
    none falls back to eager steps, and the ids are the dynamic path's (Phi-3's sliding-window layers
    included)."""
    folder = REFERENCE_DIR / model
    expected = _conversation(load_runtime(folder, device="cuda", dtype="float32"))
    runtime = load_runtime(folder, device="cuda", dtype="float32", decode="graph")
    assert _conversation(runtime) == expected
    static = runtime.model.decoder._static
    assert static.graphed and static.replays >= sum(len(ids) for ids in expected) - 3 * 3


def test_lookup_decoding_gives_the_plain_ids_on_cuda():
    """Steps of a few rows on the GPU (SDPA with the cache's causal mask) keep exactly the drafts a plain
    decode would write, over turns that reuse the cropped cache."""
    from tests.runtime.test_lookup import drafts_cost_nothing

    runtime = load_runtime(FOLDER, device="cuda", dtype="float32")
    expected = _conversation(runtime)
    runtime.reset_cache()
    drafts_cost_nothing(runtime)  # drafts fed whatever the GPU's steps cost
    assert _conversation(runtime, lookup=4) == expected


def test_int4_weights_generate_on_cuda(tmp_path):
    pytest.importorskip("torchao")
    folder = write_internvl_checkpoint(
        tmp_path / "q", llm_hidden=256, llm_heads=4, kv_heads=2, llm_layers=2, llm_intermediate=512, scale=0.05
    )
    runtime = load_runtime(folder, device="cuda", dtype="bfloat16", quantize="int4")
    request = ChatRequest("Describe the receipt total.", params=GenerationParams(max_new_tokens=6))
    assert torch.isfinite(runtime.forward_logits(request)).all()
    assert len(runtime.generate(request).token_ids) >= 1


def test_tinygemm_int4_layout_is_read_back_from_torchs_packer():
    """The order read off torch's CUDA packer unpacks a whole weight, and the dequantised product is the
    packed kernel's within bf16 rounding."""
    from desktop_vlm.runtime.kernels.tinygemm_int4 import cuda_packer, dequantize, pack_bytes, unpack

    device = torch.device("cuda")
    generator = torch.Generator().manual_seed(3)
    values = torch.randint(0, 16, (1_024, 2_048), generator=generator, dtype=torch.uint8)
    packed = torch.ops.aten._convert_weight_to_int4pack(pack_bytes(values).to(device), 8)
    pack = cuda_packer(device)
    assert torch.equal(unpack(packed, pack).cpu(), values)
    scale_and_zero = (torch.rand(2_048 // 128, 1_024, 2, generator=generator) * 0.02).to(torch.bfloat16).to(device)
    x = torch.randn(100, 2_048, generator=generator).to(torch.bfloat16).to(device)
    kernel = torch.ops.aten._weight_int4pack_mm(x, packed, 128, scale_and_zero).float()
    dense = (x @ dequantize(packed, scale_and_zero, 128, torch.bfloat16, pack).t()).float()
    assert float((kernel - dense).norm() / kernel.norm()) < 0.01


def test_int4_prompts_run_dequantised_and_agree_with_the_packed_kernel(tmp_path):
    """A prompt of hundreds of rows goes through the dequantised weights; its logits are the packed kernel's
    within rounding (the same argmax)."""
    pytest.importorskip("torchao")
    from desktop_vlm.runtime.quantize import dequantises_prompts

    folder = write_internvl_checkpoint(
        tmp_path / "q", llm_hidden=256, llm_heads=4, kv_heads=2, llm_layers=2, llm_intermediate=512, scale=0.05
    )
    runtime = load_runtime(folder, device="cuda", dtype="bfloat16", quantize="int4")
    layers = [m for m in runtime.model.decoder.language_model.modules() if dequantises_prompts(m)]
    assert len(layers) >= 2 * 4  # attention in and out, MLP in and out of both layers, fused or not
    image = Image.new("RGB", (448, 448), "white")
    request = ChatRequest("<image>\nDescribe the receipt total.", [VisualInput(image)])
    dense = runtime.forward_logits(request, all_positions=True).float()  # (L, V)
    for layer in layers:
        del layer.forward  # back to torchao's packed product for every row count
    packed = runtime.forward_logits(request, all_positions=True).float()
    assert dense.shape[0] > 64
    assert float((dense - packed).norm() / packed.norm()) < 0.02
    assert torch.equal(dense[-1].argmax(), packed[-1].argmax())


def test_pixels_go_to_the_gpu_as_pinned_bytes_and_are_normalised_there_as_on_the_host():
    from desktop_vlm.runtime.preprocess import normalise, tile_image, tiles_to_tensor

    runtime = load_runtime(FOLDER, device="cuda", dtype="bfloat16")
    image = Image.open(REFERENCE_DIR / "images" / "image2.png").convert("RGB")
    prompt = runtime.prepare(ChatRequest("<image>\nHi", [VisualInput(image)]))
    span = prompt.spans[0]
    pixel_bytes = runtime._vision.pixels(span)
    assert pixel_bytes.is_pinned() and pixel_bytes.dtype == torch.uint8
    host = tiles_to_tensor(
        [t for im, p in zip(span.images, span.plans) for t in tile_image(im, p)], runtime.model.tile_norm
    )
    assert torch.equal(normalise(pixel_bytes.cuda(), runtime.model.tile_norm).cpu(), host)
