"""How much memory a checkpoint's weights take at each precision, from the safetensors headers alone.

Torch-free (stdlib only), so the model manager can show it before torch is imported; the loader uses the
same arithmetic for its memory check, so what the window promises and what a load needs agree. Which tensors
are quantised follows :mod:`.quantize`: every 2-D weight of the language model but its embedding table —
int8 with one scale per row, int4 with a scale and zero point per 64 weights, the output head int8 in both —
and every 2-D weight of the vision encoder's blocks, int8 in both; the vision embeddings, the projector and
the token embeddings keep the model dtype.
"""

from __future__ import annotations

import json
import math
import struct
from collections.abc import Iterable
from pathlib import Path

from ..config.options import MEMORY_PRECISIONS

_ACTIVATION_BYTES = {"float32": 4, "bfloat16": 2, "float16": 2}
LANGUAGE_MODEL_PREFIX = "language_model."
VISION_PREFIX = "vision_model."
_HEAD_NAMES = ("lm_head.weight", "output.weight")
INT4_GROUP = 64
# What running a model needs beside its weights on CPU, measured (docs/benchmarks.md, "Quantised weights"):
# torch and the libraries (~0.3 GB), activations of a prefill chunk and a few thousand positions of KV cache.
RUNTIME_OVERHEAD_BYTES = 1 << 30


def in_vision_encoder(name: str) -> bool:
    """Whether the checkpoint tensor ``name`` belongs to the vision encoder's blocks (``vision_model.encoder.``
    in InternViT, ``vision_model.vision_model.encoder.`` in SigLIP)."""
    return name.startswith(VISION_PREFIX) and ".encoder." in name


def is_quantized_weight(name: str, shape: tuple[int, ...]) -> bool:
    """Whether quantising replaces this tensor: a linear weight of the language model or the vision encoder."""
    if len(shape) != 2:
        return False
    return (name.startswith(LANGUAGE_MODEL_PREFIX) and "embed" not in name) or in_vision_encoder(name)


def tensor_bytes(name: str, shape: tuple[int, ...], precision: str, dtype: str = "bfloat16") -> float:
    """Bytes of one tensor held at ``precision`` (``float32``, ``bfloat16``, ``int8``, ``int4``); quantised
    layers keep ``dtype`` for their scales and everything not quantised."""
    count = math.prod(shape)
    width = _ACTIVATION_BYTES["float32" if precision == "float32" else dtype]
    if precision not in ("int8", "int4") or not is_quantized_weight(name, shape):
        return count * width
    rows, columns = shape
    if precision == "int8" or name.endswith(_HEAD_NAMES) or in_vision_encoder(name):
        return count + rows * width  # one scale per row
    padded_rows = -(-rows // 64) * 64
    return padded_rows * columns / 2 + padded_rows * (columns // INT4_GROUP) * 2 * width  # scale + zero per group


def weights_bytes(tensors: Iterable[tuple[str, tuple[int, ...]]], precision: str, dtype: str = "bfloat16") -> int:
    """Bytes of every ``(name, shape)`` tensor held at ``precision``."""
    return int(sum(tensor_bytes(name, tuple(shape), precision, dtype) for name, shape in tensors))


def read_shapes(folder: Path) -> list[tuple[str, tuple[int, ...]]]:
    """(name, shape) of every tensor in ``folder``'s ``*.safetensors`` files (headers only). Raises
    ``OSError`` / ``ValueError`` for a file that is not safetensors."""
    shapes = []
    for path in sorted(Path(folder).glob("*.safetensors")):
        with open(path, "rb") as fh:
            (length,) = struct.unpack("<Q", fh.read(8))
            if length > 100 << 20:
                raise ValueError(f"{path.name}: header length {length} is not safetensors")
            header = json.loads(fh.read(length))
        tensors = {name: info for name, info in header.items() if name != "__metadata__"}
        shapes += [(name, tuple(int(d) for d in info["shape"])) for name, info in tensors.items()]
    return shapes


def memory_needs(folder: Path, dtype: str = "bfloat16") -> dict[str, int]:
    """Bytes of memory running the checkpoint in ``folder`` on CPU needs at each precision: its weights held
    that way plus :data:`RUNTIME_OVERHEAD_BYTES`. ``dtype`` is what the unquantised parts are held in
    (``bfloat16`` on x86, see ``core.hardware.cpu_auto_precision``). Raises ``OSError`` / ``ValueError`` for
    unreadable weights."""
    shapes = read_shapes(folder)
    needs = {}
    for precision in MEMORY_PRECISIONS:
        held_in = "float32" if precision == "float32" else dtype
        needs[precision] = weights_bytes(shapes, precision, held_in) + RUNTIME_OVERHEAD_BYTES
    return needs
