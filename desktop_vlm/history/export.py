"""Exporting conversations to Markdown, HTML (images embedded) and JSON, and reading JSON back."""

from __future__ import annotations

import base64
import html
import json
import re

from .errors import HistoryFormatError
from .models import Conversation

EXTENSIONS = {"markdown": ".md", "html": ".html", "json": ".json"}
FORMAT_TAG = "desktop-vlm-conversation"


def safe_filename(title: str) -> str:
    return re.sub(r"[^\w\-]+", "-", title).strip("-")[:50] or "conversation"


def export(conversation: Conversation, fmt: str) -> str:
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
        who = "**You**" if m.role == "user" else "**Assistant**"
        note = f" _({m.status})_" if m.status not in ("complete",) else ""
        out.append(f"{who}{note}")
        out += [f"- attachment: {a.name} ({a.kind})" for a in m.attachments]
        out += ["", m.text, ""]
    return "\n".join(out)


def _html(c: Conversation) -> str:
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(c.title)}</title>",
             "<style>body{font-family:sans-serif;max-width:50em;margin:auto}.user{background:#eef3fd}"
             ".msg{padding:.6em 1em;margin:.6em 0;border-radius:8px;white-space:pre-wrap}"
             "img{max-width:16em;display:block}</style></head><body>", f"<h1>{html.escape(c.title)}</h1>"]  # fmt: skip
    for m in c.messages:
        parts.append(f"<div class='msg {html.escape(m.role)}'><b>{'You' if m.role == 'user' else 'Assistant'}</b>")
        for a in m.attachments:
            if a.kind == "image" and a.path.is_file():
                data = base64.b64encode(a.path.read_bytes()).decode()
                parts.append(f"<img alt='{html.escape(a.name)}' src='data:{html.escape(a.mime)};base64,{data}'>")
            else:
                parts.append(f"<p>📎 {html.escape(a.name)}</p>")
        parts.append(f"<div>{html.escape(m.text)}</div></div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _json(c: Conversation) -> str:
    def attachment(a):
        data = base64.b64encode(a.path.read_bytes()).decode() if a.path.is_file() else ""
        return {"name": a.name, "kind": a.kind, "mime": a.mime, "sha256": a.sha256, "meta": a.meta, "data": data}

    return json.dumps({
        "format": FORMAT_TAG, "version": 1, "title": c.title, "model_id": c.model_id,
        "system_prompt": c.system_prompt, "settings": c.settings, "created_at": c.created_at,
        "messages": [{"role": m.role, "text": m.text, "status": m.status, "created_at": m.created_at,
                      "stats": m.stats, "attachments": [attachment(a) for a in m.attachments]} for m in c.messages],
    }, ensure_ascii=False, indent=1)  # fmt: skip


def parse_json_export(text: str) -> dict:
    """Validate an exported conversation; attachments come back as bytes."""
    try:
        data = json.loads(text)
    except (ValueError, TypeError) as err:
        raise HistoryFormatError(f"Not valid JSON ({err}).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_TAG or not isinstance(data.get("messages"), list):
        raise HistoryFormatError("This JSON file is not a Desktop VLM conversation export.")
    for m in data["messages"]:
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant", "system") or not isinstance(m.get("text"), str):
            raise HistoryFormatError("The conversation export has a malformed message.")
        for a in m.get("attachments", []):
            try:
                a["data"] = base64.b64decode(a["data"], validate=True)
            except (KeyError, ValueError, TypeError):
                raise HistoryFormatError("The conversation export has a malformed attachment.") from None
    data["title"] = str(data.get("title") or "Imported chat")
    return data
