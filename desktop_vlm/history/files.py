"""Attachment files on disk: content-addressed as ``<sha[:2]>/<sha><ext>``, written atomically.

Nothing here reaches outside the attachments folder: a row's ``file`` is a relative path written by
:func:`store`, but the database can be edited, so paths are checked before a file is read or deleted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import time
from pathlib import Path

from ..media.kind_registry import kinds
from .database import is_disk_full, storage_full

log = logging.getLogger(__name__)

TEMPORARY_PATTERN = ".*.tmp"  # what write_atomically leaves behind when the process is killed mid-write
STALE_TEMPORARY_S = 3600.0  # older than this, no running write can still own one

_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/bmp": ".bmp",
    "image/tiff": ".tiff",
    "application/pdf": ".pdf",
    "video/mp4": ".mp4",
    "video/webm": ".webm",
    "video/quicktime": ".mov",
    "video/x-matroska": ".mkv",
}


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _extension_of(mime: str) -> str | None:
    """The usual extension of a MIME type: the table's, else that of the attachment kind stored with it."""
    found = _EXTENSIONS.get(mime)
    return found or next((k.extensions[0] for k in kinds() if k.mime == mime), None)


def relative_path(sha: str, mime: str, name: str) -> str:
    """Where an attachment lives under the attachments folder; the extension helps people opening the folder."""
    suffix = Path(name).suffix.lower()
    ext = _extension_of(mime) or (suffix if suffix.isascii() and 1 < len(suffix) <= 8 else ".bin")
    return f"{sha[:2]}/{sha}{ext}"


def write_atomically(target: Path, data: bytes, name: str) -> None:
    """Write ``data`` to ``target`` so that a crash leaves either no file or the whole file.

    The data is flushed to disk before the rename, so a committed database row never points at a file that a
    power cut left empty.

    Raises
    ------
    StorageFullError
        The disk is full; nothing is left behind.
    """
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        if is_disk_full(err):
            raise storage_full(name) from err
        raise


def intact(path: Path, sha: str) -> bool:
    """Whether ``path`` exists and still holds the content named by ``sha``."""
    try:
        return path.is_file() and sha256_of(path.read_bytes()) == sha
    except OSError:
        return False


def store(
    db: sqlite3.Connection, folder: Path, data: bytes, *, name: str, kind: str, mime: str, meta: dict
) -> sqlite3.Row:
    """Inside the caller's transaction: write ``data`` under ``folder`` unless an intact copy is there, and
    return its ``attachments`` row (an existing one for bytes stored before: content decides identity)."""
    sha = sha256_of(data)
    row = db.execute("SELECT * FROM attachments WHERE sha256 = ?", (sha,)).fetchone()
    relative = row["file"] if row is not None else relative_path(sha, mime, name)
    if row is not None and contained(folder, relative) is None:  # a tampered row: never write where it points
        relative = relative_path(sha, mime, name)
        db.execute("UPDATE attachments SET file = ? WHERE id = ?", (relative, row["id"]))
    if not intact(folder / relative, sha):  # new, or the file was deleted or damaged by hand: (re)write
        write_atomically(folder / relative, data, name)
    if row is None:
        db.execute(
            "INSERT INTO attachments(sha256, kind, mime, file, name, meta, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (sha, kind, mime, relative, name, json.dumps(meta), time.time()),
        )
    else:  # stored again: restart the grace period before an unused attachment may be swept
        db.execute("UPDATE attachments SET stored_at = ? WHERE id = ?", (time.time(), row["id"]))
    return db.execute("SELECT * FROM attachments WHERE sha256 = ?", (sha,)).fetchone()


def contained(folder: Path, relative: str) -> Path | None:
    """``folder / relative`` when that stays inside ``folder`` (no absolute path, no ``..`` climbing out, no
    symlinked folder leading elsewhere); None otherwise."""
    if not isinstance(relative, str) or not relative or "\0" in relative:
        return None
    path = Path(relative)
    if path.is_absolute() or path.drive or ".." in path.parts:
        return None
    target = folder / path
    try:
        # the folder part may be a symlink; the file itself may be one too (unlink removes the link only)
        if not target.parent.resolve().is_relative_to(folder.resolve()):
            return None
    except (OSError, RuntimeError):
        return None
    return target


def attachment_path(folder: Path, relative: str) -> Path:
    """Where a row's file is, for reading. A row pointing outside ``folder`` (a tampered database) gets a path
    that does not exist, so the app reports a missing file instead of reading someone else's."""
    target = contained(folder, relative)
    if target is None:
        log.warning("history: an attachment row points outside the attachments folder (%r); ignored", relative)
        return folder / ".outside" / "missing"
    return target


def remove(folder: Path, rows) -> None:
    """Delete the files of ``attachments`` rows (after their rows are gone and committed). A row whose path
    leads outside ``folder`` deletes nothing."""
    for row in rows:
        target = contained(folder, row["file"])
        if target is None:
            log.warning("history: not deleting %r: it is outside the attachments folder", row["file"])
            continue
        try:
            target.unlink(missing_ok=True)
        except OSError:
            pass  # a file that cannot be removed now only costs space


def sweep_temporaries(folder: Path, older_than_s: float = STALE_TEMPORARY_S) -> int:
    """Delete the temporary files of writes that a kill interrupted, once they are older than ``older_than_s``
    (a younger one may belong to a write still running in another window). Returns how many went."""
    cutoff = time.time() - older_than_s
    removed = 0
    for path in [*folder.glob(TEMPORARY_PATTERN), *folder.glob(f"*/{TEMPORARY_PATTERN}")]:
        try:
            if path.is_file() and not path.is_symlink() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            pass  # gone meanwhile, or not ours to remove: it only costs space
    return removed
