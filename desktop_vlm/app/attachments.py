"""Turning dropped / pasted / opened files into what the model will see, with the tile preview numbers.

Pure Python + Pillow (no Qt): decoding happens on a worker thread, the UI only shows the result.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from PIL import Image

from ..core.errors import MediaError
from ..core.messages import Message
from ..core.quoted_text import quote_document
from ..core.text_tokens import estimate_tokens
from ..core.tiling import TilePlan, plan_tiles
from ..media import detect_kind, load_image, make_thumbnail
from ..media.folder_archive import pack_folder, packed_name
from ..media.kind_registry import HEAD_BYTES, kind, recognise, sniff
from ..media.kind_spec import AttachmentFile, AttachmentKind, DecodeOptions
from ..media.text_files import SENT_DETAILS, cut_note, fit_text, text_picture
from ..media.unlocking import unlock_file


@dataclass
class PreparedAttachment:
    """One attachment of a message: the source file and the images or text sent for it.

    ``images`` are what fill ``<image>`` placeholders, as the attachment's kind decodes them: one for a picture,
    the selected pages of a PDF, the sampled frames of a video (sent with one tile each), the pictures inside a
    document. ``text`` is what the question quotes of a file read as text (None for the other kinds).
    """

    kind: str  # the name of its kind (media.kind_registry)
    name: str
    sha256: str
    data: bytes
    images: list[Image.Image]
    thumbnail: Image.Image
    meta: dict = field(default_factory=dict)
    source: Path | None = None  # the file it was read from, when there is one
    stored: object | None = None  # its history Attachment, when it was saved while being prepared
    note: str | None = None  # one line for the person, e.g. that a huge picture was downscaled
    text: str | None = None  # what the question quotes of a file read as text
    # the whole of a text of which only the beginning is quoted so far: see for_question
    whole_text: str | None = None
    # tokens its text gives up for the question, which was typed after the text was fitted: see for_question
    shorter_by: int = 0

    @property
    def attachment_kind(self) -> AttachmentKind:
        return kind(self.kind)


THUMBNAIL_SIDE = 256  # px: the long side of the picture a chip shows


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def prepare_file(
    path: Path,
    *,
    max_tiles: int = 12,
    tile_size: int = 448,
    image_token_room: int | None = None,
    tokens_per_tile: int = 256,
    question: str | None = None,
    **choices: object,
) -> PreparedAttachment:
    """Decode ``path`` as its kind does (raises MediaError with a user message when it cannot).

    ``choices`` are what the person chose of the file, as its kind names them (a video's ``frames``, a PDF's
    ``pages``; see the kind's module). A PDF without chosen pages sends all its pages that fit in
    ``image_token_room`` image tokens (None: up to 16); ``meta["left_out"]`` then says why the rest was not
    taken ("context" or "limit"), so the chip can say so instead of silently sending less. A text too long for the
    room sends the passages that bear on ``question`` (see :func:`for_question` when it is not known yet). A video's
    ``meta["frame_times"]`` are the seconds its sampled frames come from. A folder is read as a ZIP archive of
    its files.
    """
    options = DecodeOptions(
        max_tiles=max_tiles,
        tile_size=tile_size,
        tokens_per_tile=tokens_per_tile,
        image_token_room=image_token_room,
        choices=choices,
        question=question,
    )
    path = Path(path)
    if path.is_dir():
        return _prepare_folder(path, options)
    return _prepare(path, options)


def _prepare_folder(folder: Path, options: DecodeOptions) -> PreparedAttachment:
    """A folder, packed into a ZIP archive named after it (:mod:`..media.folder_archive`) in a private temporary
    folder, prepared as that archive; the archive is what the conversation keeps, so there is no ``source``."""
    with tempfile.TemporaryDirectory(prefix="desktop-vlm-folder-") as scratch:
        packed = Path(scratch) / packed_name(folder)
        pack_folder(folder, packed)
        return replace(_prepare(packed, options), source=None)


def use_key(stored) -> str:
    """What tells one message's use of a stored attachment from another's: its bytes and the details of what was
    sent of them (two messages may send other pages of one PDF, or another part of one text)."""
    details = json.dumps(stored.meta, sort_keys=True, default=str)
    return f"{stored.sha256}:{hashlib.sha256(details.encode()).hexdigest()[:16]}"


def prepare_stored(path: Path, meta: dict, max_tiles: int) -> PreparedAttachment:
    """Decode a stored attachment again: its details (``meta``) say what was chosen and the tile budget it was
    sent with (``max_tiles`` when they do not), so the pictures are those sent before."""
    meta = meta or {}
    return _prepare(Path(path), DecodeOptions(max_tiles=meta.get("max_tiles", max_tiles), choices=meta))


def prepare_for_question(stored, max_tiles: int, room: int, question: str) -> PreparedAttachment:
    """A stored document's text (a history ``Attachment``) prepared again for a new ``question``: what its kind
    chose of it (a PDF's pages read as text) is kept, what was sent of the text is chosen anew — the passages
    that bear on the question, within ``room`` tokens."""
    choices = {key: value for key, value in (stored.meta or {}).items() if key not in SENT_DETAILS}
    options = DecodeOptions(max_tiles=max_tiles, image_token_room=room, choices=choices, question=question)
    return replace(_prepare(Path(stored.path), options), name=stored.name)  # its own name, not the stored file's


def _prepare(path: Path, options: DecodeOptions) -> PreparedAttachment:
    found = kind(detect_kind(path))
    found.refuse_if_too_large(path)
    data = found.attachment_file(path).read()  # what is kept: a saved page with the pictures beside it written in
    decoded = found.decode(AttachmentFile(path, data), options)
    if not decoded.images and not decoded.text:  # a decoder that found nothing to send must say so
        raise MediaError(Message("{name} has nothing the model can see.", name=path.name))
    # a document's page stands for it, even when pictures go with its text
    picture = decoded.images[0] if decoded.images and decoded.text is None else found.picture(path, THUMBNAIL_SIDE)
    return PreparedAttachment(
        found.name,
        path.name,
        _sha(data),
        data,
        decoded.images,
        make_thumbnail(picture, THUMBNAIL_SIDE),
        decoded.meta,
        source=path,
        note=decoded.note,
        text=decoded.text,
        whole_text=decoded.whole_text,
    )


def waits_for_question(attachment: PreparedAttachment) -> bool:
    """Whether what ``attachment`` sends depends on the question (see :func:`for_question`)."""
    return attachment.text is not None and (attachment.whole_text is not None or attachment.shorter_by > 0)


def for_question(attachment: PreparedAttachment, question: str) -> PreparedAttachment:
    """``attachment`` as sent with ``question``: a text too long for its room, prepared before the question was
    known, sends the passages that bear on the question instead of its beginning, within the same room — less
    ``shorter_by`` tokens, when the question typed since would take the message past the context (a text that
    fitted whole is then cut too). Choosing scans the whole text (0.36 s for 15 MB), so it is done on the model
    thread, as the request is built."""
    if attachment.text is None or not waits_for_question(attachment):
        return attachment
    whole = attachment.text if attachment.whole_text is None else attachment.whole_text
    room = estimate_tokens(quote_document(attachment.name, attachment.text)) - attachment.shorter_by
    fitted = fit_text(attachment.name, whole, room, question=question)
    meta = attachment.meta | fitted.details
    note = cut_note(fitted.sent, meta)
    return replace(attachment, text=fitted.sent, meta=meta, note=note, whole_text=None, shorter_by=0)


def prepare_pasted_text(text: str, name: str, *, image_token_room: int | None = None) -> PreparedAttachment:
    """A long text pasted into the question, kept as the text file ``name`` (UTF-8): quoted like an attached one,
    cut to ``image_token_room`` tokens, and drawn as a page."""
    data = text.encode("utf-8")
    found = kind(recognise(name, data[:HEAD_BYTES]))
    decoded = found.decode(AttachmentFile(Path(name), data), DecodeOptions(image_token_room=image_token_room))
    if decoded.text is None:  # only when no kind reads text files any more
        raise MediaError(Message("No attachment kind reads text, so {name} cannot be attached.", name=name))
    return PreparedAttachment(
        found.name,
        name,
        _sha(data),
        data,
        [],
        make_thumbnail(text_picture(decoded.text), THUMBNAIL_SIDE),
        decoded.meta,
        note=decoded.note,
        text=decoded.text,
        whole_text=decoded.whole_text,
    )


def prepare_pasted_image(image: Image.Image, name: str = "pasted.png") -> PreparedAttachment:
    """A pasted or captured picture, kept as PNG (the kind whose signature PNG bytes carry)."""
    import io

    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "PNG")
    data = buffer.getvalue()
    rgb = image.convert("RGB")
    png = sniff(data[:HEAD_BYTES])
    if png is None:  # only when the picture kind is gone from the registry
        raise MediaError(Message("No attachment kind reads PNG pictures, so {name} cannot be attached.", name=name))
    return PreparedAttachment(png.name, name, _sha(data), data, [rgb], make_thumbnail(rgb))


@dataclass(frozen=True)
class TileSummary:
    plans: tuple[TilePlan, ...]
    tiles: int
    tokens: int


def tile_summary(
    attachment: PreparedAttachment, *, max_tiles: int, tile_size: int, tokens_per_tile: int, use_thumbnail: bool = True
) -> TileSummary:
    """What the model will see for this attachment — the same arithmetic the runtime uses."""
    per_image_max = attachment.attachment_kind.tiles_per_picture(max_tiles)
    plans = tuple(
        plan_tiles(*im.size, max_tiles=per_image_max, tile_size=tile_size, use_thumbnail=use_thumbnail)
        for im in attachment.images
    )
    tiles = sum(p.total_tiles for p in plans)
    return TileSummary(plans, tiles, tiles * tokens_per_tile)


def prepare_picture_bytes(data: bytes, name: str) -> PreparedAttachment:
    """A picture given as bytes with no file behind them (a dropped ``data:`` address), decoded by the guarded
    picture loader and kept as PNG as a pasted one is.

    Raises
    ------
    MediaError
        Not a picture Desktop VLM reads, damaged, or too large; the message names ``name``.
    """
    return prepare_pasted_image(load_image(data, name=name), name)


def prepare_unlocked(path: Path, password: str, **options) -> PreparedAttachment:
    """The password-protected file at ``path`` (a PDF, or a Word, Excel or PowerPoint file), opened with ``password``
    and prepared as :func:`prepare_file` does
    (``options`` are its). What is decoded and kept is an unprotected copy, made in a private temporary folder and
    removed once read, so the conversation reads it again without the password; the password is kept nowhere.
    The result has no ``source``: the kept copy stands for the file.

    Raises
    ------
    PasswordRequiredError
        ``password`` is not the PDF's.
    MediaError
        As :func:`prepare_file`.
    """
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="desktop-vlm-unlocked-") as folder:
        unlocked = Path(folder) / path.name
        unlock_file(path, password, unlocked)
        return replace(prepare_file(unlocked, **options), source=None)
