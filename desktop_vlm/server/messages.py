"""OpenAI chat messages → :class:`~desktop_vlm.runtime.api.ChatRequest`.

Mapping rules
-------------
* ``system`` messages (text) become the system message; several are joined with blank lines.
* ``user`` / ``assistant`` messages alternate into history turns; consecutive user messages merge.
  The last user message is the question. An assistant message after it is the beginning of its answer, which
  the model goes on writing (what llama.cpp's server does with a last assistant message, and vLLM with
  ``continue_final_message``): the reply holds the text that follows that beginning.
* Each ``image_url`` part becomes an ``<image>`` placeholder at its position among the text parts
  (parts are joined with newlines), so images fill placeholders in conversation order, exactly as
  the runtime expects. Literal ``<image>`` text is refused: it would shift every image after it.
* Images come as ``data:`` URLs, or — only when the server was started with ``--allow-files DIR`` —
  as file paths / ``file://`` URLs inside that folder. Network URLs are never fetched (offline app).

Budgets, all checked while parsing, before anything is tokenized or decoded: ``max_text_chars`` characters
of text and ``MAX_MESSAGES`` messages per request, and the image limits of :class:`ImagePolicy`. Parsing
gives a :class:`PendingChat` whose images are measured but not decoded; :meth:`PendingChat.decode` decodes
them once the request has been admitted to the model's queue.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import DesktopVlmError
from ..core.types import GenerationParams, TileParams, Turn
from ..runtime.api import ChatRequest
from ..runtime.prompt import IMAGE_PLACEHOLDER
from .images import ImagePolicy, ImageSource, check_request_pixels, decode_image, read_image_part
from .protocol import ApiError

# ~100k tokens of text, more than any supported model's context; tokenizing it takes about a second, where a
# 16 MB history took a minute and 5 GB before it could be refused.
MAX_TEXT_CHARS = 400_000
MAX_MESSAGES = 2048

__all__ = ["MAX_MESSAGES", "MAX_TEXT_CHARS", "ImagePolicy", "PendingChat", "parse_chat_request", "to_chat_request"]


def _bad(message: str, code: str = "invalid_request", param: str | None = "messages") -> ApiError:
    return ApiError(400, message, code, param=param)


@dataclass
class PendingChat:
    """A parsed and checked chat request whose images are not decoded yet (see :meth:`decode`)."""

    request: ChatRequest  # with ``visuals`` still empty
    images: list[ImageSource]
    policy: ImagePolicy

    def decode(self) -> ChatRequest:
        """The request with its images decoded, in placeholder order.

        Raises
        ------
        ApiError
            400 / 413 for an image that cannot be used (checked again: a file may have changed).
        """
        self.request.visuals = [decode_image(source, self.policy) for source in self.images]
        return self.request


class _Parts:
    """Collects the images and counts the text of one request while its messages are read."""

    def __init__(self, policy: ImagePolicy, max_text_chars: int) -> None:
        self.policy, self.max_text_chars = policy, max_text_chars
        self.images: list[ImageSource] = []
        self.chars = 0

    def text(self, text: str) -> str:
        if IMAGE_PLACEHOLDER in text:
            raise _bad(f"Text must not contain {IMAGE_PLACEHOLDER}; send images as image_url parts.")
        self.chars += len(text)
        if self.chars > self.max_text_chars:
            raise ApiError(
                413,
                f"The messages hold more than {self.max_text_chars:,} characters of text; shorten the conversation.",
                "text_too_long",
                param="messages",
            )
        return text

    def image(self, part: dict) -> str:
        if len(self.images) >= self.policy.max_images:
            raise _bad(f"At most {self.policy.max_images} images per request.", "too_many_images")
        self.images.append(read_image_part(part, self.policy))
        return IMAGE_PLACEHOLDER


def _content(message: dict, parts: _Parts, images_allowed: bool) -> str:
    content = message.get("content")
    if content is None:
        return ""
    if isinstance(content, str):
        pieces: list = [{"type": "text", "text": content}]
    elif isinstance(content, list):
        pieces = content
    else:
        raise _bad("Message content must be a string or a list of parts.")
    out: list[str] = []
    for part in pieces:
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            out.append(parts.text(part["text"]))
        elif kind == "image_url" and images_allowed:
            out.append(parts.image(part))
        else:
            raise _bad(f"Unsupported content part {kind!r} in a {message.get('role')} message.")
    return "\n".join(out)


def _number(body: dict, key: str, kind: type | tuple[type, ...], what: str):
    value = body.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, kind)):
        raise _bad(f"{key} must be {what}.", param=key)
    return value


def _params(body: dict, lookup_tokens: int = 0) -> GenerationParams:
    max_new = _number(body, "max_completion_tokens", int, "a whole number")
    max_new = max_new if max_new is not None else _number(body, "max_tokens", int, "a whole number")
    temperature = _number(body, "temperature", (int, float), "a number")
    top_p = _number(body, "top_p", (int, float), "a number")
    sample = temperature is not None and temperature > 0
    if body.get("n", 1) not in (1, None):
        raise _bad("Only n=1 is supported.", param="n")
    if body.get("stop"):
        raise _bad("Stop sequences are not supported.", param="stop")
    seed = body.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**63):
        raise _bad("seed must be a non-negative integer.", param="seed")
    try:
        params = GenerationParams(
            max_new_tokens=max_new or 512,
            do_sample=sample,
            temperature=float(temperature) if sample and temperature is not None else 1.0,
            top_p=float(top_p) if top_p is not None else 1.0,
            seed=seed,
            lookup_tokens=lookup_tokens,
        )
        params.validate()
    except DesktopVlmError as err:
        raise _bad(f"Invalid sampling parameters: {err}", param="max_tokens") from None
    return params


def parse_chat_request(
    body: dict,
    policy: ImagePolicy,
    default_max_tiles: int,
    *,
    max_text_chars: int = MAX_TEXT_CHARS,
    lookup_tokens: int = 0,
) -> PendingChat:
    """Check a ``/v1/chat/completions`` body and measure its images without decoding them. ``lookup_tokens``: the
    server's lookup decoding, given to every request (``desktop-vlm serve --lookup``).

    Raises
    ------
    ApiError
        400 / 403 / 413 saying what is wrong.
    """
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages or not all(isinstance(m, dict) for m in messages):
        raise _bad("'messages' must be a non-empty list of message objects.")
    if len(messages) > MAX_MESSAGES:
        raise ApiError(413, f"At most {MAX_MESSAGES} messages per request.", "too_many_messages", param="messages")
    parts = _Parts(policy, max_text_chars)
    system: list[str] = []
    history: list[Turn] = []
    pending_user: list[str] = []
    for message in messages:
        role = message.get("role")
        if role in ("system", "developer"):
            system.append(_content(message, parts, images_allowed=False))
        elif role == "user":
            pending_user.append(_content(message, parts, images_allowed=True))
        elif role == "assistant":
            if not pending_user:
                raise _bad("An assistant message must follow a user message.")
            history.append(Turn("\n".join(pending_user), _content(message, parts, False)))
            pending_user = []
        else:
            raise _bad(f"Unsupported message role {role!r}.")
    answer_so_far = ""
    if not pending_user and history and messages[-1].get("role") == "assistant":
        last = history.pop()  # an answer's beginning, to be continued
        pending_user, answer_so_far = [last.question], last.answer
    if not pending_user:
        raise _bad("The last message must be from the user, or an answer's beginning after it.")
    check_request_pixels(parts.images, policy)
    request = ChatRequest(
        question="\n".join(pending_user),
        visuals=[],
        history=history,
        system_message="\n\n".join(system) if system else None,
        params=_params(body, lookup_tokens),
        tiles=TileParams(max_tiles=default_max_tiles),
        answer_so_far=answer_so_far,
    )
    return PendingChat(request, parts.images, policy)


def to_chat_request(
    body: dict, policy: ImagePolicy, default_max_tiles: int, *, max_text_chars: int = MAX_TEXT_CHARS
) -> ChatRequest:
    """The ChatRequest for a ``/v1/chat/completions`` body, images decoded; :class:`ApiError` (400/403/413)
    otherwise. The server itself decodes only after admission (:func:`parse_chat_request`)."""
    return parse_chat_request(body, policy, default_max_tiles, max_text_chars=max_text_chars).decode()
