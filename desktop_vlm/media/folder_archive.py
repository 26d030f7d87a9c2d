"""A folder dropped or attached as a whole — a month of receipts, a project's notes — packed into a ZIP archive,
which the archive kind then reads (its list of files, the documents' text, the photos) and the conversation keeps,
as a ZIP of the same files would be.

Only the folder's own files go in: links are left out (one could lead anywhere on the disk), as are hidden files
and folders (``.git`` alone holds thousands) and what operating systems leave behind. The walk stops at
``MAX_FOLDER_FILES`` files or ``MAX_FOLDER_BYTES`` bytes, so a home folder dropped by mistake is refused at once
instead of being read for minutes.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from ..core.errors import MediaError
from ..core.messages import Message
from .archive_text import MAX_INFLATED_BYTES

MAX_FOLDER_FILES = 1000
MAX_FOLDER_BYTES = MAX_INFLATED_BYTES  # as much as the archive reader reads of one archive
_LEFT_BEHIND = {"Thumbs.db", "desktop.ini", "__MACOSX"}  # what Windows and macOS add, not the person
_ENOUGH = Message("Attach the files you want to ask about, or a smaller folder.")


def folder_files(folder: Path) -> list[Path]:
    """The files of ``folder`` that are packed, in a stable order (by path).

    Raises
    ------
    MediaError
        More than ``MAX_FOLDER_FILES`` files or ``MAX_FOLDER_BYTES`` bytes, none at all, or the folder cannot be read.
    """
    files: list[Path] = []
    total = 0
    try:
        for root, folders, names in os.walk(folder, onerror=_raise):
            folders[:] = sorted(f for f in folders if _kept(Path(root) / f))  # os.walk goes where this list says
            for name in sorted(names):
                path = Path(root) / name
                if not _kept(path) or not path.is_file():
                    continue
                total += path.stat().st_size
                files.append(path)
                if len(files) > MAX_FOLDER_FILES or total > MAX_FOLDER_BYTES:
                    raise MediaError(
                        Message(
                            "{name} holds more than {files:,} files or {size_mb} MB; Desktop VLM reads a folder up "
                            "to that size.",
                            name=folder.name,
                            files=MAX_FOLDER_FILES,
                            size_mb=MAX_FOLDER_BYTES // 2**20,
                        ),
                        hint=_ENOUGH,
                    )
    except OSError as err:
        raise MediaError(
            Message("Cannot read the folder {name}: {reason}.", name=folder.name, reason=err.strerror or str(err))
        ) from None
    if not files:
        raise MediaError(Message("{name} is an empty folder.", name=folder.name), hint=_ENOUGH)
    return files


def packed_name(folder: Path) -> str:
    """What the archive of ``folder`` is called, in the list of its files and in the conversation."""
    return f"{folder.name or 'folder'}.zip"


def pack_folder(folder: Path, destination: Path) -> None:
    """Write the files of ``folder`` (see :func:`folder_files`) to the ZIP archive ``destination``, each under its
    path inside the folder, stored as it is (photos and PDFs are compressed already, and storing is quick).

    Raises
    ------
    MediaError
        As :func:`folder_files`, or a file or the archive cannot be read or written.
    """
    folder = Path(folder)
    files = folder_files(folder)
    try:
        # a file dated before 1980 (an unpacked archive's, a build's) gets 1980: ZIP cannot say earlier
        with zipfile.ZipFile(destination, "w", zipfile.ZIP_STORED, strict_timestamps=False) as archive:
            for path in files:
                archive.write(path, path.relative_to(folder).as_posix())
    except OSError as err:
        raise MediaError(
            Message("Cannot pack the folder {name}: {reason}.", name=folder.name, reason=err.strerror or str(err))
        ) from None


def _kept(path: Path) -> bool:
    return not path.name.startswith(".") and path.name not in _LEFT_BEHIND and not path.is_symlink()


def _raise(err: OSError) -> None:
    raise err
