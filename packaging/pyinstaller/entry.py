"""Entry point PyInstaller freezes: the same ``desktop-vlm`` command as the installed package."""

import multiprocessing
import sys

from desktop_vlm.cli.main import main

if __name__ == "__main__":
    # PDF pages render in a spawned child process; in a frozen app that child is this executable again,
    # and freeze_support() turns it into the child instead of a second app.
    multiprocessing.freeze_support()
    sys.exit(main())
