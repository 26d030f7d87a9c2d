"""HistoryStore: conversations in SQLite (WAL, transactional writes), attachments content-addressed.

Crash safety: every write is one transaction; WAL keeps the file valid if the process is killed at any
moment; answers being streamed are saved with status 'streaming' and become 'interrupted' at the next
open, their partial text kept. A database that fails its integrity check is moved aside (never emptied)
and reported through :attr:`HistoryStore.recovered_from`.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

from ..core.messages import Message
from ..media.kind_registry import kind_names
from . import files, search, validation
from .branches import visible_branch
from .database import Transactions, open_checked
from .errors import ConversationNotFoundError, StorageFullError
from .models import (
    ROLES,
    STATUSES,
    Attachment,
    Conversation,
    ConversationSummary,
    check_choice,
    title_from_text,
)
from .models import Message as StoredMessage  # Message names the error templates here
from .schema import migrate, sync_fts

_UNCHANGED = object()
_AFTER_LAST = object()  # add_message's default parent: the newest message of the visible branch
DEFAULT_TITLE = "New chat"

# an attachment stored but not (yet) part of any message is kept this long before the open-time sweep may
# remove it: another window of the app may be about to send it
ORPHAN_GRACE_S = 24 * 3600


def _not_found(conversation_id: int) -> ConversationNotFoundError:
    return ConversationNotFoundError(
        Message(
            "Conversation {conversation_id} does not exist (it may have been deleted).",
            conversation_id=conversation_id,
        )
    )


class HistoryStore:
    """The conversation history: one SQLite file plus a folder of attachment files.

    Parameters
    ----------
    db_path : Path
        The database file (created with its folder when missing).
    attachments_dir : Path
        Where attachment files live, as ``<sha[:2]>/<sha><ext>``.

    Attributes
    ----------
    recovered_from : Path or None
        Where a damaged database was moved at open (a fresh one was started), else None.
    full_text_search : bool
        Whether search uses FTS5 (False: the SQLite build lacks it and search scans with LIKE).

    Raises
    ------
    StorageFullError
        The disk is too full to open the database.
    HistoryOpenError
        The database is locked by another program, unreadable, or from a newer app version.

    Notes
    -----
    Safe to call from several threads: one lock serialises use of the single connection.
    """

    def __init__(self, db_path: Path, attachments_dir: Path):
        self.path = Path(db_path)
        self.attachments_dir = Path(attachments_dir)
        self.attachments_dir.mkdir(parents=True, exist_ok=True)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fts = []
        self._db, self.recovered_from = open_checked(self.path, lambda db: (migrate(db), fts.append(sync_fts(db))))
        self.full_text_search = fts[-1]
        self._tx = Transactions(self._db)
        try:
            self._housekeeping()
        except StorageFullError:
            pass  # a full disk must not stop the history from opening; this is retried at the next open

    def _housekeeping(self) -> None:
        with self._tx() as db:
            # the process died while these answers streamed: keep the text, say what happened
            db.execute("UPDATE messages SET status = 'interrupted' WHERE status = 'streaming'")
            orphans = db.execute(
                "SELECT id, file FROM attachments WHERE stored_at < ? AND id NOT IN "
                "(SELECT attachment_id FROM message_attachments)",
                (time.time() - ORPHAN_GRACE_S,),
            ).fetchall()
            db.executemany("DELETE FROM attachments WHERE id = ?", [(o["id"],) for o in orphans])
        files.remove(self.attachments_dir, orphans)
        files.sweep_temporaries(self.attachments_dir)  # left by writes a kill interrupted

    def close(self) -> None:
        """Close the database (a WAL checkpoint folds the log back into the main file)."""
        with self._tx.lock:
            self._db.close()

    # ------------------------------------------------------------------ conversations
    def create_conversation(
        self,
        title: str = DEFAULT_TITLE,
        model_id: str | None = None,
        system_prompt: str | None = None,
        settings: dict | None = None,
    ) -> Conversation:
        """Start an empty conversation and return it."""
        now = time.time()
        with self._tx() as db:
            cid = db.execute(
                "INSERT INTO conversations(title, created_at, updated_at, model_id, system_prompt, settings) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (title, now, now, model_id, system_prompt, json.dumps(settings or {})),
            ).lastrowid
            assert cid is not None, "an INSERT sets lastrowid"
            return self.get_conversation(cid)

    def list_conversations(self, query: str | None = None) -> list[ConversationSummary]:
        """Conversations for the sidebar: pinned first, then the most recently updated.

        Parameters
        ----------
        query : str, optional
            Words that must all appear (as word prefixes) in the title or in one message. Uses FTS5 when the
            SQLite build has it, and otherwise falls back to a slower LIKE substring scan (ASCII-only case
            folding). Results then carry a ``snippet`` of the first matching message, matches in ``[…]``.
        """
        with self._tx.lock:
            if query and query.strip():
                rows = search.search(self._db, query, self.full_text_search)
            else:
                rows = search.list_all(self._db)
        return [
            ConversationSummary(r["id"], r["title"], bool(r["pinned"]), r["updated_at"], r["model_id"], r["snippet"])
            for r in rows
        ]

    def get_conversation(self, conversation_id: int) -> Conversation:
        """The whole conversation with its messages in order.

        Raises
        ------
        ConversationNotFoundError
            No such conversation (it may have been deleted).
        """
        with self._tx.lock:
            row = self._db.execute("SELECT * FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
            if row is None:
                raise _not_found(conversation_id)
            message_rows = self._db.execute(
                "SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,)
            ).fetchall()
            attached: dict[int, list[Attachment]] = {}
            for a in self._db.execute(  # one query for all attachments, not one per message
                "SELECT ma.message_id, a.id, a.sha256, a.kind, a.mime, a.file, a.name, coalesce(ma.meta, a.meta) AS meta "
                "FROM message_attachments ma JOIN attachments a ON a.id = ma.attachment_id "
                "JOIN messages m ON m.id = ma.message_id WHERE m.conversation_id = ? ORDER BY ma.position",
                (conversation_id,),
            ):
                attached.setdefault(a["message_id"], []).append(self._attachment(a))
        messages = [
            self._message(step.row, attached.get(step.row["id"], []), step.versions)
            for step in visible_branch(message_rows)
        ]
        return Conversation(
            row["id"],
            row["title"],
            bool(row["pinned"]),
            row["created_at"],
            row["updated_at"],
            row["model_id"],
            row["system_prompt"],
            validation.stored_settings(row["settings"], f"conversation {row['id']}"),
            messages,
        )

    def _update_conversation_row(self, conversation_id: int, sets: str, values: dict) -> None:
        with self._tx() as db:
            if (
                db.execute(f"UPDATE conversations SET {sets} WHERE id = :id", values | {"id": conversation_id}).rowcount
                == 0
            ):
                raise _not_found(conversation_id)

    def set_sent_details(self, message_id: int, position: int, meta: dict) -> None:
        """What message ``message_id`` sent of its attachment at ``position`` after all (a text cut again once the
        model counted it), so that reopening the conversation quotes what was sent."""
        with self._tx() as db:
            db.execute(
                "UPDATE message_attachments SET meta = ? WHERE message_id = ? AND position = ?",
                (json.dumps(meta), message_id, position),
            )

    def title_of(self, conversation_id: int) -> str | None:
        """A conversation's title, without reading its messages; None when it was deleted."""
        with self._tx.lock:
            row = self._db.execute("SELECT title FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        return None if row is None else row["title"]

    def rename(self, conversation_id: int, title: str) -> None:
        """Set the title (the list order does not change)."""
        self._update_conversation_row(conversation_id, "title = :title", {"title": title})

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        """Pin (listed first) or unpin a conversation."""
        self._update_conversation_row(conversation_id, "pinned = :pinned", {"pinned": int(pinned)})

    def update_conversation(
        self, conversation_id: int, *, model_id=_UNCHANGED, system_prompt=_UNCHANGED, settings=_UNCHANGED
    ) -> None:
        """Change the model, system prompt or settings; arguments left out stay as they are (None clears)."""
        changes = {
            "model_id": model_id,
            "system_prompt": system_prompt,
            "settings": json.dumps(settings or {}) if settings is not _UNCHANGED else _UNCHANGED,
        }
        changes = {k: v for k, v in changes.items() if v is not _UNCHANGED}
        if changes:
            self._update_conversation_row(conversation_id, ", ".join(f"{k} = :{k}" for k in changes), changes)

    def branch_conversation(self, conversation_id: int, message_id: int, title: str) -> Conversation:
        """A new conversation called ``title`` holding the visible messages of ``conversation_id`` up to and
        including ``message_id`` (not their other versions), with its system prompt and settings: to follow
        another line from there while the original stays as it was. The attachments are shared, not copied (a
        file is stored once; deleting either conversation keeps what the other uses).

        Raises
        ------
        ConversationNotFoundError
            The conversation was deleted, or ``message_id`` is not on its visible branch.
        """
        now = time.time()
        with self._tx() as db:
            source = db.execute("SELECT * FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
            if source is None:
                raise _not_found(conversation_id)
            steps = [step.row for step in visible_branch(self._branch_rows(db, conversation_id))]
            ids = [row["id"] for row in steps]
            if message_id not in ids:
                raise _not_found(conversation_id)
            cid = db.execute(
                "INSERT INTO conversations(title, created_at, updated_at, model_id, system_prompt, settings) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (title, now, now, source["model_id"], source["system_prompt"], source["settings"]),
            ).lastrowid
            assert cid is not None, "an INSERT sets lastrowid"
            parent = None
            for old_id in ids[: ids.index(message_id) + 1]:
                parent = db.execute(
                    "INSERT INTO messages(conversation_id, role, text, status, created_at, stats, parent_id, chosen_seq)"
                    " SELECT ?, role, text, status, created_at, stats, ?, ? FROM messages WHERE id = ?",
                    (cid, parent, self._next_choice(db, cid), old_id),
                ).lastrowid
                db.execute(
                    "INSERT INTO message_attachments(message_id, attachment_id, position, meta) "
                    "SELECT ?, attachment_id, position, meta FROM message_attachments WHERE message_id = ?",
                    (parent, old_id),
                )
        return self.get_conversation(cid)

    def delete_conversation(self, conversation_id: int) -> None:
        """Delete a conversation and the attachment files no other message uses."""
        with self._tx() as db:
            used = [
                r[0]
                for r in db.execute(
                    "SELECT DISTINCT ma.attachment_id FROM message_attachments ma JOIN messages m ON m.id = ma.message_id "
                    "WHERE m.conversation_id = ?",
                    (conversation_id,),
                )
            ]
            db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))  # messages cascade
            # only attachments this conversation used: one just stored for a message being written elsewhere
            # must survive
            orphans = [
                r
                for r in (
                    db.execute(
                        "SELECT id, file FROM attachments WHERE id = ? AND id NOT IN "
                        "(SELECT attachment_id FROM message_attachments)",
                        (a,),
                    ).fetchone()
                    for a in used
                )
                if r is not None
            ]
            db.executemany("DELETE FROM attachments WHERE id = ?", [(o["id"],) for o in orphans])
        files.remove(self.attachments_dir, orphans)  # after the commit: a rolled-back delete must still find its files

    def attachment_present(self, attachment: Attachment) -> bool:
        """Whether ``attachment``'s row and file are still there (cheap: no hashing), so a message may
        refer to it."""
        with self._tx.lock:
            row = self._db.execute(
                "SELECT 1 FROM attachments WHERE id = ? AND sha256 = ?", (attachment.id, attachment.sha256)
            ).fetchone()
        return row is not None and attachment.path.is_file()

    def discard_attachment(self, attachment: Attachment) -> bool:
        """Delete an attachment stored ahead of sending (and its file) when no message uses it: the person
        removed it from the question. Returns whether it went."""
        with self._tx() as db:
            row = db.execute(
                "SELECT id, file FROM attachments WHERE id = ? AND id NOT IN "
                "(SELECT attachment_id FROM message_attachments)",
                (attachment.id,),
            ).fetchone()
            if row is not None:
                db.execute("DELETE FROM attachments WHERE id = ?", (row["id"],))
        if row is not None:
            files.remove(self.attachments_dir, [row])
        return row is not None

    def attachment_hashes(self) -> set[str]:
        """The sha256 of every stored attachment: what caches derived from attachments may keep."""
        with self._tx.lock:
            return {row[0] for row in self._db.execute("SELECT sha256 FROM attachments")}

    # ------------------------------------------------------------------ messages
    def _message(self, row, attachments: list[Attachment], versions: tuple[int, ...] = ()) -> StoredMessage:
        stats = json.loads(row["stats"]) if row["stats"] else None
        return StoredMessage(
            row["id"],
            row["conversation_id"],
            row["role"],
            row["text"],
            row["status"],
            row["created_at"],
            attachments,
            stats,
            row["parent_id"],
            versions or (row["id"],),
        )

    def _attachment(self, row) -> Attachment:
        return Attachment(
            row["id"],
            row["sha256"],
            row["kind"],
            row["mime"],
            files.attachment_path(self.attachments_dir, row["file"]),
            row["name"],
            validation.stored_meta(row["meta"], f"attachment {row['id']}"),
        )

    def add_message(
        self,
        conversation_id: int,
        role: str,
        text: str,
        attachments=(),
        status: str = "complete",
        stats: dict | None = None,
        parent_id: int | None | object = _AFTER_LAST,
    ) -> StoredMessage:
        """Add a message and put it on the visible branch; the first user message names a conversation still
        called "New chat".

        Parameters
        ----------
        parent_id : int or None, optional
            The message it follows. Left out: the newest message of the visible branch (a plain append).
            Another message's parent makes a new version of that message: an edited question is added under
            the parent of the question it rewrites (None for a first question), a regenerated answer under
            its question. Nothing is deleted; the older versions stay reachable through ``versions``.

        Raises
        ------
        ConversationNotFoundError
            The conversation was deleted.
        StorageFullError
            The disk is full; nothing of this message was saved.
        """
        check_choice(role, ROLES, "role")
        check_choice(status, STATUSES, "status")
        attachments = list(attachments)
        now = time.time()
        with self._tx() as db:
            if db.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone() is None:
                raise _not_found(conversation_id)
            if parent_id is _AFTER_LAST:
                branch = visible_branch(self._branch_rows(db, conversation_id))
                parent_id = branch[-1].row["id"] if branch else None
            mid = db.execute(
                "INSERT INTO messages(conversation_id, role, text, status, created_at, stats, parent_id, chosen_seq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    role,
                    text,
                    status,
                    now,
                    json.dumps(stats) if stats else None,
                    parent_id,
                    self._next_choice(db, conversation_id),
                ),
            ).lastrowid
            db.executemany(
                "INSERT INTO message_attachments(message_id, attachment_id, position, meta) VALUES (?, ?, ?, ?)",
                [(mid, a.id, i, json.dumps(a.meta)) for i, a in enumerate(attachments)],
            )
            db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id))
            if role == "user" and text.strip():
                db.execute(
                    "UPDATE conversations SET title = ? WHERE id = ? AND title = ?",
                    (title_from_text(text), conversation_id, DEFAULT_TITLE),
                )
            row = db.execute("SELECT * FROM messages WHERE id = ?", (mid,)).fetchone()
        return self._message(row, attachments)

    def begin_answer(self, conversation_id: int, question_id: int | object = _AFTER_LAST) -> StoredMessage:
        """Create the assistant message an answer streams into (status 'streaming', empty text), after the
        visible branch or, given ``question_id``, as a new version of that question's answer."""
        return self.add_message(conversation_id, "assistant", "", status="streaming", parent_id=question_id)

    def choose_version(self, message_id: int) -> None:
        """Show version ``message_id``: the visible branch now goes through it (and on through the versions
        chosen last below it)."""
        with self._tx() as db:
            row = db.execute("SELECT conversation_id FROM messages WHERE id = ?", (message_id,)).fetchone()
            if row is not None:
                db.execute(
                    "UPDATE messages SET chosen_seq = ? WHERE id = ?",
                    (self._next_choice(db, row["conversation_id"]), message_id),
                )

    @staticmethod
    def _branch_rows(db, conversation_id: int) -> list:
        return db.execute(
            "SELECT id, parent_id, chosen_seq FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,)
        ).fetchall()

    @staticmethod
    def _next_choice(db, conversation_id: int) -> int:
        """A sequence number above every choice made so far in the conversation (a counter, not a clock: two
        choices within one clock tick must still be told apart)."""
        return db.execute(
            "SELECT coalesce(max(chosen_seq), 0) + 1 FROM messages WHERE conversation_id = ?", (conversation_id,)
        ).fetchone()[0]

    def resume_answer(self, message_id: int) -> None:
        """Let a finished answer stream again, to be continued: its text stays, and is saved as it grows."""
        with self._tx() as db:
            db.execute("UPDATE messages SET status = 'streaming' WHERE id = ? AND role = 'assistant'", (message_id,))

    def update_answer(self, message_id: int, text: str) -> None:
        """Save the partial text of a streaming answer (one small transaction; called about twice a second).

        Only an answer still streaming is changed, so a late save cannot overwrite a finished answer.
        """
        with self._tx() as db:
            db.execute("UPDATE messages SET text = ? WHERE id = ? AND status = 'streaming'", (text, message_id))

    def finish_answer(self, message_id: int, text: str, status: str = "complete", stats: dict | None = None) -> None:
        """Save the final text and status ('complete', 'interrupted' or 'error') of an answer."""
        check_choice(status, STATUSES, "status")
        with self._tx() as db:
            db.execute(
                "UPDATE messages SET text = ?, status = ?, stats = ? WHERE id = ?",
                (text, status, json.dumps(stats) if stats else None, message_id),
            )
            db.execute(
                "UPDATE conversations SET updated_at = ? WHERE id = "
                "(SELECT conversation_id FROM messages WHERE id = ?)",
                (time.time(), message_id),
            )

    # ------------------------------------------------------------------ attachments
    def store_attachment(
        self, source: Path | bytes, *, name: str, kind: str, mime: str, meta: dict | None = None
    ) -> Attachment:
        """Store a file by content; the same bytes stored twice give the same attachment (and one file). The
        attachment returned carries ``meta``, the details of this use (the pages, frames or part of a text sent),
        which a message it is added to keeps as its own.

        Raises
        ------
        StorageFullError
            The disk is full; nothing was stored.
        """
        check_choice(kind, kind_names(), "kind")
        data = Path(source).read_bytes() if isinstance(source, (str, Path)) else bytes(source)
        with self._tx() as db:
            row = files.store(db, self.attachments_dir, data, name=name, kind=kind, mime=mime, meta=meta or {})
        return replace(self._attachment(row), meta=validation.clean_attachment_meta(meta or {}))

    # ------------------------------------------------------------------ export / import
    def export_conversation(self, conversation_id: int, fmt: str) -> str:
        """The conversation as 'markdown', 'html' (images embedded, all text escaped) or 'json' (re-importable)."""
        from .export import export

        return export(self.get_conversation(conversation_id), fmt)

    def export_all(self, fmt: str, dest_dir: Path) -> list[Path]:
        """Write every conversation to ``dest_dir``, one file each; returns the files written."""
        from .export import export_all

        return export_all(self, fmt, Path(dest_dir))

    def import_json(self, text: str) -> Conversation:
        """Add a conversation from a JSON export, all or nothing.

        Raises
        ------
        HistoryFormatError
            The text is not a valid conversation export (nothing is added).
        """
        from .export import import_into, parse_json_export

        data = parse_json_export(text)
        with self._tx():  # one transaction: a failure part-way leaves no half-imported conversation
            return self.get_conversation(import_into(self, data))
