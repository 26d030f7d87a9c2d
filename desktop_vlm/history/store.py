"""HistoryStore: conversations in SQLite (WAL, transactional writes), attachments content-addressed.

Crash safety: every write is one transaction; WAL keeps the file valid if the process is killed at any
moment; answers being streamed are saved with status 'streaming' and become 'interrupted' at the next
open. A database that fails its integrity check is moved aside (never emptied) and reported.
"""

from __future__ import annotations

import errno
import hashlib
import json
import sqlite3
import time
from pathlib import Path

from ..core.errors import DesktopVlmError
from .errors import StorageFullError
from .models import Attachment, Conversation, ConversationSummary, Message
from .schema import migrate

_UNCHANGED = object()
_EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "application/pdf": ".pdf", "video/mp4": ".mp4"}
DEFAULT_TITLE = "New chat"


def _is_disk_full(err: BaseException) -> bool:
    return (isinstance(err, OSError) and err.errno == errno.ENOSPC) or "disk is full" in str(err).lower()


class HistoryStore:
    def __init__(self, db_path: Path, attachments_dir: Path):
        self.path = Path(db_path)
        self.attachments_dir = Path(attachments_dir)
        self.attachments_dir.mkdir(parents=True, exist_ok=True)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.recovered_from: Path | None = None
        self._db = self._open_checked()
        with self._write():
            self._db.execute("UPDATE messages SET status = 'interrupted' WHERE status = 'streaming'")

    # ------------------------------------------------------------------ opening
    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoints, never corrupt
        db.execute("PRAGMA foreign_keys=ON")
        return db

    def _open_checked(self) -> sqlite3.Connection:
        try:
            db = self._connect()
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("integrity check failed")
            migrate(db)
            return db
        except sqlite3.DatabaseError:
            try:
                db.close()
            except Exception:
                pass
            aside = self.path.with_name(f"{self.path.stem}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}{self.path.suffix}")
            self.path.rename(aside)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    side.rename(aside.with_name(aside.name + suffix))
            self.recovered_from = aside
            db = self._connect()
            migrate(db)
            return db

    def close(self) -> None:
        self._db.close()

    # ------------------------------------------------------------------ writing
    class _Tx:
        def __init__(self, db):
            self.db = db

        def __enter__(self):
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(self, kind, err, tb):
            if kind is None:
                try:
                    self.db.execute("COMMIT")
                    return False
                except sqlite3.OperationalError as commit_err:
                    err = commit_err
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if err is not None and _is_disk_full(err):
                raise StorageFullError(
                    "The disk is full, so the latest change could not be saved. Everything saved before is intact.",
                    hint="Free some disk space and try again.",
                ) from None
            if kind is None:  # the body succeeded but COMMIT failed
                raise err
            return False

    def _write(self) -> "_Tx":
        return HistoryStore._Tx(self._db)

    # ------------------------------------------------------------------ conversations
    def create_conversation(self, title: str = DEFAULT_TITLE, model_id=None, system_prompt=None, settings=None):
        now = time.time()
        with self._write() as db:
            cid = db.execute(
                "INSERT INTO conversations(title, created_at, updated_at, model_id, system_prompt, settings) "
                "VALUES (?, ?, ?, ?, ?, ?)", (title, now, now, model_id, system_prompt, json.dumps(settings or {})),
            ).lastrowid  # fmt: skip
        return self.get_conversation(cid)

    def list_conversations(self, query: str | None = None) -> list[ConversationSummary]:
        order = "ORDER BY c.pinned DESC, c.updated_at DESC"
        if not query:
            rows = self._db.execute(f"SELECT c.*, NULL AS snippet FROM conversations c {order}").fetchall()
        else:
            match = " ".join('"' + word.replace('"', '""') + '"' for word in query.split())
            rows = self._db.execute(
                f"""SELECT c.*, (SELECT snippet(message_fts, 0, '[', ']', '…', 8) FROM message_fts
                                 JOIN messages m ON m.id = message_fts.rowid
                                 WHERE message_fts MATCH :q AND m.conversation_id = c.id LIMIT 1) AS snippet
                    FROM conversations c
                    WHERE c.id IN (SELECT rowid FROM title_fts WHERE title_fts MATCH :q)
                       OR c.id IN (SELECT m.conversation_id FROM message_fts JOIN messages m
                                   ON m.id = message_fts.rowid WHERE message_fts MATCH :q) {order}""",
                {"q": match},
            ).fetchall()  # fmt: skip
        return [ConversationSummary(r["id"], r["title"], bool(r["pinned"]), r["updated_at"], r["model_id"],
                                    r["snippet"]) for r in rows]  # fmt: skip

    def get_conversation(self, conversation_id: int) -> Conversation:
        row = self._db.execute("SELECT * FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        if row is None:
            raise DesktopVlmError(f"Conversation {conversation_id} does not exist (it may have been deleted).")
        messages = [self._message(m) for m in self._db.execute(
            "SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,))]  # fmt: skip
        return Conversation(row["id"], row["title"], bool(row["pinned"]), row["created_at"], row["updated_at"],
                            row["model_id"], row["system_prompt"], json.loads(row["settings"] or "{}"), messages)  # fmt: skip

    def rename(self, conversation_id: int, title: str) -> None:
        with self._write() as db:
            db.execute("UPDATE conversations SET title = ? WHERE id = ?", (title, conversation_id))

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        with self._write() as db:
            db.execute("UPDATE conversations SET pinned = ? WHERE id = ?", (int(pinned), conversation_id))

    def update_conversation(self, conversation_id: int, *, model_id=_UNCHANGED, system_prompt=_UNCHANGED,
                            settings=_UNCHANGED) -> None:  # fmt: skip
        changes = {"model_id": model_id, "system_prompt": system_prompt,
                   "settings": json.dumps(settings) if settings is not _UNCHANGED else _UNCHANGED}  # fmt: skip
        changes = {k: v for k, v in changes.items() if v is not _UNCHANGED}
        if changes:
            with self._write() as db:
                sets = ", ".join(f"{k} = :{k}" for k in changes)
                db.execute(f"UPDATE conversations SET {sets} WHERE id = :id", changes | {"id": conversation_id})

    def delete_conversation(self, conversation_id: int) -> None:
        with self._write() as db:
            db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
            orphans = db.execute("SELECT id, file FROM attachments WHERE id NOT IN "
                                 "(SELECT attachment_id FROM message_attachments)").fetchall()  # fmt: skip
            db.executemany("DELETE FROM attachments WHERE id = ?", [(o["id"],) for o in orphans])
        for orphan in orphans:
            (self.attachments_dir / orphan["file"]).unlink(missing_ok=True)

    # ------------------------------------------------------------------ messages
    def _message(self, row) -> Message:
        atts = [self._attachment(a) for a in self._db.execute(
            "SELECT a.* FROM attachments a JOIN message_attachments ma ON ma.attachment_id = a.id "
            "WHERE ma.message_id = ? ORDER BY ma.position", (row["id"],))]  # fmt: skip
        return Message(row["id"], row["conversation_id"], row["role"], row["text"], row["status"], row["created_at"],
                       atts, json.loads(row["stats"]) if row["stats"] else None)  # fmt: skip

    def _attachment(self, row) -> Attachment:
        return Attachment(row["id"], row["sha256"], row["kind"], row["mime"], self.attachments_dir / row["file"],
                          row["name"], json.loads(row["meta"] or "{}"))  # fmt: skip

    def add_message(self, conversation_id: int, role: str, text: str, attachments=(), status="complete",
                    stats=None) -> Message:  # fmt: skip
        now = time.time()
        with self._write() as db:
            mid = db.execute("INSERT INTO messages(conversation_id, role, text, status, created_at, stats) "
                             "VALUES (?, ?, ?, ?, ?, ?)", (conversation_id, role, text, status, now,
                                                          json.dumps(stats) if stats else None)).lastrowid  # fmt: skip
            db.executemany("INSERT INTO message_attachments(message_id, attachment_id, position) VALUES (?, ?, ?)",
                           [(mid, a.id, i) for i, a in enumerate(attachments)])  # fmt: skip
            db.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id))
            if role == "user" and text.strip():
                title = " ".join(text.split())[:60]
                db.execute("UPDATE conversations SET title = ? WHERE id = ? AND title = ?",
                           (title, conversation_id, DEFAULT_TITLE))  # fmt: skip
        return self._message(self._db.execute("SELECT * FROM messages WHERE id = ?", (mid,)).fetchone())

    def begin_answer(self, conversation_id: int) -> Message:
        return self.add_message(conversation_id, "assistant", "", status="streaming")

    def update_answer(self, message_id: int, text: str) -> None:
        with self._write() as db:
            db.execute("UPDATE messages SET text = ? WHERE id = ?", (text, message_id))

    def finish_answer(self, message_id: int, text: str, status: str = "complete", stats=None) -> None:
        with self._write() as db:
            db.execute("UPDATE messages SET text = ?, status = ?, stats = ? WHERE id = ?",
                       (text, status, json.dumps(stats) if stats else None, message_id))  # fmt: skip

    def truncate_after(self, conversation_id: int, message_id: int, inclusive: bool = False) -> None:
        op = ">=" if inclusive else ">"
        with self._write() as db:
            db.execute(f"DELETE FROM messages WHERE conversation_id = ? AND id {op} ?", (conversation_id, message_id))

    # ------------------------------------------------------------------ attachments
    def store_attachment(self, source: Path | bytes, *, name: str, kind: str, mime: str, meta=None) -> Attachment:
        data = Path(source).read_bytes() if isinstance(source, Path) else bytes(source)
        sha = hashlib.sha256(data).hexdigest()
        row = self._db.execute("SELECT * FROM attachments WHERE sha256 = ?", (sha,)).fetchone()
        if row is not None:
            return self._attachment(row)
        ext = _EXTENSIONS.get(mime) or Path(name).suffix.lower() or ".bin"
        relative = f"{sha[:2]}/{sha}{ext}"
        target = self.attachments_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(target.suffix + ".tmp")
        try:
            tmp.write_bytes(data)
            tmp.replace(target)
        except OSError as err:
            tmp.unlink(missing_ok=True)
            if _is_disk_full(err):
                raise StorageFullError(f"The disk is full; {name} could not be saved.",
                                       hint="Free some disk space and try again.") from None  # fmt: skip
            raise
        with self._write() as db:
            aid = db.execute("INSERT INTO attachments(sha256, kind, mime, file, name, meta) VALUES (?, ?, ?, ?, ?, ?)",
                             (sha, kind, mime, relative, name, json.dumps(meta or {}))).lastrowid  # fmt: skip
        return self._attachment(self._db.execute("SELECT * FROM attachments WHERE id = ?", (aid,)).fetchone())

    # ------------------------------------------------------------------ export / import
    def export_conversation(self, conversation_id: int, fmt: str) -> str:
        from .export import export

        return export(self.get_conversation(conversation_id), fmt)

    def export_all(self, fmt: str, dest_dir: Path) -> list[Path]:
        from .export import EXTENSIONS, safe_filename

        dest_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for summary in self.list_conversations():
            path = dest_dir / f"{summary.id:04d}-{safe_filename(summary.title)}{EXTENSIONS[fmt]}"
            path.write_text(self.export_conversation(summary.id, fmt), encoding="utf-8")
            written.append(path)
        return written

    def import_json(self, text: str) -> Conversation:
        from .export import parse_json_export

        data = parse_json_export(text)
        conversation = self.create_conversation(data["title"], data.get("model_id"), data.get("system_prompt"),
                                                data.get("settings"))  # fmt: skip
        for m in data["messages"]:
            atts = [self.store_attachment(a["data"], name=a["name"], kind=a["kind"], mime=a["mime"], meta=a.get("meta"))
                    for a in m.get("attachments", [])]  # fmt: skip
            self.add_message(conversation.id, m["role"], m["text"], atts, m.get("status", "complete"), m.get("stats"))
        self.rename(conversation.id, data["title"])
        return self.get_conversation(conversation.id)
