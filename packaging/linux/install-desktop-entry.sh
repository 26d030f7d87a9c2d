#!/usr/bin/env bash
# Put Desktop VLM in the desktop's application menu with its icon, for the current user:
#   packaging/linux/install-desktop-entry.sh            # install
#   packaging/linux/install-desktop-entry.sh --remove   # take it out again
# The launcher runs `desktop-vlm` from PATH (the venv's bin folder, or the PyInstaller folder); the window
# tells the task bar it belongs to "desktop-vlm", so the running app shows this icon, not a generic one.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$APPS/desktop-vlm.desktop" "$ICONS/scalable/apps/desktop-vlm.svg" "$ICONS/256x256/apps/desktop-vlm.png"
else
    install -Dm644 packaging/linux/desktop-vlm.desktop "$APPS/desktop-vlm.desktop"
    install -Dm644 desktop_vlm/resources/icons/desktop-vlm.svg "$ICONS/scalable/apps/desktop-vlm.svg"
    install -Dm644 desktop_vlm/resources/icons/desktop-vlm.png "$ICONS/256x256/apps/desktop-vlm.png"
fi
# refresh the menu and icon caches where the tools exist (they are optional)
command -v update-desktop-database >/dev/null && update-desktop-database "$APPS" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$ICONS" 2>/dev/null || true
echo "done: $APPS/desktop-vlm.desktop"
