"""Opening the history database safely, and the one transaction helper every write goes through.

Three failure kinds are told apart at open, because they need opposite handling:

* damage (``quick_check`` fails, SQLITE_CORRUPT, SQLITE_NOTADB): the file is moved aside with a timestamp
  and a fresh database started — the person's data is kept on disk, never emptied in place;
* a full disk (SQLITE_FULL / ENOSPC): :class:`StorageFullError`, the file is left alone;
* anything else (locked by another program, no permission...): :class:`HistoryOpenError`, file left alone.
  Treating "locked" as "damaged" would throw away a healthy history, so only real damage moves files.
"""

from __future__ import annotations

import errno
import sqlite3
import threading
import time
from pathlib import Path

from ..core.messages import Message
from .errors import HistoryOpenError, StorageFullError

_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_NOTADB = 11, 13, 26
_FULL_HINT = Message("Free some disk space and try again.")


class DamagedDatabase(Exception):
    """Internal: the file is not a healthy SQLite database."""


def _primary_code(err: BaseException) -> int | None:
    code = getattr(err, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF  # extended codes keep the primary code in the low byte


def is_disk_full(err: BaseException) -> bool:
    """Whether ``err`` means there is no space left (SQLite's SQLITE_FULL or the OS's ENOSPC)."""
    if isinstance(err, OSError) and err.errno == errno.ENOSPC:
        return True
    return _primary_code(err) == _SQLITE_FULL or "disk is full" in str(err).lower()


def is_damage(err: BaseException) -> bool:
    """Whether ``err`` says the database file itself is damaged or is not a database."""
    return isinstance(err, sqlite3.DatabaseError) and _primary_code(err) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def storage_full(what: Message | str = Message("the latest change")) -> StorageFullError:
    """``what``: a phrase naming what was lost, or a file's name."""
    return StorageFullError(
        Message("The disk is full, so {what} could not be saved. Everything saved before is intact.", what=what),
        hint=_FULL_HINT,
    )


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (we issue BEGIN/COMMIT ourselves), WAL journal, foreign keys on."""
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA journal_mode=WAL")
    # WAL + NORMAL: a killed process never corrupts the file or loses a committed transaction; only a power
    # cut can lose the last few commits, which is the right trade for a save every half second
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    return db


def open_checked(path: Path, prepare) -> tuple[sqlite3.Connection, Path | None]:
    """Open ``path``, check it, run ``prepare(db)`` (migrations); move a damaged file aside.

    Returns
    -------
    (connection, recovered_from)
        ``recovered_from`` is where a damaged database was moved, or None.
    """
    try:
        return _open_once(path, prepare), None
    except DamagedDatabase:
        aside = move_aside(path)
    return _open_once(path, prepare), aside


def _open_once(path: Path, prepare) -> sqlite3.Connection:
    db = None
    try:
        db = connect(path)
        rows = db.execute("PRAGMA quick_check").fetchall()
        if [tuple(r) for r in rows] != [("ok",)]:
            raise DamagedDatabase(rows[0][0] if rows else "quick_check returned nothing")
        prepare(db)
        return db
    except BaseException as err:
        if db is not None:
            db.close()
        if isinstance(err, DamagedDatabase) or is_damage(err):
            raise DamagedDatabase(str(err)) from err
        if is_disk_full(err):
            raise storage_full(Message("the conversation history")) from err
        if isinstance(err, (sqlite3.Error, OSError)):
            raise HistoryOpenError(
                Message(
                    "The conversation history at {path} could not be opened ({reason}).", path=path, reason=str(err)
                ),
                hint=Message("Close other copies of Desktop VLM and try again."),
            ) from err
        raise


def move_aside(path: Path) -> Path:
    """Rename the database (and its -wal/-shm companions) to ``<stem>.corrupt-<time><suffix>``."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    n = 1
    while aside.exists():  # two recoveries within a second must not overwrite the first one
        aside = path.with_name(f"{path.stem}.corrupt-{stamp}-{n}{path.suffix}")
        n += 1
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(aside.with_name(aside.name + suffix))
    return aside


class Transactions:
    """``with tx():`` runs its body as one IMMEDIATE transaction; nested uses join the outer one.

    One lock serialises all use of the connection, so the store may be called from the GUI thread and the
    model thread alike. A failed COMMIT (for instance a full disk) rolls back and leaves the file as it was
    before the transaction; a full disk is raised as :class:`StorageFullError`.
    """

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.lock = threading.RLock()
        self._depth = 0

    def __call__(self):
        return _Tx(self)


class _Tx:
    def __init__(self, owner: Transactions):
        self.owner = owner

    def __enter__(self) -> sqlite3.Connection:
        owner = self.owner
        owner.lock.acquire()
        try:
            if owner._depth == 0:
                owner.db.execute("BEGIN IMMEDIATE")
        except BaseException as err:
            owner.lock.release()
            if is_disk_full(err):
                raise storage_full() from err
            raise
        owner._depth += 1
        return owner.db

    def __exit__(self, kind, err, tb):
        owner = self.owner
        owner._depth -= 1
        try:
            if owner._depth > 0:
                return False  # the outermost transaction decides
            if kind is None:
                try:
                    owner.db.execute("COMMIT")
                    return False
                except sqlite3.Error as commit_err:
                    err = commit_err
            if owner.db.in_transaction:
                owner.db.execute("ROLLBACK")
            if is_disk_full(err) and not isinstance(err, StorageFullError):
                raise storage_full() from err
            if kind is None:  # the body succeeded but COMMIT failed for another reason
                raise err
            return False
        finally:
            owner.lock.release()
