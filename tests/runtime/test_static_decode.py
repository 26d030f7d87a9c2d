"""The static-cache decode path (the GPU fast path, switchable) gives the ids of the default path,
also across turns that reuse the cache it hands back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import torch
from PIL import Image

from desktop_vlm.core.errors import InvalidRequestError
from desktop_vlm.core.types import GenerationParams, TileParams, Turn
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest, VisualInput
from desktop_vlm.runtime.static_decode import compiled_code_folder, static_capacity
from tests.conftest import REFERENCE_DIR


@pytest.mark.parametrize("model", ["InternVL2_5-4B", "Mini-InternVL-Chat-4B-V1-5", "Ristretto-3B"])
def test_static_decode_matches_dynamic_over_turns(model):
    folder = REFERENCE_DIR / model
    dynamic = load_runtime(folder, device="cpu")
    static = load_runtime(folder, device="cpu", decode="static")
    image = Image.open(REFERENCE_DIR / "images" / "image2.png").convert("RGB")
    params = GenerationParams(max_new_tokens=20)
    history: list[Turn] = []
    for question in ("<image>\nDescribe the image.", "What else?", "Thanks, one more detail?"):
        request = ChatRequest(
            question, [VisualInput(image)], list(history), params=params, tiles=TileParams(max_tiles=4)
        )
        a, b = dynamic.generate(request), static.generate(request)
        assert a.token_ids == b.token_ids and a.prompt_token_ids == b.prompt_token_ids
        history.append(Turn(question, a.text))
    assert b.stats.reused_prompt_tokens > 0  # the cache handed back by the static session was reused


def test_unknown_decode_mode_is_refused():
    with pytest.raises(InvalidRequestError, match="decode mode"):
        load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", decode="turbo")


def test_graph_decode_is_refused_off_a_cuda_gpu_before_loading():
    messages: list[str] = []
    with pytest.raises(InvalidRequestError, match="needs an NVIDIA GPU") as refused:
        load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", decode="graph", on_progress=messages.append)
    assert "dynamic" in (refused.value.hint or "")
    assert not messages  # refused before the model is built


def test_mono_keeps_its_own_cache():
    with pytest.raises(InvalidRequestError, match="dynamic"):
        load_runtime(REFERENCE_DIR / "Mono-InternVL-2B", device="cpu", decode="static")


def test_static_capacity_grows_by_powers_of_two_within_the_context():
    assert [static_capacity(n, 32769) for n in (1, 1024, 1025, 5000)] == [1024, 1024, 2048, 8192]
    assert static_capacity(32000, 32769) == 32768
    assert static_capacity(32769, 32769) == 32769  # never beyond the context (+1 slot for the last token)
    assert static_capacity(900, 600) == 900  # a context below the minimum still fits what is needed


def test_compiled_decoder_keeps_one_cache_and_one_graph_as_answers_grow():
    """Answers whose cache needs up to 1,024, 2,048 and 4,096 slots: the same ids as the default path, the cache
    replaced only when it is too small (so a GPU's captured graphs keep their tensors), at most one compilation."""
    from torch._dynamo.utils import counters

    folder = REFERENCE_DIR / "InternVL2_5-4B"
    reference = load_runtime(folder, device="cpu", dtype="float32")
    compiled = load_runtime(folder, device="cpu", dtype="float32", decode="compiled")
    graphs_before = counters["stats"]["unique_graphs"]
    capacities = []
    for max_new in (16, 1100, 40, 2100):
        request = ChatRequest("Hello, who are you?", params=GenerationParams(max_new_tokens=max_new))
        reference.reset_cache(), compiled.reset_cache()
        assert compiled.generate(request).token_ids == reference.generate(request).token_ids
        capacities.append(compiled.model.decoder._static.capacity)
    assert capacities == [1024, 2048, 2048, 4096]
    assert counters["stats"]["unique_graphs"] - graphs_before <= 1  # 0 when an earlier test compiled the step


def test_compiled_decode_matches_dynamic():
    """torch.compile (CUDA graphs on a GPU; plain compiled code on CPU) gives the same ids. ~20 s of compiling,
    done while loading: the first answer compiles nothing. Float32, so that the two paths' different rounding
    cannot turn an exact tie into a different id (bf16 is checked with a tolerance below)."""
    from torch._dynamo.utils import counters

    folder = REFERENCE_DIR / "InternVL2_5-4B"
    request = ChatRequest("Hello, who are you?", params=GenerationParams(max_new_tokens=24))
    dynamic = load_runtime(folder, device="cpu", dtype="float32")
    expected = dynamic.generate(request).token_ids
    messages = []
    compiled = load_runtime(folder, device="cpu", dtype="float32", decode="compiled", on_progress=messages.append)
    assert any("Compiling" in m for m in messages)
    graphs_after_load = counters["stats"]["unique_graphs"]
    assert compiled.generate(request).token_ids == expected
    assert counters["stats"]["unique_graphs"] == graphs_after_load
    follow = ChatRequest(
        "And then?", history=[Turn("Hello, who are you?", "x")], params=GenerationParams(max_new_tokens=8)
    )
    assert compiled.generate(follow).token_ids == dynamic.generate(follow).token_ids


def test_compiled_bf16_decode_differs_from_dynamic_only_at_near_ties():
    """In bfloat16 the compiled and the eager step round differently, so greedy ids may part where the two best
    logits are (nearly) tied; anywhere else they must agree. Checked against the teacher-forced logits."""
    folder = REFERENCE_DIR / "InternVL2_5-4B"
    request = ChatRequest("Hello, who are you?", params=GenerationParams(max_new_tokens=24))
    dynamic = load_runtime(folder, device="cpu", dtype="bfloat16")
    compiled = load_runtime(folder, device="cpu", dtype="bfloat16", decode="compiled")
    a, b = dynamic.generate(request).token_ids, compiled.generate(request).token_ids
    parted = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), None)
    if parted is None:
        assert a == b
        return
    logits = dynamic.forward_logits(request, a[:parted])[-1]
    # where they part, both choices are within bf16 rounding of the best logit (a few ulps at this magnitude)
    tolerance = 4 * torch.finfo(torch.bfloat16).eps * logits.abs().max().item()
    assert logits.max() - logits[b[parted]] <= tolerance, (parted, a[parted], b[parted])


def test_compiled_code_is_kept_apart_per_instruction_set_cap(monkeypatch, tmp_path):
    """Code compiled under an AVX2 cap and loaded by an uncapped process corrupted the heap, so each cap gets
    a folder of its own; a folder the person chose is left alone."""
    monkeypatch.delenv("TORCHINDUCTOR_CACHE_DIR", raising=False)
    monkeypatch.delenv("ONEDNN_MAX_CPU_ISA", raising=False)
    uncapped = compiled_code_folder()
    assert uncapped is not None and os.environ["TORCHINDUCTOR_CACHE_DIR"] == uncapped
    monkeypatch.setenv("ONEDNN_MAX_CPU_ISA", "AVX2")
    capped = compiled_code_folder()
    assert capped is not None and capped != uncapped and "avx2" in Path(capped).name
    assert os.path.dirname(capped) == os.path.dirname(uncapped)
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", str(tmp_path))
    assert compiled_code_folder() is None and os.environ["TORCHINDUCTOR_CACHE_DIR"] == str(tmp_path)
