"""What to tell a person whose file no kind reads, when we know what it is: an Apple iWork document, an archive
other than ZIP. "Not a file type Desktop VLM can read" leaves them guessing; naming the format and the way to a
readable one (Export To PDF, unpack it) does not. (Office 97–2003 files are read, or refused with a reason, by
their kind: see :mod:`.compound_file`.)"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import MediaError
from ..core.messages import Message

_ARCHIVE = (Message("an archive"), Message("Unpack it and attach the files inside."))
# (what it is, what to do): by extension, for formats whose content no kind reads
_FORMATS = {
    ".pages": (
        Message("an Apple Pages document"),
        Message("In Pages, choose File → Export To → PDF or Word, and attach that."),
    ),
    ".numbers": (
        Message("an Apple Numbers spreadsheet"),
        Message("In Numbers, choose File → Export To → Excel or CSV, and attach that."),
    ),
    ".key": (
        Message("an Apple Keynote presentation"),
        Message("In Keynote, choose File → Export To → PDF, and attach that."),
    ),
    ".cbr": (
        Message("a comic book in a RAR archive"),
        Message("Convert it to CBZ (Calibre and most comic readers can), and attach that."),
    ),
    ".7z": _ARCHIVE,
    ".rar": _ARCHIVE,
    ".gz": (Message("a compressed file"), Message("Unpack it and attach the file inside.")),
    ".tar": _ARCHIVE,
}
_ZIP = b"PK\x03\x04"


def unreadable(name: str, head: bytes, supported: str | Message) -> MediaError:
    """The error for the file ``name`` (first bytes ``head``) that no kind reads: what it is and what to do when
    its extension or signature says, else the formats that are ``supported``."""
    suffix = Path(name).suffix.lower()
    known = _FORMATS.get(suffix)
    if known is None and head.startswith(_ZIP):
        known = _ARCHIVE  # a ZIP archive without its extension
    if known is None:
        return MediaError(
            Message("{name} is not a file type Desktop VLM can read.", name=name),
            hint=Message("Supported: {formats}.", formats=supported),
        )
    what, advice = known
    return MediaError(Message("{name} is {what}, which Desktop VLM cannot read.", name=name, what=what), hint=advice)
