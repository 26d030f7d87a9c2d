"""Entry point PyInstaller freezes: the same ``desktop-vlm`` command as the installed package."""

import sys

from desktop_vlm.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
