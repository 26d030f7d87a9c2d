"""Request bodies parsed as strict JSON: numbers are finite, nesting is shallow, and every refusal is a 400.

Python's ``json`` accepts ``NaN``, ``Infinity`` and ``1e400`` (which becomes ``inf``), none of which is
JSON, and nests as deep as its recursion limit; a chat request needs neither. What it refuses here gets a
clear message instead of an ``OverflowError`` or a ``RecursionError`` deep inside the handler.
"""

from __future__ import annotations

import json
import math

from .protocol import ApiError

MAX_DEPTH = 32  # a chat body nests about 6 levels deep (body → messages → message → parts → part → image_url)


class _NotJson(ValueError):
    pass


def _constant(name: str) -> float:
    raise _NotJson(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotJson(f"the number {text[:40]} is too large")
    return value


def _depth(value: object) -> int:
    """How deeply lists and objects nest in ``value`` (walked without recursion, stopping past MAX_DEPTH)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            break
        stack.extend((child, depth + 1) for child in children)
    return deepest


def parse_body(data: bytes) -> dict:
    """The JSON object in ``data``.

    Raises
    ------
    ApiError
        400 ``invalid_json``: not UTF-8, not JSON, a non-finite number, nested more than ``MAX_DEPTH`` levels,
        or not an object.
    """
    try:
        body = json.loads(data, parse_constant=_constant, parse_float=_finite)
    except RecursionError:
        raise ApiError(400, f"The request body nests more than {MAX_DEPTH} levels deep.", "invalid_json") from None
    except _NotJson as err:
        raise ApiError(400, f"The request body is not valid JSON: {err}.", "invalid_json") from None
    except ValueError as err:  # JSONDecodeError, UnicodeDecodeError, an integer of more than 4300 digits
        raise ApiError(400, f"The request body is not valid JSON ({err}).", "invalid_json") from None
    if _depth(body) > MAX_DEPTH:
        raise ApiError(400, f"The request body nests more than {MAX_DEPTH} levels deep.", "invalid_json")
    if not isinstance(body, dict):
        raise ApiError(400, "The request body must be a JSON object.", "invalid_json")
    return body
