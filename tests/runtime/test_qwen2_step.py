"""The written-out Qwen2 decode step on CPU: the same logits and ids as transformers' own layers, with the
query, key and value weights held once."""

from __future__ import annotations

import pytest
import torch

from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.kernels.probe import decode_layers
from tests.conftest import REFERENCE_DIR

QWEN2_MODELS = ["InternVL2_5-4B", "Ristretto-3B"]


def _steps(decoder, cache, ids: list[int]) -> torch.Tensor:
    """(len(ids), V) logits of one-token steps on ``cache``."""
    rows = []
    for token in ids:
        embedded = decoder.embed(torch.tensor([[token]]))
        rows.append(decoder(embedded, torch.zeros(1, 1, dtype=torch.bool), cache, 1)[0, -1].float())
    return torch.stack(rows)


@pytest.mark.parametrize("dtype", ["float32", "bfloat16"])
@pytest.mark.parametrize("model", QWEN2_MODELS)
def test_written_out_steps_give_transformers_logits(model, dtype):
    runtime = load_runtime(REFERENCE_DIR / model, device="cpu", dtype=dtype)
    decoder = runtime.model.decoder
    step = decoder.cpu_step
    assert step is not None
    vocabulary = decoder.lm.get_input_embeddings().weight.shape[0]
    prompt = torch.randint(0, vocabulary, (1, 37), generator=torch.Generator().manual_seed(0))
    ids = torch.randint(0, vocabulary, (12,), generator=torch.Generator().manual_seed(1)).tolist()
    with torch.inference_mode():
        logits = {}
        for name, chosen in (("written out", step), ("transformers", None)):
            decoder.cpu_step = chosen
            cache = decoder.new_cache()
            decoder(decoder.embed(prompt), torch.zeros_like(prompt, dtype=torch.bool), cache, 1)
            logits[name] = _steps(decoder, cache, ids)
            assert cache.get_seq_length() == 37 + len(ids)
    scale = logits["transformers"].abs().max()
    # float32: summation order only; bf16: the fused product may run another kernel than the three it replaces
    tolerance = 1e-5 if dtype == "float32" else 2e-2
    assert (logits["written out"] - logits["transformers"]).abs().max() <= tolerance * scale
    if dtype == "float32":
        assert torch.equal(logits["written out"].argmax(-1), logits["transformers"].argmax(-1))


@pytest.mark.parametrize("model", QWEN2_MODELS)
def test_query_key_and_value_take_columns_of_one_product_whose_weight_only_the_fused_layer_holds(model):
    from desktop_vlm.runtime.qwen2_step import ColumnsOfFused

    runtime = load_runtime(REFERENCE_DIR / model, device="cpu", dtype="bfloat16")
    decoder = runtime.model.decoder
    step = decoder.cpu_step
    assert step is not None
    names = [name for name, _ in decoder.named_parameters()]
    assert not any(part in name for name in names for part in ("q_proj", "k_proj", "v_proj"))
    products = []
    for layer, fused in zip(decoder.lm.model.layers, step.qkv):
        attention = layer.self_attn
        parts = (attention.q_proj, attention.k_proj, attention.v_proj)
        assert all(isinstance(part, ColumnsOfFused) for part in parts)
        assert [(p.start, p.stop) for p in parts] == [
            (0, parts[0].out_features),
            (parts[0].out_features, parts[0].out_features + parts[1].out_features),
            (parts[1].stop, fused.out_features),
        ]
        fused.register_forward_hook(lambda *_: products.append(1))
    attention, fused = decoder.lm.model.layers[0].self_attn, step.qkv[0]
    hidden = torch.randn(1, 9, fused.in_features, generator=torch.Generator().manual_seed(0)).bfloat16()
    with torch.inference_mode():
        columns = [part(hidden) for part in (attention.q_proj, attention.k_proj, attention.v_proj)]
        assert len(products) == 1  # one product for the three
        assert torch.equal(torch.cat(columns, dim=-1), fused(hidden))
        products.clear()
        decoder(hidden, torch.zeros(1, 9, dtype=torch.bool), decoder.new_cache(), 1)  # a prompt, as prefill runs
    assert len(products) == len(step.qkv)  # once per layer


@pytest.mark.parametrize("model", QWEN2_MODELS)
def test_a_static_decode_keeps_query_key_and_value_layers_that_view_the_fused_weight(model):
    runtime = load_runtime(REFERENCE_DIR / model, device="cpu", decode="static")
    decoder = runtime.model.decoder
    step = decoder.cpu_step
    assert step is not None
    for layer, fused in zip(decoder.lm.model.layers, step.qkv):
        attention = layer.self_attn
        start = 0
        for part in (attention.q_proj, attention.k_proj, attention.v_proj):
            assert part.weight.untyped_storage().data_ptr() == fused.weight.untyped_storage().data_ptr()
            assert torch.equal(part.weight, fused.weight[start : start + part.out_features])
            assert part.bias.untyped_storage().data_ptr() == fused.bias.untyped_storage().data_ptr()
            start += part.out_features
        assert start == fused.out_features
        assert type(fused) is type(attention.q_proj)  # widened / kernel-chosen like the layers it replaces


def test_the_fused_output_runs_again_for_another_input_and_is_forgotten_once_every_part_took_its_columns():
    from desktop_vlm.runtime.qwen2_step import FusedOutput

    calls = []
    fused = torch.nn.Linear(4, 6)
    fused.register_forward_hook(lambda *_: calls.append(1))
    output = FusedOutput(fused, parts=3)
    first, second = torch.randn(2, 4), torch.randn(2, 4)
    with torch.no_grad():
        output.columns(first, 0, 2)
        assert torch.equal(output.columns(second, 2, 4), fused(second)[:, 2:4])  # another input: computed again
        assert len(calls) == 3  # the two products, and the check's
        output.columns(second, 4, 6)
        output.columns(second, 0, 2)  # three parts took columns of the second product
        assert len(calls) == 3
        output.columns(second, 0, 2)  # so it was forgotten, and runs again
        assert len(calls) == 4


@pytest.mark.parametrize("model", QWEN2_MODELS)
def test_a_cpu_load_reads_query_key_and_value_back_to_back_so_fusing_copies_nothing(model, monkeypatch):
    from desktop_vlm.runtime import qwen2_step

    joined_in_place: list[bool] = []
    back_to_back = qwen2_step._back_to_back

    def recording(tensors):
        found = back_to_back(tensors)
        joined_in_place.append(found is not None)
        return found

    monkeypatch.setattr(qwen2_step, "_back_to_back", recording)
    runtime = load_runtime(REFERENCE_DIR / model, device="cpu", dtype="bfloat16")  # the files' dtype: no conversion
    layers = len(runtime.model.decoder.lm.model.layers)
    assert joined_in_place == [True] * 2 * layers  # each layer's weights and biases


def test_fusing_copies_weights_that_do_not_lie_back_to_back():
    from types import SimpleNamespace

    from desktop_vlm.runtime.qwen2_step import fuse_qkv

    generator = torch.Generator().manual_seed(0)
    parts = [torch.nn.Linear(16, rows, dtype=torch.bfloat16) for rows in (16, 4, 4)]
    weights = [torch.randn(rows, 16, generator=generator).bfloat16() for rows in (16, 4, 4)]
    for part, weight in zip(parts, weights):
        part.weight = torch.nn.Parameter(weight, requires_grad=False)
    attention = SimpleNamespace(q_proj=parts[0], k_proj=parts[1], v_proj=parts[2])
    fused = fuse_qkv(attention)
    assert torch.equal(fused.weight, torch.cat(weights))
    assert all(fused.weight.untyped_storage().data_ptr() != w.untyped_storage().data_ptr() for w in weights)
    assert parts[1].weight.untyped_storage().data_ptr() == fused.weight.untyped_storage().data_ptr()


def test_answers_match_the_reference_through_the_written_out_step():
    """Greedy answers through the whole engine with and without the step: the same ids."""
    from PIL import Image

    from desktop_vlm.core.types import GenerationParams, TileParams
    from desktop_vlm.runtime.api import ChatRequest, VisualInput

    runtime = load_runtime(REFERENCE_DIR / "InternVL2_5-4B", device="cpu", dtype="float32")
    image = Image.open(REFERENCE_DIR / "images" / "image2.png").convert("RGB")
    request = ChatRequest(
        "<image>\nDescribe the image.",
        [VisualInput(image)],
        params=GenerationParams(max_new_tokens=24),
        tiles=TileParams(max_tiles=2),
    )
    written_out = runtime.generate(request).token_ids
    runtime.reset_cache()
    runtime.model.decoder.cpu_step = None
    assert runtime.generate(request).token_ids == written_out


@pytest.fixture(scope="module")
def wide_heads(tmp_path_factory):
    """A Qwen2 InternVL checkpoint whose key and value products have 128 rows (heads of 64), which int4 packs
    without padding rows — the reference checkpoints' 32-row ones it pads, and cannot fuse."""
    from desktop_vlm.runtime.internvl.synthetic import write_checkpoint

    folder = tmp_path_factory.mktemp("wide_heads") / "model"
    return write_checkpoint(folder, llm_hidden=256, llm_heads=4, kv_heads=2, llm_intermediate=512)


@pytest.mark.parametrize("quantize", ["int8", "int4"])
def test_quantised_written_out_steps_give_the_quantised_layers_logits(quantize, wide_heads, tmp_path):
    """The fused quantised q/k/v product computes each output row as the three products did, so the logits
    are the layers' own, bit for bit."""
    runtime = load_runtime(wide_heads, device="cpu", dtype="bfloat16", quantize=quantize, cache_dir=tmp_path)
    decoder = runtime.model.decoder
    step = decoder.cpu_step
    assert step is not None and all(layer.mode == quantize for layer in step.qkv)
    # one kernel for every layer: the probe times the fused and the separate shapes apart, and on a busy machine
    # may pick another kernel for each, whose rounding differs; what is compared here is the fusing
    for layer in [*decode_layers(decoder.lm), *step.qkv]:
        layer.decode_kernel = layer.decode_kernels[0]
    vocabulary = decoder.lm.get_input_embeddings().weight.shape[0]
    prompt = torch.randint(0, vocabulary, (1, 29), generator=torch.Generator().manual_seed(2))
    ids = torch.randint(0, vocabulary, (10,), generator=torch.Generator().manual_seed(3)).tolist()
    with torch.inference_mode():
        logits = {}
        for name, chosen in (("written out", step), ("layers", None)):
            decoder.cpu_step = chosen
            cache = decoder.new_cache()
            decoder(decoder.embed(prompt), torch.zeros_like(prompt, dtype=torch.bool), cache, 1)
            logits[name] = _steps(decoder, cache, ids)
    assert torch.equal(logits["written out"], logits["layers"])


@pytest.mark.parametrize("quantize", ["int8", "int4"])
def test_quantised_query_key_and_value_weights_are_held_once(quantize, wide_heads, tmp_path):
    runtime = load_runtime(wide_heads, device="cpu", quantize=quantize, cache_dir=tmp_path)
    decoder = runtime.model.decoder
    step = decoder.cpu_step
    assert step is not None
    for layer, fused in zip(decoder.lm.model.layers, step.qkv):
        attention = layer.self_attn
        start = 0
        for part in (attention.q_proj, attention.k_proj, attention.v_proj):
            stop = start + part.out_features
            assert part.qweight.untyped_storage().data_ptr() == fused.qweight.untyped_storage().data_ptr()
            assert torch.equal(part.qweight, fused.qweight[start:stop])
            assert torch.equal(part.bias, fused.bias[start:stop])
            # int4 scales are each part's own contiguous copy: the kernel misreads a strided view
            scales = fused.scales[start:stop] if quantize == "int8" else fused.scales[:, start:stop]
            assert torch.equal(part.scales, scales) and part.scales.is_contiguous()
            start = stop
        assert start == fused.out_features


@pytest.mark.parametrize(
    ("model", "quantize"),
    [("Mini-InternVL-Chat-4B-V1-5", None), ("InternVL2_5-4B", "int4")],  # Phi-3; int4 key rows padded 32 → 64
)
def test_no_written_out_step_for_phi3_or_padded_int4_rows(model, quantize, tmp_path):
    runtime = load_runtime(REFERENCE_DIR / model, device="cpu", quantize=quantize, cache_dir=tmp_path)
    decoder = runtime.model.decoder
    assert decoder.cpu_step is None
    if quantize:  # nothing was fused either: each layer still holds its own weight
        attention = decoder.lm.model.layers[0].self_attn
        pointers = {
            p.qweight.untyped_storage().data_ptr() for p in (attention.q_proj, attention.k_proj, attention.v_proj)
        }
        assert len(pointers) == 3
