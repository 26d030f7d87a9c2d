"""What to tell a person whose file no kind reads, when we know what it is: an Apple iWork document, an archive,
an e-book. "Not a file type Desktop VLM can read" leaves them guessing; naming the format and the way to a
readable one (Export To PDF, unpack it) does not. (Office 97–2003 files are read, or refused with a reason, by
their kind: see :mod:`.compound_file`.)"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import MediaError

# (what it is, what to do): by extension, for formats whose content no kind reads
_FORMATS = {
    ".pages": ("an Apple Pages document", "In Pages, choose File → Export To → PDF or Word, and attach that."),
    ".numbers": (
        "an Apple Numbers spreadsheet",
        "In Numbers, choose File → Export To → Excel or CSV, and attach that.",
    ),
    ".key": ("an Apple Keynote presentation", "In Keynote, choose File → Export To → PDF, and attach that."),
    ".epub": ("an e-book", "Attach its pages as a PDF, or paste the chapter you are asking about."),
    ".mobi": ("an e-book", "Attach its pages as a PDF, or paste the chapter you are asking about."),
    ".zip": ("an archive", "Unpack it and attach the files inside."),
    ".7z": ("an archive", "Unpack it and attach the files inside."),
    ".rar": ("an archive", "Unpack it and attach the files inside."),
    ".gz": ("a compressed file", "Unpack it and attach the file inside."),
    ".tar": ("an archive", "Unpack it and attach the files inside."),
}
_ZIP = b"PK\x03\x04"


def unreadable(name: str, head: bytes, supported: str) -> MediaError:
    """The error for the file ``name`` (first bytes ``head``) that no kind reads: what it is and what to do when
    its extension or signature says, else the formats that are ``supported``."""
    suffix = Path(name).suffix.lower()
    known = _FORMATS.get(suffix)
    if known is None and head.startswith(_ZIP):
        known = _FORMATS[".zip"]
    if known is None:
        return MediaError(f"{name} is not a file type Desktop VLM can read.", hint=f"Supported: {supported}.")
    what, advice = known
    return MediaError(f"{name} is {what}, which Desktop VLM cannot read.", hint=advice)
