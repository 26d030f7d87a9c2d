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


_SAFETENSORS_DTYPES = {
    "BF16": "bfloat16", "F16": "float16", "F32": "float32", "F64": "float64",
    "I64": "int64", "I32": "int32", "I16": "int16", "I8": "int8", "U8": "uint8", "BOOL": "bool",
}  # fmt: skip


class TensorSource:
    """Reads named tensors from a checkpoint's safetensors shards, one at a time.

    Two ways to read, chosen by the loader:
    - ``zero_copy=True`` (CPU, no dtype change): safetensors' memory map, so parameters stay backed by
      the page cache and nothing is copied;
    - otherwise each tensor's bytes are read with plain file reads into a buffer that is freed once the
      tensor is converted, so host memory never holds the mapped file *and* the converted weights
      (peak host memory ≈ the converted weights plus one tensor).
    """

    def __init__(self, checkpoint: Checkpoint, *, zero_copy: bool = True):
        self._checkpoint = checkpoint
        self._zero_copy = zero_copy
        self._handles: dict[str, object] = {}
        self._headers: dict[str, tuple[int, dict]] = {}

    def __enter__(self) -> "TensorSource":
        return self

    def __exit__(self, *exc) -> None:
        self._handles.clear()

    def names(self) -> list[str]:
        """Tensor names grouped by shard, so each shard is read front to back."""
        weight_map = self._checkpoint.weight_map
        return sorted(weight_map, key=lambda name: weight_map[name])

    def has(self, name: str) -> bool:
        return name in self._checkpoint.weight_map

    def _shard(self, name: str) -> str:
        try:
            return self._checkpoint.weight_map[name]
        except KeyError:
            raise CheckpointError(
                f"Tensor {name!r} is missing from {self._checkpoint.path}; the checkpoint is incomplete or of "
                "another variant."
            ) from None

    def get(self, name: str):
        shard = self._shard(name)
        return self._get_mapped(shard, name) if self._zero_copy else self._get_read(shard, name)

    def _get_mapped(self, shard: str, name: str):
        from safetensors import safe_open

        handle = self._handles.get(shard)
        if handle is None:
            try:
                handle = safe_open(str(self._checkpoint.path / shard), framework="pt")
            except Exception as err:
                raise CheckpointError(f"{shard} is not a valid safetensors file ({err}).") from None
            self._handles[shard] = handle
        return handle.get_tensor(name)

    def _header(self, shard: str) -> tuple[int, dict]:
        if shard not in self._headers:
            path = self._checkpoint.path / shard
            try:
                with open(path, "rb") as fh:
                    size = int.from_bytes(fh.read(8), "little")
                    if not 2 <= size <= 100 << 20:
                        raise ValueError(f"header size {size}")
                    header = json.loads(fh.read(size))
            except (OSError, ValueError) as err:
                raise CheckpointError(f"{shard} is not a valid safetensors file ({err}).") from None
            self._headers[shard] = (8 + size, header)
        return self._headers[shard]

    def _get_read(self, shard: str, name: str):
        import torch

        base, header = self._header(shard)
        meta = header.get(name)
        if meta is None:
            raise CheckpointError(f"{shard} does not contain {name!r} although the index says it does.")
        begin, end = meta["data_offsets"]
        dtype = getattr(torch, _SAFETENSORS_DTYPES.get(meta["dtype"], ""), None)
        if dtype is None:
            raise CheckpointError(f"Tensor {name!r} has an unsupported dtype {meta['dtype']!r}.")
        buffer = torch.empty(end - begin, dtype=torch.uint8)
        with open(self._checkpoint.path / shard, "rb") as fh:
            fh.seek(base + begin)
            if fh.readinto(buffer.numpy()) != end - begin:
                raise CheckpointError(f"{shard} is truncated (tensor {name!r} runs past the end of the file).")
        return buffer.view(dtype).reshape(meta["shape"])

    def shapes(self) -> Iterator[tuple[str, tuple[int, ...], str]]:
        """(name, shape, dtype string) of every tensor, from the headers only."""
        from safetensors import safe_open

        for shard in sorted(set(self._checkpoint.weight_map.values())):
            with safe_open(str(self._checkpoint.path / shard), framework="pt") as fh:
                for name in fh.keys():
                    sl = fh.get_slice(name)
                    yield name, tuple(sl.get_shape()), sl.get_dtype()
