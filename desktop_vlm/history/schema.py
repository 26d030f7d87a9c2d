"""Schema and migrations. ``PRAGMA user_version`` is the schema version; each migration moves it up by one."""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
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
    # 2: full-text search over titles and messages (external-content FTS5 kept in step by triggers)
    """
    CREATE VIRTUAL TABLE message_fts USING fts5(text, content='messages', content_rowid='id');
    CREATE VIRTUAL TABLE title_fts USING fts5(title, content='conversations', content_rowid='id');
    INSERT INTO message_fts(rowid, text) SELECT id, text FROM messages;
    INSERT INTO title_fts(rowid, title) SELECT id, title FROM conversations;
    CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN
        INSERT INTO message_fts(rowid, text) VALUES (new.id, new.text); END;
    CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN
        INSERT INTO message_fts(message_fts, rowid, text) VALUES ('delete', old.id, old.text); END;
    CREATE TRIGGER messages_au AFTER UPDATE OF text ON messages BEGIN
        INSERT INTO message_fts(message_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO message_fts(rowid, text) VALUES (new.id, new.text); END;
    CREATE TRIGGER conversations_ai AFTER INSERT ON conversations BEGIN
        INSERT INTO title_fts(rowid, title) VALUES (new.id, new.title); END;
    CREATE TRIGGER conversations_ad AFTER DELETE ON conversations BEGIN
        INSERT INTO title_fts(title_fts, rowid, title) VALUES ('delete', old.id, old.title); END;
    CREATE TRIGGER conversations_au AFTER UPDATE OF title ON conversations BEGIN
        INSERT INTO title_fts(title_fts, rowid, title) VALUES ('delete', old.id, old.title);
        INSERT INTO title_fts(rowid, title) VALUES (new.id, new.title); END;
    """,
]


def migrate(db: sqlite3.Connection) -> None:
    """Bring the database up to the newest schema, one transaction per step."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        # one script = one transaction: a crash mid-migration leaves the previous version intact
        db.executescript(f"BEGIN; {script} PRAGMA user_version = {number}; COMMIT;")
