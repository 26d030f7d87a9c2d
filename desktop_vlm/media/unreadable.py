"""What to tell a person whose file no kind reads, when we know what it is: an older Office file, an Apple iWork
document, an archive, an e-book. "Not a file type Desktop VLM can read" leaves them guessing; naming the format
and the way to a readable one (Save As .docx, Export To PDF, unpack it) does not."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import MediaError

# (what it is, what to do): by extension, for formats whose content no kind reads
_FORMATS = {
    ".doc": ("a Word 97–2003 document", "Save it as .docx or PDF in Word, LibreOffice or Pages, and attach that."),
    ".dot": ("a Word 97–2003 template", "Save it as .docx or PDF, and attach that."),
    ".xls": ("an Excel 97–2003 workbook", "Save it as .xlsx or CSV in Excel, LibreOffice or Numbers, and attach that."),
    ".ppt": ("a PowerPoint 97–2003 presentation", "Save it as .pptx or PDF, and attach that."),
    ".pps": ("a PowerPoint 97–2003 slide show", "Save it as .pptx or PDF, and attach that."),
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
    ".msg": ("an Outlook message", "Save it as a text file or PDF, and attach that."),
}
# The signature of the compound files Office wrote before 2007 (.doc, .xls, .ppt, .msg), whatever their name.
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


def unreadable(name: str, head: bytes, supported: str) -> MediaError:
    """The error for the file ``name`` (first bytes ``head``) that no kind reads: what it is and what to do when
    its extension or signature says, else the formats that are ``supported``."""
    suffix = Path(name).suffix.lower()
    known = _FORMATS.get(suffix)
    if known is None and head.startswith(_COMPOUND_FILE):
        known = ("an older Microsoft Office file", "Save it as .docx, .xlsx, .pptx or PDF, and attach that.")
    elif known is None and head.startswith(_ZIP):
        known = _FORMATS[".zip"]
    if known is None:
        return MediaError(f"{name} is not a file type Desktop VLM can read.", hint=f"Supported: {supported}.")
    what, advice = known
    return MediaError(f"{name} is {what}, which Desktop VLM cannot read.", hint=advice)
