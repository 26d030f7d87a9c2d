"""Building a model on the meta device and filling it from checkpoint tensors, one tensor at a time.

A family supplies ``map_tensor(name, tensor) -> [(target_name, tensor), ...]`` that renames (and where the
layouts differ, splits) each original tensor into our module's parameter names. Peak memory is the model in
its target dtype plus one tensor, never two copies of the model.
"""

from __future__ import annotations

from typing import Callable, Iterable

import torch
from torch import nn

from ..core.errors import CheckpointError
from .checkpoint import TensorSource

TensorMap = Callable[[str, torch.Tensor], Iterable[tuple[str, torch.Tensor]]]


def _set_tensor(model: nn.Module, dotted: str, value: torch.Tensor) -> None:
    module_path, _, leaf = dotted.rpartition(".")
    module = model.get_submodule(module_path) if module_path else model
    if leaf in module._parameters:
        old = module._parameters[leaf]
        if old is not None and tuple(old.shape) != tuple(value.shape):
            raise CheckpointError(
                f"Tensor {dotted} has shape {tuple(value.shape)} in the checkpoint but the config implies "
                f"{tuple(old.shape)}; config.json and the weights do not match."
            )
        module._parameters[leaf] = nn.Parameter(value, requires_grad=False)
    elif leaf in module._buffers:
        module._buffers[leaf] = value
    else:
        raise KeyError(dotted)


def load_weights(
    model: nn.Module,
    source: TensorSource,
    map_tensor: TensorMap,
    *,
    device: torch.device,
    dtype: torch.dtype,
    ignore: Callable[[str], bool] = lambda name: False,
    keep_float32: Callable[[str], bool] = lambda name: False,
) -> None:
    """Fill every parameter of ``model`` (built on the meta device) from ``source``.

    Raises :class:`CheckpointError` naming what is missing or unexpected, so a truncated or mismatched
    checkpoint fails with a readable message instead of producing garbage.
    """
    expected = {name for name, _ in model.named_parameters()}
    loaded: set[str] = set()
    unexpected: list[str] = []
    for name in source.names():
        if ignore(name):
            continue
        for target, tensor in map_tensor(name, source.get(name)):
            if target not in expected:
                unexpected.append(name)
                continue
            want = torch.float32 if keep_float32(target) else dtype
            _set_tensor(model, target, tensor.to(device=device, dtype=want).contiguous())
            loaded.add(target)
    missing = sorted(expected - loaded)
    if missing or unexpected:
        parts = []
        if missing:
            parts.append(f"missing {len(missing)} tensor(s), e.g. {', '.join(missing[:3])}")
        if unexpected:
            parts.append(f"{len(unexpected)} unexpected tensor(s), e.g. {', '.join(unexpected[:3])}")
        raise CheckpointError(f"The weights in {source._checkpoint.path} do not fit the config: {'; '.join(parts)}.")


def materialize_buffers(model: nn.Module, device: torch.device) -> None:
    """Recreate non-persistent buffers left on the meta device (they are computed, not stored).

    Rotary embeddings are rebuilt from their config; ``position_ids`` buffers are ranges.
    """
    for module_name, module in list(model.named_modules()):
        meta = [name for name, buf in module._buffers.items() if buf is not None and buf.is_meta]
        if not meta:
            continue
        if hasattr(module, "rope_init_fn") or "inv_freq" in meta:
            fresh = type(module)(config=module.config)
            for name, buf in fresh._buffers.items():
                module._buffers[name] = buf.to(device)
            if hasattr(fresh, "attention_scaling"):
                module.attention_scaling = fresh.attention_scaling
            continue
        for name in meta:
            if name == "position_ids":
                shape = module._buffers[name].shape
                module._buffers[name] = torch.arange(shape[-1], device=device).expand(shape).clone()
            else:
                raise CheckpointError(f"Internal error: buffer {module_name}.{name} was not initialised.")
