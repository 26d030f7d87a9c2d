"""Checks on a checkpoint's config.json, against its safetensors headers, before any module is built.

A config is data from the internet: ``num_hidden_layers: 1000000`` makes the builders work for hours toward
tens of gigabytes, a head count of 0 divides by zero, a size written as a string fails deep inside
transformers. So before the loader builds anything:

1. every size the family's builders read is a whole number in a sane range, and the sizes agree with each
   other (heads divide the width, the patch fits the tile); every other field transformers checks has the
   JSON type it expects;
2. every weight is stored in a floating-point dtype (an I16 tensor where BF16 is expected would load as
   garbage);
3. the parameter count the config implies (each family's ``parameter_count``, written with the checks here,
   which validate every field they read) is close to the count the headers hold, so the model built can never
   be much larger than the weights on disk.

Pure arithmetic on the config dict and the header shapes: no torch, nothing built.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..core.errors import CheckpointError
from ..core.messages import Message
from . import registry
from .checkpoint import Checkpoint, TensorInfo
from .prequantised import refuse_packed_tensors

# The implied and stored parameter counts may differ by this factor (plus a little, for tiny test models)
# before the config is refused: an exact mismatch is named tensor by tensor when the weights are loaded;
# this check only has to keep a config from building a model far larger (or smaller) than its weights.
COUNT_RATIO = 1.25
COUNT_SLACK = 1 << 16

FLOAT_DTYPES = frozenset({"BF16", "F16", "F32", "F64"})


def check_checkpoint(checkpoint: Checkpoint) -> None:
    """:func:`check_config` on an opened checkpoint."""
    check_config(checkpoint.config, checkpoint.format.family, checkpoint.tensors)


def check_config(config: dict, family: str, tensors: Mapping[str, TensorInfo]) -> None:
    """Refuse (CheckpointError, naming the field or tensor) a config that is malformed, absurd or not the
    config of these weights, before anything is built.

    Parameters
    ----------
    config : dict
        The parsed config.json.
    family : str
        The family :func:`~desktop_vlm.runtime.registry.detect_format` recognised.
    tensors : mapping
        Tensor name -> header entry, from the checked safetensors headers.
    """
    refuse_packed_tensors(tensors)
    for name, info in tensors.items():
        if info.dtype not in FLOAT_DTYPES:
            raise CheckpointError(
                Message(
                    "Tensor {tensor!r} in {file} is stored as {dtype}; the {family} weights are floating "
                    "point (BF16, F16 or F32), so the file is damaged or is not these weights.",
                    tensor=name,
                    file=info.shard,
                    dtype=info.dtype,
                    family=family,
                )
            )
    count = registry.family(family).parameter_count
    if count is None:  # a family that declares no count is checked when its weights are loaded
        return
    implied = count(config)
    stored = sum(info.numel for info in tensors.values())
    if implied > stored * COUNT_RATIO + COUNT_SLACK or stored > implied * COUNT_RATIO + COUNT_SLACK:
        raise CheckpointError(
            Message(
                "config.json describes a model of {implied:,} parameters, but its weight files hold {stored:,}; "
                "the config does not belong to these weights (or was edited).",
                implied=implied,
                stored=stored,
            ),
            hint=Message("Download the model again, or restore its original config.json."),
        )
