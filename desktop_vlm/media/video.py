"""Videos: probe, and sample N frames the way the InternVL model cards do, with PyAV.

Why PyAV: wheels with a bundled FFmpeg for Linux x86-64/ARM, Windows and both macOS architectures, and
it decodes AV1/HEVC/VP9. decord (the model cards' choice) has had no release since 2021, ships wheels for
Linux x86-64 and Windows only and fails on AV1.

Two decoding strategies give the same frames (frame k in presentation order):

- seek (default): one demux pass without decoding lists every packet's timestamp and which are keyframes;
  then for each wanted frame we seek to its keyframe *only if* that skips more than ``SEEK_MIN_SKIP``
  frames past what we already decoded, else we keep decoding forward. It never decodes more frames than
  a full pass, and far fewer on long videos with regular keyframes;
- sequential (fallback): decode every frame up to the last wanted one and keep the wanted ones. Used when
  timestamps are missing or seeking fails (broken index, no keyframes, damaged file).

benchmarks/video_sampling.py measures both, and a naive seek-per-index, on generated clips (see
docs/benchmarks.md, "Video frame sampling").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..core.errors import MediaError
from ..core.messages import Message

MAX_DECODE_SIDE = 8192  # refuse larger frames before decoding: one 8K RGB frame is already ~200 MB
# FFmpeg's own per-frame cap (its ``max_pixels`` option): a packet declaring more is refused before a buffer
# is allocated, whatever the container's header said about the frame size.
MAX_FRAME_PIXELS = MAX_DECODE_SIDE * MAX_DECODE_SIDE
_HEADER_HINT = Message("Its header may not tell its real frame size.")
MAX_FRAMES = 64  # frames sampled per video at most (the CLI's --frames limit; the window offers up to 32)
# Sampled frames are shrunk to fit this square: each is sent with one 448 px tile, so 64 frames cost at most
# ~64 × 1.8 MP instead of 64 full 8K frames (~4 GB).
FRAME_OUTPUT_SIDE = 1344
SEEK_MIN_SKIP = 24  # seek only when it skips more frames than this (a seek costs a decoder flush; measured)
# FFmpeg frame threads. Off: on the 2-core development machine they made both strategies slower at 360p and
# at 1080p (docs/benchmarks.md); re-measure with `benchmarks/video_sampling.py --threads` on many cores.
FRAME_THREADS = False


@dataclass(frozen=True)
class VideoInfo:
    """What the container says about the first video track.

    Attributes
    ----------
    duration_s : float
    fps : float
        Average frame rate.
    frame_count : int
        Frames in the track (from the header, else counted from packets without decoding).
    width, height : int
    codec : str
        FFmpeg's codec name, e.g. ``"h264"``.
    """

    duration_s: float
    fps: float
    frame_count: int
    width: int
    height: int
    codec: str


@dataclass(frozen=True)
class _PacketIndex:
    pts: list[int]  # presentation timestamps of all frames, sorted: pts[k] is frame k
    keyframes: list[int]  # sorted pts of keyframes


def frame_indices(frame_count: int, num_frames: int) -> list[int]:
    """Indices of the frames to sample: the middle of ``num_frames`` equal segments of the video.

    The model cards' ``get_index`` with no time bound: ``seg = (frame_count - 1) / num_frames`` and index
    ``k`` is ``int(seg / 2 + round(seg * k))``. Python's ``round`` is half-to-even, like numpy's.
    """
    if frame_count <= 0 or num_frames <= 0:
        return []
    start, end = 0, frame_count - 1
    segment = (end - start) / num_frames
    return [int(start + segment / 2 + round(segment * k)) for k in range(num_frames)]


def _open(path: Path):
    import av
    import av.error

    try:
        container = av.open(str(path))
    except FileNotFoundError:
        raise MediaError(Message("File not found: {path}", path=str(path))) from None
    except (av.error.FFmpegError, OSError, ValueError, UnicodeDecodeError) as err:
        raise MediaError(
            # FFmpeg's own words ("Invalid data found when processing input"), not its error number and the path
            Message(
                "{name} is not a video Desktop VLM can read ({reason}).",
                name=path.name,
                reason=getattr(err, "strerror", None) or str(err),
            )
        ) from None
    if not container.streams.video:
        container.close()
        raise MediaError(Message("{name} has no video track.", name=path.name))
    return container


def probe_video(path: Path) -> VideoInfo:
    """Duration, frame rate, frame count, size and codec of the first video track (no decoding).

    Raises
    ------
    MediaError
        Not a readable video, no video track, no frames, or a frame size over ``MAX_DECODE_SIDE``.
    """
    import av
    import av.error

    path = Path(path)
    container = _open(path)
    try:
        stream = container.streams.video[0]
        if stream.codec_context is None:  # FFmpeg knows no decoder for this track's codec
            raise MediaError(Message("{name} uses a video codec Desktop VLM cannot decode.", name=path.name))
        width, height = stream.codec_context.width, stream.codec_context.height
        if not (0 < width <= MAX_DECODE_SIDE and 0 < height <= MAX_DECODE_SIDE):
            raise MediaError(
                Message(
                    "{name} has an unsupported frame size ({width}×{height}).",
                    name=path.name,
                    width=width,
                    height=height,
                )
            )
        fps = float(stream.average_rate or stream.guessed_rate or 0) or 25.0
        duration = (
            float(stream.duration * stream.time_base)
            if stream.duration and stream.time_base
            else (container.duration / 1e6 if container.duration else 0.0)
        )
        count = stream.frames or 0
        if count <= 0:  # not in the header (MKV, WebM...): count packets, which is cheap (no decoding)
            count = sum(1 for packet in container.demux(stream) if packet.size)
        if count <= 0:
            raise MediaError(Message("{name} contains no video frames.", name=path.name))
        return VideoInfo(duration or count / fps, fps, count, width, height, stream.codec_context.name or "unknown")
    except (av.error.FFmpegError, ValueError, ZeroDivisionError, OverflowError) as err:
        raise MediaError(
            Message("{name} is damaged and cannot be read ({reason}).", name=path.name, reason=str(err))
        ) from None
    finally:
        container.close()


def sample_video_frames(path: Path, num_frames: int) -> list[Image.Image]:
    """``num_frames`` RGB frames spread over the whole video (see :func:`frame_indices`), each shrunk to fit
    ``FRAME_OUTPUT_SIDE`` × ``FRAME_OUTPUT_SIDE`` pixels (smaller frames keep their size).

    Raises
    ------
    MediaError
        The video cannot be read, no frame decodes, more than ``MAX_FRAMES`` are asked for, or a decoded
        frame is larger than the limits (whatever the header said). A damaged tail repeats the last good
        frame instead, so a mostly-good video still gets an answer.
    """
    import av
    import av.error

    path = Path(path)
    if num_frames < 1:
        raise MediaError(Message("Ask for at least one frame."))
    if num_frames > MAX_FRAMES:
        raise MediaError(
            Message(
                "Ask for at most {limit} frames of a video (asked for {count:,}).", limit=MAX_FRAMES, count=num_frames
            )
        )
    probe_video(path)  # refuses non-videos and oversized frames before any decoding
    frames: list[Image.Image] = []
    try:
        index = _packet_index(path)
        if index is not None:
            try:
                frames = _by_seeking(path, frame_indices(len(index.pts), num_frames), index)
            except (av.error.FFmpegError, ValueError, OverflowError, LookupError):
                frames = []  # a broken index or a failing seek: the plain pass below still works
        if len(frames) != num_frames:
            count = len(index.pts) if index is not None else probe_video(path).frame_count
            wanted = frame_indices(count, num_frames)
            frames = _sequential(path, wanted)
    except av.error.ArgumentError:
        # what FFmpeg answers for a packet over MAX_FRAME_PIXELS (and for a few kinds of damage)
        raise MediaError(
            Message(
                "{name} has a frame larger than {limit_width}×{limit_height} pixels, or damaged frames.",
                name=path.name,
                limit_width=MAX_DECODE_SIDE,
                limit_height=MAX_DECODE_SIDE,
            ),
            hint=_HEADER_HINT,
        ) from None
    except av.error.FFmpegError as err:
        raise MediaError(
            Message("{name} is damaged and cannot be decoded ({reason}).", name=path.name, reason=str(err))
        ) from None
    except MemoryError:
        raise MediaError(Message("{name} needs more memory to decode than is available.", name=path.name)) from None
    if not frames:
        raise MediaError(Message("No frame of {name} could be decoded.", name=path.name))
    while len(frames) < num_frames:  # a damaged tail: repeat the last good frame rather than fail
        frames.append(frames[-1])
    return frames


def _packet_index(path: Path) -> _PacketIndex | None:
    """Timestamps of every frame and of the keyframes, read by demuxing (no decoding). None when the
    file has frames without timestamps or no keyframe: then only the sequential pass is trustworthy."""
    import av
    import av.error

    container = _open(path)
    try:
        stream = container.streams.video[0]
        pts, keys = [], []
        for packet in container.demux(stream):
            if not packet.size:
                continue
            if packet.pts is None:
                return None
            pts.append(packet.pts)
            if packet.is_keyframe:
                keys.append(packet.pts)
    except av.error.FFmpegError:
        return None
    finally:
        container.close()
    if not pts or not keys or len(set(pts)) != len(pts):
        return None
    return _PacketIndex(sorted(pts), sorted(keys))


def _decoding_stream(container):
    """The first video track, set up to decode within the limits."""
    stream = container.streams.video[0]
    stream.codec_context.options = {"max_pixels": str(MAX_FRAME_PIXELS)}
    if FRAME_THREADS:
        stream.thread_type = "AUTO"
    return stream


def _frame_image(frame, path: Path) -> Image.Image:
    """A decoded frame as RGB, its size checked before any conversion and shrunk in the same conversion.

    Every frame is checked, not only the header: a container can say 64×48 and carry 12000×12000 frames.
    """
    width, height = frame.width, frame.height
    if not (0 < width <= MAX_DECODE_SIDE and 0 < height <= MAX_DECODE_SIDE):
        raise MediaError(
            Message(
                "{name} has a frame of {width}×{height} pixels, more than the {limit_width}×{limit_height} limit.",
                name=path.name,
                width=width,
                height=height,
                limit_width=MAX_DECODE_SIDE,
                limit_height=MAX_DECODE_SIDE,
            ),
            hint=_HEADER_HINT,
        )
    scale = FRAME_OUTPUT_SIDE / max(width, height)
    if scale >= 1:
        return frame.to_image()
    return frame.to_image(width=max(1, round(width * scale)), height=max(1, round(height * scale)))


def _sequential(path: Path, wanted: list[int]) -> list[Image.Image]:
    import av
    import av.error

    if not wanted:
        return []
    targets = set(wanted)
    last = max(wanted)
    got: dict[int, Image.Image] = {}
    container = _open(path)
    try:
        stream = _decoding_stream(container)
        try:
            for index, frame in enumerate(container.decode(stream)):
                if index in targets:
                    got[index] = _frame_image(frame, path)
                if index >= last:
                    break
        except (av.error.InvalidDataError, av.error.EOFError):
            pass  # keep what decoded before the damage
    finally:
        container.close()
    return [got[i] for i in wanted if i in got]


def _by_seeking(
    path: Path, wanted: list[int], index: _PacketIndex, *, min_skip: int | None = SEEK_MIN_SKIP
) -> list[Image.Image]:
    """Frames ``wanted`` (indices into ``index.pts``), seeking to a keyframe only when that skips more than
    ``min_skip`` frames beyond the last one decoded (``min_skip=None``: seek for every frame, the naive way)."""
    container = _open(path)
    got: dict[int, Image.Image] = {}
    try:
        stream = _decoding_stream(container)
        frames = None
        position = -1  # index of the last decoded frame
        for target in sorted(set(wanted)):
            target_pts = index.pts[target]
            key_pts = index.keyframes[max(0, bisect_right(index.keyframes, target_pts) - 1)]
            key_at = bisect_right(index.pts, key_pts) - 1
            if frames is None or min_skip is None or target <= position or key_at - position > min_skip:
                container.seek(key_pts, stream=stream, backward=True, any_frame=False)
                frames = container.decode(stream)
            for frame in frames:
                if frame.pts is None:
                    raise ValueError("frames without timestamps")
                position = bisect_right(index.pts, frame.pts) - 1
                if frame.pts >= target_pts:
                    break
            else:
                raise ValueError("the video ended before the frame wanted")
            if frame.pts != target_pts:
                raise ValueError("seeking landed on a different frame")
            got[target] = _frame_image(frame, path)
    finally:
        container.close()
    return [got[i] for i in wanted]
