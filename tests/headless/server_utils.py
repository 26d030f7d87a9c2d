"""Test helpers: an in-process server on 127.0.0.1:0 and a tiny HTTP client on http.client."""

from __future__ import annotations

import base64
import http.client
import io
import json
from contextlib import contextmanager

from PIL import Image

from desktop_vlm.server import ImagePolicy, ServerConfig, create_server


@contextmanager
def running_server(
    runtime,
    *,
    api_key=None,
    max_queue=4,
    max_body=20 * 1024 * 1024,
    allow_files=None,
    max_connections=64,
    extra_hosts=(),
    max_per_client=16,
    policy: ImagePolicy | None = None,
    **config,
):
    """A server around ``runtime`` (already built) on a free loopback port; closed afterwards. ``config``:
    more ServerConfig fields (``header_timeout_s``, ``max_text_chars``)."""
    config = ServerConfig(
        model_id="test-model",
        api_key=api_key,
        max_body_bytes=max_body,
        image_policy=policy or ImagePolicy(allow_files=allow_files),
        extra_hosts=frozenset(extra_hosts),
        **config,
    )
    server = create_server(
        lambda: runtime,
        config,
        "127.0.0.1",
        0,
        max_queue=max_queue,
        max_connections=max_connections,
        max_per_client=max_per_client,
    )
    server.start_background()
    assert server.worker.ready.wait(30)
    try:
        yield server
    finally:
        server.close()


def data_url(size=(32, 24), color=(200, 30, 30)) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def request(server, method: str, path: str, body=None, headers=None, raw: bytes | None = None):
    """``(status, headers, parsed JSON or text)`` for one request on a fresh connection."""
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=30)
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    hdrs = {"Content-Type": "application/json", **(headers or {})}
    conn.request(method, path, body=data, headers=hdrs)
    resp = conn.getresponse()
    text = resp.read().decode()
    conn.close()
    try:
        payload = json.loads(text)
    except json.JSONDecodeError:
        payload = text
    return resp.status, dict(resp.getheaders()), payload


def open_stream(server, body, headers=None):
    """Start a streaming request; returns (connection, response) with the response unread."""
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=30)
    conn.request(
        "POST",
        "/v1/chat/completions",
        body=json.dumps({**body, "stream": True}),
        headers={"Content-Type": "application/json", **(headers or {})},
    )
    return conn, conn.getresponse()


def read_event(resp) -> dict | str | None:
    """The next SSE data payload (dict, or "[DONE]"); None at end of stream."""
    while True:
        line = resp.fp.readline()
        if not line:
            return None
        line = line.decode().strip()
        if line.startswith("data: "):
            data = line[6:]
            return data if data == "[DONE]" else json.loads(data)


def user(text, *images, **extra) -> dict:
    parts = [{"type": "image_url", "image_url": {"url": u}} for u in images] + [{"type": "text", "text": text}]
    return {"model": "test-model", "messages": [{"role": "user", "content": parts}], **extra}
