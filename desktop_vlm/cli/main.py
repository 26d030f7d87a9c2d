"""``desktop-vlm``: the window when run without a subcommand, the CLI otherwise.

Each subcommand lives in its own module exposing ``register(subparsers)``, which adds its parser and
sets ``handler`` to a function ``(args) -> int``. Modules must import heavy libraries (torch, Qt)
inside the handler, never at import time, so ``desktop-vlm --help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from ..core.errors import DesktopVlmError

SUBCOMMAND_MODULES = ("ask", "models", "batch", "serve")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-vlm",
        description="Chat with a vision-language model about images, documents and videos, offline. "
        "Without a subcommand the desktop window opens.",
    )
    parser.add_argument(
        "--measure-startup",
        action="store_true",
        help="open the window, print the seconds until it is first shown, and quit (used by benchmarks/gui_startup.py)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(f"{__package__}.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from ..ui.main import run_gui  # the window; imports Qt only here

        return run_gui(measure_startup=args.measure_startup)
    try:
        code = int(args.handler(args) or 0)
        sys.stdout.flush()  # a reader gone away (``| head``) is heard here, not as a traceback at exit
        return code
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # what is still buffered goes nowhere
        return 141  # as a shell reports a command ended by SIGPIPE
    except DesktopVlmError as err:
        print(f"desktop-vlm: {one_line(str(err))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("desktop-vlm: interrupted", file=sys.stderr)
        return 130


def one_line(text: str) -> str:
    """``text`` as one terminal line: line breaks become spaces and other control characters (an escape
    sequence in a file name) are shown escaped, never sent to the terminal."""
    return "".join(" " if ch in "\r\n\t" else ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
