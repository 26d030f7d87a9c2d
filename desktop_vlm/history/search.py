"""Finding conversations by words in their titles, their messages and the names of the files attached to them,
with a snippet of the matching message (or the file's name).

FTS5 is used where the SQLite build has it; otherwise (and for input FTS5 cannot parse) a LIKE scan does
the same job more slowly: every word must appear, as a substring, somewhere in the conversation. LIKE folds case
for ASCII letters only, so without FTS5 "Été" does not find "été".
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
    """Conversations holding every word of ``query`` somewhere — in the title, a message or the name of a file
    attached, not necessarily in one place ("invoice line items" finds the chat titled "Invoice 117" where the
    line items were asked about); rows carry a ``snippet`` column (see :func:`_with_snippets`). The query is
    taken literally: quotes and operators are not FTS syntax."""
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
    quoted = ['"' + w.replace('"', '""') + '"*' for w in words]
    patterns = _like_patterns(words)
    each_word = ", ".join(
        f"""found_{i}(cid) AS (
                SELECT m.conversation_id FROM message_fts JOIN messages m ON m.id = message_fts.rowid
                WHERE message_fts MATCH :q{i}
                UNION SELECT rowid FROM title_fts WHERE title_fts MATCH :q{i}
                UNION SELECT cid FROM ({_named_files({f"w{i}": patterns[f"w{i}"]})}))"""
        for i in range(len(words))
    )
    rows = db.execute(
        f"""WITH {each_word},
            found(cid) AS ({" INTERSECT ".join(f"SELECT cid FROM found_{i}" for i in range(len(words)))}),
            every_first AS ({_first_message(":every")}),
            any_first AS ({_first_message(":any")}),
            files AS ({_named_files(patterns)})
            SELECT c.*, files.name AS file_hit,
                   (SELECT text FROM messages WHERE id = every_first.mid) AS every,
                   (SELECT text FROM messages WHERE id = any_first.mid) AS any
            FROM conversations c JOIN found ON found.cid = c.id LEFT JOIN every_first ON every_first.cid = c.id
            LEFT JOIN any_first ON any_first.cid = c.id LEFT JOIN files ON files.cid = c.id
            {_ORDER}""",
        {
            "every": " ".join(quoted),
            "any": " OR ".join(quoted),
            **{f"q{i}": q for i, q in enumerate(quoted)},
            **patterns,
        },
    ).fetchall()
    return _with_snippets(rows, words)


def _first_message(match: str) -> str:
    """SQL: the id (``mid``) of each conversation's first message matching the FTS query ``match``. Its snippet is
    made from its text afterwards, for that one message: FTS5's snippet() would be made for every message
    matching, and a common word matches most of them."""
    return f"""SELECT m.conversation_id AS cid, min(m.id) AS mid FROM message_fts
               JOIN messages m ON m.id = message_fts.rowid WHERE message_fts MATCH {match}
               GROUP BY m.conversation_id"""


def _like(db: sqlite3.Connection, words: list[str]) -> Sequence[ConversationRow]:
    patterns = _like_patterns(words)
    every_word = " AND ".join(f"m.text LIKE :{k} ESCAPE '\\'" for k in patterns)
    any_word = " OR ".join(f"m.text LIKE :{k} ESCAPE '\\'" for k in patterns)
    somewhere = " AND ".join(
        f"""(c.title LIKE :{k} ESCAPE '\\'
             OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.text LIKE :{k} ESCAPE '\\')
             OR c.id IN (SELECT cid FROM ({_named_files({k: pattern})})))"""
        for k, pattern in patterns.items()
    )
    rows = db.execute(
        f"""WITH files AS ({_named_files(patterns)})
            SELECT c.*, files.name AS file_hit,
                   (SELECT m.text FROM messages m WHERE m.conversation_id = c.id AND {every_word}
                    ORDER BY m.id LIMIT 1) AS every,
                   (SELECT m.text FROM messages m WHERE m.conversation_id = c.id AND ({any_word})
                    ORDER BY m.id LIMIT 1) AS any
            FROM conversations c LEFT JOIN files ON files.cid = c.id
            WHERE {somewhere} {_ORDER}""",
        patterns,
    ).fetchall()
    return _with_snippets(rows, words)


def _with_snippets(rows: Sequence[sqlite3.Row], words: list[str]) -> list[ConversationRow]:
    """The rows, each with its snippet: its first message holding every word (``every``), else the name of a file
    attached that does, else its first message holding any (``any``); None when only the title matched."""
    return [
        _with_snippet(r, _snippet_of(r["every"], words) or _file_snippet(r, words) or _snippet_of(r["any"], words))
        for r in rows
    ]


def _snippet_of(text: str | None, words: list[str]) -> str | None:
    return None if text is None else make_snippet(text, words)


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
