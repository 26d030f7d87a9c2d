"""Building a model on the meta device and filling it from checkpoint tensors, one tensor at a time.

A family supplies ``map_tensor(name, tensor) -> [(target_name, tensor), ...]`` that renames (and where the
layouts differ, splits) each original tensor into our module's parameter names. Peak memory is the model in
its target dtype plus the tensors read ahead (a bounded amount), never two copies of the model.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from pathlib import Path

import torch
from torch import nn

from ..core.errors import CheckpointError
from ..core.messages import Message
from .checkpoint import TensorSource
from .kernels.quantized import QuantizedLinear

TensorMap = Callable[[str, torch.Tensor], Iterable[tuple[str, torch.Tensor]]]


def _set_tensor(model: nn.Module, dotted: str, value: torch.Tensor) -> None:
    module_path, _, leaf = dotted.rpartition(".")
    module = model.get_submodule(module_path) if module_path else model
    if leaf in module._parameters:
        old = module._parameters[leaf]
        if old is not None and tuple(old.shape) != tuple(value.shape):
            raise CheckpointError(
                Message(
                    "Tensor {tensor} has shape {stored_shape} in the checkpoint but the config implies "
                    "{config_shape}; config.json and the weights do not match.",
                    tensor=dotted,
                    stored_shape=tuple(value.shape),
                    config_shape=tuple(old.shape),
                )
            )
        module._parameters[leaf] = nn.Parameter(value, requires_grad=False)
    elif leaf in module._buffers:
        module._buffers[leaf] = value
    else:
        raise KeyError(dotted)


_FILE_DTYPES = {"BF16": torch.bfloat16, "F16": torch.float16, "F32": torch.float32}


class FileRows:
    """A 2-D tensor in a safetensors file, read a block of rows at a time with plain file reads.

    Quantising layers slice it chunk by chunk (``rows[start:stop]``), so neither the whole bf16 tensor nor
    its pages are ever held: a memory-mapped tensor's pages stay mapped into the process once touched (a
    quantised load then peaked at the bf16 *and* the quantised size), and one plain read of the 151,674-row
    head is a 621 MB buffer.
    """

    def __init__(self, path: Path, offset: int, dtype: torch.dtype, shape: tuple[int, int]):
        self.path, self.offset, self.dtype, self.shape = path, offset, dtype, shape
        self._row_bytes = shape[1] * torch.finfo(dtype).bits // 8

    def block(self, start: int, count: int) -> FileRows:
        """Rows ``start : start + count`` as a FileRows of their own (a split weight's part, such as q of qkv)."""
        if not 0 <= start <= start + count <= self.shape[0]:
            raise ValueError(f"rows {start}:{start + count} of a {self.shape[0]}-row tensor")
        return FileRows(self.path, self.offset + start * self._row_bytes, self.dtype, (count, self.shape[1]))

    def __getitem__(self, rows: slice) -> torch.Tensor:
        start, stop, _ = rows.indices(self.shape[0])
        count = max(0, stop - start)
        buffer = torch.empty(count * self._row_bytes, dtype=torch.uint8)
        with open(self.path, "rb") as fh:
            fh.seek(self.offset + start * self._row_bytes)
            # numpy's stubs give ndarray the buffer protocol only from Python 3.12 on; it has it on every version
            if fh.readinto(buffer.numpy()) != buffer.numel():  # pyright: ignore[reportArgumentType]
                raise CheckpointError(
                    Message("{name} is truncated (a tensor runs past the end of the file).", name=self.path.name)
                )
        return buffer.view(self.dtype).view(count, self.shape[1])


def file_rows(folder: Path, weight_map: dict[str, str]) -> Callable[[str], FileRows | None]:
    """name → :class:`FileRows` for 2-D float tensors of the checkpoint in ``folder`` (None for others),
    from each shard's safetensors header (read once)."""
    headers: dict[str, tuple[int, dict]] = {}

    def rows(name: str) -> FileRows | None:
        shard = weight_map.get(name)
        if shard is None:
            return None
        if shard not in headers:
            with open(folder / shard, "rb") as fh:
                size = int.from_bytes(fh.read(8), "little")
                headers[shard] = (8 + size, json.loads(fh.read(size)))
        base, header = headers[shard]
        meta = header.get(name) or {}
        shape, dtype = tuple(meta.get("shape", ())), _FILE_DTYPES.get(str(meta.get("dtype")))
        if len(shape) != 2 or dtype is None:
            return None
        return FileRows(folder / shard, base + meta["data_offsets"][0], dtype, shape)

    return rows


def _quantising_layers(model: nn.Module) -> dict[str, QuantizedLinear]:
    """``"<module>.weight"`` → module, for the layers that quantise the weight they are handed."""
    return {f"{name}.weight": module for name, module in model.named_modules() if isinstance(module, QuantizedLinear)}


def load_weights(
    model: nn.Module,
    source: TensorSource,
    map_tensor: TensorMap,
    *,
    device: torch.device,
    dtype: torch.dtype,
    ignore: Callable[[str], bool] = lambda name: False,
    rows_of: Callable[[str], FileRows | None] | None = None,
    decode_reads: Callable[[str], bool] = lambda target: False,
    read_together: Iterable[tuple[str, ...]] = (),
    on_tensor: Callable[[int, int], None] = lambda done, total: None,
) -> None:
    """Fill every parameter of ``model`` (built on the meta device) from ``source``.

    A weight that goes to a quantising layer is handed over as stored — as :class:`FileRows` from
    ``rows_of`` when given, so it is read and quantised a block of rows at a time (:mod:`.kernels.quantized`).
    ``decode_reads(target)``: whether every decode step reads that parameter; those are loaded after the
    others (:func:`allocation_order`). Each ``read_together`` group of checkpoint tensors read whole is read
    into one allocation, back to back in the group's order, where its first tensor comes in that order; kept
    in their dtype (a CPU load), the parameters are then views of it, which a model can join without a copy
    (q/k/v for :func:`~.qwen2_step.fuse_qkv`). ``on_tensor(done, total)`` hears, before each checkpoint tensor
    is placed, how many of all the values are in (an exception it raises ends the load there).

    Raises :class:`CheckpointError` naming what is missing or unexpected, so a truncated or mismatched
    checkpoint fails with a readable message instead of producing garbage.
    """
    quantising = _quantising_layers(model)
    expected = {name for name, _ in model.named_parameters()} | set(quantising)
    loaded: set[str] = set()
    unexpected: list[str] = []
    shapes = {name: shape for name, shape, _dtype in source.shapes() if not ignore(name)}
    names = allocation_order(shapes, lambda name: _targets_read_by_decode(name, shapes[name], map_tensor, decode_reads))
    from_rows = {name: targets for name in names if (targets := _row_targets(name, rows_of, map_tensor, quantising))}
    groups = [g for g in read_together if all(name in shapes and name not in from_rows for name in g)]
    names = keep_together(names, groups)
    read = source.tensors([name for name in names if name not in from_rows], groups)
    total, done = sum(math.prod(shapes[name]) for name in names), 0
    for name in names:
        on_tensor(done, total)
        done += math.prod(shapes[name])
        for target, tensor in from_rows.get(name) or map_tensor(*next(read)):
            if target not in expected:
                unexpected.append(name)
                continue
            if target in quantising:
                if not quantising[target].holds_weight:  # else restored from the quantised-weights cache
                    quantising[target].load_weight(tensor)
            else:
                assert isinstance(tensor, torch.Tensor), "file rows are handed only to quantising layers"
                _set_tensor(model, target, tensor.to(device=device, dtype=dtype).contiguous())
            loaded.add(target)
    missing = sorted(expected - loaded)
    if missing or unexpected:
        values = {
            "folder": source._checkpoint.path,
            "missing_count": len(missing),
            "missing_examples": ", ".join(missing[:3]),
            "unexpected_count": len(unexpected),
            "unexpected_examples": ", ".join(unexpected[:3]),
        }
        if not unexpected:
            message = Message(
                "The weights in {folder} do not fit the config: missing {missing_count} tensor(s), e.g. "
                "{missing_examples}.",
                **values,
            )
        elif not missing:
            message = Message(
                "The weights in {folder} do not fit the config: {unexpected_count} unexpected tensor(s), e.g. "
                "{unexpected_examples}.",
                **values,
            )
        else:
            message = Message(
                "The weights in {folder} do not fit the config: missing {missing_count} tensor(s), e.g. "
                "{missing_examples}; {unexpected_count} unexpected tensor(s), e.g. {unexpected_examples}.",
                **values,
            )
        raise CheckpointError(message)


def allocation_order(shapes: dict[str, tuple[int, ...]], read_by_decode: Callable[[str], bool]) -> list[str]:
    """The checkpoint's tensor names (``shapes``, in file order) in the order their memory is allocated: first
    those a decode step never reads (the vision encoder, the projector), then the ones it reads at every
    token, in file order, with the largest of them — the output head — last.

    Why: on the VM our figures come from, the memory handed out first streams at about half the rate of the
    memory handed out later (``docs/benchmarks.md``, "Where the weights lie in memory"). In file order the
    621 MB head of InternVL2_5-4B came first and streamed at 13.6 GB/s where the MLP weights streamed at 22.
    In this order a full-size bf16 step under an AVX2 cap took 313–315 ms in five processes, against 315–337
    ms in file order (alternated; natively 291–297 against 295–298). Where memory is uniform, as it should be
    on bare metal, the order changes nothing.
    """
    streamed = {name: read_by_decode(name) for name in shapes}
    largest = max((math.prod(shapes[name]) for name in shapes if streamed[name]), default=0)

    def rank(name: str) -> int:
        if not streamed[name]:
            return 0
        return 2 if math.prod(shapes[name]) == largest else 1

    return sorted(shapes, key=rank)  # stable: file order within each rank


def keep_together(names: list[str], groups: list[tuple[str, ...]]) -> list[str]:
    """``names`` with each group's members side by side, in the group's order, where the first of them came."""
    group_of = {name: group for group in groups for name in group}
    placed: set[str] = set()
    order: list[str] = []
    for name in names:
        if name in placed:
            continue
        members = group_of.get(name, (name,))
        order.extend(members)
        placed.update(members)
    return order


def _targets_read_by_decode(
    name: str, shape: tuple[int, ...], map_tensor: TensorMap, decode_reads: Callable[[str], bool]
) -> bool:
    """Whether a target of checkpoint tensor ``name`` is read at every decode step (asked of a stand-in on the
    meta device, so nothing is read)."""
    return any(decode_reads(target) for target, _ in map_tensor(name, torch.empty(shape, device="meta")))


def _row_targets(
    name: str,
    rows_of: Callable[[str], FileRows | None] | None,
    map_tensor: TensorMap,
    quantising: dict[str, QuantizedLinear],
) -> list[tuple[str, FileRows]] | None:
    """Where ``name`` goes as blocks of file rows, when every part of it goes to a quantising layer (asked of
    a stand-in on the meta device, so nothing is read); None when it is read whole."""
    rows = rows_of(name) if rows_of is not None and quantising else None
    if rows is None:
        return None
    stand_in = torch.empty(rows.shape, dtype=rows.dtype, device="meta")
    parts = [(target, _row_block(part, stand_in)) for target, part in map_tensor(name, stand_in)]
    if not all(target in quantising and block is not None for target, block in parts):
        return None
    return [(target, rows.block(*block)) for target, block in parts if block is not None]


def _row_block(part: torch.Tensor, whole: torch.Tensor) -> tuple[int, int] | None:
    """(first row, row count) when ``part`` is whole rows of ``whole`` (itself, or a slice of it along dim 0,
    as ``chunk`` splits a fused qkv weight); None for anything else (a transpose, a copy)."""
    if part is whole:
        return 0, whole.shape[0]
    if part._base is not whole or part.dim() != 2 or part.stride() != whole.stride():
        return None
    start, remainder = divmod(int(part.storage_offset()) - int(whole.storage_offset()), int(whole.stride(0)))
    return (start, part.shape[0]) if remainder == 0 and part.shape[1] == whole.shape[1] else None


def materialize_buffers(model: nn.Module, device: torch.device) -> None:
    """Recreate non-persistent buffers left on the meta device (they are computed, not stored).

    Rotary embeddings are rebuilt from their config; ``position_ids`` buffers are ranges.
    """
    for module_name, module in list(model.named_modules()):
        meta = {name: buf for name, buf in module._buffers.items() if buf is not None and buf.is_meta}
        if not meta:
            continue
        if hasattr(module, "rope_init_fn") or "inv_freq" in meta:
            fresh = type(module)(config=module.config)
            for name, buf in fresh._buffers.items():
                module._buffers[name] = buf.to(device) if buf is not None else None
            if hasattr(fresh, "attention_scaling"):
                module.attention_scaling = fresh.attention_scaling
            continue
        for name, buf in meta.items():
            if name == "position_ids":
                shape = buf.shape
                module._buffers[name] = torch.arange(shape[-1], device=device).expand(shape).clone()
            else:
                raise CheckpointError(
                    Message("Internal error: buffer {buffer} was not initialised.", buffer=f"{module_name}.{name}")
                )


def matrices_to_map(
    tensors: dict[str, tuple[int, ...]], map_tensor: TensorMap, *, skip: Callable[[str], bool]
) -> set[str]:
    """The checkpoint's language-model matrices (every target under ``decoder.``), ``tensors`` being name →
    shape; those ``skip`` names are left out."""
    chosen = set()
    for name, shape in tensors.items():
        if len(shape) != 2 or skip(name):
            continue
        targets = [target for target, _ in map_tensor(name, torch.empty(shape, device="meta"))]
        if targets and all(target.startswith("decoder.") for target in targets):
            chosen.add(name)
    return chosen


def copy_into_process_memory(
    model: nn.Module, storages: set[int], on_copied: Callable[[int], None] = lambda nbytes: None
) -> None:
    """Give each plain parameter of ``model`` that lies in one of ``storages`` (tensors mapped from the file)
    a copy in process memory instead, and forget those storages. Weights a decode step streams are kept in
    process memory (``loader.mapped_on`` says why); a weight mapped so that it could be re-laid out straight
    from the file, then not re-laid out, comes here. ``on_copied(bytes)`` hears of each copy made (an
    exception it raises ends the copying there)."""
    copies: dict[int, nn.Parameter] = {}  # one copy of a parameter that two modules hold
    for module in model.modules():
        for name, parameter in list(module._parameters.items()):
            if parameter is None or parameter.is_mkldnn:
                continue
            if id(parameter) in copies or parameter.untyped_storage().data_ptr() in storages:
                if id(parameter) not in copies:
                    copies[id(parameter)] = nn.Parameter(parameter.detach().clone(), requires_grad=False)
                    on_copied(parameter.nbytes)
                module._parameters[name] = copies[id(parameter)]
    storages.clear()


def mapped_parameters(model: nn.Module, storages: set[int]) -> list[nn.Parameter]:
    """The plain parameters of ``model`` that lie in one of ``storages``, each once."""
    return [p for p in model.parameters() if not p.is_mkldnn and p.untyped_storage().data_ptr() in storages]
