"""ChatRequest → OpenAI chat messages, and reading server-sent events.

The inverse of :mod:`desktop_vlm.server.messages`: each ``<image>`` placeholder becomes an
``image_url`` part (a PNG data URL) at its place in the text, so LMDeploy, vLLM and our own server
see the images where the conversation put them.
"""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator

from ..core.errors import InvalidRequestError
from ..core.messages import Message
from ..runtime.api import ChatRequest, VisualInput
from ..runtime.prompt import IMAGE_PLACEHOLDER


def image_data_url(visual: VisualInput) -> str:
    """The image as a ``data:image/png;base64,…`` URL (PNG: lossless, documents stay sharp)."""
    buffer = io.BytesIO()
    visual.image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _parts(text: str, visuals: Iterator[VisualInput], default_tiles: int, tile_hints: bool) -> list[dict] | str:
    if IMAGE_PLACEHOLDER not in text:
        return text
    parts: list[dict] = []
    pieces = text.split(IMAGE_PLACEHOLDER)
    for i, piece in enumerate(pieces):
        # The newline that separates a placeholder from its text belongs to the layout, not the words.
        if i > 0 and piece.startswith("\n"):
            piece = piece[1:]
        if i < len(pieces) - 1 and piece.endswith("\n"):
            piece = piece[:-1]
        if piece:
            parts.append({"type": "text", "text": piece})
        if i < len(pieces) - 1:
            visual = next(visuals, None)
            if visual is None:
                raise InvalidRequestError(Message("The conversation has more <image> placeholders than images."))
            if visual.combined_with:
                raise InvalidRequestError(
                    Message("Combined images cannot be sent to a remote server; send them separately.")
                )
            image_url: dict = {"url": image_data_url(visual)}
            if tile_hints:
                # LMDeploy's per-image tile cap (our server reads it too; vLLM ignores it).
                image_url["max_dynamic_patch"] = visual.max_tiles or default_tiles
            parts.append({"type": "image_url", "image_url": image_url})
    return parts


def build_messages(request: ChatRequest, *, tile_hints: bool = True) -> list[dict]:
    """OpenAI ``messages`` for ``request``; images fill placeholders in conversation order."""
    visuals = iter(request.visuals)
    tiles = request.tiles.max_tiles
    messages: list[dict] = []
    if request.system_message:
        messages.append({"role": "system", "content": request.system_message})
    for turn in request.history:
        messages.append({"role": "user", "content": _parts(turn.question, visuals, tiles, tile_hints)})
        messages.append({"role": "assistant", "content": turn.answer})
    messages.append({"role": "user", "content": _parts(request.question, visuals, tiles, tile_hints)})
    if request.answer_so_far:  # the answer's beginning, which the server goes on writing
        messages.append({"role": "assistant", "content": request.answer_so_far})
    if next(visuals, None) is not None:
        raise InvalidRequestError(Message("More images were given than the conversation has <image> placeholders."))
    return messages


def build_body(request: ChatRequest, model: str, *, tile_hints: bool = True) -> dict:
    """The JSON body of a streaming ``/v1/chat/completions`` call."""
    p = request.params
    if p.num_beams > 1:
        raise InvalidRequestError(Message("Beam search is not available with a remote model."))
    body: dict = {
        "model": model,
        "messages": build_messages(request, tile_hints=tile_hints),
        "max_tokens": p.max_new_tokens,
        "temperature": p.temperature if p.do_sample else 0.0,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    if p.do_sample and p.top_p < 1.0:
        body["top_p"] = p.top_p
    if p.do_sample and p.top_k:
        body["top_k"] = p.top_k  # vLLM / LMDeploy extension
    if p.repetition_penalty != 1.0:
        body["repetition_penalty"] = p.repetition_penalty  # vLLM / LMDeploy extension
    if p.seed is not None:
        body["seed"] = p.seed
    if request.answer_so_far:  # vLLM's way of going on with the last message (llama.cpp's server needs none)
        body |= {"continue_final_message": True, "add_generation_prompt": False}
    return body


def iter_sse(readline) -> Iterator[dict | str]:
    """Payloads of ``data:`` events read with ``readline()``: dicts, or the string ``"[DONE]"``.

    Raises ``ValueError`` for a data line that is not JSON (the caller turns it into a clear error).
    """
    while True:
        line = readline()
        if not line:
            return
        line = line.decode("utf-8", "replace").strip() if isinstance(line, bytes) else line.strip()
        if not line.startswith("data:"):
            continue  # comments (": keep-alive"), event names, blank separators
        data = line[5:].strip()
        if data == "[DONE]":
            yield data
            return
        yield json.loads(data)


def parse_completion(payload: dict) -> tuple[str, str | None, dict | None]:
    """``(text, finish_reason, usage)`` of a non-streaming ``chat.completion`` object.

    Some OpenAI-compatible servers ignore ``"stream": true`` and answer in one piece; this reads that.
    Raises ``KeyError`` / ``TypeError`` / ``IndexError`` for anything else (the caller reports it).
    """
    choice = payload["choices"][0]
    text = choice["message"].get("content") or ""
    if not isinstance(text, str):
        raise TypeError("message.content is not a string")
    return text, choice.get("finish_reason") or "stop", payload.get("usage")
