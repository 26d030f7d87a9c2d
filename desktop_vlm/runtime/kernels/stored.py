"""Quantised weights kept in the user cache folder, so only the first int8 / int4 load of a checkpoint pays
for quantising (and reads the bf16 file): later loads read the quantised layers straight from the cache
into process memory.

One safetensors file per checkpoint folder, mode and activation dtype (:func:`file_name`), holding a key
over everything the quantised bytes depend on: each weight file's name, size and modification time, the mode,
the activation dtype, the torch version and, for int4, the CPU's int4 packing (its row-block size differs
between AVX2 and AVX512; int8 weights are held alike on both). A file is used only when its stored key matches and every layer's tensors have the shapes and
dtypes that layer expects; anything else — an edited checkpoint, another torch, a damaged or partial file —
is quantised again and written over the same file, so no outdated copy of several GB is left behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import torch
from torch import nn

from ...core.errors import LoadCancelled
from ..file_reads import FileRange, ReadAhead
from .quantized import QuantizedLinear

FORMAT = 3  # bump when the stored layout changes (3: the vision encoder's layers, names from the model's root)
FOLDER = "quantized"
# Every tensor starts on a 64-byte boundary of the file (a memory map of it stays usable), and one read back
# must sit on such a boundary in memory too (torch's allocator gives 64): torch's AVX512 int8 kernel
# reads a weight with rows left over after its 16-row blocks (the 151,674-row output head) with loads that
# fault on an address 8 bytes past a 16-byte boundary, which the format's own 8-byte alignment allows.
ALIGNMENT = 64


def file_name(checkpoint_path: Path, mode: str, dtype: torch.dtype) -> str:
    """The file the quantised weights of this checkpoint folder, mode and dtype are kept in."""
    facts = json.dumps([str(checkpoint_path.resolve()), mode, str(dtype)])
    return hashlib.sha256(facts.encode()).hexdigest()[:32] + ".safetensors"


def cache_key(checkpoint_path: Path, shards: list[str], mode: str, dtype: torch.dtype) -> str:
    """A hex key naming the quantised weights of these shards in ``mode``."""
    from .packing import _int4_layout

    files = []
    for name in sorted(set(shards)):
        stat = (checkpoint_path / name).stat()
        files.append([name, stat.st_size, stat.st_mtime_ns])
    facts = {
        "format": FORMAT,
        "folder": str(checkpoint_path.resolve()),
        "files": files,
        "mode": mode,
        "dtype": str(dtype),
        "torch": torch.__version__,
    }
    if mode == "int4":  # torch packs int4 by the CPU's instruction set (an AVX2 cap changes it); int8 it does not
        facts["int4_block"] = _int4_layout(64)[0]
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).hexdigest()[:32]


def _layers(model: nn.Module) -> dict[str, QuantizedLinear]:
    return {name: m for name, m in model.named_modules() if isinstance(m, QuantizedLinear)}


def restore(
    model: nn.Module, path: Path, key: str, on_read: Callable[[int, int], None] = lambda done, total: None
) -> bool:
    """Give every quantised layer of ``model`` its stored tensors from ``path``, read into process memory
    (a decode step streamed memory-mapped weights at two thirds of the rate, see ``loader.mapped_on``);
    False, with nothing changed, when the file is missing, of another key, or does not fit every layer.
    ``on_read(bytes read, bytes to read)`` hears of each layer read; a stop it raises (:class:`LoadCancelled`)
    goes through, where any other failure means quantising again."""
    layers = _layers(model)  # in module order: the vision side first, the output head last (weights.allocation_order)
    try:
        with open(path, "rb") as fh:
            length = int.from_bytes(fh.read(8), "little")
            header = json.loads(fh.read(length))
        if (header.get("__metadata__") or {}).get("key") != key:
            return False
        entries = [header[f"{name}.{part}"] for name in layers for part in ("qweight", "scales")]
        ranges = [
            FileRange(path, 8 + length + e["data_offsets"][0], 8 + length + e["data_offsets"][1]) for e in entries
        ]
        reader = ReadAhead(ranges)
        read = zip(reader, entries)
        tensors = {}
        total, done = sum(r.end - r.begin for r in ranges), 0
        try:
            for name, layer in layers.items():
                qweight, scales = (_typed(*next(read)), _typed(*next(read)))
                if not layer.fits(qweight, scales) or not (_aligned(qweight) and _aligned(scales)):
                    return False
                tensors[name] = qweight, scales
                done += qweight.nbytes + scales.nbytes
                on_read(done, total)
        finally:
            reader.close()
    except LoadCancelled:
        raise
    except Exception:  # missing, truncated, not safetensors, a layer absent: quantise again
        return False
    for name, (qweight, scales) in tensors.items():
        layers[name].qweight, layers[name].scales = qweight, scales
    return True


def _typed(buffer: torch.Tensor, entry: dict) -> torch.Tensor:
    """A tensor's bytes (read into a new tensor, which torch's allocator aligns to 64 bytes) as the dtype and
    shape its header ``entry`` gives."""
    dtype = next(t for t, code in _SAFETENSORS_DTYPES.items() if code == entry["dtype"])
    return buffer.view(dtype).reshape(entry["shape"])


def _aligned(tensor: torch.Tensor) -> bool:
    return tensor.data_ptr() % ALIGNMENT == 0


_SAFETENSORS_DTYPES = {
    torch.int8: "I8",
    torch.uint8: "U8",
    torch.bfloat16: "BF16",
    torch.float32: "F32",
    torch.float16: "F16",
}


def store(model: nn.Module, path: Path, key: str) -> bool:
    """Write every quantised layer's tensors to ``path`` as safetensors, one tensor after another (the
    library's writer builds the whole file in memory first: the quantised model twice at the load's peak),
    whole or not at all; False when there is no room (less than twice their size free) or it cannot be
    written."""
    tensors = {}
    for name, layer in _layers(model).items():
        tensors[f"{name}.qweight"], tensors[f"{name}.scales"] = layer.qweight, layer.scales
    # The format wants the tensors back to back, so a gap before a tensor is an unused byte tensor.
    laid_out: dict[str, torch.Tensor] = {}
    for name, tensor in tensors.items():
        gap = -sum(t.numel() * t.element_size() for t in laid_out.values()) % ALIGNMENT
        if gap:
            laid_out[f"padding.{len(laid_out)}"] = torch.zeros(gap, dtype=torch.uint8)
        laid_out[name] = tensor
    header: dict = {"__metadata__": {"key": key}}
    offset = 0
    for name, tensor in laid_out.items():
        size = tensor.numel() * tensor.element_size()
        header[name] = {
            "dtype": _SAFETENSORS_DTYPES[tensor.dtype],
            "shape": list(tensor.shape),
            "data_offsets": [offset, offset + size],
        }
        offset += size
    encoded = json.dumps(header).encode()
    encoded += b" " * (-(8 + len(encoded)) % ALIGNMENT)  # the data starts on the boundary too
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if shutil.disk_usage(path.parent).free < 2 * offset:
            return False
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with open(temporary, "wb") as fh:
            fh.write(len(encoded).to_bytes(8, "little") + encoded)
            for tensor in laid_out.values():
                fh.write(tensor.contiguous().reshape(-1).view(torch.uint8).numpy().data)  # its buffer, not a copy
        os.replace(temporary, path)
    except OSError:
        return False
    return True
