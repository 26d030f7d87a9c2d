"""How many parameters a checkpoint folder holds, counted from its safetensors headers alone.

A safetensors file starts with an 8-byte little-endian length and a JSON header naming every tensor's
shape, so counting reads a few hundred kilobytes however large the weights are. The model manager uses it
to estimate memory for folders that are not in the catalog (imports)."""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass
from pathlib import Path

# top-level weight-name prefixes of the vision side (tower and projector), kept in 16 bits when quantising
VISION_PREFIXES = ("vision_model", "mlp1", "projector")
MAX_HEADER_BYTES = 100_000_000  # the format's own limit; a larger length means the file is not safetensors


@dataclass(frozen=True)
class ParameterCount:
    total: int
    vision: int

    @property
    def billions(self) -> float:
        return self.total / 1e9

    @property
    def vision_billions(self) -> float:
        return self.vision / 1e9


def count_parameters(folder: Path) -> ParameterCount | None:
    """The parameters in ``folder``'s ``*.safetensors`` files, or None when there are none or one of them
    is unreadable (the count would be wrong, and loading will say what is wrong with the file)."""
    files = sorted(Path(folder).glob("*.safetensors"))
    if not files:
        return None
    total = vision = 0
    try:
        for path in files:
            for name, shape in _shapes(path):
                count = math.prod(shape)
                total += count
                if name.split(".", 1)[0] in VISION_PREFIXES:
                    vision += count
    except (OSError, ValueError, TypeError, AttributeError, KeyError, RecursionError, struct.error):
        return None  # a header that is not an object of entries with a shape, or nested past the parser
    return ParameterCount(total, vision)


def _shapes(path: Path):
    """(name, shape) of every tensor in one safetensors file."""
    with open(path, "rb") as fh:
        (length,) = struct.unpack("<Q", fh.read(8))
        if length > MAX_HEADER_BYTES:
            raise ValueError(f"{path.name}: header length {length} is not safetensors")
        header = json.loads(fh.read(length))
    for name, info in header.items():
        if name != "__metadata__":
            yield name, [int(d) for d in info["shape"]]
