"""Word, Excel and PowerPoint 97–2003 files (.doc, .xls, .ppt and their templates and shows): the text of the
document, workbook or presentation quoted in the question like a text file's. Which of the three a file holds is
told by the streams inside it, so a .doc that is really a workbook is read as one. Macros are never run, and
pictures are not sent."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ..compound_file import SIGNATURE, open_compound, program_of
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..ppt97_text import ppt97_text
from ..text_files import MAX_TEXT_BYTES, TEXT_META_FIELDS, ReadText, decoded_text, text_picture
from ..word97_text import word97_text
from ..xls_text import xls_text

MAX_OFFICE97_BYTES = 64 * 2**20  # the file itself: pictures and embedded objects are most of a large one
# what the viewer says the text was read as, by the program whose document it is
_READ_AS = {
    "word": "Word 97–2003 document",
    "excel": "Excel 97–2003 workbook",
    "powerpoint": "PowerPoint 97–2003 presentation",
}


def office97_text(name: str, data: bytes) -> ReadText:
    """The text of the Office 97–2003 file ``name`` holding ``data``, and what it was read as.

    Raises
    ------
    MediaError
        Damaged, saved with a password, or not a Word, Excel or PowerPoint file (each says what to do).
    """
    with open_compound(name, data) as ole:
        program = program_of(name, ole)
        if program == "word":
            text = word97_text(name, ole)
        elif program == "powerpoint":
            text = ppt97_text(name, ole)
        else:
            text = xls_text(name, ole)
    return ReadText(text[:MAX_TEXT_BYTES], _READ_AS[program])  # as much as a text file may hold


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    return decoded_text(file.name, office97_text(file.name, file.read()), options)


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(office97_text(path.name, path.read_bytes()).text, at_least)


KIND = AttachmentKind(
    name="office97",
    title="Office 97–2003 files",
    formats="DOC, XLS, PPT",
    extensions=(".doc", ".dot", ".xls", ".xlt", ".ppt", ".pps", ".pot"),
    mime="application/msword",
    decode=_decode,
    sniff=lambda head: head.startswith(SIGNATURE),
    sniff_order=45,
    max_bytes=MAX_OFFICE97_BYTES,
    order=38,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS,
    chip=CHIP_TEXT,
)
