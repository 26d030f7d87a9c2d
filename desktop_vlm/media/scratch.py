"""A file's copy on disk for readers that read files, not bytes (the sandboxed renderer): bytes at hand with no file
behind them (a file inside an archive) are written to a private temporary folder for the time of the reading."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .kind_spec import AttachmentFile

_PLAIN_NAME = re.compile(r"[\w][\w .,()+-]{0,99}")  # a file name safe to write as it is


@contextmanager
def on_disk(file: AttachmentFile) -> Iterator[Path]:
    """``file``'s path when it names the file the bytes at hand came from, else a copy of its bytes, named by its own
    name where that is a plain file name and ``document`` otherwise (the reader's messages name it), deleted
    afterwards."""
    there = file.path.is_absolute() and file.path.is_file()
    if file.data is None or (there and file.path.stat().st_size == len(file.data)):
        yield file.path
        return
    name = file.name if _PLAIN_NAME.fullmatch(file.name) else "document"
    with tempfile.TemporaryDirectory(prefix="desktop-vlm-") as folder:
        copy = Path(folder) / name
        copy.write_bytes(file.data)
        yield copy
