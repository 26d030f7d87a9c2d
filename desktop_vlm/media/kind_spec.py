"""What an attachment kind declares about itself: one :class:`AttachmentKind` per module in ``media/attachment_kinds/``.

Everything outside a kind's module asks the registry (:mod:`.kind_registry`) instead of naming the kind: which
files are the kind's (their first bytes, else their extension), how a file becomes the pictures sent to the model
and within which budget, the picture that stands for it in a sent message, how its pictures are sent (each up to
the tile budget, or one tile each as numbered video frames), the details it keeps in its stored attachment with
their bounds, and which extra the composer's chip gets. No Qt, no torch.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..config.settings import FIELD_INFO
from ..core.errors import MediaError
from ..core.messages import Message

if TYPE_CHECKING:  # Pillow is imported by the decoders, not by the declarations
    from PIL import Image

    from .paged import Pages

CHIP_FRAMES = "frames"  # the chip shows a strip of the sent frames and says how many
CHIP_PAGES = "pages"  # the chip says which pages are sent, why others were left out, and opens the page picker
CHIP_TEXT = "text"  # the chip says how much text is sent, in lines and tokens, and the viewer shows the text
CHIP_EXTRAS = (CHIP_FRAMES, CHIP_PAGES, CHIP_TEXT)
TEXT_LIMIT = 1000  # characters of a short text detail (a note, a reason)


@dataclass(frozen=True)
class AttachmentFile:
    """A file being decoded: where it is, and its bytes when the caller has read them already."""

    path: Path
    data: bytes | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def content(self) -> Path | bytes:
        """The bytes when they are at hand, else the path: either is what the media decoders take."""
        return self.data if self.data is not None else self.path

    def read(self) -> bytes:
        """The file's bytes (read now unless the caller had them)."""
        return self.data if self.data is not None else self.path.read_bytes()


@dataclass(frozen=True)
class DecodeOptions:
    """The budget a file is decoded within.

    Attributes
    ----------
    max_tiles, tile_size : int
        The tile budget of one picture: decoders need not keep pixels the model would resize away.
    tokens_per_tile : int
        Image tokens one tile costs, to weigh pictures against ``image_token_room``.
    image_token_room : int or None
        Tokens the model's context still has room for, for pictures or text (None: unknown, no limit but the
        kind's own).
    choices : mapping
        What the person chose of the file, keyed like the kind's stored details (a video's ``frames``, a
        document's ``pages``). A stored attachment's details are passed here when it is decoded again, so the
        same pictures come back; keys a kind does not read are ignored.
    question : str or None
        What the file is sent with: a text too long for the room sends the passages that bear on it. None: not
        known yet (a file dropped in the window before the question is typed); its beginning is sent.
    """

    max_tiles: int = 12
    tile_size: int = 448
    tokens_per_tile: int = 256
    image_token_room: int | None = None
    choices: Mapping[str, Any] = field(default_factory=dict)
    question: str | None = None


@dataclass(frozen=True)
class Decoded:
    """What a file gives the model: ``images`` in the order their placeholders take them, or the ``text`` the
    question quotes for a file read as text; the ``meta`` details stored with the attachment (what was chosen, so
    a later decode gives the same pictures or text), and a one-line ``note`` for the person (e.g. that a huge
    picture was downscaled)."""

    images: list[Image.Image]
    meta: dict[str, Any] = field(default_factory=dict)
    note: str | None = None
    text: str | None = None
    # the whole text, when only its beginning is sent because the question it goes with is not known yet: the
    # passages that bear on it are chosen from this once it is (see app.attachments.for_question)
    whole_text: str | None = None


@dataclass(frozen=True)
class MetaField:
    """One detail of a stored attachment and the bounds the history holds it to (a conversation file can be
    written by anyone, and a database can be edited).

    ``shape`` says what the value is and what ``low`` / ``high`` bound:

    - ``"whole"``: a whole number, clamped to ``low``…``high``;
    - ``"indices"``: a list of at most ``high`` whole numbers, each at least 0 and below the ``below`` field (or
      below ``high`` without it), kept sorted and unique; the first index when none is left;
    - ``"numbers"``: a list of at most ``high`` finite numbers, dropped otherwise;
    - ``"text"``: text of at most ``high`` characters, dropped otherwise.
    """

    name: str
    shape: Literal["whole", "indices", "numbers", "text"]
    high: int
    low: int = 0
    below: str | None = None  # indices: the whole-number field bounding them, declared before this one


TILE_BOUNDS = FIELD_INFO["ui.max_tiles"].whole_bounds()
FRAME_BOUNDS = FIELD_INFO["ui.video_frames"].whole_bounds()
# Details every stored attachment may have, whatever its kind: the tile budget it was sent with, and a note.
COMMON_META_FIELDS = (
    MetaField("max_tiles", "whole", low=TILE_BOUNDS[0], high=TILE_BOUNDS[1]),
    MetaField("note", "text", high=TEXT_LIMIT),
)


def _recognises_nothing(head: bytes) -> bool:
    return False


@dataclass(frozen=True)
class AttachmentKind:
    """An attachment kind's declarations.

    Attributes
    ----------
    name : str
        Stored in the history with every attachment of the kind: never rename a published kind.
    title : str or Message
        What people call files of this kind in a list, e.g. ``Message("images")`` (the supported-files line, and
        messages about its files); a Message is read in the person's language.
    formats : str
        The formats it reads, for the same line, e.g. "PNG, JPEG"; empty when the title says it.
    extensions : tuple of str
        Lower-case file extensions with their dot, used when no kind recognises a file's content.
    mime : str
        The MIME type stored with the file (it also names the stored file's extension).
    decode : callable
        ``decode(file: AttachmentFile, options: DecodeOptions) -> Decoded``; raises
        :class:`~desktop_vlm.core.errors.MediaError` with a message for a file it cannot read.
    sniff : callable
        ``sniff(head) -> bool``: whether the first 1,024 bytes of a file are this kind's. The content decides
        before the extension, so a PNG named ``.jpg`` is still a picture.
    sniff_order : int
        Kinds are asked in this order (lowest first) and the first that recognises a file has it: where two
        signatures overlap, the narrower one must be asked first.
    recognise_last : callable or None
        ``recognise_last(head) -> bool``: a weak test of the first 1,024 bytes for a kind without a signature
        (plain text), asked only when no kind's signature or extension claimed the file.
    max_bytes : int or None
        The largest file of the kind that is read at all; a larger one is refused before its bytes are read.
    order : int
        Where the kind is listed (the supported-files line, the open dialog's patterns).
    thumbnail : callable or None
        ``thumbnail(path, at_least) -> Image``: a picture standing for the file in a sent message, cheap to
        make (a picture may decode smaller as long as its sides stay ``at_least`` long). None: the first picture
        of a decode at one tile.
    as_frames : bool
        Its pictures are video frames: one tile each, numbered ``FrameN:`` after the other pictures of a
        question (otherwise each picture takes up to the tile budget and is numbered ``Image-N:``). Batch runs
        leave such files out: frames are asked about together.
    picture_tiles : int or None
        The most tiles each of its pictures takes, whatever the budget (the pictures inside a document go beside
        its text); None: the budget.
    file_is_picture : bool
        The file itself is a picture a browser shows: exports embed it, and the chat shows it without a caption.
    meta_fields : tuple of MetaField
        The details its decode stores, with their bounds.
    chip : str or None
        The composer chip's extra: ``CHIP_FRAMES``, ``CHIP_PAGES`` or ``CHIP_TEXT`` (a file whose decode gives
        text: the chip counts its lines and tokens, the viewer shows the text); None for the plain chip.
    pages : Pages or None
        For a document of pages: how to count and render them one by one (the page picker, batch runs page
        by page). Required by ``CHIP_PAGES``.
    narrows : str or None
        The kind this one is a special case of, when its first bytes cannot tell the two apart (a TIFF of many
        pages starts as a picture does; its page directories are written after the pages). A file the named
        kind recognises is this kind's when ``claims`` says so. Requires ``claims``.
    claims : callable or None
        ``claims(path) -> bool``: whether a file ``narrows`` recognised is this kind's; it may read the whole
        file, and says False (never raises) for one it cannot read, which the wider kind then refuses by name.
    gather : callable or None
        ``gather(path) -> bytes``: the bytes decoded and kept for a file on disk that shows files beside it (a
        saved web page's ``Page_files/`` pictures), with those written in, so that the one file the history keeps
        reads as the file did; None: the file's own bytes (see :meth:`attachment_file`).
    """

    name: str
    title: str | Message
    extensions: tuple[str, ...]
    mime: str
    decode: Callable[[AttachmentFile, DecodeOptions], Decoded]
    formats: str = ""
    sniff: Callable[[bytes], bool] = _recognises_nothing
    sniff_order: int = 100
    recognise_last: Callable[[bytes], bool] | None = None
    max_bytes: int | None = None
    order: int = 100
    thumbnail: Callable[[Path, int], Image.Image] | None = None
    as_frames: bool = False
    picture_tiles: int | None = None
    file_is_picture: bool = False
    meta_fields: tuple[MetaField, ...] = ()
    chip: str | None = None
    pages: Pages | None = None
    narrows: str | None = None
    claims: Callable[[Path], bool] | None = None
    gather: Callable[[Path], bytes] | None = None

    @property
    def listed_as(self) -> str | Message:
        """How the supported-files line names it: "images (PNG, JPEG)"."""
        return (
            Message("{kind_title} ({formats})", kind_title=self.title, formats=self.formats)
            if self.formats
            else self.title
        )

    @property
    def is_text(self) -> bool:
        """Its files are read as text the question quotes, not as pictures."""
        return self.chip == CHIP_TEXT

    def refuse_if_too_large(self, path: Path) -> None:
        """Raise :class:`MediaError` when the file at ``path`` is larger than the kind reads (``max_bytes``)."""
        size = Path(path).stat().st_size
        if self.max_bytes is not None and size > self.max_bytes:
            raise MediaError(
                Message(
                    "{name} is {size_mb:,.1f} MB; Desktop VLM reads {kind_title} of up to {limit_mb:,.0f} MB.",
                    name=Path(path).name,
                    size_mb=size / 2**20,
                    kind_title=self.title,
                    limit_mb=self.max_bytes / 2**20,
                ),
                hint=Message("Attach a part of it."),
            )

    def attachment_file(self, path: Path) -> AttachmentFile:
        """The file at ``path`` as it is decoded: with the bytes ``gather`` writes in, for a kind that gathers."""
        return AttachmentFile(Path(path), self.gather(Path(path)) if self.gather is not None else None)

    def tiles_per_picture(self, max_tiles: int) -> int:
        """The most tiles one of its pictures may take under a budget of ``max_tiles``."""
        return 1 if self.as_frames else min(max_tiles, self.picture_tiles or max_tiles)

    def picture(self, path: Path, at_least: int) -> Image.Image:
        """The picture that stands for the file ``path`` (see ``thumbnail``)."""
        if self.thumbnail is not None:
            return self.thumbnail(path, at_least)
        return self.decode(AttachmentFile(Path(path)), DecodeOptions(max_tiles=1)).images[0]
