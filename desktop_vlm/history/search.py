"""Finding conversations by words in their titles, their messages and the names of the files attached to them,
with a snippet of the matching message (or the file's name).

FTS5 is used where the SQLite build has it; otherwise (and for input FTS5 cannot parse) a LIKE scan does
the same job more slowly: every word must appear, as a substring, in the title or in one message. LIKE
folds case for ASCII letters only, so without FTS5 "Été" does not find "été".
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

_ORDER = "ORDER BY c.pinned DESC, c.updated_at DESC, c.id DESC"
MARK_OPEN, MARK_CLOSE, ELLIPSIS = "[", "]", "…"


# A conversation row with its ``snippet`` column: an sqlite3.Row, or a dict made like one
ConversationRow = sqlite3.Row | Mapping[str, Any]


def list_all(db: sqlite3.Connection) -> Sequence[ConversationRow]:
    """Every conversation, pinned first, then the most recently updated."""
    return db.execute(f"SELECT c.*, NULL AS snippet FROM conversations c {_ORDER}").fetchall()


def search(db: sqlite3.Connection, query: str, use_fts: bool) -> Sequence[ConversationRow]:
    """Conversations matching every word of ``query``; rows carry a ``snippet`` column (None when only the
    title matched). The query is taken literally: quotes and operators are not FTS syntax."""
    words = query.split()
    if not words:
        return list_all(db)
    if use_fts:
        try:
            return _fts(db, words)
        except sqlite3.OperationalError:  # e.g. a word made only of punctuation: no tokens to look for
            pass
    return _like(db, words)


def _fts(db: sqlite3.Connection, words: list[str]) -> Sequence[ConversationRow]:
    # every word quoted (so user text is never FTS syntax) and a prefix match, so typing "bak" finds "bakery"
    match = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
    patterns = _like_patterns(words)
    rows = db.execute(
        f"""WITH hits AS (
                SELECT m.conversation_id AS cid, m.id AS mid,
                       snippet(message_fts, 0, '{MARK_OPEN}', '{MARK_CLOSE}', '{ELLIPSIS}', 8) AS snip
                FROM message_fts JOIN messages m ON m.id = message_fts.rowid WHERE message_fts MATCH :q),
            first_hit AS (SELECT cid, snip, min(mid) FROM hits GROUP BY cid),
            files AS ({_named_files(patterns)})
            SELECT c.*, first_hit.snip AS snippet, files.name AS file_hit FROM conversations c
            LEFT JOIN first_hit ON first_hit.cid = c.id LEFT JOIN files ON files.cid = c.id
            WHERE first_hit.cid IS NOT NULL OR files.cid IS NOT NULL
               OR c.id IN (SELECT rowid FROM title_fts WHERE title_fts MATCH :q)
            {_ORDER}""",
        {"q": match, **patterns},
    ).fetchall()
    # (SQLite returns the bare column ``snip`` from the row holding min(mid): the first matching message)
    return [_with_snippet(r, r["snippet"] or _file_snippet(r, words)) for r in rows]


def _like(db: sqlite3.Connection, words: list[str]) -> Sequence[ConversationRow]:
    patterns = _like_patterns(words)
    text_match = " AND ".join(f"m.text LIKE :{k} ESCAPE '\\'" for k in patterns)
    title_match = " AND ".join(f"c.title LIKE :{k} ESCAPE '\\'" for k in patterns)
    rows = db.execute(
        f"""WITH files AS ({_named_files(patterns)})
            SELECT * FROM (
                SELECT c.*, ({title_match}) AS title_hit, files.name AS file_hit,
                       (SELECT m.text FROM messages m WHERE m.conversation_id = c.id AND {text_match}
                        ORDER BY m.id LIMIT 1) AS hit_text
                FROM conversations c LEFT JOIN files ON files.cid = c.id) c
            WHERE c.title_hit OR c.hit_text IS NOT NULL OR c.file_hit IS NOT NULL {_ORDER}""",
        patterns,
    ).fetchall()
    return [
        _with_snippet(r, make_snippet(r["hit_text"], words) if r["hit_text"] is not None else _file_snippet(r, words))
        for r in rows
    ]


def _like_patterns(words: list[str]) -> dict[str, str]:
    """LIKE patterns holding each word, its wildcards taken literally."""
    return {f"w{i}": "%" + re.sub(r"([\\%_])", r"\\\1", w) + "%" for i, w in enumerate(words)}


def _named_files(patterns: Mapping[str, str]) -> str:
    """SQL: each conversation with a file attached whose name holds every word, and that name. Names are few and
    short, so LIKE does without an index."""
    name_match = " AND ".join(f"a.name LIKE :{k} ESCAPE '\\'" for k in patterns)
    return f"""SELECT m.conversation_id AS cid, min(a.name) AS name FROM message_attachments ma
               JOIN messages m ON m.id = ma.message_id JOIN attachments a ON a.id = ma.attachment_id
               WHERE {name_match} GROUP BY m.conversation_id"""


def _file_snippet(row: sqlite3.Row, words: list[str]) -> str | None:
    """The snippet of a conversation found by the name of a file attached to it: the name, its matches marked
    (None when it was found by something else)."""
    return None if row["file_hit"] is None else make_snippet(row["file_hit"], words)


class _Row(dict):
    """A dict that reads like sqlite3.Row (``row["title"]``), so both search paths return the same shape."""


def _with_snippet(row: sqlite3.Row, snippet: str | None) -> _Row:
    out = _Row({k: row[k] for k in row.keys()})
    out["snippet"] = snippet
    return out


def make_snippet(text: str, words: list[str], width: int = 8) -> str:
    """About ``width`` words of ``text`` around the first match, matches marked like FTS5's snippet()."""
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    tokens = text.split()
    first = next((i for i, t in enumerate(tokens) if pattern.search(t)), 0)
    start = max(0, first - width // 3)
    window = tokens[start : start + width]
    body = pattern.sub(lambda m: MARK_OPEN + m.group(0) + MARK_CLOSE, " ".join(window))
    return (ELLIPSIS if start > 0 else "") + body + (ELLIPSIS if start + width < len(tokens) else "")
