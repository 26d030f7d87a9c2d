"""Videos: MP4, MOV, MKV, WebM, AVI, MPEG and more (whatever PyAV decodes). The chosen number of frames, evenly
spaced, each sent as one tile and numbered ``FrameN:``; the chip shows them in a strip with their times."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ...core.messages import Message
from ..kind_spec import CHIP_FRAMES, FRAME_BOUNDS, AttachmentFile, AttachmentKind, Decoded, DecodeOptions, MetaField
from ..video import frame_indices, probe_video, sample_video_frames

DEFAULT_FRAMES = 8


def _sniff(head: bytes) -> bool:
    if head[4:8] == b"ftyp":  # ISO base media (MP4, MOV, 3GP); HEIF pictures were claimed before
        return True
    if head.startswith(b"\x1a\x45\xdf\xa3") or (head[:4] == b"RIFF" and head[8:11] == b"AVI"):  # Matroska, AVI
        return True
    if head[:4] in (b"\x00\x00\x01\xba", b"\x00\x00\x01\xb3"):  # MPEG program / elementary stream
        return True
    return len(head) > 376 and head[0] == head[188] == head[376] == 0x47  # MPEG-TS: a sync byte every 188 bytes


def _decode(file: AttachmentFile, options: DecodeOptions) -> Decoded:
    """``options.choices["frames"]`` frames (default 8); ``meta["frame_times"]`` are the seconds they come from."""
    frames = options.choices.get("frames", DEFAULT_FRAMES)
    pictures = sample_video_frames(file.path, frames)
    info = probe_video(file.path)
    times = [round(i / info.fps, 2) for i in frame_indices(info.frame_count, len(pictures))]
    return Decoded(pictures, {"frames": frames, "frame_times": times})


def _thumbnail(path: Path, at_least: int) -> Image.Image:
    return sample_video_frames(path, 1)[0]


KIND = AttachmentKind(
    name="video",
    title=Message("videos"),
    formats="MP4, MOV, MKV, WebM, AVI",
    extensions=(".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".mpg", ".mpeg", ".wmv", ".flv", ".3gp", ".ts"),
    mime="video/mp4",  # what every stored video has been recorded as, whatever its container
    decode=_decode,
    sniff=_sniff,
    sniff_order=30,
    order=20,
    thumbnail=_thumbnail,
    as_frames=True,
    meta_fields=(
        MetaField("frames", "whole", low=FRAME_BOUNDS[0], high=FRAME_BOUNDS[1]),
        MetaField("frame_times", "numbers", high=FRAME_BOUNDS[1]),
    ),
    chip=CHIP_FRAMES,
)
