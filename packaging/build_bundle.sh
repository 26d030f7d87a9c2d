#!/usr/bin/env bash
# Build the one-folder app into dist/desktop-vlm/ with PyInstaller and smoke-test it.
#   .venv/bin/python -m pip install pyinstaller   # once (or: pip install -e ".[bundle]")
#   packaging/build_bundle.sh                     # builds the working tree as it is
#   packaging/build_bundle.sh --from-head         # builds the last commit only (git archive HEAD), so
#                                                 # uncommitted edits never end up in a bundle
# PYTHON=/path/to/python picks another interpreter (its torch is the one bundled: CPU or CUDA).
# dist/ and build/ are git-ignored: never commit them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
PY="$(cd "$(dirname "${PYTHON:-.venv/bin/python}")" && pwd)/$(basename "${PYTHON:-.venv/bin/python}")"
if ! "$PY" -m PyInstaller --version >/dev/null 2>&1; then
    echo "PyInstaller is not installed for $PY; run: $PY -m pip install pyinstaller" >&2
    exit 1
fi
SRC="$ROOT"
if [ "${1:-}" = "--from-head" ]; then
    SRC="$ROOT/build/head-src"
    rm -rf "$SRC" && mkdir -p "$SRC"
    git archive HEAD | tar -x -C "$SRC"
    echo "building commit $(git rev-parse --short HEAD) from $SRC"
fi
start=$(date +%s)
# Run from the source folder: it comes first on sys.path, ahead of an editable install of the package.
(cd "$SRC" && "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/pyinstaller/desktop-vlm.spec)
end=$(date +%s)
echo "build time: $((end - start)) s"
echo "size: $(du -sh dist/desktop-vlm | cut -f1) in $(find dist/desktop-vlm -type f | wc -l) files"
if dist/desktop-vlm/desktop-vlm --help >/dev/null; then
    echo "smoke test: dist/desktop-vlm/desktop-vlm --help works"
else
    echo "smoke test FAILED: dist/desktop-vlm/desktop-vlm --help" >&2
    exit 1
fi
