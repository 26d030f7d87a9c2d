"""Hostile HTTP requests for the server fuzzing (a test and benchmarks/fuzz_hostile.py): raw bytes, each sent on
its own connection, and how a request's answer is judged."""

from __future__ import annotations

import base64
import io
import json
import random
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

CHAT = b"/v1/chat/completions"


@dataclass(frozen=True)
class HostileRequest:
    label: str
    raw: bytes
    slow: bool = False  # sends part of its headers and then nothing: the server must close it by itself


def _png_url(size: tuple[int, int]) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", size, (9, 90, 200)).save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def _declared_png_url(width: int, height: int) -> str:
    from tests.media.fuzz_inputs import large_png

    return "data:image/png;base64," + base64.b64encode(large_png(width, height, declared_only=True)).decode()


def _post(
    body: bytes, path: bytes = CHAT, headers: bytes = b"Content-Type: application/json\r\n", length: int | None = None
) -> bytes:
    length = len(body) if length is None else length
    return (
        b"POST "
        + path
        + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + headers
        + b"Content-Length: %d\r\n\r\n" % length
        + body
    )


def _chat(content, **extra) -> bytes:
    return json.dumps({"model": "m", "messages": [{"role": "user", "content": content}], **extra}).encode()


def _image_parts(urls: list[str], text: str = "x") -> list[dict]:
    return [{"type": "image_url", "image_url": {"url": u}} for u in urls] + [{"type": "text", "text": text}]


JUNK = [None, True, -1, 0, 2.5, "hot", [], {}, [1, 2], {"a": 1}, 10**30, "9" * 5000, "\x00", "\u202e", "A" * 70_000]
OPTIONS = [
    "max_tokens",
    "max_completion_tokens",
    "temperature",
    "top_p",
    "n",
    "stop",
    "seed",
    "stream",
    "stream_options",
]


def hostile_requests(rng: random.Random, count: int, allowed: Path) -> list[HostileRequest]:
    """``count`` requests drawn from fixed hostile cases and random mutations of a valid one; ``allowed`` is the
    server's --allow-files folder (file-path cases name things inside and outside it)."""
    small = _png_url((32, 24))
    fixed = [
        ("nested", _post(b'{"messages": ' + b"[" * 50_000 + b"]" * 50_000 + b"}")),
        ("nan", _post(b'{"messages": [{"role": "user", "content": "x"}], "temperature": NaN}')),
        ("1e400", _post(b'{"messages": [{"role": "user", "content": "x"}], "max_tokens": 1e400}')),
        ("huge int", _post(b'{"messages": [{"role": "user", "content": "x"}], "seed": 1' + b"0" * 5000 + b"}")),
        ("not utf-8", _post(b'{"messages": "\xff\xfe"}')),
        ("16 images of 40 MP", _post(_chat(_image_parts([_declared_png_url(6324, 6324)] * 16)))),
        ("17 images", _post(_chat(_image_parts([small] * 17)))),
        ("image bomb header", _post(_chat(_image_parts([_declared_png_url(60_000, 60_000)])))),
        ("long text", _post(_chat("y" * 400_001))),
        ("many messages", _post(json.dumps({"messages": [{"role": "user", "content": "x"}] * 3000}).encode())),
        ("NUL path", _post(_chat(_image_parts(["a\x00b.png"])))),
        ("ESC path", _post(_chat(_image_parts(["\x1b[2Jx.png"])))),
        ("traversal", _post(_chat(_image_parts(["../../../../etc/passwd"])))),
        ("absolute", _post(_chat(_image_parts(["/etc/passwd"])))),
        ("fifo", _post(_chat(_image_parts(["fifo.png"])))),
        ("folder", _post(_chat(_image_parts(["."])))),
        ("missing", _post(_chat(_image_parts(["missing.png"])))),
        ("file url", _post(_chat(_image_parts(["file:///etc/shadow"])))),
        ("network url", _post(_chat(_image_parts(["http://198.51.100.7/x.png"])))),
        ("negative length", _post(b"{}", length=-5)),
        ("length past the body", _post(b"{}", length=1000)),
        ("huge length", _post(b"{}", length=10**12)),
        ("chunked", _post(b"{}", headers=b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n")),
        ("text/plain", _post(_chat("x"), headers=b"Content-Type: text/plain\r\n")),
        ("ESC in the path", b"GET /v1/\x1b[31mx\x07 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
        ("long path", b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        ("many headers", b"GET /v1/models HTTP/1.1\r\n" + b"X-A: 1\r\n" * 200 + b"\r\n"),
        ("long header", b"GET /v1/models HTTP/1.1\r\nX-A: " + b"b" * 70_000 + b"\r\n\r\n"),
        ("not http", bytes(rng.randrange(256) for _ in range(300))),
        ("rebinding", b"GET /v1/models HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"),
    ]
    out = [HostileRequest(label, raw) for label, raw in fixed]
    out.append(HostileRequest("slow headers", b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n", True))
    while len(out) < count:
        body = {"model": "m", "messages": [{"role": "user", "content": _image_parts([small], "hi")}]}
        for _ in range(rng.randint(1, 3)):
            target = rng.randrange(4)
            try:
                if target == 0:
                    body[rng.choice(OPTIONS)] = rng.choice(JUNK)
                elif target == 1:
                    body["messages"][0][rng.choice(["role", "content", "name"])] = rng.choice(JUNK)
                elif target == 2:
                    body["messages"] = rng.choice(JUNK + [[{"role": "assistant", "content": "a"}]])
                else:
                    body["messages"].append(
                        {
                            "role": rng.choice(["user", "assistant", "system", "tool"]),
                            "content": rng.choice(JUNK + ["ok"]),
                        }
                    )
            except (AttributeError, TypeError, KeyError, IndexError):
                pass  # an earlier change replaced what this one would change
        raw = json.dumps(body).encode()
        if rng.random() < 0.2:  # and sometimes damage the bytes
            at = rng.randrange(len(raw))
            raw = raw[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))) + raw[at + 1 :]
        out.append(HostileRequest("mutated", _post(raw)))
    return out[:count]


def send(address: tuple[str, int], request: HostileRequest, timeout: float = 20.0) -> tuple[int | None, float]:
    """Send ``request`` on a fresh connection; (HTTP status or None when the server closed without one, seconds
    until the connection was closed). A slow request sends its part and waits for the server to close."""
    start = time.monotonic()
    with socket.create_connection(address, timeout=timeout) as sock:
        try:
            sock.sendall(request.raw)
            if not request.slow:
                sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the server may answer (413) and close before a huge request is all sent
        answer = b""
        try:
            while chunk := sock.recv(65536):
                answer += chunk
        except ConnectionResetError:
            pass
    status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.") and answer.count(b" ") >= 2 else None
    return status, time.monotonic() - start


def judge(request: HostileRequest, status: int | None, seconds: float, header_timeout: float) -> str:
    """ "ok" when the server answered with a 2xx-4xx status (or closed a slow client in time); else the finding."""
    if request.slow:
        return "ok" if status in (None, 408) and seconds < header_timeout + 2 else f"slow client held {seconds:.1f} s"
    if status is None:
        return "closed without an answer" if request.label not in ("not http",) else "ok"
    return "ok" if status < 500 else f"answered {status}"
