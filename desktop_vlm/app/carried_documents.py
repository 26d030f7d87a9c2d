"""Documents stay in a conversation that outgrows the model's context.

A prompt that would not fit the context leaves out the conversation's oldest turns, and a document quoted in the
first question went with them: "And the notice period?" was answered without the contract. So when a new
question would take the conversation past the context, each document quoted earlier and not attached again is
attached to the new question — the passages that bear on it, in the room left — and its earlier quotes name it
instead of repeating it (:data:`RESTATED`). The person sees it attached to their message, and a notice says why.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..history.models import Attachment, Message

# what an earlier question holds of a document a later question quotes again
RESTATED = "[… quoted again with a later question …]"


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
