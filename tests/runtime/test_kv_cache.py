"""The in-place growing KV cache against transformers' concatenating one, operation for operation."""

from __future__ import annotations

import torch
from transformers import DynamicCache

from desktop_vlm.runtime.kv_cache import MIN_HEADROOM, GrowingLayer, new_cache

LAYERS, KV, DIM = 2, 3, 8


def _chunk(length: int, batch: int = 1) -> tuple[torch.Tensor, torch.Tensor]:
    return torch.randn(batch, KV, length, DIM), torch.randn(batch, KV, length, DIM)


def _feed(ours, theirs, length: int, batch: int = 1) -> None:
    """The same new keys/values into both caches; each update must return the same full keys/values."""
    for layer in range(LAYERS):
        keys, values = _chunk(length, batch)
        for got, want in zip(ours.update(keys, values, layer), theirs.update(keys, values, layer)):
            assert torch.equal(got, want)


def _assert_same(ours, theirs) -> None:
    assert ours.get_seq_length() == theirs.get_seq_length()
    for mine, reference in zip(ours.layers, theirs.layers, strict=True):
        assert torch.equal(mine.keys, reference.keys) and torch.equal(mine.values, reference.values)


def test_prefill_decode_crop_and_beams_match_the_concatenating_cache():
    torch.manual_seed(0)
    ours, theirs = new_cache(), DynamicCache()
    _feed(ours, theirs, 40)  # prefill
    for _ in range(30):  # decode steps
        _feed(ours, theirs, 1)
    _assert_same(ours, theirs)
    ours.crop(-25), theirs.crop(-25)  # a follow-up turn reuses a shorter prefix …
    _assert_same(ours, theirs)
    _feed(ours, theirs, 12)  # … and prefills its question over the positions the crop removed
    _assert_same(ours, theirs)
    ours.batch_repeat_interleave(3), theirs.batch_repeat_interleave(3)  # beams
    order = torch.tensor([2, 0, 0])
    ours.reorder_cache(order), theirs.reorder_cache(order)
    for _ in range(5):
        _feed(ours, theirs, 1, batch=3)
    _assert_same(ours, theirs)
    _feed(ours, theirs, MIN_HEADROOM * 2, batch=3)  # past the headroom: the buffer is reallocated
    _assert_same(ours, theirs)


def test_a_decode_step_writes_into_the_buffer_instead_of_copying_the_cache():
    cache = new_cache()
    for layer in range(LAYERS):
        cache.update(*_chunk(100), layer)
    first = cache.layers[0]
    assert isinstance(first, GrowingLayer)
    start = first.keys.data_ptr()
    for _ in range(MIN_HEADROOM):  # there is room for at least MIN_HEADROOM more positions
        cache.update(*_chunk(1), 0)
        assert first.keys.data_ptr() == start
    assert first.keys.shape[-2] == 100 + MIN_HEADROOM


def test_a_model_config_keeps_its_layer_kinds():
    """With a config, full-attention layers grow in place; a sliding-window layer stays transformers' own."""
    from transformers import Qwen2Config

    config = Qwen2Config(
        num_hidden_layers=3,
        use_sliding_window=True,
        sliding_window=16,
        max_window_layers=1,
        hidden_size=16,
        num_attention_heads=2,
        num_key_value_heads=1,
    )
    assert "sliding_attention" in config.layer_types and "full_attention" in config.layer_types
    kinds = [type(layer).__name__ for layer in new_cache(config).layers]
    assert kinds.count("GrowingLayer") == sum(t == "full_attention" for t in config.layer_types)
    assert len(kinds) == 3
