"""The dependency rule (pyproject.toml [tool.importlinter]) holds."""

import shutil
import subprocess
import sys
from pathlib import Path


def test_import_contracts_are_kept():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is part of the test extra"
    out = subprocess.run([exe], capture_output=True, text=True, cwd=Path(__file__).parents[1], timeout=120)
    assert out.returncode == 0, out.stdout[-3000:]
    assert "0 broken" in out.stdout
