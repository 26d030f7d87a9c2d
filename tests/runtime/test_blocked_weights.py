"""bf16 weights held in oneDNN's blocked layout: the same products, chosen like any decode kernel, held once,
and never for a weight whose memory another parameter shares."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from torch import nn

from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime import load_runtime, widening
from desktop_vlm.runtime.api import CancelToken, ChatRequest
from desktop_vlm.runtime.internvl.synthetic import write_checkpoint as write_internvl_checkpoint
from desktop_vlm.runtime.kernels import blocked, probe
from desktop_vlm.runtime.kernels.blocked import BLOCKED_KERNEL, is_blocked
from desktop_vlm.runtime.widening import Bf16Linear, WideningLinear

needs_blocking = pytest.mark.skipif(
    not blocked.can_block(), reason="oneDNN holds no bf16 weight blocked on this CPU (no AVX-512 BW / AVX-NE-CONVERT)"
)


@needs_blocking
@torch.inference_mode()
def test_a_blocked_weight_gives_onednn_s_product_exactly_for_a_prompt_and_closely_for_one_row():
    layer = Bf16Linear(2048, 320).to(torch.bfloat16)  # a real width: the layout decides the summation order
    prompt, row = torch.randn(1, 37, 2048).to(torch.bfloat16), torch.randn(1, 1, 2048).to(torch.bfloat16)
    plain_prompt = layer(prompt)  # many rows: oneDNN's product of the plain weight
    reference = torch.nn.functional.linear(row.float(), layer.weight.float(), layer.bias.float())
    layer.weight = nn.Parameter(blocked.block(layer.weight), requires_grad=False)
    assert is_blocked(layer.weight) and layer.weight.shape == (320, 2048) and layer.weight.dtype == torch.bfloat16
    assert torch.equal(layer(prompt), plain_prompt)
    got = layer(row)
    assert got.shape == (1, 1, 320) and (got.float() - reference).abs().max() < 1e-2 * reference.abs().max()
    with pytest.raises(ValueError, match="plain weight"):
        layer.run_decode_kernel("bf16-aten", row)


@needs_blocking
@torch.inference_mode()
def test_choosing_a_kernel_keeps_one_copy_of_the_weight():
    chosen, dropped = Bf16Linear(64, 48).to(torch.bfloat16), Bf16Linear(64, 48).to(torch.bfloat16)
    row = torch.randn(1, 1, 64).to(torch.bfloat16)
    for layer in (chosen, dropped):
        layer.run_decode_kernel(BLOCKED_KERNEL, row)  # as the probe times it
        assert layer.blocked_copy is not None and not is_blocked(layer.weight)
    plain = chosen.weight.detach().clone()
    chosen.decode_kernel = BLOCKED_KERNEL
    assert is_blocked(chosen.weight) and chosen.blocked_copy is None  # the probe's copy became the weight
    assert torch.equal(chosen.weight.to_dense(), plain)
    dropped.decode_kernel = "bf16-aten"
    assert dropped.blocked_copy is None and not is_blocked(dropped.weight)


def test_the_kernel_is_offered_only_where_oneDNN_can_block_and_the_cpu_multiplies_bf16(monkeypatch):
    monkeypatch.setattr(widening, "can_block", lambda: True)
    assert BLOCKED_KERNEL in Bf16Linear(8, 4).decode_kernels
    assert BLOCKED_KERNEL not in WideningLinear(8, 4).decode_kernels  # no bf16 instructions: emulated
    monkeypatch.setattr(widening, "can_block", lambda: False)
    assert Bf16Linear(8, 4).decode_kernels == Bf16Linear.kernels_for_plain_weights


class _SharingModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.fused, self.part, self.alone = Bf16Linear(8, 12), Bf16Linear(8, 4), Bf16Linear(8, 4)
        self.part.weight = nn.Parameter(self.fused.weight[4:8], requires_grad=False)  # a view, as q/k/v are
        self.embed, self.head = nn.Embedding(12, 8), Bf16Linear(8, 12, bias=False)
        self.head.weight = self.embed.weight  # tied: one tensor under two names


def test_weights_whose_memory_another_parameter_holds_stay_plain(monkeypatch):
    monkeypatch.setattr(widening, "can_block", lambda: True)
    model = _SharingModel()
    blocked.mark_shared_weights(model)
    assert [m.blockable for m in (model.fused, model.part, model.head, model.alone)] == [False, False, False, True]
    assert BLOCKED_KERNEL not in model.fused.decode_kernels and BLOCKED_KERNEL in model.alone.decode_kernels
    blocked.keep_plain(model)
    assert not model.alone.blockable


def test_a_pass_reads_at_most_pass_bytes_of_a_shape(monkeypatch):
    monkeypatch.setattr(probe, "PASS_BYTES", 100)
    sizes = [40, 40, 40, 40]

    class Sized:
        def __init__(self, size):
            self.stored_bytes = size

    layers = [Sized(size) for size in sizes]
    assert probe.one_pass(layers) == layers[:3]  # 120 bytes: the first pass of at least 100
    assert probe.one_pass(layers[:2]) == layers[:2]


@needs_blocking
def test_a_loaded_model_holds_the_chosen_weights_blocked_and_its_prompt_logits_do_not_change(tmp_path, monkeypatch):
    from desktop_vlm.runtime import loader

    monkeypatch.setattr(loader, "cpu_has_native_bf16", lambda: True)
    monkeypatch.setattr(probe, "machine_is_busy", lambda: False)
    folder = write_internvl_checkpoint(tmp_path / "i")
    request = ChatRequest("Describe the weather.", params=GenerationParams(max_new_tokens=4))
    logits = {}
    for kernel in ("bf16-onednn", BLOCKED_KERNEL):  # where offered, the one timed fastest
        timings = {name: float(name != kernel) for name in (*Bf16Linear.kernels_for_plain_weights, BLOCKED_KERNEL)}
        monkeypatch.setattr(probe, "measure", lambda layers, t=timings: {n: t[n] for n in layers[0].decode_kernels})
        runtime = load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path / kernel)
        decoder = runtime.model.decoder
        layers = [m for m in decoder.modules() if isinstance(m, Bf16Linear)]
        held_blocked = [m for m in layers if is_blocked(m.weight)]
        if kernel == BLOCKED_KERNEL:
            body = decoder.lm.model
            for layer in body.layers:  # q, k and v take columns of the fused product, whose weight is blocked
                attention = layer.self_attn
                assert all(is_blocked(m.weight) for m in (attention.o_proj, layer.mlp.gate_proj, layer.mlp.down_proj))
            assert is_blocked(decoder.lm.lm_head.weight)
            assert all(is_blocked(m.weight) for m in decoder.cpu_step.qkv)
        else:
            assert layers and not held_blocked
        assert all(m.blocked_copy is None for m in layers)
        logits[kernel] = runtime.forward_logits(request, all_positions=True)
        stats = runtime.generate(request).stats
        assert stats.new_tokens == 4 and (BLOCKED_KERNEL in stats.decode_kernel) == (kernel == BLOCKED_KERNEL)
    # a prompt's products are oneDNN's either way, from the plain or the blocked weight: the same numbers
    assert torch.equal(logits["bf16-onednn"], logits[BLOCKED_KERNEL])


def _in_a_file_mapping(address: int, folder: Path) -> bool:
    """Whether ``address`` lies in a mapping of a file under ``folder`` (Linux's /proc)."""
    for line in Path("/proc/self/maps").read_text().splitlines():
        fields = line.split()
        if len(fields) >= 6 and fields[5].startswith(str(folder)):
            low, high = (int(bound, 16) for bound in fields[0].split("-"))
            if low <= address < high:
                return True
    return False


@needs_blocking
@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="reads mappings through Linux's /proc")
def test_a_later_load_blocks_weights_straight_from_the_file_and_keeps_none_mapped(tmp_path, monkeypatch):
    from desktop_vlm.runtime import file_reads, loader

    monkeypatch.setattr(loader, "cpu_has_native_bf16", lambda: True)
    monkeypatch.setattr(probe, "machine_is_busy", lambda: False)
    monkeypatch.setattr(probe, "others_were_busy", lambda others: False)  # the second load must measure nothing
    folder = write_internvl_checkpoint(tmp_path / "i")
    request = ChatRequest("Describe the weather.", params=GenerationParams(max_new_tokens=4))
    mapped_alone = []
    map_range = file_reads.map_range
    monkeypatch.setattr(file_reads, "map_range", lambda r: mapped_alone.append(r) or map_range(r))
    for kernel in ("bf16-onednn", BLOCKED_KERNEL):
        timings = {name: float(name != kernel) for name in (*Bf16Linear.kernels_for_plain_weights, BLOCKED_KERNEL)}
        monkeypatch.setattr(probe, "measure", lambda layers, t=timings: {n: t[n] for n in layers[0].decode_kernels})
        first = load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path / kernel)  # measures
        monkeypatch.setattr(probe, "measure", lambda layers: pytest.fail("measured although the choices were cached"))
        mapped_alone.clear()
        second = load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path / kernel)
        assert mapped_alone  # the language model's matrices were mapped, not read
        for runtime in (first, second):
            plain = [(name, p) for name, p in runtime.model.named_parameters() if not is_blocked(p)]
            still_mapped = [name for name, p in plain if _in_a_file_mapping(p.data_ptr(), folder)]
            assert still_mapped and all("embed" in name for name in still_mapped)  # the token embeddings only
        count = [sum(is_blocked(p) for p in r.model.parameters()) for r in (first, second)]
        assert count[0] == count[1] and (count[0] > 0) == (kernel == BLOCKED_KERNEL)
        assert torch.equal(
            first.forward_logits(request, all_positions=True), second.forward_logits(request, all_positions=True)
        )
        assert second.generate(request).token_ids == first.generate(request).token_ids


@needs_blocking
@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="reads mappings through Linux's /proc")
def test_a_first_load_copies_only_the_weights_the_probe_reads_before_measuring(tmp_path, monkeypatch):
    from desktop_vlm.runtime import loader

    monkeypatch.setattr(loader, "cpu_has_native_bf16", lambda: True)
    monkeypatch.setattr(probe, "machine_is_busy", lambda: False)
    monkeypatch.setattr(probe, "others_were_busy", lambda others: False)
    monkeypatch.setattr(probe, "PASS_BYTES", 1)  # a pass reads each shape's first layer
    folder = write_internvl_checkpoint(tmp_path / "i")
    where: dict[str, tuple[list[bool], list[bool]]] = {}  # shape → (pass in the file?, the rest in the file?)

    def measure(layers):
        read = probe.one_pass(layers)
        in_file = [_in_a_file_mapping(layer.weight.data_ptr(), folder) for layer in layers]
        where[f"{layers[0].out_features}x{layers[0].in_features}"] = (in_file[: len(read)], in_file[len(read) :])
        return {name: float(name != BLOCKED_KERNEL) for name in layers[0].decode_kernels}

    monkeypatch.setattr(probe, "measure", measure)
    runtime = load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path / "cache")
    assert where and not any(any(passed) for passed, _ in where.values())  # timed in process memory
    assert any(rest and all(rest) for _, rest in where.values())  # the rest still mapped while measuring
    plain = [(name, p) for name, p in runtime.model.named_parameters() if not is_blocked(p)]
    assert all("embed" in name for name, p in plain if _in_a_file_mapping(p.data_ptr(), folder))


@needs_blocking
@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="reads mappings through Linux's /proc")
def test_a_load_that_places_later_keeps_the_weights_mapped_until_placed_and_answers_the_same(tmp_path, monkeypatch):
    from desktop_vlm.runtime import loader

    monkeypatch.setattr(loader, "cpu_has_native_bf16", lambda: True)
    monkeypatch.setattr(probe, "machine_is_busy", lambda: False)
    monkeypatch.setattr(probe, "others_were_busy", lambda others: False)
    folder = write_internvl_checkpoint(tmp_path / "i")
    vocab = json.loads((folder / "config.json").read_text())["llm_config"]["vocab_size"]
    request = ChatRequest("Describe the weather.", params=GenerationParams(max_new_tokens=4))
    blocked_first = {
        name: float(name != BLOCKED_KERNEL) for name in (*Bf16Linear.kernels_for_plain_weights, BLOCKED_KERNEL)
    }
    aten_first = {name: float(name != "bf16-aten") for name in blocked_first}

    def measure(layers):  # the output head stays plain, so placing it is a copy into process memory
        timings = aten_first if layers[0].out_features == vocab else blocked_first
        return {n: timings[n] for n in layers[0].decode_kernels}

    monkeypatch.setattr(probe, "measure", measure)
    placed_now = load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path / "k")
    assert not is_blocked(placed_now.model.decoder.lm.lm_head.weight)
    blocked_count = sum(is_blocked(p) for p in placed_now.model.parameters())
    assert placed_now.pending_placement is None and blocked_count > 0

    def mapped_names(runtime) -> list[str]:
        plain = [(name, p) for name, p in runtime.model.named_parameters() if not is_blocked(p)]
        return [name for name, p in plain if _in_a_file_mapping(p.data_ptr(), folder)]

    later = load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path / "k", place_later=True)
    assert later.pending_placement is not None
    assert not any(is_blocked(p) for p in later.model.parameters())
    assert any("embed" not in name for name in mapped_names(later))  # the language model's matrices wait
    assert any("lm_head" in name for name in mapped_names(later))
    assert all(m.blocked_copy is None for m in later.model.modules() if isinstance(m, Bf16Linear))
    slices = 1
    while not later.place_weights(1):  # one weight a slice
        slices += 1
    assert slices > blocked_count and later.pending_placement is None
    assert sum(is_blocked(p) for p in later.model.parameters()) == blocked_count
    assert all("embed" in name for name in mapped_names(later))
    reference = placed_now.generate(request).token_ids
    assert later.generate(request).token_ids == reference

    asked_at_once = load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path / "k", place_later=True)
    assert asked_at_once.generate(request).token_ids == reference  # placed what was left, then answered
    assert asked_at_once.pending_placement is None
    assert sum(is_blocked(p) for p in asked_at_once.model.parameters()) == blocked_count
    assert all(m.blocked_copy is None for m in asked_at_once.model.modules() if isinstance(m, Bf16Linear))

    stopped = load_runtime(folder, device="cpu", dtype="bfloat16", cache_dir=tmp_path / "k", place_later=True)
    cancel = CancelToken()
    cancel.cancel()  # Stop while the question waits for the weights: it ends between two slices
    result = stopped.generate(request, cancel=cancel)
    assert result.finish_reason == "cancelled" and result.token_ids == []
    assert stopped.pending_placement is not None  # the rest is placed later
    assert stopped.generate(request).token_ids == reference
