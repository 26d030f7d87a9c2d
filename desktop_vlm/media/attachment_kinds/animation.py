"""Animations: animated GIFs (a screen recording attached to a bug report, a meme), animated PNGs and WebPs. Read
as a video is — the chosen number of frames, evenly spaced, each sent as one tile and numbered ``FrameN:``, the chip
showing them in a strip with their times — where a picture would send the first frame alone. A still GIF, PNG or
WebP is a picture (``image.py``)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message
from .. import images
from ..kind_spec import CHIP_FRAMES, FRAME_BOUNDS, AttachmentFile, AttachmentKind, Decoded, DecodeOptions, MetaField
from ..video import FRAME_OUTPUT_SIDE

DEFAULT_FRAMES = 8
MAX_ANIMATION_BYTES = 256 * 2**20
_PNG = b"\x89PNG\r\n\x1a\n"


def _sniff(head: bytes) -> bool:
    """An animation says so before its first frame: a GIF's looping block (after its colour table, within the
    first kilobyte), an APNG's ``acTL`` chunk (before its first ``IDAT``), a WebP's animation flag."""
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return b"NETSCAPE2.0" in head or b"ANIMEXTS1.0" in head
    if head.startswith(_PNG):
        first_data = head.find(b"IDAT")
        return b"acTL" in (head if first_data < 0 else head[:first_data])
    webp = head[:4] == b"RIFF" and head[8:12] == b"WEBP" and head[12:16] == b"VP8X" and len(head) > 20
    return webp and bool(head[20] & 0x02)


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    """``options.choices["frames"]`` frames (default 8); ``meta["frame_times"]`` are the seconds they start at."""
    if file.data is None:
        KIND.refuse_if_too_large(file.path)
    frames = options.choices.get("frames", DEFAULT_FRAMES)
    pictures, times = images.load_animation_frames(file.content, frames, side=FRAME_OUTPUT_SIDE, name=file.name)
    return Decoded(pictures, {"frames": frames, "frame_times": times})


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return images.load_image(path, at_least=at_least)  # the first frame


KIND = AttachmentKind(
    name="animation",
    title=Message("animations"),
    formats="GIF, APNG, WebP",
    extensions=(".gif",),
    mime="image/gif",
    decode=_decode,
    sniff=_sniff,
    sniff_order=19,  # before pictures, which would take the first frame alone
    max_bytes=MAX_ANIMATION_BYTES,
    order=21,
    thumbnail=_thumbnail,
    as_frames=True,
    meta_fields=(
        # the details a video stores, bounded alike (two kinds share a detail only with the same bounds)
        MetaField("frames", "whole", low=FRAME_BOUNDS[0], high=FRAME_BOUNDS[1]),
        MetaField("frame_times", "numbers", high=FRAME_BOUNDS[1]),
    ),
    chip=CHIP_FRAMES,
)
