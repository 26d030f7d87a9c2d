"""Plain records read from the history store."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Attachment:
    id: int
    sha256: str
    kind: str  # "image" | "video" | "pdf"
    mime: str
    path: Path
    name: str
    meta: dict = field(default_factory=dict)


@dataclass
class Message:
    id: int
    conversation_id: int
    role: str  # "user" | "assistant" | "system"
    text: str
    status: str  # "complete" | "streaming" | "interrupted" | "error"
    created_at: float
    attachments: list[Attachment] = field(default_factory=list)
    stats: dict | None = None


@dataclass(frozen=True)
class ConversationSummary:
    id: int
    title: str
    pinned: bool
    updated_at: float
    model_id: str | None
    snippet: str | None = None


@dataclass
class Conversation:
    id: int
    title: str
    pinned: bool
    created_at: float
    updated_at: float
    model_id: str | None
    system_prompt: str | None
    settings: dict
    messages: list[Message] = field(default_factory=list)
