"""Reading a checkpoint folder safely: config JSON, safetensors weights, nothing else.

We never import a ``.py`` file from the folder, never follow ``auto_map``, never unpickle. Every
safetensors header is parsed and checked here, without torch, before anything else reads the file: the
index may only name plain ``.safetensors`` files inside the folder, and each tensor's dtype, shape and
byte range must agree with each other and with the file's size. Weights are then read tensor by tensor
(:class:`TensorSource`), so loading never holds two full copies.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import CheckpointError, UnsafeCheckpointError
from ..core.formats import (
    GGUF_SUFFIX,
    MAX_CHECKPOINT_JSON_BYTES,
    PICKLE_WEIGHT_SUFFIXES,
    CheckpointFormat,
    gguf_error,
    gguf_names,
    model_folders_in,
    one_level_up_error,
)
from ..core.hf_cache import blobs_of, repositories_in, snapshot_of
from ..core.lfs_pointers import refuse_lfs_pointers
from ..core.messages import Message
from .registry import detect_format

if TYPE_CHECKING:
    from safetensors import safe_open

    from .file_reads import FileRange, ReadAhead

INDEX_FILE = "model.safetensors.index.json"
SINGLE_FILE = "model.safetensors"
SAFETENSORS_SUFFIX = ".safetensors"
MAX_JSON_BYTES = MAX_CHECKPOINT_JSON_BYTES
MAX_HEADER_BYTES = 64 << 20  # a header lists names and shapes: ~100 kB for a 4B model
# bytes per element of each safetensors dtype
ITEM_BYTES = {"BOOL": 1, "U8": 1, "I8": 1, "F8_E4M3": 1, "F8_E5M2": 1, "I16": 2, "U16": 2, "F16": 2, "BF16": 2}
ITEM_BYTES |= {"I32": 4, "U32": 4, "F32": 4, "I64": 8, "U64": 8, "F64": 8}


@dataclass(frozen=True)
class TensorInfo:
    """Where one tensor lives and what its header says: ``begin``/``end`` are byte offsets in the file."""

    shard: str
    dtype: str  # safetensors' name: "BF16", "F32", "I16", ...
    shape: tuple[int, ...]
    begin: int
    end: int

    @property
    def numel(self) -> int:
        return math.prod(self.shape)


@dataclass(frozen=True)
class Checkpoint:
    """A validated checkpoint folder: its config, its format, and where each tensor lives."""

    path: Path
    config: dict
    format: CheckpointFormat
    tensors: dict[str, TensorInfo]  # tensor name -> shard, dtype, shape, bytes (from the checked headers)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def weight_map(self) -> dict[str, str]:
        """Tensor name -> shard file name."""
        return {name: info.shard for name, info in self.tensors.items()}


def read_json(path: Path, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """The JSON value in ``path``; a missing, oversized, undecodable or too deeply nested file is a
    CheckpointError naming it."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise CheckpointError(
                Message("{path} is {size:,} bytes, more than a checkpoint's JSON file can be.", path=path, size=size)
            )
        return json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise CheckpointError(Message("{name} is missing from {folder}.", name=path.name, folder=path.parent)) from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
        reason = Message("nested too deeply") if isinstance(err, RecursionError) else str(err)
        raise CheckpointError(Message("{path} is not readable JSON ({reason}).", path=path, reason=reason)) from None


def open_checkpoint(path: str | Path) -> Checkpoint:
    """Validate ``path`` as a supported checkpoint folder and index its weights from their headers."""
    folder = Path(path).expanduser()
    if folder.is_file():
        raise _not_a_folder(folder)
    if not folder.is_dir():
        raise CheckpointError(Message("Model folder not found: {folder}", folder=folder))
    folder = snapshot_of(folder)  # a Hugging Face cache repository folder stands for its snapshot
    if not (folder / "config.json").exists():
        gguf = gguf_names(p.name for p in folder.iterdir())
        if gguf:
            raise gguf_error(
                Message(
                    "{name} holds GGUF files ({files}) and no config.json", name=folder.name, files=", ".join(gguf[:3])
                )
            )
        repositories = repositories_in(folder)
        if repositories:
            raise CheckpointError(
                Message(
                    "{folder} is a Hugging Face cache, holding {count} model(s); a model is one folder in it.",
                    folder=folder,
                    count=len(repositories),
                ),
                hint=Message("Choose one of them, such as {example}.", example=folder / repositories[0]),
            )
        inside = model_folders_in(folder)
        if inside:
            raise one_level_up_error(folder, inside)
    refuse_lfs_pointers(folder)
    config = read_json(folder / "config.json")
    fmt = detect_format(config)
    return Checkpoint(folder, config, fmt, _tensors(folder))


def _missing_files_hint(folder: Path) -> Message:
    """What to do about weight files missing from ``folder``: finish the download that left partial files
    (``huggingface-cli download --local-dir`` keeps them in ``.cache/huggingface/download``, the Hugging Face
    cache in its ``blobs/``), else fetch the model again."""
    blobs = blobs_of(folder)
    partial_places = [folder / ".cache" / "huggingface" / "download"] + ([blobs] if blobs is not None else [])
    if any(any(place.glob("*.incomplete")) for place in partial_places if place.is_dir()):
        return Message(
            "Its download did not finish (partial files are still there): run the same download again to finish "
            "it, or download the model with the model manager."
        )
    return Message("Download the model again, or get it with the model manager.")


def _not_a_folder(path: Path) -> CheckpointError:
    """The error for a file given where a model folder belongs: a GGUF file, or one file of a checkpoint."""
    if path.suffix.lower() == GGUF_SUFFIX:
        return gguf_error(Message("{name} is a GGUF file", name=path.name))
    if path.name in ("config.json", INDEX_FILE) or path.suffix == ".safetensors":
        return CheckpointError(
            Message(
                "{name} is one file of a model; a model is the folder that holds its config.json and weights.",
                name=path.name,
            ),
            hint=Message("Choose the folder {folder} instead.", folder=path.parent),
        )
    return CheckpointError(Message("{path} is a file, not a model folder.", path=path))


def _tensors(folder: Path) -> dict[str, TensorInfo]:
    index = folder / INDEX_FILE
    if index.is_file():
        return _indexed_tensors(folder, read_json(index))
    single = folder / SINGLE_FILE
    if single.is_file():
        return read_header(single)
    pickles = sorted(p.name for p in folder.iterdir() if p.suffix in PICKLE_WEIGHT_SUFFIXES)
    if pickles:
        raise UnsafeCheckpointError(
            Message(
                "{folder} only has pickle-based weights ({files}). Loading those could run code, so "
                "Desktop VLM refuses them.",
                folder=folder,
                files=", ".join(pickles),
            ),
            hint=Message("Download the model's .safetensors files instead (most hub repos provide them)."),
        )
    raise CheckpointError(Message("No model.safetensors or {index} in {folder}.", index=INDEX_FILE, folder=folder))


def _indexed_tensors(folder: Path, index: Any) -> dict[str, TensorInfo]:
    """The tensors an index names, each found in the header of the shard it names."""
    weight_map = index.get("weight_map") if isinstance(index, dict) else None
    if not isinstance(weight_map, dict) or not weight_map:
        raise CheckpointError(
            Message(
                "{index} in {folder} has no weight_map (a JSON object of tensor -> file).",
                index=INDEX_FILE,
                folder=folder,
            )
        )
    for name, shard in weight_map.items():
        if not isinstance(shard, str) or not is_plain_shard_name(shard):
            raise CheckpointError(
                Message(
                    "{index} in {folder} names {file!r} as the file of {tensor!r}; weight files must be plain "
                    "{suffix} file names inside the model folder, so nothing was opened.",
                    index=INDEX_FILE,
                    folder=folder,
                    file=shard,
                    tensor=name,
                    suffix=SAFETENSORS_SUFFIX,
                )
            )
    missing = sorted({f for f in weight_map.values() if not (folder / f).is_file()})
    if missing:
        raise CheckpointError(
            Message("Weight file(s) missing from {folder}: {files}.", folder=folder, files=", ".join(missing)),
            hint=_missing_files_hint(folder),
        )
    headers = {shard: read_header(folder / shard) for shard in sorted(set(weight_map.values()))}
    tensors = {}
    for name, shard in weight_map.items():
        info = headers[shard].get(name)
        if info is None:
            raise CheckpointError(
                Message(
                    "{file} does not contain {tensor!r} although {index} says it does.",
                    file=shard,
                    tensor=name,
                    index=INDEX_FILE,
                )
            )
        tensors[name] = info
    return tensors


def is_plain_shard_name(name: str) -> bool:
    """A ``*.safetensors`` file name with no directory part, drive, stream or NUL: it can only name a file
    directly inside the model folder."""
    return name.endswith(SAFETENSORS_SUFFIX) and name not in (".", "..") and not any(c in name for c in "/\\:\0")


def read_header(path: Path) -> dict[str, TensorInfo]:
    """Every tensor of one safetensors file, from its header, checked the way safetensors checks it:
    known dtypes, non-negative integer shapes, byte ranges that match the shape and tile the data exactly.
    Raises CheckpointError naming the file and what is wrong."""
    try:
        with open(path, "rb") as fh:
            file_size = fh.seek(0, 2)
            fh.seek(0)
            length = int.from_bytes(fh.read(8), "little")
            if file_size < 8 or not 2 <= length <= min(MAX_HEADER_BYTES, file_size - 8):
                raise _BadHeader(
                    Message(
                        "its header length {length:,} does not fit a {size:,}-byte file", length=length, size=file_size
                    )
                )
            header = json.loads(fh.read(length).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
        raise _not_safetensors(path, err) from None
    try:
        return _checked_entries(path.name, header, 8 + length, file_size)
    except ValueError as err:
        raise _not_safetensors(path, err) from None


class _BadHeader(ValueError):
    """What is wrong with a safetensors header, in words for the person who reads the refusal."""

    def __init__(self, reason: Message):
        super().__init__(reason)
        self.reason = reason


def _not_safetensors(path: Path, err: Exception) -> CheckpointError:
    if isinstance(err, _BadHeader):
        reason: Message | str = err.reason
    elif isinstance(err, RecursionError):
        reason = Message("its header is nested too deeply")
    else:  # the file system's or the JSON decoder's own words
        reason = str(err)
    return CheckpointError(
        Message(
            "{name} in {folder} is not a valid safetensors file ({reason}).",
            name=path.name,
            folder=path.parent,
            reason=reason,
        )
    )


def _checked_entries(shard: str, header: Any, data_start: int, file_size: int) -> dict[str, TensorInfo]:
    if not isinstance(header, dict):
        raise _BadHeader(Message("its header is not a JSON object"))
    tensors: dict[str, TensorInfo] = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        if not isinstance(entry, dict):
            raise _BadHeader(Message("the entry of {tensor!r} is not a JSON object", tensor=name))
        dtype, shape, offsets = entry.get("dtype"), entry.get("shape"), entry.get("data_offsets")
        if dtype not in ITEM_BYTES:
            raise _BadHeader(Message("{tensor!r} has the unknown dtype {dtype!r}", tensor=name, dtype=dtype))
        if not isinstance(shape, list) or not all(_is_count(d) for d in shape):
            raise _BadHeader(
                Message(
                    "{tensor!r} has the shape {shape!r}, not a list of non-negative integers", tensor=name, shape=shape
                )
            )
        if not (isinstance(offsets, list) and len(offsets) == 2 and all(_is_count(o) for o in offsets)):
            raise _BadHeader(Message("{tensor!r} has the byte range {offsets!r}", tensor=name, offsets=offsets))
        if offsets[0] > offsets[1]:
            raise _BadHeader(Message("{tensor!r} has the byte range {offsets!r}", tensor=name, offsets=offsets))
        if offsets[1] - offsets[0] != math.prod(shape) * ITEM_BYTES[dtype]:
            raise _BadHeader(
                Message(
                    "the byte range of {tensor!r} does not match its shape {shape} in {dtype}",
                    tensor=name,
                    shape=shape,
                    dtype=dtype,
                )
            )
        tensors[name] = TensorInfo(shard, dtype, tuple(shape), data_start + offsets[0], data_start + offsets[1])
    position = data_start  # the byte ranges must tile the data: no gap, no overlap, nothing past the end
    for info in sorted(tensors.values(), key=lambda t: (t.begin, t.end)):
        if info.begin != position:
            raise _BadHeader(Message("its tensors' byte ranges overlap or leave gaps"))
        position = info.end
    if position != file_size:
        raise _BadHeader(
            Message(
                "its header describes {described:,} bytes but the file has {size:,} (truncated?)",
                described=position,
                size=file_size,
            )
        )
    return tensors


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


class TensorSource:
    """Reads named tensors from a checkpoint's safetensors shards, in order.

    Three ways to read, chosen per tensor by the loader's ``mapped(name)`` and ``mapped_alone(name)``:
    - mapped (CPU, no dtype change): safetensors' memory map, so the parameter stays backed by the page
      cache and nothing is copied — what suits a tensor of which little is read, such as the token embeddings;
    - mapped alone: a private mapping of the tensor's bytes only, which ends when the tensor is freed — for a
      weight that is about to be copied into another layout and dropped (:func:`.file_reads.map_range`);
    - otherwise the tensor's bytes are read with plain file reads into process memory, on several threads
      a bounded amount ahead of the tensor in use; a buffer being converted is freed once converted, so host
      memory never holds the mapped file *and* the converted weights (peak host memory ≈ the converted
      weights plus the read-ahead, :data:`.file_reads.AHEAD_BYTES`).
    """

    def __init__(
        self,
        checkpoint: Checkpoint,
        *,
        mapped: Callable[[str], bool] = lambda name: True,
        mapped_alone: Callable[[str], bool] = lambda name: False,
    ):
        self._checkpoint = checkpoint
        self._mapped = mapped
        self._mapped_alone = mapped_alone
        self.mapped_alone_storages: set[int] = set()  # where the tensors mapped alone lie (storage addresses)
        self._handles: dict[str, safe_open] = {}
        self._reads: list[ReadAhead] = []

    def __enter__(self) -> TensorSource:
        return self

    def __exit__(self, *exc) -> None:
        self._handles.clear()
        for read in self._reads:  # reads queued for tensors nobody asked for (a load that failed part-way)
            read.close()

    def names(self) -> list[str]:
        """Tensor names grouped by shard, so each shard is read front to back."""
        tensors = self._checkpoint.tensors
        return sorted(tensors, key=lambda name: (tensors[name].shard, tensors[name].begin))

    def has(self, name: str) -> bool:
        return name in self._checkpoint.tensors

    def _info(self, name: str) -> TensorInfo:
        try:
            return self._checkpoint.tensors[name]
        except KeyError:
            raise CheckpointError(
                Message(
                    "Tensor {tensor!r} is missing from {folder}; the checkpoint is incomplete or of another variant.",
                    tensor=name,
                    folder=self._checkpoint.path,
                )
            ) from None

    def tensors(self, names: list[str], together: Iterable[tuple[str, ...]] = ()) -> Iterator[tuple[str, Any]]:
        """(name, tensor) for each of ``names``, in order: mapped ones from the memory map, the others read
        into process memory on several threads, a bounded amount ahead (:mod:`.file_reads`). The tensors of a
        ``together`` group that ``names`` lists one after another, none mapped, are read into one allocation,
        each right after the one before it (so they can be joined without a copy)."""
        from .file_reads import TruncatedFile, map_range

        infos = [self._info(name) for name in names]
        dtypes = [_torch_dtype(name, info) for name, info in zip(names, infos)]
        read = self._read_ahead(names, together)
        for name, info, dtype in zip(names, infos, dtypes):
            if self._mapped(name):
                yield name, self._get_mapped(info.shard, name)
                continue
            try:
                if self._mapped_alone(name):
                    buffer = map_range(self._file_range(name))
                    self.mapped_alone_storages.add(buffer.untyped_storage().data_ptr())
                else:
                    buffer = next(read)
            except TruncatedFile:
                raise CheckpointError(
                    Message(
                        "{file} is truncated (tensor {tensor!r} runs past the end of the file).",
                        file=info.shard,
                        tensor=name,
                    )
                ) from None
            yield name, buffer.view(dtype).reshape(info.shape)

    def _file_range(self, name: str) -> FileRange:
        from .file_reads import FileRange

        info = self._info(name)
        return FileRange(self._checkpoint.path / info.shard, info.begin, info.end)

    def _read_ahead(self, names: list[str], together: Iterable[tuple[str, ...]]) -> ReadAhead:
        from .file_reads import ReadAhead

        file_range = self._file_range
        groups = {group[0]: group for group in together}
        read_names = [name for name in names if not self._mapped(name) and not self._mapped_alone(name)]
        ranges: list[FileRange | tuple[FileRange, ...]] = []
        at = 0
        while at < len(read_names):
            group = groups.get(read_names[at], ())
            if len(group) > 1 and tuple(read_names[at : at + len(group)]) == group:
                ranges.append(tuple(file_range(name) for name in group))
                at += len(group)
            else:
                ranges.append(file_range(read_names[at]))
                at += 1
        read = ReadAhead(ranges)
        self._reads.append(read)
        return read

    def _get_mapped(self, shard: str, name: str):
        from safetensors import safe_open

        handle = self._handles.get(shard)
        if handle is None:
            try:
                handle = safe_open(str(self._checkpoint.path / shard), framework="pt")
            except Exception as err:  # the file changed since its header was checked
                raise CheckpointError(
                    Message("{file} is not a valid safetensors file ({reason}).", file=shard, reason=str(err))
                ) from None
            self._handles[shard] = handle
        return handle.get_tensor(name)

    def shapes(self) -> Iterator[tuple[str, tuple[int, ...], str]]:
        """(name, shape, dtype string) of every tensor, from the checked headers only."""
        for name in self.names():
            info = self._checkpoint.tensors[name]
            yield name, info.shape, info.dtype


def _torch_dtype(name: str, info: TensorInfo):
    import torch

    dtype = getattr(torch, _TORCH_DTYPES.get(info.dtype, ""), None)
    if dtype is None:
        raise CheckpointError(
            Message("Tensor {tensor!r} has an unsupported dtype {dtype!r}.", tensor=name, dtype=info.dtype)
        )
    return dtype


_TORCH_DTYPES = {
    "BF16": "bfloat16",
    "F16": "float16",
    "F32": "float32",
    "F64": "float64",
    "I64": "int64",
    "I32": "int32",
    "I16": "int16",
    "I8": "int8",
    "U8": "uint8",
    "BOOL": "bool",
}
