#!/usr/bin/env bash
# Build the one-folder app into dist/desktop-vlm/ with PyInstaller and smoke-test it.
#   .venv/bin/python -m pip install pyinstaller   # once
#   packaging/build_bundle.sh                     # PYTHON=/path/to/python to use another interpreter
# dist/ and build/ are git-ignored: never commit them.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
if ! "$PY" -m PyInstaller --version >/dev/null 2>&1; then
    echo "PyInstaller is not installed for $PY; run: $PY -m pip install pyinstaller" >&2
    exit 1
fi
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/pyinstaller/desktop-vlm.spec
end=$(date +%s)
echo "build time: $((end - start)) s"
echo "size: $(du -sh dist/desktop-vlm | cut -f1) in $(find dist/desktop-vlm -type f | wc -l) files"
if dist/desktop-vlm/desktop-vlm --help >/dev/null; then
    echo "smoke test: dist/desktop-vlm/desktop-vlm --help works"
else
    echo "smoke test FAILED: dist/desktop-vlm/desktop-vlm --help" >&2
    exit 1
fi
