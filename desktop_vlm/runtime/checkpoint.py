"""Reading a checkpoint folder safely: config JSON, safetensors weights, nothing else.

We never import a ``.py`` file from the folder, never follow ``auto_map``, never unpickle. Weights are
read tensor by tensor through safetensors' memory map, so loading never holds two full copies.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..core.errors import CheckpointError, UnsafeCheckpointError
from ..core.formats import PICKLE_WEIGHT_SUFFIXES, CheckpointFormat, detect_format

INDEX_FILE = "model.safetensors.index.json"
SINGLE_FILE = "model.safetensors"


@dataclass(frozen=True)
class Checkpoint:
    """A validated checkpoint folder: its config, its format, and where each tensor lives."""

    path: Path
    config: dict
    format: CheckpointFormat
    weight_map: dict[str, str]  # tensor name -> shard file name

    @property
    def name(self) -> str:
        return self.path.name


def read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CheckpointError(f"{path.name} is missing from {path.parent}.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise CheckpointError(f"{path} is not readable JSON ({err}).") from None


def open_checkpoint(path: str | Path) -> Checkpoint:
    """Validate ``path`` as a supported checkpoint folder and index its weights."""
    folder = Path(path).expanduser()
    if not folder.is_dir():
        raise CheckpointError(f"Model folder not found: {folder}")
    config = read_json(folder / "config.json")
    fmt = detect_format(config)
    return Checkpoint(folder, config, fmt, _weight_map(folder))


def _weight_map(folder: Path) -> dict[str, str]:
    index = folder / INDEX_FILE
    if index.is_file():
        weight_map = read_json(index).get("weight_map")
        if not isinstance(weight_map, dict) or not weight_map:
            raise CheckpointError(f"{INDEX_FILE} in {folder} has no weight_map.")
        missing = sorted({f for f in weight_map.values() if not (folder / f).is_file()})
        if missing:
            raise CheckpointError(f"Weight file(s) missing from {folder}: {', '.join(missing)}.")
        return dict(weight_map)
    single = folder / SINGLE_FILE
    if single.is_file():
        from safetensors import safe_open

        try:
            with safe_open(str(single), framework="pt") as fh:
                return {name: SINGLE_FILE for name in fh.keys()}
        except Exception as err:  # safetensors raises its own error types for corrupt headers
            raise CheckpointError(f"{single} is not a valid safetensors file ({err}).") from None
    pickles = sorted(p.name for p in folder.iterdir() if p.suffix in PICKLE_WEIGHT_SUFFIXES)
    if pickles:
        raise UnsafeCheckpointError(
            f"{folder} only has pickle-based weights ({', '.join(pickles)}). Loading those could run code, so "
            "Desktop VLM refuses them.",
            hint="Download the model's .safetensors files instead (most hub repos provide them).",
        )
    raise CheckpointError(f"No model.safetensors or {INDEX_FILE} in {folder}.")


class TensorSource:
    """Reads named tensors from a checkpoint's safetensors shards, one at a time (memory-mapped)."""

    def __init__(self, checkpoint: Checkpoint):
        self._checkpoint = checkpoint
        self._handles: dict[str, object] = {}

    def __enter__(self) -> "TensorSource":
        return self

    def __exit__(self, *exc) -> None:
        self._handles.clear()

    def names(self) -> list[str]:
        return list(self._checkpoint.weight_map)

    def has(self, name: str) -> bool:
        return name in self._checkpoint.weight_map

    def get(self, name: str):
        from safetensors import safe_open

        try:
            shard = self._checkpoint.weight_map[name]
        except KeyError:
            raise CheckpointError(
                f"Tensor {name!r} is missing from {self._checkpoint.path}; the checkpoint is incomplete or of "
                "another variant."
            ) from None
        handle = self._handles.get(shard)
        if handle is None:
            try:
                handle = safe_open(str(self._checkpoint.path / shard), framework="pt")
            except Exception as err:
                raise CheckpointError(f"{shard} is not a valid safetensors file ({err}).") from None
            self._handles[shard] = handle
        return handle.get_tensor(name)

    def shapes(self) -> Iterator[tuple[str, tuple[int, ...], str]]:
        """(name, shape, dtype string) of every tensor, from the headers only."""
        from safetensors import safe_open

        for shard in sorted(set(self._checkpoint.weight_map.values())):
            with safe_open(str(self._checkpoint.path / shard), framework="pt") as fh:
                for name in fh.keys():
                    sl = fh.get_slice(name)
                    yield name, tuple(sl.get_shape()), sl.get_dtype()
