#!/usr/bin/env bash
# Create .venv and install Desktop VLM into it. Usage: scripts/setup.sh [--test]
#   --test      also install the test tools (pytest, pytest-qt, hypothesis...)
# Environment:
#   TORCH_SPEC  the torch requirement to install first (default: torch==2.13.0). Pick the build that fits
#               your machine, e.g. a CUDA build on an NVIDIA workstation; see README "Installing torch".
#   PYTHON      the interpreter used to create the venv (default: python3, must be 3.11+)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

py=${PYTHON:-python3}
"$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
  || { echo "setup.sh: Python 3.11 or newer is needed ($py is $("$py" -V 2>&1))." >&2; exit 1; }

[ -x .venv/bin/python ] || "$py" -m venv .venv
pip=(.venv/bin/python -m pip --disable-pip-version-check -q)
"${pip[@]}" install --upgrade pip
# torch first, so the project's "torch>=2.4" is already satisfied and pip does not pull a second build.
"${pip[@]}" install "${TORCH_SPEC:-torch==2.13.0}"
if [ "$want_test" = 1 ]; then
  "${pip[@]}" install -e ".[test]"
else
  "${pip[@]}" install -e .
fi
echo "setup.sh: ready (.venv)."
