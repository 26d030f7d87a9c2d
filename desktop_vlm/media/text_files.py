"""Text files — notes, Markdown, CSV, JSON, logs, source code — read as the text a question quotes: decoded from
whatever encoding they were saved in, refused when they are binary, cut to what fits the model's context, and
drawn as a page for the chip and the sent message.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NamedTuple

from PIL import Image, ImageDraw, ImageFont

from ..core.errors import MediaError
from ..core.messages import Message
from ..core.quoted_text import quote_document
from ..core.text_tokens import chars_within, estimate_tokens
from .kind_spec import TEXT_LIMIT, Decoded, DecodeOptions, MetaField
from .passages import Span, choose_passages, joined_passages, parse_spans, spans_text

MAX_TEXT_BYTES = 16 * 2**20  # ~4 million tokens of English: far past any supported model's context
# The byte-order marks that name an encoding outright; UTF-32's start with UTF-16's, so they are tried first.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ENCODING_NAMES = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}  # as people name them
# Control characters text files do carry: tab, line feed, form feed, carriage return, escape (coloured logs).
_TEXT_CONTROLS = {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
THUMBNAIL_LINES = 24
MIN_TEXT_TOKENS = 64  # of a file attached when the context has no room left: a few lines, and a warning


@dataclass(frozen=True)
class ReadText:
    """A text file's content and the encoding it was read with, as people name it ("UTF-8", "GB18030")."""

    text: str
    encoding: str


def looks_like_text(head: bytes) -> bool:
    """Whether the first bytes of a file are text: a byte-order mark, or UTF-8 without control characters other
    than tab, line breaks, form feed and escape (the last character may be cut by the 512-byte head)."""
    if head.startswith(tuple(bom for bom, _ in _BOMS)):
        return True
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return bool(text) and not any(ord(c) < 0x20 and ord(c) not in _TEXT_CONTROLS for c in text)


def read_text(name: str, data: bytes) -> ReadText:
    """The text of the file ``name`` holding ``data``: by its byte-order mark, else UTF-8, else the legacy
    encoding its bytes point to (a Windows-1252 note, a GB18030 or Shift-JIS file).

    Raises
    ------
    MediaError
        The bytes are not text (NUL bytes, or no encoding reads them).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return ReadText(_normalised(data.decode(encoding)), _ENCODING_NAMES[encoding])
            except UnicodeDecodeError:
                raise MediaError(
                    Message(
                        "{name} starts as {encoding} text but is damaged further on.",
                        name=name,
                        encoding=_ENCODING_NAMES[encoding],
                    )
                ) from None
    if b"\x00" in data:
        raise MediaError(
            Message("{name} holds binary data, not text.", name=name),
            hint=Message("Attach text files, pictures, PDFs or videos."),
        )
    try:
        return ReadText(_normalised(data.decode("utf-8")), "UTF-8")
    except UnicodeDecodeError:
        pass
    return _legacy_text(name, data)


def _legacy_text(name: str, data: bytes) -> ReadText:
    """Text in a legacy encoding: Windows-1252 (what Western Windows wrote) where its accented letters stand
    alone among ASCII ones, as in "café" and "Größe"; else what charset-normalizer finds (GB18030, Shift-JIS,
    Windows-1251…, whose letters are all outside ASCII). charset-normalizer alone tells accented Latin
    encodings apart poorly on a short note."""
    try:
        latin = data.decode("cp1252")
    except UnicodeDecodeError:
        latin = None
    if latin is not None and _accents_stand_alone(latin):
        return ReadText(_normalised(latin), "Windows-1252")
    from charset_normalizer import from_bytes  # only for the files that are not UTF-8

    best = from_bytes(data).best()
    if best is None:
        raise MediaError(
            Message("{name} is not text in an encoding Desktop VLM recognises.", name=name),
            hint=Message("Save it as UTF-8."),
        )
    return ReadText(_normalised(str(best)), best.encoding.replace("_", "-").upper())


def _accents_stand_alone(text: str) -> bool:
    """Whether at most a tenth of the characters outside ASCII come in runs of three or more: true of accented
    Latin text, false of a double-byte or Cyrillic encoding read one byte at a time."""
    outside = sum(1 for c in text if ord(c) > 0x7F)
    in_runs = sum(len(run) for run in re.findall(r"[^\x00-\x7f]{3,}", text))
    return in_runs <= outside // 10


def _normalised(text: str) -> str:
    """Line breaks as ``\\n`` (Windows' ``\\r\\n`` and old Macs' ``\\r``), no trailing blank lines."""
    return text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")


def line_count(text: str) -> int:
    return text.count("\n") + 1 if text else 0


@dataclass(frozen=True)
class FittedText:
    """What is sent of a text: ``sent``, the details that give the same part again when it is read again, and
    ``whole``, the whole text, when only its beginning is sent for want of a question to choose the part for."""

    sent: str
    details: dict[str, int | str]
    whole: str | None = None


def fit_text(
    name: str, text: str, token_room: int | None, chosen: Mapping[str, Any] | None = None, question: str | None = None
) -> FittedText:
    """What of ``text`` fits in ``token_room`` tokens once quoted under ``name`` (None: all of it), and at least
    its first ``MIN_TEXT_TOKENS``: with the context already full a file is still attached, its chip warning that
    the message is too long, rather than refused as empty.

    When all of it does not fit, the passages that bear on ``question`` are sent (see :mod:`.passages`); without
    a question, its beginning, cut at a line break where one is in its second half.

    ``chosen``: the details a stored attachment was sent with (its ``sent_spans`` or ``sent_chars``), so that a
    reopened conversation quotes the same text.
    """
    chosen = chosen or {}
    spans = parse_spans(chosen.get("sent_spans"), len(text))
    if spans is not None:
        return _passages(text, spans)
    chosen_chars = chosen.get("sent_chars")
    if isinstance(chosen_chars, int) and not isinstance(chosen_chars, bool):
        return _beginning(text, max(0, min(chosen_chars, len(text))))
    if token_room is None:
        return _beginning(text, len(text))
    room = max(MIN_TEXT_TOKENS, token_room - estimate_tokens(quote_document(name, "")))
    keep = max(1, chars_within(text, room))
    if keep >= len(text):
        return _beginning(text, len(text))
    if question is None:  # not known yet: the beginning, and the whole kept to choose from once it is
        line_end = text.rfind("\n", 0, keep)
        if line_end >= keep // 2:
            keep = line_end
        return replace(_beginning(text, keep), whole=text)
    spans = choose_passages(text, question, estimate_tokens, room)
    if not spans or (len(spans) == 1 and spans[0][0] == 0):
        # nothing bears on the question more than the beginning (or no passage fits a room this small)
        return _beginning(text, spans[0][1] if spans else keep)
    return _passages(text, spans)


def _beginning(text: str, chars: int) -> FittedText:
    return FittedText(text[:chars], {"sent_chars": chars, "sent_lines": line_count(text[:chars])})


def _passages(text: str, spans: list[Span]) -> FittedText:
    details: dict[str, int | str] = {
        "sent_chars": sum(end - start for start, end in spans),
        "sent_lines": sum(line_count(text[start:end]) for start, end in spans),
        "sent_spans": spans_text(spans),
    }
    return FittedText(joined_passages(text, spans), details)


SENT_DETAILS = ("sent_chars", "sent_lines", "sent_spans")  # what was sent of a text, chosen for its room and question
MAX_SPANS_TEXT = 16_384  # characters of stored spans: hundreds of passages, more than any context holds
TEXT_META_FIELDS = (
    MetaField("encoding", "text", high=TEXT_LIMIT),
    MetaField("char_count", "whole", low=0, high=MAX_TEXT_BYTES),
    MetaField("line_count", "whole", low=0, high=MAX_TEXT_BYTES),
    MetaField("sent_chars", "whole", low=0, high=MAX_TEXT_BYTES),
    MetaField("sent_lines", "whole", low=0, high=MAX_TEXT_BYTES),
    MetaField("sent_spans", "text", high=MAX_SPANS_TEXT),
)  # what a kind read as text stores: how it was read, how long it is, and what of it was sent


def decoded_text(name: str, read: ReadText, options: DecodeOptions) -> Decoded:
    """What a file read as text gives the model: as much of its text as fits the room — the passages that bear
    on the question, when one is known — or the part stored, the details stored with it, and a note when some
    was left out."""
    if not read.text.strip():
        raise MediaError(Message("{name} has no text in it.", name=name))
    fitted = fit_text(name, read.text, options.image_token_room, options.choices, options.question)
    meta = {"encoding": read.encoding, "char_count": len(read.text), "line_count": line_count(read.text)}
    meta |= fitted.details
    return Decoded([], meta, cut_note(fitted.sent, meta), text=fitted.sent, whole_text=fitted.whole)


class Cut(NamedTuple):
    """How much of a text was sent: ``sent`` of its ``total`` lines (or characters, when the cut fell inside
    its only line); ``chosen``: the parts that bear on the question, not its beginning."""

    unit: str
    sent: int
    total: int
    chosen: bool


def what_was_cut(sent: str, meta: Mapping[str, Any]) -> Cut | None:
    """How much of a text was left out, from the text sent and its stored details: None when all of it was sent,
    else the lines sent of all its lines — or the characters, when the cut fell inside the only line (a minified
    JSON file, a one-line log)."""
    total_chars, total_lines = meta.get("char_count", len(sent)), meta.get("line_count", 0)
    if not isinstance(total_chars, int) or not isinstance(total_lines, int):
        return None
    if isinstance(meta.get("sent_spans"), str) and isinstance(meta.get("sent_lines"), int):
        sent_chars = meta.get("sent_chars")
        if meta["sent_lines"] < total_lines:
            return Cut("lines", meta["sent_lines"], total_lines, True)
        if isinstance(sent_chars, int) and sent_chars < total_chars:
            return Cut("characters", sent_chars, total_chars, True)
        return None
    if len(sent) >= total_chars:
        return None
    sent_lines = line_count(sent)
    if sent_lines < total_lines:
        return Cut("lines", sent_lines, total_lines, False)
    return Cut("characters", len(sent), total_chars, False)


def cut_note(sent: str, meta: Mapping[str, Any]) -> str | None:
    """One line saying what was left out of a text, for the command line and the log (the window says it in
    the person's language); None when nothing was."""
    cut = what_was_cut(sent, meta)
    if cut is None:
        return None
    if cut.chosen:
        return (
            f"{cut.sent:,} of {cut.total:,} {cut.unit}, the parts that bear on the question: the whole would not "
            "fit the model's context."
        )
    return f"The first {cut.sent:,} of {cut.total:,} {cut.unit}: the rest would not fit the model's context."


def text_picture(text: str, at_least: int = 256) -> Image.Image:
    """A page with the file's first lines on it: what stands for a text file in the chip and the sent message."""
    width = max(at_least, 240)
    height = width * 4 // 3
    page = Image.new("RGB", (width, height), (250, 250, 247))
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=max(9, width // 24))
    margin, line_height = width // 12, max(11, width // 18)
    ink = (60, 60, 60)
    for row, line in enumerate(text[: THUMBNAIL_LINES * 200].split("\n")[:THUMBNAIL_LINES]):
        top = margin + row * line_height
        if top + line_height > height - margin:
            break
        draw.text((margin, top), line.expandtabs(4)[:80], fill=ink, font=font)
    draw.rectangle((0, 0, width - 1, height - 1), outline=(200, 200, 195))
    return page


def head_picture(path: Path, at_least: int) -> Image.Image:
    """:func:`text_picture` of a file's first few kilobytes, read leniently: a thumbnail needs no more."""
    with open(path, "rb") as fh:
        head = fh.read(8192)
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return text_picture(head.decode(encoding, "replace"), at_least)
    return text_picture(_normalised(head.decode("utf-8", "replace")), at_least)
