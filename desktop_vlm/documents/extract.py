"""Finding the JSON in a model's answer.

Models asked for JSON often wrap it in a Markdown code fence, say a sentence before or after it, or
leave a trailing comma. :func:`extract_json` takes the answer as it came and returns the first JSON
object or array it can parse, trying the most explicit candidates first.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..core.errors import DesktopVlmError
from ..core.messages import Message

_FENCE = re.compile(r"```[ \t]*(?:json|JSON|javascript)?[ \t]*\n?(.*?)```", re.DOTALL)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


class JsonNotFoundError(DesktopVlmError):
    """The answer holds no parseable JSON object or array."""


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        # Trailing commas are the most common small-model slip; fixing only that keeps us honest
        # (no guessing of quotes or brackets).
        return json.loads(_TRAILING_COMMA.sub(r"\1", text))


def _balanced_spans(text: str):
    """Yield substrings that start at ``{``/``[`` and end at the matching bracket (string-aware)."""
    for start, ch in enumerate(text):
        if ch not in "{[":
            continue
        stack: list[str] = []
        in_string = escaped = False
        for end in range(start, len(text)):
            c = text[end]
            if in_string:
                if escaped:
                    escaped = False
                elif c == "\\":
                    escaped = True
                elif c == '"':
                    in_string = False
                continue
            if c == '"':
                in_string = True
            elif c in "{[":
                stack.append("}" if c == "{" else "]")
            elif c in "}]":
                if not stack or stack.pop() != c:
                    break
                if not stack:
                    yield text[start : end + 1]
                    break


def extract_json(text: str) -> Any:
    """The first JSON object or array in ``text``.

    Parameters
    ----------
    text : str
        A model's answer: bare JSON, JSON in a code fence, or JSON with prose around it.

    Returns
    -------
    dict or list
        The parsed value.

    Raises
    ------
    JsonNotFoundError
        When no candidate parses.
    """
    candidates = [m.group(1).strip() for m in _FENCE.finditer(text)]
    candidates.append(text.strip())
    for candidate in candidates:
        try:
            value = _loads(candidate)
        except json.JSONDecodeError:
            continue
        if isinstance(value, (dict, list)):
            return value
    for span in _balanced_spans(text):
        try:
            return _loads(span)
        except json.JSONDecodeError:
            continue
    raise JsonNotFoundError(
        Message("The answer does not contain valid JSON."),
        hint=Message("Try again with a larger --max-new-tokens, or a model that follows formatting instructions."),
    )
