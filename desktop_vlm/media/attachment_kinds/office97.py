"""Word, Excel and PowerPoint 97–2003 files (.doc, .xls, .ppt and their templates and shows) and Outlook messages
(.msg): the text of the document, workbook, presentation or message quoted in the question like a text file's,
and the pictures a document, workbook or presentation shows or a message has attached. Which of them a file holds
is told by the streams inside it, so a .doc that is really a workbook is read as one. Macros are never run."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..compound_file import SIGNATURE, Program, open_compound, program_of
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..office_pictures import PICTURE_META_FIELDS, PICTURE_TILES, OfficeDocument, decoded_document
from ..outlook_message import outlook_text
from ..ppt97_text import read_ppt97
from ..text_files import TEXT_META_FIELDS, ReadText, text_picture
from ..word97_text import read_word97
from ..xls_text import read_xls

MAX_OFFICE97_BYTES = 64 * 2**20  # the file itself: pictures and embedded objects are most of a large one
# what the viewer says the text was read as, by the program whose document it is
_READ_AS: dict[Program, str] = {
    "word": label("Word 97–2003 document"),
    "excel": label("Excel 97–2003 workbook"),
    "powerpoint": label("PowerPoint 97–2003 presentation"),
    "outlook": label("Outlook message"),
}


def read_office97(name: str, data: bytes, with_pictures: bool = True) -> tuple[OfficeDocument, str]:
    """The text of the Office 97–2003 file or Outlook message ``name`` holding ``data`` and, ``with_pictures``,
    the pictures a document, workbook or presentation shows or a message has attached; and what it was read as.

    Raises
    ------
    MediaError
        Damaged, saved with a password, or not a Word, Excel, PowerPoint or Outlook file (each says what to do).
    """
    with open_compound(name, data) as ole:
        program = program_of(name, ole)
        if program == "outlook":
            document = outlook_text(name, ole, with_pictures)
        elif program == "word":
            document = read_word97(name, ole, with_pictures)
        elif program == "powerpoint":
            document = read_ppt97(name, ole, with_pictures)
        else:
            document = read_xls(name, ole, with_pictures)
    return document, _READ_AS[program]


def office97_text(name: str, data: bytes) -> ReadText:
    """The text of the file ``name`` holding ``data``, and what it was read as. Raises as :func:`read_office97`."""
    document, read_as = read_office97(name, data, with_pictures=False)
    return ReadText(document.text, read_as)


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    read_as = read_office97(file.name, data, with_pictures=False)[1]  # what it is, before its pictures are read
    return decoded_document(
        file.name, lambda with_pictures: read_office97(file.name, data, with_pictures)[0], read_as, options
    )


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(office97_text(path.name, path.read_bytes()).text, at_least)


KIND = AttachmentKind(
    name="office97",
    title=Message("Office 97–2003 files and Outlook messages"),
    formats="DOC, XLS, PPT, MSG",
    extensions=(".doc", ".dot", ".xls", ".xlt", ".ppt", ".pps", ".pot", ".msg"),
    mime="application/msword",
    decode=_decode,
    sniff=lambda head: head.startswith(SIGNATURE),
    sniff_order=45,
    max_bytes=MAX_OFFICE97_BYTES,
    order=38,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS + PICTURE_META_FIELDS,
    picture_tiles=PICTURE_TILES,
    chip=CHIP_TEXT,
)
