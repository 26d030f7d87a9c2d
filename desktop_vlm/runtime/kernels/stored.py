"""Quantised weights kept in the user cache folder, so only the first int8 / int4 load of a checkpoint pays
for quantising (and reads the bf16 file): later loads memory-map the quantised layers straight from the
cache, as the bf16 path maps the checkpoint.

One safetensors file per checkpoint and quantisation, named by a key over everything the quantised bytes
depend on: each weight file's name, size and modification time, the mode, the activation dtype, the torch
version and the CPU's int4 packing (its row-block size differs between AVX2 and AVX512). A file is used only
when its stored key matches and every layer's tensors have the shapes and dtypes that layer expects; anything
else — another checkpoint, an edited one, a damaged or partial file — is quantised again and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import torch
from torch import nn

from .quantized import QuantizedLinear

FORMAT = 1  # bump when the stored layout changes
FOLDER = "quantized"


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
        "int4_block": _int4_layout(64)[0],
    }
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).hexdigest()[:32]


def _layers(model: nn.Module) -> dict[str, QuantizedLinear]:
    return {name: m for name, m in model.named_modules() if isinstance(m, QuantizedLinear)}


def restore(model: nn.Module, path: Path, key: str) -> bool:
    """Give every quantised layer of ``model`` its stored tensors from ``path`` (memory-mapped); False, with
    nothing changed, when the file is missing, of another key, or does not fit every layer."""
    from safetensors import safe_open

    layers = _layers(model)
    try:
        with safe_open(str(path), framework="pt") as stored:
            if (stored.metadata() or {}).get("key") != key:
                return False
            tensors = {}
            for name, layer in layers.items():
                qweight, scales = stored.get_tensor(f"{name}.qweight"), stored.get_tensor(f"{name}.scales")
                if not layer.fits(qweight, scales):
                    return False
                tensors[name] = qweight, scales
    except Exception:  # missing, truncated, not safetensors, a layer absent: quantise again
        return False
    for name, (qweight, scales) in tensors.items():
        layers[name].qweight, layers[name].scales = qweight, scales
    return True


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
    header: dict = {"__metadata__": {"key": key}}
    offset = 0
    for name, tensor in tensors.items():
        size = tensor.numel() * tensor.element_size()
        header[name] = {
            "dtype": _SAFETENSORS_DTYPES[tensor.dtype],
            "shape": list(tensor.shape),
            "data_offsets": [offset, offset + size],
        }
        offset += size
    encoded = json.dumps(header).encode()
    encoded += b" " * (-len(encoded) % 8)  # the format aligns the data to 8 bytes
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if shutil.disk_usage(path.parent).free < 2 * offset:
            return False
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with open(temporary, "wb") as fh:
            fh.write(len(encoded).to_bytes(8, "little") + encoded)
            for tensor in tensors.values():
                fh.write(tensor.contiguous().reshape(-1).view(torch.uint8).numpy())  # its buffer, not a copy
        os.replace(temporary, path)
    except OSError:
        return False
    return True
