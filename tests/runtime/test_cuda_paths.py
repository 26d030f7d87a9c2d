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


def test_pixels_are_pinned_for_the_copy_to_the_gpu():
    runtime = load_runtime(FOLDER, device="cuda", dtype="bfloat16")
    image = Image.new("RGB", (448, 448), "white")
    prompt = runtime.prepare(ChatRequest("<image>\nHi", [VisualInput(image)]))
    assert runtime._vision.pixels(prompt.spans[0]).is_pinned()
