"""OpenAI chat messages → :class:`~desktop_vlm.runtime.api.ChatRequest`.

Mapping rules
-------------
* ``system`` messages (text) become the system message; several are joined with blank lines.
* ``user`` / ``assistant`` messages alternate into history turns; consecutive user messages merge.
  The last message must be from the user: it is the question.
* Each ``image_url`` part becomes an ``<image>`` placeholder at its position among the text parts
  (parts are joined with newlines), so images fill placeholders in conversation order, exactly as
  the runtime expects. Literal ``<image>`` text is refused: it would shift every image after it.
* Images come as ``data:`` URLs, or — only when the server was started with ``--allow-files DIR`` —
  as file paths / ``file://`` URLs inside that folder. Network URLs are never fetched (offline app).
"""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from ..core.errors import DesktopVlmError
from ..core.types import GenerationParams, TileParams, Turn
from ..runtime.api import ChatRequest, VisualInput
from ..runtime.prompt import IMAGE_PLACEHOLDER
from .protocol import ApiError


@dataclass(frozen=True)
class ImagePolicy:
    """Limits on images: decoded bytes, pixels, count, and the folder file paths may come from."""

    max_bytes: int = 15 * 1024 * 1024
    max_pixels: int = 40_000_000
    max_images: int = 16
    allow_files: Path | None = None


def _bad(message: str, code: str = "invalid_request", param: str | None = "messages") -> ApiError:
    return ApiError(400, message, code, param=param)


def _read_data_url(url: str, policy: ImagePolicy) -> bytes:
    header, sep, payload = url.partition(",")
    if not sep or ";base64" not in header or not header[5:].startswith("image/"):
        raise _bad("image_url data URLs must look like data:image/<type>;base64,<data>.", "invalid_image_url")
    # Base64 is 4/3 of the bytes: check the size before decoding so a huge string costs nothing.
    if len(payload) * 3 // 4 > policy.max_bytes:
        raise ApiError(413, f"An image is larger than {policy.max_bytes // (1024 * 1024)} MB.", "image_too_large")
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise _bad("An image_url data URL is not valid base64.", "invalid_image_url") from None


def _read_file(url: str, policy: ImagePolicy) -> bytes:
    if policy.allow_files is None:
        raise _bad("Only data: URLs are accepted (start the server with --allow-files DIR for file paths; "
                   "network URLs are never fetched).", "invalid_image_url")  # fmt: skip
    raw = unquote(urlparse(url).path) if url.startswith("file:") else url
    root = policy.allow_files.resolve()
    # resolve() follows symlinks and "..", so the check is on the real location of the file.
    target = (root / raw).resolve() if not os.path.isabs(raw) else Path(raw).resolve()
    if not target.is_relative_to(root):
        raise ApiError(403, "The image path is outside the folder this server may read.", "path_not_allowed",
                       param="messages")  # fmt: skip
    try:
        size = target.stat().st_size
    except OSError:
        raise _bad("The image file does not exist or cannot be read.", "image_not_found") from None
    if size > policy.max_bytes:
        raise ApiError(413, f"An image is larger than {policy.max_bytes // (1024 * 1024)} MB.", "image_too_large")
    try:
        return target.read_bytes()
    except OSError:
        raise _bad("The image file cannot be read.", "image_not_found") from None


def decode_image_part(part: dict, policy: ImagePolicy) -> VisualInput:
    """The VisualInput for one ``{"type": "image_url", "image_url": {"url": …}}`` part."""
    from ..media import load_image

    spec = part.get("image_url")
    url = spec.get("url") if isinstance(spec, dict) else spec
    if not isinstance(url, str) or not url:
        raise _bad("image_url parts need an image_url.url string.", "invalid_image_url")
    data = _read_data_url(url, policy) if url.startswith("data:") else _read_file(url, policy)
    try:
        image = load_image(data, name="the image", max_pixels=policy.max_pixels)
    except DesktopVlmError as err:
        raise _bad(f"An image could not be used: {err}", "invalid_image") from None
    # LMDeploy's per-image tile cap; we honour it so our remote client and server agree.
    max_tiles = spec.get("max_dynamic_patch") if isinstance(spec, dict) else None
    if max_tiles is not None and not (isinstance(max_tiles, int) and 1 <= max_tiles <= 40):
        raise _bad("image_url.max_dynamic_patch must be an integer from 1 to 40.", "invalid_image_url")
    return VisualInput(image, max_tiles=max_tiles)


def _content(message: dict, policy: ImagePolicy, visuals: list[VisualInput], images_allowed: bool) -> str:
    content = message.get("content")
    if content is None:
        return ""
    if isinstance(content, str):
        parts: list = [{"type": "text", "text": content}]
    elif isinstance(content, list):
        parts = content
    else:
        raise _bad("Message content must be a string or a list of parts.")
    pieces: list[str] = []
    for part in parts:
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text" and isinstance(part.get("text"), str):
            if IMAGE_PLACEHOLDER in part["text"]:
                raise _bad(f"Text must not contain {IMAGE_PLACEHOLDER}; send images as image_url parts.")
            pieces.append(part["text"])
        elif kind == "image_url" and images_allowed:
            visuals.append(decode_image_part(part, policy))
            if len(visuals) > policy.max_images:
                raise _bad(f"At most {policy.max_images} images per request.", "too_many_images")
            pieces.append(IMAGE_PLACEHOLDER)
        else:
            raise _bad(f"Unsupported content part {kind!r} in a {message.get('role')} message.")
    return "\n".join(pieces)


def _params(body: dict) -> GenerationParams:
    max_new = body.get("max_completion_tokens", body.get("max_tokens")) or 512
    temperature = body.get("temperature")
    top_p = body.get("top_p") if body.get("top_p") is not None else 1.0
    sample = isinstance(temperature, (int, float)) and temperature > 0
    if body.get("n", 1) not in (1, None):
        raise _bad("Only n=1 is supported.", param="n")
    if body.get("stop"):
        raise _bad("Stop sequences are not supported.", param="stop")
    seed = body.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**63):
        raise _bad("seed must be a non-negative integer.", param="seed")
    try:
        params = GenerationParams(max_new_tokens=int(max_new), do_sample=sample,
                                  temperature=float(temperature) if sample else 1.0, top_p=float(top_p),
                                  seed=seed)  # fmt: skip
        params.validate()
    except (DesktopVlmError, TypeError, ValueError) as err:
        raise _bad(f"Invalid sampling parameters: {err}", param="max_tokens") from None
    return params


def to_chat_request(body: dict, policy: ImagePolicy, default_max_tiles: int) -> ChatRequest:
    """The ChatRequest for a ``/v1/chat/completions`` body; :class:`ApiError` (400/403/413) otherwise."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages or not all(isinstance(m, dict) for m in messages):
        raise _bad("'messages' must be a non-empty list of message objects.")
    visuals: list[VisualInput] = []
    system: list[str] = []
    history: list[Turn] = []
    pending_user: list[str] = []
    for message in messages:
        role = message.get("role")
        if role in ("system", "developer"):
            system.append(_content(message, policy, visuals, images_allowed=False))
        elif role == "user":
            pending_user.append(_content(message, policy, visuals, images_allowed=True))
        elif role == "assistant":
            if not pending_user:
                raise _bad("An assistant message must follow a user message.")
            history.append(Turn("\n".join(pending_user), _content(message, policy, visuals, False)))
            pending_user = []
        else:
            raise _bad(f"Unsupported message role {role!r}.")
    if not pending_user:
        raise _bad("The last message must be from the user.")
    tiles = TileParams(max_tiles=default_max_tiles)
    return ChatRequest(question="\n".join(pending_user), visuals=visuals, history=history,
                       system_message="\n\n".join(system) if system else None, params=_params(body),
                       tiles=tiles)  # fmt: skip
