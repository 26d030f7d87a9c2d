"""Git LFS pointer files: what ``git clone`` of a hub repository leaves in place of every large file (the
weights, a SentencePiece ``tokenizer.model``) when Git LFS is not installed — three short lines naming the real
file's hash and size. Such a folder looks like a model and holds none of it, so it is named as what it is, with
the way to the real files, before anything tries to read weights from it.
"""

from __future__ import annotations

from pathlib import Path

from .errors import CheckpointError
from .messages import Message

POINTER_START = b"version https://git-lfs.github.com/spec/"
MAX_POINTER_BYTES = 1024  # a pointer is about 130 bytes: version, oid and size lines


def lfs_pointers(folder: Path) -> list[str]:
    """The names of the files directly in ``folder`` that are Git LFS pointers, in name order."""
    found: list[str] = []
    for path in sorted(Path(folder).iterdir()):
        try:
            if not path.is_file() or path.stat().st_size > MAX_POINTER_BYTES:
                continue
            with open(path, "rb") as file:
                if file.read(len(POINTER_START)) == POINTER_START:
                    found.append(path.name)
        except OSError:  # unreadable: whoever reads it next says why
            continue
    return found


def refuse_lfs_pointers(folder: Path) -> None:
    """Raise :class:`CheckpointError` when files in ``folder`` are Git LFS pointers instead of the files."""
    pointers = lfs_pointers(folder)
    if pointers:
        shown = ", ".join(pointers[:4]) + (", …" if len(pointers) > 4 else "")
        raise CheckpointError(
            Message(
                "{folder} was cloned without Git LFS: {count} of its files are pointers to the real files "
                "({files}), not the files themselves.",
                folder=folder,
                count=len(pointers),
                files=shown,
            ),
            hint=Message(
                "In that folder run `git lfs install` and then `git lfs pull` to fetch them, or download the model "
                "with the model manager."
            ),
        )
