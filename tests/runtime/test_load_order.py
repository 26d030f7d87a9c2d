"""The loader allocates what a decode step does not read first and the output head last."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
import torch

from desktop_vlm.core.errors import LoadCancelled
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.checkpoint import TensorSource, open_checkpoint
from desktop_vlm.runtime.config_defaults import complete_config
from desktop_vlm.runtime.registry import family as family_spec
from desktop_vlm.runtime.weights import allocation_order, keep_together, load_weights
from tests.conftest import REFERENCE_DIR


def test_the_vision_side_comes_first_and_the_largest_streamed_tensor_last():
    shapes = {
        "language_model.lm_head.weight": (1000, 16),
        "language_model.layers.0.mlp.weight": (64, 16),
        "language_model.layers.0.norm.weight": (16,),
        "mlp1.0.weight": (16, 32),
        "vision_model.layers.0.weight": (32, 32),
        "language_model.layers.1.mlp.weight": (64, 16),
    }
    order = allocation_order(shapes, lambda name: name.startswith("language_model."))
    assert order == [
        "mlp1.0.weight",
        "vision_model.layers.0.weight",
        "language_model.layers.0.mlp.weight",
        "language_model.layers.0.norm.weight",
        "language_model.layers.1.mlp.weight",
        "language_model.lm_head.weight",
    ]
    assert allocation_order(shapes, lambda name: False) == list(shapes)  # nothing streamed: file order


class _RecordingSource(TensorSource):
    """A TensorSource that notes the order the loader asks for tensors in."""

    asked: list[str] = []

    def tensors(self, names, together=()):
        type(self).asked = list(names)
        return super().tensors(names, together)


def test_a_load_reads_the_vision_encoder_first_and_the_head_last():
    checkpoint = open_checkpoint(REFERENCE_DIR / "InternVL2_5-4B")
    checkpoint = replace(checkpoint, config=complete_config(checkpoint.config, checkpoint.format.family))
    family = family_spec(checkpoint.format.family)
    with torch.device("meta"):
        model = family.load("model")(checkpoint.config, "sdpa")
    with _RecordingSource(checkpoint) as source:
        load_weights(
            model,
            source,
            model.map_tensor,
            device=torch.device("cpu"),
            dtype=torch.float32,
            decode_reads=lambda target: target.startswith("decoder."),
        )
    asked = _RecordingSource.asked
    language = [i for i, name in enumerate(asked) if name.startswith("language_model.")]
    assert language and language == list(range(len(asked) - len(language), len(asked)))  # all after the rest
    assert set(asked[-2:]) == {"language_model.lm_head.weight", "language_model.model.embed_tokens.weight"}
    assert all(not p.is_meta for p in model.parameters())


def test_tensors_read_together_come_side_by_side_where_the_first_of_them_came():
    names = ["a", "v", "b", "k", "q", "c"]
    assert keep_together(names, [("q", "k", "v")]) == ["a", "q", "k", "v", "b", "c"]
    assert keep_together(names, []) == names


def test_a_load_reports_each_percent_of_its_weights_and_stops_between_tensors_when_its_report_raises():
    folder = REFERENCE_DIR / "InternVL2_5-4B"
    steps: list[str] = []
    load_runtime(folder, device="cpu", dtype="float32", on_progress=steps.append)
    percents = [int(step.rsplit(" ", 1)[1].rstrip("%")) for step in steps if step.startswith("Loading weights ")]
    assert percents == sorted(set(percents)) and percents[0] == 0 and len(percents) > 10  # whole percents, rising

    seen: list[str] = []

    def stop_halfway(step: str) -> None:
        seen.append(step)
        if step.startswith("Loading weights ") and int(step.rsplit(" ", 1)[1].rstrip("%")) >= 50:
            raise LoadCancelled()

    with pytest.raises(LoadCancelled):
        load_runtime(folder, device="cpu", dtype="float32", on_progress=stop_halfway)
    assert not any(step.startswith("Choosing") for step in seen)  # it ended inside the weights' phase
    readers = [t for t in threading.enumerate() if t.name.startswith("weight-read")]
    assert not readers  # the reads queued ahead were dropped with their threads
