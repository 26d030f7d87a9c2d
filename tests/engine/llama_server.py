"""llama.cpp's OpenAI-compatible server (llama-cpp-python's, the `bench` extra) serving a tiny InternVL
checkpoint converted with llama.cpp's own converter: text model + mmproj, so pictures go through its vision
path. Used by the `engine` tests of the remote backend (CLI and window)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MODEL_NAME = "tiny-internvl"


def convert_tiny_internvl(folder: Path) -> dict[str, Path]:
    """A tiny InternVL checkpoint (desktop_vlm/runtime/internvl/synthetic.py) as BF16 text GGUF + F16 mmproj in ``folder``.
    llama.cpp's converter comes from the llama-cpp-python sdist (``LLAMA_CPP_SRC``, else downloaded by pip)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import llamacpp_bench

    from desktop_vlm.runtime.internvl.synthetic import write_checkpoint as write_internvl_checkpoint

    checkpoint = write_internvl_checkpoint(folder / "tiny-internvl")
    given = os.environ.get("LLAMA_CPP_SRC")
    source = llamacpp_bench.converter_source(folder, Path(given) if given else None)
    return llamacpp_bench.convert(checkpoint, folder, source, ["bf16"])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def llama_server(files: dict[str, Path], log: Path, ready_s: float = 120.0):
    """Run the server on a free loopback port until the block ends; yields its base URL."""
    port = _free_port()
    argv = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(files["bf16"]),
        "--clip_model_path",
        str(files["mmproj"]),
        "--chat_format",
        "mtmd",
        "--model_alias",
        MODEL_NAME,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "4096",
        "--n_threads",
        "2",
    ]
    url = f"http://127.0.0.1:{port}"
    with open(log, "wb") as sink:
        server = subprocess.Popen(argv, stdout=sink, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + ready_s
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/v1/models", timeout=2) as answer:
                        if MODEL_NAME in json.loads(answer.read())["data"][0]["id"]:
                            break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"llama.cpp's server did not start: {log.read_text()[-2000:]}") from None
                    time.sleep(0.5)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=30)
