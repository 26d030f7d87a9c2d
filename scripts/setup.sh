#!/usr/bin/env bash
# Create .venv and install Desktop VLM into it. Usage: scripts/setup.sh [--test] [--gui]
#   --test      also install the test tools (pytest, pytest-qt, hypothesis...)
#   --gui       also install the system libraries Qt's X11/Wayland platform plugin needs (Debian/Ubuntu,
#               with apt-get as root or password-less sudo; otherwise the command to run is printed)
# Both check for a C++ compiler: on x86-64 Linux the int4 mode builds its decode kernel with it (once; without
# one torch's slower int4 kernel runs), and the tests build that kernel. Missing, it is installed as above.
# Environment:
#   TORCH_SPEC  the torch requirement to install first (default: torch==2.13.0). Pick the build that fits
#               your machine, e.g. a CUDA build on an NVIDIA workstation; see README "Installing torch".
#   PYTHON      the interpreter used to create the venv (default: python3, must be 3.11+)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
want_gui=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    --gui) want_gui=1 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

# Libraries PySide6's xcb platform plugin loads at start-up (a stock desktop has them; minimal images do not).
QT_APT_PACKAGES="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 \
libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 \
libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 fonts-dejavu-core"

wanted_apt_packages=""
[ "$want_gui" = 1 ] && wanted_apt_packages="$QT_APT_PACKAGES"
if { [ "$want_gui" = 1 ] || [ "$want_test" = 1 ]; } && [ "$(uname -m)" = x86_64 ] && ! command -v "${CXX:-c++}" >/dev/null; then
  wanted_apt_packages="$wanted_apt_packages g++"
fi

if [ -n "$wanted_apt_packages" ] && [ "$(uname -s)" = Linux ]; then
  if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
    missing=""
    for pkg in $wanted_apt_packages; do
      dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
    done
    if [ -n "$missing" ]; then
      if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="none"; fi
      if [ "$sudo" = none ]; then
        echo "setup.sh: the window (or the int4 kernel) needs these system packages; install them with:" >&2
        echo "  sudo apt-get install -y --no-install-recommends$missing" >&2
      else
        $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends $missing
      fi
    fi
  else
    echo "setup.sh: not a Debian/Ubuntu system; if the window does not open, install your distribution's" \
         "packages providing: $wanted_apt_packages" >&2
  fi
fi

py=${PYTHON:-python3}
"$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
  || { echo "setup.sh: Python 3.11 or newer is needed ($py is $("$py" -V 2>&1))." >&2; exit 1; }

[ -x .venv/bin/python ] || "$py" -m venv .venv
pip=(.venv/bin/python -m pip --disable-pip-version-check -q)
"${pip[@]}" install --upgrade pip
# torch first, so the project's "torch>=2.6" is already satisfied and pip does not pull a second build.
"${pip[@]}" install "${TORCH_SPEC:-torch==2.13.0}"
if [ "$want_test" = 1 ]; then
  "${pip[@]}" install -e ".[test]"
else
  "${pip[@]}" install -e .
fi
echo "setup.sh: ready (.venv)."
