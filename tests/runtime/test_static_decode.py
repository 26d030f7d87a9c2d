"""The static-cache decode path (the GPU fast path, switchable) gives the ids of the default path,
also across turns that reuse the cache it hands back."""

from __future__ import annotations

import pytest
from PIL import Image

from desktop_vlm.core.errors import InvalidRequestError
from desktop_vlm.core.types import GenerationParams, TileParams, Turn
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest, VisualInput
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
        request = ChatRequest(question, [VisualInput(image)], list(history), params=params, tiles=TileParams(max_tiles=4))
        a, b = dynamic.generate(request), static.generate(request)
        assert a.token_ids == b.token_ids and a.prompt_token_ids == b.prompt_token_ids
        history.append(Turn(question, a.text))
    assert b.stats.reused_prompt_tokens > 0  # the cache handed back by the static session was reused


def test_unknown_decode_mode_is_refused():
    with pytest.raises(InvalidRequestError, match="decode mode"):
        load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", decode="turbo")


def test_mono_keeps_its_own_cache():
    with pytest.raises(InvalidRequestError, match="dynamic"):
        load_runtime(REFERENCE_DIR / "Mono-InternVL-2B", device="cpu", decode="static")


def test_compiled_decode_matches_dynamic():
    """torch.compile (CUDA graphs on a GPU; plain compiled code on CPU) gives the same ids. ~20 s of compiling."""
    folder = REFERENCE_DIR / "InternVL2_5-4B"
    request = ChatRequest("Hello, who are you?", params=GenerationParams(max_new_tokens=24))
    expected = load_runtime(folder, device="cpu").generate(request).token_ids
    compiled = load_runtime(folder, device="cpu", decode="compiled")
    assert compiled.generate(request).token_ids == expected
    follow = ChatRequest("And then?", history=[Turn("Hello, who are you?", "x")], params=GenerationParams(max_new_tokens=8))
    assert compiled.generate(follow).token_ids == load_runtime(folder, device="cpu").generate(follow).token_ids
