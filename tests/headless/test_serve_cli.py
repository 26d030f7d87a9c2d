"""``desktop-vlm serve`` as a process: the port line, /v1/models, graceful SIGTERM, the loopback rule."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import urllib.request

ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}


def test_serve_fake_model_then_sigterm():
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_vlm", "serve", "fake:answer=hello", "--port", "0", "--lookup", "3"],
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        url = None
        while True:
            line = proc.stderr.readline()
            assert line, "server exited early"
            url = url or (m.group(1) if (m := re.search(r"at (http://\S+/v1)", line)) else None)
            if "model ready" in line:
                break
        with urllib.request.urlopen(url + "/models", timeout=10) as resp:
            assert json.load(resp)["data"][0]["id"] == "fake"
        req = urllib.request.Request(
            url + "/chat/completions",
            method="POST",
            data=json.dumps({"messages": [{"role": "user", "content": "hi"}]}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert json.load(resp)["choices"][0]["message"]["content"] == "hello"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_serve_refuses_public_host_without_key():
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_vlm", "serve", "fake:", "--host", "0.0.0.0", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=30,
        env=ENV,
    )
    assert proc.returncode == 1 and "without an API key" in proc.stderr and "Traceback" not in proc.stderr
    env = {**ENV, "MY_KEY": ""}
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_vlm", "serve", "fake:", "--api-key-env", "MY_KEY"],
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
    )
    assert proc.returncode == 1 and "MY_KEY" in proc.stderr


def test_serve_refuses_a_lookup_beyond_what_a_step_takes():
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_vlm", "serve", "fake:", "--lookup", "7"],
        capture_output=True,
        text=True,
        timeout=30,
        env=ENV,
    )
    assert proc.returncode == 2 and "argument --lookup: must be between 0 and 6 (got 7)" in proc.stderr
