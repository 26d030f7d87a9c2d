"""OpenAI wire format: error bodies and the response / chunk objects we send.

Kept apart from the HTTP handler so the shapes are tested and read in one place.
"""

from __future__ import annotations

import json
import time
import uuid


class ApiError(Exception):
    """An error answered to the client as ``{"error": {"message", "type", "code", "param"}}``.

    Parameters
    ----------
    status : int
        HTTP status code.
    message : str
        Human-readable message (never contains secrets).
    code : str
        Machine-readable code, e.g. ``"invalid_json"``.
    retry_after : int, optional
        Seconds for a ``Retry-After`` header (429 / 503).
    """

    _TYPES = {
        400: "invalid_request_error",
        401: "authentication_error",
        403: "permission_error",
        404: "not_found_error",
        408: "invalid_request_error",
        411: "invalid_request_error",
        413: "invalid_request_error",
        415: "invalid_request_error",
        429: "rate_limit_error",
        503: "service_unavailable",
    }

    def __init__(
        self, status: int, message: str, code: str, *, param: str | None = None, retry_after: int | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.param, self.retry_after = status, message, code, param, retry_after

    def body(self) -> dict:
        kind = self._TYPES.get(self.status, "server_error")
        return {"error": {"message": self.message, "type": kind, "code": self.code, "param": self.param}}


def completion_id() -> str:
    return "chatcmpl-" + uuid.uuid4().hex[:24]


def completion(cid: str, model: str, text: str, finish_reason: str, prompt_tokens: int, new_tokens: int) -> dict:
    """A non-streaming ``chat.completion`` object."""
    return {
        "id": cid,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish_reason}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": new_tokens,
            "total_tokens": prompt_tokens + new_tokens,
        },
    }


def chunk(cid: str, model: str, delta: dict, finish_reason: str | None = None, usage: dict | None = None) -> dict:
    """One ``chat.completion.chunk`` of a stream."""
    out = {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }
    if usage is not None:
        out["usage"] = usage
    return out


def sse(payload: dict | str) -> bytes:
    """One server-sent event carrying ``payload`` (JSON) or the literal ``[DONE]``."""
    data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    return f"data: {data}\n\n".encode()


def models_list(model_id: str, created: int) -> dict:
    return {
        "object": "list",
        "data": [{"id": model_id, "object": "model", "created": created, "owned_by": "desktop-vlm"}],
    }


def finish_reason(ours: str) -> str:
    """Our finish reasons to OpenAI's (``cancelled`` only happens when nobody is listening)."""
    return {"stop": "stop", "length": "length"}.get(ours, "stop")
