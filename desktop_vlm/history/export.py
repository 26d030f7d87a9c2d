"""Exporting conversations to Markdown, HTML (images embedded) and JSON, and reading JSON back.

The JSON form is complete (attachments included as base64) so that :func:`parse_json_export` can rebuild the
conversation on another machine; everything read back is validated before anything is stored.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import replace
from pathlib import Path

from ..config.settings import atomic_write_text
from ..core.messages import Message
from ..core.types import REWRITTEN
from ..media.kind_registry import is_picture_file, kind_names
from .errors import HistoryFormatError
from .models import Attachment, Conversation
from .validation import clean_attachment_meta, clean_settings

EXTENSIONS = {"markdown": ".md", "html": ".html", "json": ".json"}
FORMAT_TAG = "desktop-vlm-conversation"


_WHO = {"user": "You", "assistant": "Assistant", "system": "System"}
_STATUSES = ("complete", "interrupted", "error")  # an imported answer is never still streaming
# What one imported file may hold (the whole file is in memory while it is read, attachments as base64).
MAX_IMPORT_CHARS = 512 * 1024 * 1024
MAX_IMPORT_VALUES = 2_000_000  # commas, an upper bound on the JSON values: 2 M small numbers are ~100 MB parsed
MAX_IMPORT_MESSAGES = 10_000  # ~1 ms each to store: a 17 MB file of 100,000 messages took minutes
MAX_NAME_CHARS = 255


def safe_filename(title: str) -> str:
    """A file-name-safe form of ``title`` (at most 50 characters)."""
    return re.sub(r"[^\w\-]+", "-", title).strip("-")[:50] or "conversation"


def export(conversation: Conversation, fmt: str) -> str:
    """``conversation`` as text in ``fmt``: 'markdown', 'html' or 'json'."""
    if fmt == "markdown":
        return _markdown(conversation)
    if fmt == "html":
        return _html(conversation)
    if fmt == "json":
        return _json(conversation)
    raise ValueError(f"unknown export format {fmt!r}")


def _markdown(c: Conversation) -> str:
    out = [f"# {c.title}", ""]
    if c.system_prompt:
        out += [f"> System: {c.system_prompt}", ""]
    for m in c.messages:
        who = f"**{_WHO.get(m.role, m.role)}**"
        note = f" _({m.status})_" if m.status not in ("complete",) else ""
        note += " _(rewritten by the person)_" if _rewritten(m) else ""
        out.append(f"{who}{note}")
        out += [f"- attachment: {a.name} ({a.kind})" for a in m.attachments]
        out += ["", m.text, ""]
    return "\n".join(out)


def _html(c: Conversation) -> str:
    parts = [
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(c.title)}</title>",
        "<style>body{font-family:sans-serif;max-width:50em;margin:auto}.user{background:#eef3fd}"
        ".msg{padding:.6em 1em;margin:.6em 0;border-radius:8px}.plain{white-space:pre-wrap}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}"
        "pre{background:#f3f4f6;padding:.5em;overflow-x:auto}"
        "img{max-width:16em;display:block}</style></head><body>",
        f"<h1>{html.escape(c.title)}</h1>",
    ]
    for m in c.messages:
        who = _WHO.get(m.role, html.escape(m.role))
        rewritten = " <i>(rewritten by the person)</i>" if _rewritten(m) else ""
        # the role and each picture in a paragraph of their own: a QTextDocument (the PDF export) ignores the
        # style sheet's display:block and would set them side by side
        parts.append(f"<div class='msg {html.escape(m.role)}'><p><b>{who}</b>{rewritten}</p>")
        for a in m.attachments:
            if is_picture_file(a.kind) and a.path.is_file():
                data = base64.b64encode(a.path.read_bytes()).decode()
                parts.append(f"<p><img alt='{html.escape(a.name)}' src='data:{html.escape(a.mime)};base64,{data}'></p>")
            else:
                parts.append(f"<p>📎 {html.escape(a.name)}</p>")
        body = _answer_html(m.text) if m.role == "assistant" else f"<div class='plain'>{html.escape(m.text)}</div>"
        parts.append(f"{body}</div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _rewritten(message) -> bool:
    """Whether the answer's words are the person's (rewritten in the window), not the model's."""
    return message.role == "assistant" and (message.stats or {}).get("finish_reason") == REWRITTEN


def _answer_html(text: str) -> str:
    """An answer's Markdown as HTML, as the window shows it: tables, code blocks, emphasis. HTML written by
    the model is escaped, not passed through, and links with unsafe schemes (javascript:, …) are not made."""
    from markdown_it import MarkdownIt

    return f"<div>{MarkdownIt('commonmark', {'html': False}).enable('table').render(text)}</div>"


def _json(c: Conversation) -> str:
    def attachment(a):
        data = base64.b64encode(a.path.read_bytes()).decode() if a.path.is_file() else ""
        return {"name": a.name, "kind": a.kind, "mime": a.mime, "sha256": a.sha256, "meta": a.meta, "data": data}

    return json.dumps(
        {
            "format": FORMAT_TAG,
            "version": 1,
            "title": c.title,
            "pinned": c.pinned,
            "model_id": c.model_id,
            "system_prompt": c.system_prompt,
            "settings": c.settings,
            "created_at": c.created_at,
            "messages": [
                {
                    "role": m.role,
                    "text": m.text,
                    "status": m.status,
                    "created_at": m.created_at,
                    "stats": m.stats,
                    "attachments": [attachment(a) for a in m.attachments],
                }
                for m in c.messages
            ],
        },
        ensure_ascii=False,
        indent=1,
    )


def exported_name(summary, suffix: str) -> str:
    """The file name a conversation is exported under among all of them: the id keeps names unique when titles
    repeat."""
    return f"{summary.id:04d}-{safe_filename(summary.title)}{suffix}"


def export_all(store, fmt: str, dest_dir: Path) -> list[Path]:
    """Write every conversation of ``store`` to ``dest_dir`` (one file each, written atomically)."""
    if fmt not in EXTENSIONS:
        raise ValueError(f"unknown export format {fmt!r}")
    written = []
    for summary in store.list_conversations():
        path = dest_dir / exported_name(summary, EXTENSIONS[fmt])
        atomic_write_text(path, store.export_conversation(summary.id, fmt))
        written.append(path)
    return written


def import_into(store, data: dict) -> int:
    """Add the conversation ``data`` (from :func:`parse_json_export`) to ``store``; returns its id.
    The caller holds a transaction, so a failure leaves nothing behind."""
    c = store.create_conversation(data["title"], data["model_id"], data["system_prompt"], data["settings"])
    parent = None  # each message follows the one before: named, so the store need not look for the last one
    stored: dict[bytes, Attachment] = {}  # the same file attached to many messages is stored (and hashed) once
    for m in data["messages"]:
        atts = []
        for a in m["attachments"]:
            if a["data"] not in stored:
                stored[a["data"]] = store.store_attachment(
                    a["data"], name=a["name"], kind=a["kind"], mime=a["mime"], meta=a["meta"]
                )
            atts.append(replace(stored[a["data"]], meta=a["meta"]))  # with what this message sent of it
        parent = store.add_message(c.id, m["role"], m["text"], atts, m["status"], m["stats"], parent_id=parent).id
    store.rename(c.id, data["title"])  # add_message may have titled it from the first question
    store.set_pinned(c.id, data["pinned"])
    return c.id


def parse_json_export(text: str) -> dict:
    """Validate an exported conversation and fill defaults; attachments come back as bytes.

    Details and settings out of the window's bounds are clamped or dropped (:mod:`.validation`).

    Raises
    ------
    HistoryFormatError
        With a message saying what is wrong.
    """
    if len(text) > MAX_IMPORT_CHARS:
        raise HistoryFormatError(
            Message(
                "This file is larger than the {limit_mb} MB a conversation export may be.",
                limit_mb=MAX_IMPORT_CHARS // 2**20,
            )
        )
    if text.count(",") > MAX_IMPORT_VALUES:  # base64 has no commas: this counts structure, not attachments
        raise HistoryFormatError(Message("This file holds far more values than a conversation export does."))
    try:
        data = json.loads(text)
    except RecursionError:
        raise HistoryFormatError(Message("This file nests JSON too deeply to be a conversation export.")) from None
    except (ValueError, TypeError) as err:
        raise HistoryFormatError(Message("This file is not valid JSON ({reason}).", reason=str(err))) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_TAG or not isinstance(data.get("messages"), list):
        raise HistoryFormatError(Message("This JSON file is not a Desktop VLM conversation export."))
    if not isinstance(data.get("version", 1), int) or data.get("version", 1) > 1:
        raise HistoryFormatError(
            Message("This conversation was exported by a newer version of Desktop VLM."),
            hint=Message("Update Desktop VLM to import it."),
        )
    if len(data["messages"]) > MAX_IMPORT_MESSAGES:
        raise HistoryFormatError(
            Message("This conversation has more than {limit:,} messages.", limit=MAX_IMPORT_MESSAGES)
        )
    out = {
        "title": str(data.get("title") or "Imported chat"),
        "pinned": bool(data.get("pinned", False)),
        "model_id": _optional_str(data, "model_id"),
        "system_prompt": _optional_str(data, "system_prompt"),
        "settings": clean_settings(
            _dict(data.get("settings"), Message("The conversation export's settings are malformed.")),
            "the imported conversation",
        ),
        "messages": [],
    }
    for number, m in enumerate(data["messages"], start=1):
        if (
            not isinstance(m, dict)
            or not isinstance(m.get("role"), str)
            or m["role"] not in _WHO
            or (not isinstance(m.get("text"), str))
        ):
            raise HistoryFormatError(
                Message("Message {number} of the conversation export is malformed.", number=number)
            )
        status = m.get("status", "complete")
        status = "interrupted" if status == "streaming" else status
        if status not in _STATUSES:
            raise HistoryFormatError(
                Message("Message {number} has an unknown status {status!r}.", number=number, status=status)
            )
        stats = m.get("stats")
        atts = m.get("attachments", [])
        if not isinstance(atts, list):
            raise HistoryFormatError(Message("Message {number} has malformed attachments.", number=number))
        out["messages"].append(
            {
                "role": m["role"],
                "text": m["text"],
                "status": status,
                "stats": _dict(stats, Message("The conversation export's stats are malformed."))
                if stats is not None
                else None,
                "attachments": [x for x in (_attachment(a, number) for a in atts) if x],
            }
        )
    return out


def _optional_str(data: dict, key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise HistoryFormatError(Message("The conversation export's {field} is not text.", field=key))
    return value


def _dict(value, malformed: Message) -> dict:
    """``value`` as a dict ({} for None); ``malformed``: the sentence that refuses anything else."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise HistoryFormatError(malformed)
    return value


def _attachment(a, number: int) -> dict | None:
    """The attachment with its bytes, or None for one whose file was already missing when exported."""
    ok = (
        isinstance(a, dict)
        and a.get("kind") in kind_names()
        and all(isinstance(a.get(k), str) for k in ("name", "mime", "data"))
    )
    try:
        data = base64.b64decode(a["data"], validate=True) if ok else b""
    except ValueError:
        ok = False
    if ok and not data:
        return None
    if not ok:
        raise HistoryFormatError(Message("An attachment of message {number} is malformed.", number=number))
    if a.get("sha256") and hashlib.sha256(data).hexdigest() != a["sha256"]:
        raise HistoryFormatError(
            Message("An attachment of message {number} does not match its checksum.", number=number)
        )
    meta = clean_attachment_meta(
        _dict(a.get("meta"), Message("The conversation export's details are malformed.")),
        f"an attachment of imported message {number}",
    )
    return {
        "name": a["name"][:MAX_NAME_CHARS],
        "kind": a["kind"],
        "mime": a["mime"][:MAX_NAME_CHARS],
        "meta": meta,
        "data": data,
    }
