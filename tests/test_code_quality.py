"""The code stays linted, formatted and type-checked (ruff and pyright, configured in pyproject.toml)."""

from __future__ import annotations

import json
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
    # the project's own configuration, named: pyright would otherwise take a pyrightconfig.json from any folder above
    command = [_tool("pyright"), "--project", str(ROOT / "pyproject.toml"), "--outputjson"]
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=900)
    report = json.loads(out.stdout)
    errors = [
        f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert report["summary"]["filesAnalyzed"] > 150, report["summary"]  # the package, not an empty selection
    assert out.returncode == 0 and not errors, "\n".join(errors[:60])
