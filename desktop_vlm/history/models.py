"""Plain records read from the history store, and two pure helpers (value checks, titles from text)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ROLES = ("user", "assistant", "system")
STATUSES = ("complete", "streaming", "interrupted", "error")
TITLE_LENGTH = 60


@dataclass(frozen=True)
class Attachment:
    """A stored file, shared by every message that attaches the same bytes, with what one message sent of it.

    Attributes
    ----------
    id : int
        Row id; pass the whole object back to :meth:`HistoryStore.add_message`.
    sha256 : str
        Hex digest of the content; the file name is derived from it.
    kind : str
        The name of its attachment kind (``desktop_vlm.media.kind_registry``), as stored when it was attached.
    mime : str
        MIME type, e.g. ``"image/png"``.
    path : Path
        Where the bytes are (``attachments_dir/<sha[:2]>/<sha>.<ext>``).
    name : str
        The file name the person attached (display only).
    meta : dict
        JSON-able details of what one message sent of the file (frames sampled, pages, the part of a text, tile
        budget...): two messages attaching the same bytes may send different parts of them.
    """

    id: int
    sha256: str
    kind: str
    mime: str
    path: Path
    name: str
    meta: dict = field(default_factory=dict)


@dataclass
class Message:
    """One turn. ``status`` is ``"complete"``, ``"streaming"`` (being written), ``"interrupted"`` (stopped,
    or the app died while streaming; the partial text is kept) or ``"error"``. ``created_at`` is Unix time.

    ``parent_id`` is the message this one follows (None: a first question). ``versions`` holds the ids of
    this message and its alternatives (regenerated answers, edited questions), oldest first; a message
    without alternatives has just its own id there."""

    id: int
    conversation_id: int
    role: str
    text: str
    status: str
    created_at: float
    attachments: list[Attachment] = field(default_factory=list)
    stats: dict | None = None
    parent_id: int | None = None
    versions: tuple[int, ...] = ()


@dataclass(frozen=True)
class ConversationSummary:
    """A row of the sidebar. ``snippet`` is set for search results: matched words wrapped in ``[``…``]``."""

    id: int
    title: str
    pinned: bool
    updated_at: float
    model_id: str | None
    snippet: str | None = None


@dataclass
class Conversation:
    """A conversation with the messages of its visible branch in order (other versions are reached through
    each message's ``versions``). ``settings`` is free-form JSON (sampling, tiles)."""

    id: int
    title: str
    pinned: bool
    created_at: float
    updated_at: float
    model_id: str | None
    system_prompt: str | None
    settings: dict
    messages: list[Message] = field(default_factory=list)


def check_choice(value: str, allowed: tuple[str, ...], what: str) -> None:
    """Refuse a value outside ``allowed`` (a programming error, not the person's)."""
    if value not in allowed:
        raise ValueError(f"{what} must be one of {allowed}, got {value!r}")


def title_from_text(text: str) -> str:
    """The first ~60 characters of ``text`` on one line, cut at a word where one is near."""
    flat = " ".join(text.split())
    if len(flat) <= TITLE_LENGTH:
        return flat
    cut = flat.rfind(" ", TITLE_LENGTH // 2, TITLE_LENGTH)
    return flat[: cut if cut > 0 else TITLE_LENGTH] + "…"
