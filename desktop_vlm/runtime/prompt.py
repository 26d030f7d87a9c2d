"""From a conversation to prompt text: image placeholders, template rendering, image-token expansion.

Pure string work (no torch), shared by the runtime, the CLI and the UI's prompt-length estimate.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.errors import InvalidRequestError
from ..core.messages import Message
from ..core.quoted_text import quote_document
from ..core.types import Turn
from .templates import ConversationTemplate

IMAGE_PLACEHOLDER = "<image>"
IMG_START = "<img>"
IMG_END = "</img>"
IMG_CONTEXT = "<IMG_CONTEXT>"


def compose_question(
    question: str, n_images: int = 0, n_frames: int = 0, documents: Sequence[tuple[str, str]] = ()
) -> str:
    """Add ``<image>`` placeholders the way the model cards do, unless the question already has some, and quote
    the text of attached text files (``documents``: file name and text) between them and the question.

    One image: ``<image>\\n`` in front; several: ``Image-1: <image>\\nImage-2: <image>\\n…``; video
    frames: ``Frame1: <image>\\n…``. Images come before frames.
    """
    if documents:
        question = "\n".join(quote_document(name, text) for name, text in documents) + "\n" + question
    if IMAGE_PLACEHOLDER in question or (n_images == 0 and n_frames == 0):
        return question
    if n_images == 1:
        prefix = IMAGE_PLACEHOLDER + "\n"
    else:
        prefix = "".join(f"Image-{i + 1}: {IMAGE_PLACEHOLDER}\n" for i in range(n_images))
    prefix += "".join(f"Frame{i + 1}: {IMAGE_PLACEHOLDER}\n" for i in range(n_frames))
    return prefix + question


def count_placeholders(history: list[Turn], question: str) -> int:
    return sum(t.question.count(IMAGE_PLACEHOLDER) for t in history) + question.count(IMAGE_PLACEHOLDER)


def render_conversation(
    template: ConversationTemplate,
    history: list[Turn],
    question: str,
    system_message: str | None = None,
    answer_so_far: str = "",
) -> str:
    """The prompt text with literal ``<image>`` placeholders still in it. The open answer's role ends it, followed
    by ``answer_so_far``: every template writes an answer right after its role, so this is the prompt the
    finished answer's beginning would have been read in."""
    turns: list[tuple[str, str | None]] = [(t.question, t.answer) for t in history]
    turns.append((question, None))
    return template.render(turns, system_message) + answer_so_far


def expand_image_placeholders(prompt: str, tokens_per_image: list[int]) -> str:
    """Replace each ``<image>`` in order by ``<img>`` + ``<IMG_CONTEXT>``×n + ``</img>``.

    ``tokens_per_image[k]`` is tiles × tokens-per-tile of the k-th image. The counts must match the
    placeholders exactly: the original silently mis-aligns features otherwise, we refuse.
    """
    found = prompt.count(IMAGE_PLACEHOLDER)
    if found != len(tokens_per_image):
        raise InvalidRequestError(
            Message(
                "The conversation has {placeholders} image placeholder(s) but {images} image(s) were given.",
                placeholders=found,
                images=len(tokens_per_image),
            )
        )
    pieces = prompt.split(IMAGE_PLACEHOLDER)
    out = [pieces[0]]
    for n, rest in zip(tokens_per_image, pieces[1:]):
        out.append(IMG_START + IMG_CONTEXT * n + IMG_END)
        out.append(rest)
    return "".join(out)
