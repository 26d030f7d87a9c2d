"""What a ZIP archive holds, read as one attachment: the list of its files, then the text of each document, e-mail or
text file in it under its name (each read by its own kind), and the photos in it, marked ``[Image-N]`` in the
list. A folder of invoices or a project's notes sent as one .zip reaches the model instead of "unpack it".

A PDF inside is read as its pages' text layer, each page under ``[Page N]`` (a folder of invoices is mostly PDFs),
and an SVG drawing is sent as a picture, as a photo is; a scanned PDF, a video or an archive inside is named, to be
attached alone, where pages or frames can be chosen. The names inside are only labels, so a name climbing out of
the folder (``../../x``) goes nowhere: the only files written to disk are copies of PDFs and drawings, for the
sandboxed renderer, which reads files (:mod:`.inner_files`). Each file's inflated size is checked against its kind's limit before it
is read, and all of them together against ``MAX_INFLATED_BYTES``, so a ZIP bomb stops there.
"""

from __future__ import annotations

import posixpath
import zipfile

from PIL import Image

from ..core.errors import MediaError, PasswordRequiredError
from ..core.messages import Message
from .images import load_image_fitted, tiff_page_count
from .inner_files import read_alone, read_inner_file
from .kind_registry import HEAD_BYTES, kind, recognise
from .office_pictures import MAX_PICTURES, MIN_SIDE, PICTURE_MARK, PICTURE_TILES, OfficeDocument
from .ooxml import ZIP_ERRORS, open_package
from .text_files import MAX_TEXT_BYTES

WHAT = Message("a ZIP archive")
PASSWORD_HINT = Message(
    "Attach it in the window, which asks for its password (desktop-vlm ask: --password-env), or unpack it and "
    "attach its files."
)
MAX_LISTED = 200  # files named in the list; an archive with more says how many more
MAX_READ = 50  # files read
MAX_INFLATED_BYTES = 256 * 2**20  # the files read, inflated, in all
MAX_TEXT_READ = MAX_TEXT_BYTES  # the text of the files read, in all: no more than is sent
_SKIPPED = ("__MACOSX/", ".DS_Store", "Thumbs.db")
_TIFF_MAGIC = (b"II*\x00", b"MM\x00*")  # what the archiving tool added, not the person


def read_archive(name: str, data: bytes, with_pictures: bool = True) -> OfficeDocument:
    """The list of files in the archive ``name`` holding ``data``, then the text of those read and, ``with_pictures``,
    its photos (at most ``MAX_PICTURES``, one tile each).

    Raises
    ------
    PasswordRequiredError
        Its files are protected with a password (the window asks for it: :mod:`.unlocking`).
    MediaError
        Not a ZIP archive, or nothing in it.
    """
    with open_package(name, data, WHAT) as package:
        entries = [info for info in package.infolist() if not info.is_dir() and not _skipped(info.filename)]
        if not entries:
            raise MediaError(Message("{name} is an empty archive.", name=name))
        if all(info.flag_bits & 0x1 for info in entries):
            raise PasswordRequiredError(Message("{name} is protected with a password.", name=name), hint=PASSWORD_HINT)
        listed: list[str] = []
        sections: list[str] = []
        pictures: list[Image.Image] = []
        budget = _Budget()
        for info in entries[:MAX_LISTED]:
            label, section, picture = _read_entry(name, package, info, budget, with_pictures, len(pictures))
            if picture is not None:
                pictures.append(picture)
                label += " " + PICTURE_MARK.format(len(pictures))
            listed.append(f"- {label}")
            if section:
                sections.append(f"## {info.filename}\n{section}")
                budget.text -= len(sections[-1]) + 2
        if len(entries) > MAX_LISTED:
            listed.append(f"- and {len(entries) - MAX_LISTED:,} more")
    head = f"Files in {name}:\n" + "\n".join(listed)
    return OfficeDocument("\n\n".join([head, *sections])[:MAX_TEXT_BYTES], pictures)


def protected_count(name: str, data: bytes) -> int:
    """How many files of the archive ``name`` holding ``data`` are protected with a password."""
    with open_package(name, data, WHAT) as package:
        return sum(1 for info in package.infolist() if not info.is_dir() and info.flag_bits & 0x1)


class _Budget:
    """What may still be read: files, inflated bytes, and text."""

    def __init__(self) -> None:
        self.files, self.inflated = MAX_READ, MAX_INFLATED_BYTES
        self.text = MAX_TEXT_READ  # characters of text still to be sent

    def refusal(self, size: int) -> str:
        """Why a file of ``size`` inflated bytes is not read ("": it is, and counts)."""
        if self.files <= 0:
            return f"not read: only the first {MAX_READ} files are"
        if self.text <= 0:
            return "not read: the files before it fill what is sent"
        if size > self.inflated:
            return "too large to read here"
        self.files, self.inflated = self.files - 1, self.inflated - size
        return ""


def _read_entry(
    name: str, package: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget, with_pictures: bool, sent: int
) -> tuple[str, str, Image.Image | None]:
    """(its label in the list, its text when it is read as text, its picture when it is a photo sent)."""
    label = info.filename
    if info.flag_bits & 0x1:
        return f"{label} (protected with a password)", "", None
    try:
        with package.open(info) as stream:
            head = stream.read(HEAD_BYTES)
        found = kind(recognise(info.filename, head))
    except MediaError:
        return label, "", None  # a file no kind reads: named only
    except ZIP_ERRORS:
        return f"{label} (damaged)", "", None
    if read_alone(found):  # a scan's pages, a video's frames, an archive inside: see inner_files.py
        return f"{label} (attach it on its own to read it)", "", None
    is_picture = found.file_is_picture
    if is_picture and not (with_pictures and sent < MAX_PICTURES):
        return label, "", None
    if found.max_bytes is not None and info.file_size > found.max_bytes:
        return f"{label} (too large to read here)", "", None
    if refused := budget.refusal(info.file_size):
        return f"{label} ({refused})", "", None
    try:
        content = package.read(info)
    except ZIP_ERRORS:
        return f"{label} (damaged)", "", None
    if is_picture:
        pages = _scan_pages(content)
        if pages > 1:  # a scan of many pages: its first page is the picture sent here
            label += f" (page 1 of {pages} sent; attach it on its own to send every page)"
        return label, "", _picture(name, label, content)
    inner = read_inner_file(found, info.filename, content)
    if inner.refused:
        return f"{label} ({inner.refused})", "", None
    if inner.picture is not None:  # a drawing: sent as a photo is
        drawn = inner.picture if with_pictures and sent < MAX_PICTURES else None
        return label, "", drawn if drawn is not None and min(drawn.size) >= MIN_SIDE else None
    return label, inner.text, None


def _picture(name: str, label: str, data: bytes) -> Image.Image | None:
    try:
        image = load_image_fitted(data, max_tiles=PICTURE_TILES, name=f"{name}: {label}").image
    except MediaError:
        return None
    return image if min(image.size) >= MIN_SIDE else None


def _scan_pages(data: bytes) -> int:
    """How many pages a TIFF holds (1 for any other picture, or one whose pages cannot be counted)."""
    if not data.startswith(_TIFF_MAGIC):
        return 1
    try:
        return tiff_page_count(data)
    except MediaError:
        return 1


def _skipped(path: str) -> bool:
    base = posixpath.basename(path)
    return path.startswith(_SKIPPED) or base in _SKIPPED or base.startswith("._")
