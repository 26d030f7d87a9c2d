"""Copying a local checkpoint folder into the model store without ever leaving that folder.

A folder someone imports may hold links: ``notes.txt -> /etc/shadow`` must not end up in the store (and in
its manifest), and ``loop -> .`` must not be followed round and round. So only regular files are copied,
and a link only when it leads to a regular file inside the folder.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from ..core.formats import PICKLE_WEIGHT_SUFFIXES, is_code_file
from ..core.hf_cache import blobs_of
from .errors import HubError

# what a checkpoint needs from its folder: a link to one of these that is not copied makes the copy unusable
_NEEDED_SUFFIXES = (".safetensors", ".json", ".model")
# `huggingface-cli download --local-dir` keeps its bookkeeping (metadata, locks, partial files) here: not the model's
DOWNLOAD_BOOKKEEPING = ".cache"


def copy_model_files(
    source: Path, dest: Path, check_space: Callable[[int], None], on_note: Callable[[str], None]
) -> None:
    """Copy the regular files under ``source`` into ``dest``, never leaving ``source``.

    A link is followed only to a regular file inside ``source`` (copied as a file), or, for a Hugging Face
    cache snapshot, inside its repository's ``blobs/``; links that lead out of it, links to folders
    (``loop -> .``) and other special files (FIFOs, sockets) are skipped with a note, and the import is refused
    when one of them is a file the model needs. Python files, pickle weights and a download tool's
    bookkeeping (``.cache/``) are never copied (``conversation.py`` is, as it is read as text only). Errors are
    HubErrors naming the file, never ``shutil.Error``.
    """
    plan: list[tuple[Path, str]] = []  # (file to read, path inside the model folder)
    refused = []
    blobs = blobs_of(source)  # a Hugging Face cache snapshot's files are links into its repository's blobs/
    for root, dirs, names in os.walk(source):  # os.walk never descends into a linked folder
        if Path(root) == source and DOWNLOAD_BOOKKEEPING in dirs:
            dirs.remove(DOWNLOAD_BOOKKEEPING)
        for name in sorted(dirs + names):
            path = Path(root) / name
            rel = path.relative_to(source).as_posix()
            target = path.resolve() if path.is_symlink() else path
            inside = target == path or target.is_relative_to(source)
            if blobs is not None and target.is_relative_to(blobs) and target.is_file():
                inside = True
            if inside and stat.S_ISDIR(os.lstat(path).st_mode):
                continue  # a real folder: os.walk goes into it
            if not inside or not target.is_file():
                on_note(f"{rel} is {_not_copied_because(inside, target)}; not copied.")
                if name.endswith(_NEEDED_SUFFIXES):
                    refused.append(rel)
                continue
            if not is_code_file(name) and not name.endswith(PICKLE_WEIGHT_SUFFIXES):
                plan.append((target, rel))
    if refused:
        raise HubError(
            f"{', '.join(refused)} in {source} cannot be copied safely (a link out of the folder, or not a "
            "regular file).",
            hint="Import it to be used where it is instead ('Use it where it is', or --reference on the command line).",
        )
    check_space(sum(path.stat().st_size for path, _ in plan))
    for path, rel in plan:
        try:
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest / rel, follow_symlinks=False)
        except OSError as err:
            raise HubError(f"Could not copy {rel} from {source}: {err.strerror or err}.") from None


def _not_copied_because(inside: bool, target: Path) -> str:
    if not inside:
        return "a link out of the folder"
    return "a link to a folder" if target.is_dir() else "not a regular file"
