"""The icon set shipped in desktop_vlm/resources/icons: every icon the window asks for exists, is drawn in the theme's
ink (so it stays visible in both themes), and the app icon is there for the window and the launcher."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QIcon

from desktop_vlm.ui import icons, model_rows
from desktop_vlm.ui.theme import COLORS, apply_theme

UI = Path(icons.__file__).parent


def _names_used() -> set[str]:
    names = set(model_rows._ICONS.values())
    for source in UI.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        names |= set(re.findall(r"""\bicon\(\s*["']([a-z-]+)["']""", text))
        names |= set(re.findall(r"""\bpane_toggle\(.*?,\s*["']([a-z-]+)["']\s*,""", text))  # the header's toggles
    return names


def test_every_icon_the_window_uses_is_shipped_with_its_licence():
    names = _names_used()
    assert len(names) > 15 and {"sidebar-left", "sidebar-right"} <= names
    missing = sorted(n for n in names if not (icons.ICON_DIR / f"{n}.svg").is_file())
    assert missing == []
    assert "Apache-2.0" in (icons.ICON_DIR.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("theme", sorted(COLORS))
def test_icons_take_the_theme_ink(qapp, theme):
    apply_theme(qapp, theme)
    image = icons.icon("download").pixmap(48, 48).toImage()
    inked = [image.pixelColor(x, y) for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() == 255]
    ink = QColor(COLORS[theme]["text"])
    assert inked and all(abs(c.lightness() - ink.lightness()) <= 2 for c in inked)
    disabled = icons.icon("download").pixmap(48, 48, QIcon.Mode.Disabled).toImage()
    grey = QColor(COLORS[theme]["muted"])
    assert any(disabled.pixelColor(x, y) == grey for x in range(48) for y in range(48))
    apply_theme(qapp, "light")


def test_a_missing_icon_is_no_icon_and_the_app_icon_exists(qapp):
    assert icons.icon("no-such-icon").isNull()
    assert icons.APP_ICON.is_file() and not icons.app_icon().isNull()
    assert not icons.app_icon().pixmap(256, 256).isNull()


def test_the_linux_desktop_entry_names_the_shipped_icon():
    root = Path(__file__).resolve().parents[2]
    entry = (root / "packaging" / "linux" / "desktop-vlm.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Icon"] == icons.APP_ICON.stem and fields["StartupWMClass"] == "desktop-vlm"
    from desktop_vlm.ui.main import DESKTOP_FILE

    assert DESKTOP_FILE == "desktop-vlm"  # the name the window tells the task bar matches the entry


def test_the_linux_desktop_entry_offers_the_app_for_the_files_it_reads():
    root = Path(__file__).resolve().parents[2]
    entry = (root / "packaging" / "linux" / "desktop-vlm.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Exec"] == "desktop-vlm %F"  # the files go to the window (cli.main opens_the_window)
    listed = fields["MimeType"].rstrip(";").split(";")
    assert len(listed) == len(set(listed)) and all(t.count("/") == 1 and " " not in t for t in listed)
    for promised in (
        "image/jpeg",
        "image/heif",
        "application/pdf",
        "video/mp4",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/msword",
        "message/rfc822",
        "application/vnd.ms-outlook",
        "application/epub+zip",
        "application/zip",
        "text/plain",
    ):
        assert promised in listed, promised
