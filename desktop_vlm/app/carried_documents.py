"""Documents stay in a conversation that outgrows the model's context.

A prompt that would not fit the context leaves out the conversation's oldest turns, and a document quoted in the
first question went with them: "And the notice period?" was answered without the contract. So when a new
question would take the conversation past the context, each document quoted earlier and not attached again is
attached to the new question — the passages that bear on it, in the room left — and its earlier quotes name it
instead of repeating it (:data:`RESTATED`). The person sees it attached to their message, and a notice says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..core.text_tokens import TEMPLATE_TOKENS, estimate_tokens
from ..history.models import Attachment, Message
from ..media.text_files import MIN_TEXT_TOKENS
from .attachments import PreparedAttachment, tile_summary

# what an earlier question holds of a document a later question quotes again
RESTATED = "[… quoted again with a later question …]"
TILE_SIZE = 448  # what the supported models cut pictures into, to count a new picture's tokens


@dataclass(frozen=True)
class Budget:
    """What a prompt may hold: the model's context, the answer's room, and how pictures are tiled."""

    context_length: int
    max_new_tokens: int
    max_tiles: int
    tokens_per_tile: int


@dataclass(frozen=True)
class Carried:
    """A document a new question takes along: as it was last sent, and the tokens its passages for the new question
    may take (chosen when the request is built, on the model thread: choosing reads the file again)."""

    attachment: Attachment
    room: int


def carried_documents(
    branch: Sequence[Message], question: str, attachments: Sequence[PreparedAttachment], budget: Budget | None
) -> list[Carried]:
    """The documents quoted earlier in ``branch`` that ``question`` (sent with ``attachments``) takes along,
    because without them there the conversation would go past the context and leave them out; none without a
    model (``budget`` None) or before an answer counted the conversation's tokens."""
    earlier = earlier_documents(branch, {a.sha256 for a in attachments})
    so_far = last_prompt_tokens(branch)
    if budget is None or not earlier or so_far is None:
        return []
    limit = budget.context_length - budget.max_new_tokens - TEMPLATE_TOKENS
    new = estimate_tokens(question) + sum(_tokens_of(a, budget) for a in attachments)
    if so_far + new <= limit:
        return []
    # the turns without their documents; when even they leave too little, they will be left out instead
    room = limit - new - sum(estimate_tokens(m.text) + TEMPLATE_TOKENS for m in branch)
    if room < MIN_TEXT_TOKENS * len(earlier):
        room = limit - new
    share = room // len(earlier)
    return [Carried(att, share) for att in earlier] if share >= MIN_TEXT_TOKENS else []


def _tokens_of(attachment: PreparedAttachment, budget: Budget) -> int:
    """The tokens an attachment adds to the prompt, estimated: its text's, or its pictures' tiles'."""
    tiles = tile_summary(
        attachment, max_tiles=budget.max_tiles, tile_size=TILE_SIZE, tokens_per_tile=budget.tokens_per_tile
    )
    return estimate_tokens(attachment.text or "") + tiles.tokens


def is_document(attachment: Attachment) -> bool:
    """Whether a stored attachment was sent as text (a text file, an office document, a PDF's text layer)."""
    return "char_count" in attachment.meta


def restated_documents(branch: Sequence[Message]) -> dict[int, set[str]]:
    """For each question of ``branch`` (by message id), the documents it quotes (by sha256) that a later question
    quotes again: only the latest quote of a document is sent in full."""
    later: set[str] = set()
    restated: dict[int, set[str]] = {}
    for message in reversed(branch):
        if message.role != "user":
            continue
        quoted = {a.sha256 for a in message.attachments if is_document(a)}
        restated[message.id] = quoted & later
        later |= quoted
    return restated


def earlier_documents(branch: Sequence[Message], attached: set[str]) -> list[Attachment]:
    """The documents the questions of ``branch`` quote, as last sent, but those whose sha256 is in ``attached``
    (the new question attaches them itself)."""
    latest: dict[str, Attachment] = {}
    for message in branch:
        if message.role == "user":
            latest |= {a.sha256: a for a in message.attachments if is_document(a)}
    return [a for sha, a in latest.items() if sha not in attached]


def last_prompt_tokens(branch: Sequence[Message]) -> int | None:
    """The tokens the conversation held after its last answer: that answer's prompt and its own tokens (None
    before any answer counted them)."""
    for message in reversed(branch):
        stats = message.stats or {}
        if message.role == "assistant" and isinstance(stats.get("prompt_tokens"), int):
            return stats["prompt_tokens"] + int(stats.get("new_tokens") or 0)
    return None
