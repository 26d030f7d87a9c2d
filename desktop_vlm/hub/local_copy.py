"""Copying a local checkpoint folder into the model store: the model's own files, and nothing that leaves the
folder.

People keep models where their downloads land: a folder that also holds other downloads (``~/Downloads``,
where a browser puts the files of a model page), the older shards of another revision, a repository's
``examples/`` pictures and videos. A copy takes what the model is — its configs and tokenizer files (the
top-level JSON, vocabulary and sentencepiece files), the weights its index names (or ``model.safetensors``)
and ``conversation.py`` (read as text only) — and leaves the rest, saying how much.

A folder may also hold links: ``special_tokens_map.json -> /etc/shadow`` must not end up in the store (and
in its manifest). So a file of the model is copied only when it is a regular file inside the folder, or a
link to one there (or, for a Hugging Face cache snapshot, into its repository's ``blobs/``); otherwise the
copy is refused, since the model would not work without it. Nothing else in the folder is opened: a FIFO
left there would block its reader.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from ..core.formats import MAX_CHECKPOINT_JSON_BYTES, TEXT_ONLY_PY_FILES
from ..core.hf_cache import blobs_of
from ..core.messages import Message
from .errors import HubError

INDEX_FILE = "model.safetensors.index.json"
SINGLE_WEIGHTS = "model.safetensors"
# tokenizer data that is not JSON: Qwen2's BPE merges, sentencepiece models, tiktoken vocabularies
_TOKENIZER_DATA = ("merges.txt",)
_TOKENIZER_SUFFIXES = (".model", ".tiktoken")


def model_files(source: Path) -> list[str]:
    """The names of the files directly in ``source`` that the checkpoint is made of, sorted."""
    try:
        names = {entry.name for entry in source.iterdir()}
    except OSError:
        return []
    weights = _weight_files(source)
    return sorted(
        name
        for name in names
        if name in weights
        or name.endswith(".json")
        or name in _TOKENIZER_DATA
        or name.endswith(_TOKENIZER_SUFFIXES)
        or name in TEXT_ONLY_PY_FILES
    )


def _weight_files(source: Path) -> set[str]:
    """The weight files the index names, or the single weights file when there is no index."""
    index = source / INDEX_FILE
    if not index.is_file():
        return {SINGLE_WEIGHTS}
    try:
        if index.stat().st_size > MAX_CHECKPOINT_JSON_BYTES:
            return set()
        weight_map = json.loads(index.read_bytes()).get("weight_map")
    except (OSError, ValueError, AttributeError, RecursionError):
        return set()  # the copy then has no weights, and the check of the copy says the folder is not usable
    if not isinstance(weight_map, dict):
        return set()
    return {
        name
        for name in weight_map.values()
        if isinstance(name, str) and name.endswith(".safetensors") and "/" not in name and "\\" not in name
    }


def copy_model_files(
    source: Path, dest: Path, check_space: Callable[[int], None], on_note: Callable[[str], None]
) -> None:
    """Copy the model's files in ``source`` (:func:`model_files`) into ``dest``, never leaving ``source``.

    Each is copied as a file when it is a regular file inside ``source``, or a link to one there or, for a
    Hugging Face cache snapshot, inside its repository's ``blobs/``; any other (a link out, a link to a folder,
    a FIFO) refuses the copy. What is not the model's is left behind, said in one note through ``on_note``.
    Errors are HubErrors naming the file, never ``shutil.Error``.
    """
    wanted = set(model_files(source))
    blobs = blobs_of(source)  # a Hugging Face cache snapshot's files are links into its repository's blobs/
    plan: list[tuple[Path, str]] = []  # (file to read, its name in the model folder)
    refused = []
    left_behind = 0, 0  # (entries, bytes of the regular files among them)
    for entry in sorted(source.iterdir()):
        if entry.name not in wanted:
            status = os.lstat(entry)  # never opened, nor followed: it may be a FIFO, or a link anywhere
            left_behind = left_behind[0] + 1, left_behind[1] + (status.st_size if stat.S_ISREG(status.st_mode) else 0)
            continue
        target = entry.resolve() if entry.is_symlink() else entry
        inside = (
            target == entry or target.is_relative_to(source) or (blobs is not None and target.is_relative_to(blobs))
        )
        if not inside or not target.is_file():
            on_note(f"{entry.name} is {_not_copied_because(inside, target)}; not copied.")
            refused.append(entry.name)
            continue
        plan.append((target, entry.name))
    if refused:
        raise HubError(
            Message(
                "{names} in {folder} cannot be copied safely (a link out of the folder, or not a regular file).",
                names=", ".join(refused),
                folder=source,
            ),
            hint=Message(
                "Import it to be used where it is instead ('Use it where it is', or --reference on the command line)."
            ),
        )
    if left_behind[0]:
        on_note(
            f"Left behind {left_behind[0]} file(s) or folder(s) beside the model that are not its own "
            f"({_size_text(left_behind[1])})."
        )
    check_space(sum(path.stat().st_size for path, _ in plan))
    dest.mkdir(parents=True, exist_ok=True)
    for path, name in plan:
        try:
            shutil.copyfile(path, dest / name, follow_symlinks=False)
        except OSError as err:
            raise HubError(
                Message(
                    "Could not copy {name} from {folder}: {reason}.",
                    name=name,
                    folder=source,
                    reason=err.strerror or str(err),
                )
            ) from None


def _not_copied_because(inside: bool, target: Path) -> str:
    if not inside:
        return "a link out of the folder"
    return "a link to a folder" if target.is_dir() else "not a regular file"


def _size_text(size: int) -> str:
    return f"{size / 1e9:.1f} GB" if size >= 1e9 else f"{size / 1e6:.1f} MB"
