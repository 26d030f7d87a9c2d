"""A plain ``pip install .`` (not editable) has the window's icons and translations: they are package data, and
the window finds them inside the installed package, not in a source checkout beside it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _build_wheel(tmp_path: Path) -> Path:
    """Build the wheel from a copy of the sources (a build writes build/ and egg-info beside them), with the
    setuptools already installed (torch requires one new enough), so no network is needed."""
    source = tmp_path / "source"
    shutil.copytree(ROOT / "desktop_vlm", source / "desktop_vlm", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, source / name)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "-q",
            "-w",
            str(tmp_path / "dist"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    (wheel,) = (tmp_path / "dist").glob("desktop_vlm-*.whl")
    return wheel


def test_the_wheel_carries_the_icons_and_translations_and_the_window_finds_them(tmp_path):
    wheel = _build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    icons = {p.relative_to(ROOT).as_posix() for p in (ROOT / "desktop_vlm" / "resources").rglob("*") if p.is_file()}
    assert len(icons) > 20 and "desktop_vlm/resources/icons/ui/send.svg" in icons
    assert icons - names == set()
    translations = {f"desktop_vlm/ui/translations/desktop_vlm_{language}.qm" for language in ("vi", "zh_CN")}
    assert translations <= names

    target = tmp_path / "installed"
    with zipfile.ZipFile(wheel) as archive:  # what pip install puts in site-packages
        archive.extractall(target)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); import desktop_vlm; from desktop_vlm.ui import icons; "
        "print(desktop_vlm.__file__); print(icons.ICON_DIR); print((icons.ICON_DIR / 'send.svg').is_file(), "
        "icons.APP_ICON.is_file(), bool(icons._svg_text('send')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(target)], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr[-2000:]
    package, icon_dir, found = out.stdout.splitlines()
    assert package.startswith(str(target)) and icon_dir.startswith(str(target))  # the wheel's copy, not ours
    assert found == "True True True"
