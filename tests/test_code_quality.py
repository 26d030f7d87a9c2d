"""The code stays linted, formatted and type-checked (ruff and pyright, configured in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["desktop_vlm", "tests", "benchmarks", "scripts", "packaging"]


def _tool(name: str) -> str:
    exe = shutil.which(name, path=str(Path(sys.executable).parent))
    assert exe, f"{name} is part of the test extra"
    return exe


@pytest.mark.parametrize("check", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff(check):
    out = subprocess.run([_tool("ruff"), *check, *SOURCES], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, (out.stdout + out.stderr)[-4000:]


def test_pyright():
    out = subprocess.run([_tool("pyright")], capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert out.returncode == 0, out.stdout[-6000:]
