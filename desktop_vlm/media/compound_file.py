"""The compound files Office wrote before 2007 (.doc, .xls, .ppt) and Outlook writes still (.msg): which program's
document one holds, told by the streams inside it rather than by its name, and the refusals for those no reader
here takes — a file saved with a password, another program's document.

``olefile`` reads the container (a small file system of sectors and streams); the documents' own formats are read
by :mod:`.word97_text`, :mod:`.xls_text`, :mod:`.ppt97_text` and :mod:`.outlook_message`.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

import olefile

from ..core.errors import MediaError, PasswordRequiredError
from ..core.messages import Message

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the first bytes of every compound file
Program = Literal["word", "excel", "powerpoint", "outlook"]
_DOCUMENT_STREAMS: tuple[tuple[str, Program], ...] = (
    ("WordDocument", "word"),
    ("Workbook", "excel"),  # Excel 97 and later
    ("Book", "excel"),  # Excel 5 and 95
    ("PowerPoint Document", "powerpoint"),
)
PASSWORD_HINT = Message("Open it in the program that made it, save a copy without the password, and attach that.")
OFFICE_PASSWORD_HINT = Message(
    "Attach it in the window, which asks for its password (desktop-vlm ask: --password-env), or save a copy without "
    "the password in the program that made it and attach that."
)


@contextmanager
def open_compound(name: str, data: bytes) -> Iterator[olefile.OleFileIO]:
    """The compound file ``name`` holding ``data``, opened.

    Raises
    ------
    MediaError
        Not a compound file, or its sectors or directory are damaged.
    """
    if not data.startswith(SIGNATURE):
        raise MediaError(
            Message("{name} is not an Office 97–2003 file, whatever its name says.", name=name),
            hint=Message("Open it in the program that made it, save it as PDF or .docx, and attach that."),
        )
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:  # olefile raises OSError, struct.error, IndexError… on a damaged container
        raise MediaError(Message("{name} is damaged: its Office container cannot be read.", name=name)) from None
    try:
        yield ole
    finally:
        ole.close()


def read_stream(name: str, ole: olefile.OleFileIO, stream: str) -> bytes:
    """The bytes of ``stream`` (a top-level stream's name).

    Raises
    ------
    MediaError
        The stream is missing or its sector chain is damaged.
    """
    if not ole.exists(stream):
        raise MediaError(Message("{name} is damaged: it has no {part} part.", name=name, part=stream))
    try:
        return ole.openstream(stream).read()
    except Exception:  # a sector chain that loops or points past the file
        raise MediaError(
            Message("{name} is damaged: its {part} part cannot be read.", name=name, part=stream)
        ) from None


def check_sector_chains(name: str, ole: Any) -> None:  # olefile sets its tables while loading: untyped
    """Refuse a compound file in which a stream's chain of sectors loops. olefile reads a stream only as far as its
    size, but follows the whole chain when it writes one back (as the decryption of a 97–2003 document does), with
    no end where the chain loops: memory fills until the process is killed.

    Raises
    ------
    MediaError
        A chain loops, or the table of small sectors cannot be read.
    """
    try:
        if ole.minifat is None and any(_in_small_sectors(entry) for entry in ole.direntries if entry is not None):
            ole.loadminifat()
    except Exception:  # olefile raises OSError, IndexError… on a damaged table
        raise MediaError(Message("{name} is damaged: its Office container cannot be read.", name=name)) from None
    for entry in ole.direntries:
        if entry is None or entry.entry_type not in (olefile.STGTY_ROOT, olefile.STGTY_STREAM) or not entry.size:
            continue
        table = ole.minifat if _in_small_sectors(entry) else ole.fat
        if not _chain_ends(entry.isectStart, table):
            raise MediaError(Message("{name} is damaged: its {part} part cannot be read.", name=name, part=entry.name))


def _in_small_sectors(entry) -> bool:
    return entry.entry_type == olefile.STGTY_STREAM and entry.is_minifat


def _chain_ends(start: int, table) -> bool:
    """Whether the chain from ``start`` reaches its end mark within ``table``: a chain longer than the table has
    entries visits one twice."""
    sector, steps = start, 0
    while sector != olefile.ENDOFCHAIN:
        if steps >= len(table) or not 0 <= sector < len(table):
            return False
        sector, steps = table[sector], steps + 1
    return True


def program_of(name: str, ole: olefile.OleFileIO) -> Program:
    """Which program's document the compound file holds.

    Raises
    ------
    MediaError
        A document saved with a password (the encrypted package of a .docx, .xlsx or .pptx), or a compound file
        of another kind (Publisher, Visio, an installer…); each says what to do.
    """
    if ole.exists("EncryptedPackage"):  # the window asks for the password (media/unlocking.py)
        raise PasswordRequiredError(
            Message("{name} is protected with a password.", name=name), hint=OFFICE_PASSWORD_HINT
        )
    for stream, program in _DOCUMENT_STREAMS:
        if ole.exists(stream):
            return program
    if ole.exists("__properties_version1.0"):  # the property stream every Outlook message has at its top
        return "outlook"
    raise MediaError(
        Message("{name} is not a Word, Excel or PowerPoint file.", name=name),
        hint=Message("Save it as PDF in the program that made it, and attach that."),
    )
