"""A real HTTP server on 127.0.0.1 that speaks the parts of the model hub's protocol our client uses, with
fault injection and byte counters. Used by the hub tests and benchmarks/download_throughput.py."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlparse

LFS_THRESHOLD = 1024  # files above this are "LFS" files listed with their sha256
GOOD_TOKEN = "hf_good_token"


class _QuietServer(ThreadingHTTPServer):
    """Says nothing when a client hangs up mid-answer: clients that stop reading are what tests provoke."""

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class FakeHub:
    def __init__(
        self,
        repos: dict[str, dict[str, bytes]],
        *,
        commit: str = "0123abcd" * 5,
        gated=(),
        redirect: bool = True,
        port: int = 0,
        page_size: int = 0,
    ):
        self.repos = repos
        self.commit = commit
        self.gated = set(gated)
        self.redirect = redirect
        self.page_size = page_size  # > 0: the tree listing comes in pages linked by a Link header
        self.served: Counter[str] = Counter()  # body bytes sent per file path
        self.requests: list[tuple[str, str]] = []
        self.range_starts: list[tuple[str, int]] = []  # (file, first byte asked for) per file request
        # path (or "@api" for the metadata calls) -> {"drop_after": n, "corrupt": True, "stall_s": s,
        # "status": code, "retry_after": s, "rate_limit": s (the hub's RateLimit header, r=0;t=s),
        # "wrong_range": True, "oversize": n (n bytes sent instead of the file), "announce": False (no
        # Content-Length: the body ends when the connection closes), "endless": True (a body that never ends,
        # cut at 1 GiB so a client that never stops cannot hang a test), "times": k}
        self.faults: dict[str, dict] = {}
        self.request_times: list[tuple[float, str]] = []  # (time.monotonic(), path) of every request
        self.throttle_bps: float | None = None
        self.lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeHub:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def wait_until_quiet(self, name: str, quiet_s: float = 0.3, timeout_s: float = 10.0) -> None:
        """Return once no byte of ``name`` was sent for ``quiet_s``: a connection the client dropped (paused,
        killed) may still have a chunk in flight, which would otherwise be counted against the next run."""
        deadline = time.monotonic() + timeout_s
        last, since = self.served[name], time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.05)
            if self.served[name] != last:
                last, since = self.served[name], time.monotonic()
            elif time.monotonic() - since >= quiet_s:
                return

    def _take_fault(self, path: str) -> dict | None:
        with self.lock:
            fault = self.faults.get(path)
            if not fault or fault.get("times", 1) <= 0:
                return None
            fault["times"] = fault.get("times", 1) - 1
            return dict(fault)

    def tree(self, repo: str) -> list[dict]:
        """The listing, cached while the files are the same objects: hashing gigabytes per request would
        dominate timings. The cache holds the bytes it was built from, so their ids cannot be reused."""
        files = dict(self.repos[repo])
        key = (repo, self.commit, sorted((p, id(d)) for p, d in files.items()))
        cached = getattr(self, "_tree_cache", None)
        if cached is None or cached[0] != key:
            self._tree_cache = (key, self._tree(repo), files)
        return self._tree_cache[1]

    def _tree(self, repo: str) -> list[dict]:
        out = []
        for path, data in sorted(self.repos[repo].items()):
            git = hashlib.sha1(f"blob {len(data)}\0".encode() + data).hexdigest()
            item = {"type": "file", "path": path, "size": len(data), "oid": git}
            if len(data) > LFS_THRESHOLD:
                item["lfs"] = {"oid": hashlib.sha256(data).hexdigest(), "size": len(data)}
            out.append(item)
        return out

    def _handler(self):
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                pass

            def _json(self, code: int, body, link: str | None = None) -> None:
                data = json.dumps(body).encode()
                self.send_response(code)
                if link:
                    self.send_header("Link", f'<{link}>; rel="next"')
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _authorised(self, repo: str) -> bool:
                if repo not in hub.gated:
                    return True
                return self.headers.get("Authorization") == f"Bearer {GOOD_TOKEN}"

            def _refuse(self) -> None:  # like the hub: 401 without a token, 403 with one that has no access
                self._json(403 if self.headers.get("Authorization") else 401, {"error": "gated"})

            def _status_fault(self, key: str) -> bool:
                fault = hub._take_fault(key) if key in hub.faults and "status" in hub.faults[key] else None
                if not fault:
                    return False
                data = b'{"error": "injected"}'
                self.send_response(fault["status"])
                if "retry_after" in fault:
                    self.send_header("Retry-After", str(fault["retry_after"]))
                if "rate_limit" in fault:  # as the hub words it: no request left, the window resets in t s
                    self.send_header("RateLimit", f'"api";r=0;t={fault["rate_limit"]}')
                    self.send_header("RateLimit-Policy", '"fixed window";"api";q=500;w=300')
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return True

            def do_GET(self) -> None:  # noqa: N802
                path = unquote(urlparse(self.path).path)
                hub.requests.append(("GET", path))
                hub.request_times.append((time.monotonic(), path))
                if path.startswith("/api/") and self._status_fault("@api"):
                    return
                hostile = hub.faults.get("@api", {}).keys() & {"oversize", "endless"}
                if path.startswith("/api/") and hostile and (fault := hub._take_fault("@api")):
                    return self._send_hostile_body("@api", fault)  # an oversized or endless metadata answer
                if m := re.fullmatch(r"/api/models/([^/]+/[^/]+)/revision/(.+)", path):
                    repo = m.group(1)
                    if repo not in hub.repos:
                        return self._json(404, {"error": "Repository not found"})
                    if not self._authorised(repo):
                        return self._refuse()
                    return self._json(
                        200, {"id": repo, "sha": hub.commit, "siblings": [{"rfilename": p} for p in hub.repos[repo]]}
                    )
                if m := re.fullmatch(r"/api/models/([^/]+/[^/]+)/tree/([^/]+)", path):
                    repo = m.group(1)
                    if repo not in hub.repos:
                        return self._json(404, {"error": "Repository not found"})
                    if not self._authorised(repo):
                        return self._refuse()
                    tree = hub.tree(repo)
                    if not hub.page_size:
                        return self._json(200, tree)
                    query = parse_qs(urlparse(self.path).query)
                    start = int(query.get("cursor", ["0"])[0])
                    end = start + hub.page_size
                    link = f"{hub.url}{path}?recursive=true&cursor={end}" if end < len(tree) else None
                    return self._json(200, tree[start:end], link)
                if m := re.fullmatch(r"/([^/]+/[^/]+)/resolve/([^/]+)/(.+)", path):
                    repo, _sha, file = m.groups()
                    if repo not in hub.repos or file not in hub.repos[repo]:
                        return self._json(404, {"error": "Entry not found"})
                    if not self._authorised(repo):
                        return self._refuse()
                    if hub.redirect:  # like the hub's redirect to its CDN
                        self.send_response(302)
                        self.send_header("Location", f"/cdn/{repo}/{file}")
                        self.send_header("X-Repo-Commit", hub.commit)
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    return self._send_file(repo, file)
                if m := re.fullmatch(r"/cdn/([^/]+/[^/]+)/(.+)", path):
                    return self._send_file(*m.groups())
                self._json(404, {"error": "not found"})

            def _send_file(self, repo: str, file: str) -> None:
                data = hub.repos[repo][file]
                start = 0
                if (rng := self.headers.get("Range")) and (m := re.fullmatch(r"bytes=(\d+)-", rng)):
                    start = int(m.group(1))
                    if start >= len(data):
                        return self._json(416, {"error": "range"})
                if self._status_fault(file):
                    return
                body = data[start:]
                hub.range_starts.append((file, start))
                fault = hub._take_fault(file)
                if fault and fault.get("wrong_range") and start:  # a broken mirror: 206 from the wrong offset
                    start = max(0, start - 1000)
                    body = data[start:]
                if fault and fault.get("corrupt"):
                    body = bytes(b ^ 0xFF for b in body[:16]) + body[16:]
                if fault and ("oversize" in fault or fault.get("endless")):
                    return self._send_hostile_body(file, fault)
                self.send_response(206 if start else 200)
                if start:
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", '"' + hashlib.sha256(data).hexdigest() + '"')
                self.send_header("X-Repo-Commit", hub.commit)
                self.send_header("Accept-Ranges", "bytes")
                self.end_headers()
                if fault and fault.get("stall_s"):
                    time.sleep(fault["stall_s"])
                limit = fault.get("drop_after") if fault else None
                sent = 0
                step = 64 * 1024
                while sent < len(body):
                    chunk = body[sent : sent + step]
                    if limit is not None and sent + len(chunk) > limit:
                        chunk = chunk[: limit - sent]
                        self.wfile.write(chunk)
                        with hub.lock:
                            hub.served[file] += len(chunk)
                        self.close_connection = True
                        return  # connection dropped mid-file
                    try:
                        self.wfile.write(chunk)
                    except (BrokenPipeError, ConnectionResetError):
                        return
                    with hub.lock:
                        hub.served[file] += len(chunk)
                    sent += len(chunk)
                    if hub.throttle_bps:
                        time.sleep(len(chunk) / hub.throttle_bps)

            def _send_hostile_body(self, file: str, fault: dict) -> None:
                """A mirror that lies about a file: far more bytes than listed, announced or not, or no end."""
                total = 1 << 30 if fault.get("endless") else fault["oversize"]
                self.send_response(200)
                if fault.get("announce", True) and not fault.get("endless"):
                    self.send_header("Content-Length", str(total))
                else:  # no length: the body runs until the connection closes
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                block, sent = b"\xab" * (64 * 1024), 0
                while sent < total:
                    chunk = block[: total - sent]
                    try:
                        self.wfile.write(chunk)
                    except (BrokenPipeError, ConnectionResetError):
                        return
                    sent += len(chunk)
                    with hub.lock:
                        hub.served[file] += len(chunk)

        return Handler


class LoopbackProxy:
    """A forward HTTP proxy on 127.0.0.1 (absolute-form requests, as clients send them to a proxy for
    http:// URLs) that only forwards to 127.0.0.1 and counts what it forwarded."""

    def __init__(self):
        self.forwarded: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self) -> None:  # noqa: N802
                import http.client

                target = urlparse(self.path)
                if target.hostname != "127.0.0.1":
                    self.send_error(403, "loopback only")
                    return
                proxy.forwarded.append(self.path)
                conn = http.client.HTTPConnection("127.0.0.1", target.port, timeout=30)
                headers = {
                    k: v for k, v in self.headers.items() if k.lower() in ("range", "authorization", "user-agent")
                }
                conn.request("GET", target.path + (f"?{target.query}" if target.query else ""), headers=headers)
                response = conn.getresponse()
                self.send_response(response.status)
                for key, value in response.getheaders():
                    if key.lower() not in ("connection", "transfer-encoding", "keep-alive", "server", "date"):
                        self.send_header(key, value)
                self.end_headers()
                while block := response.read(64 * 1024):
                    self.wfile.write(block)
                conn.close()

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> LoopbackProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


def make_repo(size_mb: float = 2.0, seed: int = 0) -> dict[str, bytes]:
    """A model-shaped repo: config.json (a supported format), two weight shards, tokenizer files, code."""
    import random

    rng = random.Random(seed)
    config = json.dumps(
        {
            "architectures": ["InternVLChatModel"],
            "template": "internvl2_5",
            "llm_config": {"architectures": ["Qwen2ForCausalLM"]},
            "vision_config": {"model_type": "intern_vit_6b"},
        }
    ).encode()
    half = int(size_mb * 1_000_000 / 2)
    return {
        "config.json": config,
        "model-00001-of-00002.safetensors": rng.randbytes(half),
        "model-00002-of-00002.safetensors": rng.randbytes(half),
        "model.safetensors.index.json": b'{"weight_map": {}}',
        "tokenizer.json": b'{"model": {}}' + b" " * 3000,
        "modeling_internvl_chat.py": b"raise SystemExit('never downloaded, never run')\n",
        "pytorch_model.bin": rng.randbytes(2048),
    }
