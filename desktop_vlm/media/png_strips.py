"""Decoding a very large PNG a strip of rows at a time, shrinking each strip as it comes, so memory follows the
result's size instead of the file's (a 20000×20000 PNG is 1.6 GB once decoded whole; here ~30 MB at a time).

Pillow can only decode a PNG whole. So the compressed rows are inflated here, a strip at a time, and each strip
is handed to Pillow as a small PNG of its own. A PNG row is stored relative to the row above it (the "Up",
"Average" and "Paeth" filters), so each small PNG starts with the previous strip's last row, unfiltered (copied
from what Pillow decoded, which for 8-bit samples are exactly the stored bytes), and that row is dropped again.

Supported: 8 bits per sample, not interlaced (what cameras, scanners and screenshot tools write). Anything else
returns None and the caller decides.
"""

from __future__ import annotations

import io
import struct
import time
import zlib
from typing import BinaryIO

from PIL import Image

from ..core.errors import MediaError
from ..core.messages import Message

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # PNG colour type → samples per pixel
_MODES = {0: "L", 2: "RGB", 3: "P", 4: "LA", 6: "RGBA"}  # Pillow's mode for 8-bit samples of each colour type
_STRIP_BYTES = 16 * 1024 * 1024  # decoded bytes per strip, about


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


class _Chunks:
    """The chunks of a PNG stream, read one at a time (CRCs are not checked: damage shows when inflating)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def next(self) -> tuple[bytes, bytes]:
        head = self._stream.read(8)
        if len(head) < 8:
            raise ValueError("the PNG ends before its image data does")
        length, kind = struct.unpack(">I4s", head)
        data = self._stream.read(length)
        self._stream.read(4)
        if len(data) < length:
            raise ValueError("the PNG ends inside a chunk")
        return kind, data


class _Rows:
    """The filtered scanlines (filter byte + row bytes) of the IDAT stream, inflated on demand."""

    def __init__(self, chunks: _Chunks, first_idat: bytes, row_bytes: int) -> None:
        self._chunks = chunks
        self._inflate = zlib.decompressobj()
        self._pending = first_idat
        self.row_bytes = row_bytes

    def take(self, count: int) -> bytes:
        wanted = count * self.row_bytes
        pieces, have = [], 0
        while have < wanted:
            if self._inflate.unconsumed_tail:
                source = self._inflate.unconsumed_tail
            elif self._pending:
                source, self._pending = self._pending, b""
            elif self._inflate.eof:
                raise ValueError("the PNG's image data ends before its last row")
            else:
                kind, source = self._chunks.next()
                if kind != b"IDAT":
                    raise ValueError("the PNG's image data ends before its last row")
            # max_length: never inflate more than this strip needs (the rest stays in unconsumed_tail)
            piece = self._inflate.decompress(source, wanted - have)
            pieces.append(piece)
            have += len(piece)
        return b"".join(pieces)


def _strip_png(header: bytes, keep: list[bytes], previous: bytes, rows: bytes) -> bytes:
    """A PNG holding ``previous`` (one unfiltered row, or nothing) and ``rows``, stored without compression."""
    compressor = zlib.compressobj(0)
    idat = compressor.compress(previous) + compressor.compress(rows) + compressor.flush()
    crc = zlib.crc32(idat, zlib.crc32(b"IDAT"))
    return b"".join(
        [
            _SIGNATURE,
            header,
            *keep,
            struct.pack(">I", len(idat)),
            b"IDAT",
            idat,
            struct.pack(">I", crc),
            _chunk(b"IEND", b""),
        ]
    )


def decode_reduced(stream: BinaryIO, factor: int, *, deadline: float | None = None) -> Image.Image | None:
    """The PNG in ``stream`` shrunk by ``factor`` in both directions (box average, as ``Image.reduce``), in
    the mode Pillow gives it (RGB or RGBA for palette images); None when the PNG is not one this decoder
    handles (see the module notes).

    Raises
    ------
    ValueError, zlib.error
        The file is truncated or damaged.
    MediaError
        ``time.monotonic()`` passed ``deadline`` before the last strip.
    """
    stream.seek(0)
    if stream.read(8) != _SIGNATURE:
        return None
    chunks = _Chunks(stream)
    kind, ihdr = chunks.next()
    if kind != b"IHDR" or len(ihdr) != 13:
        return None
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", ihdr)
    if depth != 8 or interlace or colour not in _CHANNELS or width == 0 or height == 0:
        return None
    keep = []  # PLTE and tRNS: each strip's PNG needs them to mean the same pixels
    while (kind := chunks.next())[0] != b"IDAT":
        if kind[0] in (b"PLTE", b"tRNS"):
            keep.append(_chunk(*kind))
        elif kind[0] == b"IEND":
            raise ValueError("the PNG has no image data")
    rows = _Rows(chunks, kind[1], 1 + width * _CHANNELS[colour])
    strip = max(factor, _STRIP_BYTES // (rows.row_bytes * factor) * factor)  # whole boxes per strip
    out = None
    previous = b""  # the last row decoded, unfiltered, with a "None" filter byte
    for top in range(0, height, strip):
        if deadline is not None and time.monotonic() > deadline:
            raise MediaError(
                Message(
                    "Downscaling this {width}×{height} PNG took too long; it was stopped.", width=width, height=height
                ),
                hint=Message("Scale it down or crop the part you want to ask about."),
            )
        count = min(strip, height - top)
        first = 1 if previous else 0
        header = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, first + count, 8, colour, 0, 0, 0))
        with Image.open(io.BytesIO(_strip_png(header, keep, previous, rows.take(count)))) as decoded:
            decoded.load()
            previous = b"\x00" + decoded.crop((0, first + count - 1, width, first + count)).tobytes()
            if colour == 3 or "transparency" in decoded.info:
                # averaging palette indices means nothing, and a transparent colour key must become alpha first
                decoded = decoded.convert("RGBA" if "transparency" in decoded.info else "RGB")
            reduced = decoded.reduce(factor, box=(0, first, width, first + count))
        if out is None:
            out = Image.new(reduced.mode, (-(-width // factor), -(-height // factor)))
        out.paste(reduced, (0, top // factor))
    return out
