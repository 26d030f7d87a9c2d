"""Schema and migrations. ``PRAGMA user_version`` is the schema version; each migration moves it up by one.

The full-text index is not a numbered migration: whether it can exist depends on the SQLite build the app
runs on (FTS5 is optional), not on the file. :func:`sync_fts` runs at every open and creates it (and fills
it from the existing rows) where FTS5 is available, or removes its triggers where it is not, so that writes
keep working and search falls back to LIKE.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..core.messages import Message
from .errors import HistoryOpenError

MIGRATIONS: list[str | Callable[[sqlite3.Connection], str]] = [
    # 1: conversations, messages, attachments
    """
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY, title TEXT NOT NULL, pinned INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL, updated_at REAL NOT NULL, model_id TEXT, system_prompt TEXT,
        settings TEXT NOT NULL DEFAULT '{}');
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        role TEXT NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL, created_at REAL NOT NULL, stats TEXT);
    CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, mime TEXT NOT NULL,
        file TEXT NOT NULL, name TEXT NOT NULL, meta TEXT NOT NULL DEFAULT '{}');
    CREATE TABLE message_attachments (
        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        attachment_id INTEGER NOT NULL REFERENCES attachments(id), position INTEGER NOT NULL,
        PRIMARY KEY (message_id, position));
    """,
    # 2: the full-text index; since it depends on the SQLite build it is now made by sync_fts at every open.
    # Files already at version 2 have it; files coming from version 1 get it from sync_fts right after.
    "",
    # 3: when an attachment was stored, so that the open-time sweep only removes attachments that have been
    # unreferenced for a while (one being attached in another window is not swept from under it).
    # Existing rows get 0, i.e. "long ago".
    """
    ALTER TABLE attachments ADD COLUMN stored_at REAL NOT NULL DEFAULT 0;
    CREATE INDEX message_attachments_by_attachment ON message_attachments(attachment_id);
    """,
    # 4: versions. Messages form a tree: each one's parent is the message it follows (NULL for a first
    # question), so a regenerated answer is a sibling of the old one and an edited question a sibling of the
    # question it rewrites. Among siblings the one chosen last (highest chosen_seq; ties: the newest) is on
    # the visible branch. Existing conversations become one straight branch, each message under the one
    # before it.
    """
    ALTER TABLE messages ADD COLUMN parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE;
    ALTER TABLE messages ADD COLUMN chosen_seq INTEGER NOT NULL DEFAULT 0;
    UPDATE messages SET parent_id = (SELECT max(p.id) FROM messages p
                                     WHERE p.conversation_id = messages.conversation_id AND p.id < messages.id);
    CREATE INDEX messages_by_parent ON messages(parent_id);
    """,
    # 5: what a message sent of a file. One stored file serves every message that attaches the same bytes, but
    # each may send a different part of it: other pages of a PDF, other frames of a video, another cut of a long
    # text. NULL: the file's own details, as every message had before.
    "ALTER TABLE message_attachments ADD COLUMN meta TEXT;",
]

_FTS_TABLES = """
    CREATE VIRTUAL TABLE IF NOT EXISTS message_fts USING fts5(text, content='messages', content_rowid='id');
    CREATE VIRTUAL TABLE IF NOT EXISTS title_fts USING fts5(title, content='conversations', content_rowid='id');
    INSERT INTO message_fts(message_fts) VALUES ('rebuild');
    INSERT INTO title_fts(title_fts) VALUES ('rebuild');
"""
# external-content FTS5 tables kept in step with their tables by triggers
_FTS_TRIGGERS = {
    "messages_ai": "AFTER INSERT ON messages BEGIN INSERT INTO message_fts(rowid, text) VALUES (new.id, new.text); END",
    "messages_ad": "AFTER DELETE ON messages BEGIN "
    "INSERT INTO message_fts(message_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "messages_au": "AFTER UPDATE OF text ON messages BEGIN "
    "INSERT INTO message_fts(message_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO message_fts(rowid, text) VALUES (new.id, new.text); END",
    "conversations_ai": "AFTER INSERT ON conversations BEGIN "
    "INSERT INTO title_fts(rowid, title) VALUES (new.id, new.title); END",
    "conversations_ad": "AFTER DELETE ON conversations BEGIN "
    "INSERT INTO title_fts(title_fts, rowid, title) VALUES ('delete', old.id, old.title); END",
    "conversations_au": "AFTER UPDATE OF title ON conversations BEGIN "
    "INSERT INTO title_fts(title_fts, rowid, title) VALUES ('delete', old.id, old.title); "
    "INSERT INTO title_fts(rowid, title) VALUES (new.id, new.title); END",
}


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """One script as one transaction: a crash or error part-way leaves the database as it was."""
    try:
        db.executescript(f"BEGIN IMMEDIATE; {script} COMMIT;")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def migrate(db: sqlite3.Connection) -> None:
    """Bring the database up to the newest schema, one transaction per step.

    Raises
    ------
    HistoryOpenError
        When the file was written by a newer version of the app (we do not guess at its schema, and we
        leave the file alone).
    """
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise HistoryOpenError(
            Message(
                "The conversation history was written by a newer version of Desktop VLM "
                "(schema {version}; this version knows {known_version}).",
                version=version,
                known_version=len(MIGRATIONS),
            ),
            hint=Message("Update Desktop VLM to open it."),
        )
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        script = step(db) if callable(step) else step
        _run_script(db, f"{script}\nPRAGMA user_version = {number};")


def fts5_available() -> bool:
    """Whether the SQLite library Python uses was built with FTS5."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        probe.close()


def sync_fts(db: sqlite3.Connection) -> bool:
    """Create (and fill) the full-text index where FTS5 exists, or drop its triggers where it does not.

    Returns
    -------
    bool
        True when full-text search can be used.
    """
    present = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    if fts5_available():
        if not set(_FTS_TRIGGERS) <= present:  # new file, or the index went stale while FTS5 was missing
            triggers = "".join(f"CREATE TRIGGER IF NOT EXISTS {n} {body};\n" for n, body in _FTS_TRIGGERS.items())
            _run_script(db, _FTS_TABLES + triggers)
        return True
    if present & set(_FTS_TRIGGERS):
        # without FTS5 these triggers would make every insert fail with "no such module: fts5"
        _run_script(db, "".join(f"DROP TRIGGER IF EXISTS {n};\n" for n in _FTS_TRIGGERS))
    return False
