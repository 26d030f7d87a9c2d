"""The Hugging Face cache's layout, where the model cards' own code (and ``huggingface-cli download``) puts a
model: ``…/models--owner--name/`` holding ``blobs/`` (the files, named by hash), ``snapshots/<commit>/`` (the
repository's file tree, each file a link into ``blobs/``) and ``refs/main`` (the commit of the snapshot the
``main`` branch pointed at). A person who already has a model there can load or import it as it lies: the
repository folder stands for its snapshot, and a snapshot's links into its own ``blobs/`` are its files.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath

from .errors import CheckpointError
from .messages import Message

_REPOSITORY_FOLDER = re.compile(r"^models--([^/\\]+?)--([^/\\]+)$")
_COMMIT = re.compile(r"^[0-9a-f]{40}$")


def repo_id_from_cache_path(path: PurePath) -> str | None:
    """The hub repository a Hugging Face cache folder (``…/models--owner--name/snapshots/<sha>``) holds."""
    for part in reversed(path.parts):
        match = _REPOSITORY_FOLDER.match(part)
        if match:
            return f"{match.group(1)}/{match.group(2)}"
    return None


def is_repository_folder(folder: Path) -> bool:
    return bool(_REPOSITORY_FOLDER.match(folder.name)) and (folder / "snapshots").is_dir()


def snapshot_of(folder: Path) -> Path:
    """``folder``, or for a cache repository folder the snapshot it stands for: the one ``refs/main`` names,
    else its only one. Raises CheckpointError when that cannot be told (no snapshot, or several and no ref)."""
    if not is_repository_folder(folder):
        return folder
    snapshots = folder / "snapshots"
    ref = folder / "refs" / "main"
    commit = ""
    if ref.is_file():
        try:
            with ref.open("rb") as file:
                commit = file.read(64).decode("ascii", errors="replace").strip()  # a commit is 40 characters
        except OSError:
            pass  # unreadable: as if there were no ref
    if _COMMIT.match(commit) and (snapshots / commit).is_dir():
        return snapshots / commit
    found = sorted(p for p in snapshots.iterdir() if p.is_dir())
    if len(found) == 1:
        return found[0]
    if not found:
        raise CheckpointError(
            Message("{name} is a Hugging Face cache folder with no downloaded snapshot in it.", name=folder.name)
        )
    raise CheckpointError(
        Message(
            "{name} is a Hugging Face cache folder with {count} snapshots and no main branch recorded.",
            name=folder.name,
            count=len(found),
        ),
        hint=Message("Choose one of the folders in {folder}.", folder=snapshots),
    )


def blobs_of(snapshot: Path) -> Path | None:
    """The ``blobs/`` folder a cache snapshot's files link into; None for a folder that is not a snapshot."""
    repository = snapshot.parent.parent
    if snapshot.parent.name != "snapshots" or not _REPOSITORY_FOLDER.match(repository.name):
        return None
    return repository / "blobs"


def repositories_in(folder: Path) -> list[str]:
    """The model repository folders directly in ``folder`` when it is a Hugging Face cache itself, by name."""
    try:
        return sorted(p.name for p in folder.iterdir() if is_repository_folder(p))
    except OSError:
        return []
