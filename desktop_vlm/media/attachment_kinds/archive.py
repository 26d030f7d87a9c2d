"""ZIP archives (.zip): the list of files inside, the text of each document, e-mail or text file in it under its
name, and its photos, at one tile each (:mod:`..archive_text`). By its extension only: Word, Excel, PowerPoint,
OpenDocument, EPUB and Apple iWork files are ZIP packages too (an iWork one is refused with the way to export it,
:mod:`..unreadable`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PIL import Image

from ...core.messages import Message, label
from ..archive_text import protected_count, read_archive
from ..inner_files import ARCHIVE_MIME
from ..kind_spec import CHIP_TEXT, AttachmentFile, AttachmentKind, Decoded, DecodeOptions
from ..office_pictures import PICTURE_META_FIELDS, PICTURE_TILES, decoded_document
from ..text_files import TEXT_META_FIELDS, text_picture

MAX_ARCHIVE_BYTES = 256 * 2**20  # the archive itself
ENCODING = label("ZIP archive")  # what the viewer says the text was read as


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    data = file.read()
    decoded = decoded_document(
        file.name, lambda with_pictures: read_archive(file.name, data, with_pictures), ENCODING, options
    )
    protected = protected_count(file.name, data)  # some files behind a password: the window offers to give it
    return replace(decoded, meta=decoded.meta | {"protected_files": protected}) if protected else decoded


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return text_picture(read_archive(path.name, path.read_bytes(), with_pictures=False).text, at_least)


KIND = AttachmentKind(
    name="archive",
    title=Message("ZIP archives"),
    extensions=(".zip",),
    mime=ARCHIVE_MIME,
    decode=_decode,
    max_bytes=MAX_ARCHIVE_BYTES,
    order=45,
    thumbnail=_thumbnail,
    meta_fields=TEXT_META_FIELDS + PICTURE_META_FIELDS,
    picture_tiles=PICTURE_TILES,
    chip=CHIP_TEXT,
)
