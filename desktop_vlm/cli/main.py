"""``desktop-vlm``: the window when run without a subcommand (``desktop-vlm FILE…`` opens it with those files,
as a file manager's "Open with" does), the CLI otherwise.

Each subcommand lives in its own module exposing ``register(subparsers)``, which adds its parser and
sets ``handler`` to a function ``(args) -> int``. Modules must import heavy libraries (torch, Qt)
inside the handler, never at import time, so ``desktop-vlm --help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from ..core.errors import DesktopVlmError

SUBCOMMAND_MODULES = ("ask", "models", "batch", "serve")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-vlm",
        usage="%(prog)s [-h] [--measure-startup] [FILE ...]\n       %(prog)s COMMAND ...",
        description="Chat with a vision-language model about images, documents and videos, offline. "
        "Without a command the desktop window opens, with the FILEs given attached to a new chat; while it is "
        "open already, they go to that window.",
    )
    add_window_arguments(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(f"{__package__}.{name}").register(sub)
    return parser


def add_window_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--measure-startup",
        action="store_true",
        help="open the window, print the seconds until it is first shown, and quit (used by benchmarks/gui_startup.py)",
    )


def build_window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desktop-vlm", usage=build_parser().usage)
    add_window_arguments(parser)
    parser.add_argument("files", nargs="*", metavar="FILE", help="files to attach to a new chat")
    return parser


def opens_the_window(argv: list[str]) -> bool:
    """Whether ``argv`` asks for the window: its first word that is not an option names no command (a file, or
    nothing at all). ``-h`` shows the full help, commands included."""
    words = [a for a in argv if not a.startswith("-") or a == "-"]
    return not {"-h", "--help"} & set(argv[:1]) and (not words or words[0] not in SUBCOMMAND_MODULES)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if opens_the_window(argv):
        return open_window(argv)
    args = build_parser().parse_args(argv)
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


def open_window(argv: list[str]) -> int:
    parser = build_window_parser()
    args = parser.parse_args(argv)
    files = file_arguments(args.files, Path.cwd())
    missing = [given for given, path in zip(args.files, files, strict=True) if not path.exists()]
    if missing:  # from a terminal, most likely a mistyped command: say both
        commands = ", ".join(SUBCOMMAND_MODULES)
        parser.error(f"no such file or command: {', '.join(missing)} (commands: {commands})")
    from ..ui.main import run_gui  # the window; imports Qt only here

    return run_gui(files=files, measure_startup=args.measure_startup)


def file_arguments(arguments: list[str], cwd: Path) -> list[Path]:
    """Command-line file arguments as absolute paths: a path relative to where the command ran, or a
    ``file://`` address (what a launcher's ``%U`` passes)."""
    paths = []
    for argument in arguments:
        if argument.startswith("file:"):
            from urllib.parse import urlsplit
            from urllib.request import url2pathname  # only here: urllib.request is slow to import

            path = Path(url2pathname(urlsplit(argument).path))
        else:
            path = Path(argument)
        paths.append(path if path.is_absolute() else cwd / path)
    return paths


def one_line(text: str) -> str:
    """``text`` as one terminal line: line breaks become spaces and other control characters (an escape
    sequence in a file name) are shown escaped, never sent to the terminal."""
    return "".join(" " if ch in "\r\n\t" else ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
