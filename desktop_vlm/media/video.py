"""Videos: probe, and sample N frames the way the InternVL model cards do, with PyAV.

Why PyAV: wheels with a bundled FFmpeg for Linux x86-64/ARM, Windows and both macOS architectures, and
it decodes AV1/HEVC/VP9. decord (the model cards' choice) has had no release since 2021, ships wheels for
Linux x86-64 and Windows only and fails on AV1.

Two decoding strategies give the same frames (frame k of the decode order):
- sequential: decode every frame once and keep the wanted ones — exact, and fastest for short clips;
- seek: for each wanted frame, seek to the keyframe before it and decode forward — far fewer frames
  decoded on long videos. It relies on timestamps; when they are missing or seeking fails, we fall back
  to the sequential pass. See benchmarks/video_sampling.py for the measured crossover.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..core.errors import MediaError

SEQUENTIAL_MAX_FRAMES = 900  # below this many frames a single decode pass beats seeking (measured)
MAX_DECODE_SIDE = 8192


@dataclass(frozen=True)
class VideoInfo:
    duration_s: float
    fps: float
    frame_count: int
    width: int
    height: int
    codec: str


def frame_indices(frame_count: int, num_frames: int) -> list[int]:
    """Indices of the frames to sample: the middle of ``num_frames`` equal segments of the video
    (the model cards' ``get_index`` with no time bound; Python's round is half-to-even like numpy's)."""
    if frame_count <= 0 or num_frames <= 0:
        return []
    start, end = 0, frame_count - 1
    segment = (end - start) / num_frames
    return [int(start + segment / 2 + round(segment * k)) for k in range(num_frames)]


def _open(path: Path):
    import av

    try:
        container = av.open(str(path))
    except FileNotFoundError:
        raise MediaError(f"File not found: {path}") from None
    except (av.error.FFmpegError, OSError, ValueError) as err:
        raise MediaError(f"{path.name} is not a video Desktop VLM can read ({err}).") from None
    if not container.streams.video:
        container.close()
        raise MediaError(f"{path.name} has no video track.")
    return container


def probe_video(path: Path) -> VideoInfo:
    """Duration, frame rate, frame count, size and codec, reading the container (no full decode)."""
    import av

    path = Path(path)
    container = _open(path)
    try:
        stream = container.streams.video[0]
        fps = float(stream.average_rate or stream.guessed_rate or 0) or 25.0
        duration = float(stream.duration * stream.time_base) if stream.duration else (
            container.duration / 1e6 if container.duration else 0.0)  # fmt: skip
        count = stream.frames or 0
        if count <= 0:  # not in the header: count packets (cheap: no decoding)
            count = sum(1 for packet in container.demux(stream) if packet.size)
        if count <= 0:
            raise MediaError(f"{path.name} contains no video frames.")
        width, height = stream.codec_context.width, stream.codec_context.height
        if not (0 < width <= MAX_DECODE_SIDE and 0 < height <= MAX_DECODE_SIDE):
            raise MediaError(f"{path.name} has an unsupported frame size ({width}×{height}).")
        return VideoInfo(duration or count / fps, fps, count, width, height, stream.codec_context.name)
    except av.error.FFmpegError as err:
        raise MediaError(f"{path.name} is damaged and cannot be read ({err}).") from None
    finally:
        container.close()


def sample_video_frames(path: Path, num_frames: int) -> list[Image.Image]:
    """``num_frames`` RGB frames spread over the whole video (see :func:`frame_indices`)."""
    import av

    path = Path(path)
    if num_frames < 1:
        raise MediaError("Ask for at least one frame.")
    info = probe_video(path)
    wanted = frame_indices(info.frame_count, num_frames)
    try:
        if info.frame_count > SEQUENTIAL_MAX_FRAMES:
            try:
                frames = _by_seeking(path, wanted, info)
                if len(frames) == len(wanted):
                    return frames
            except (av.error.FFmpegError, ValueError, OverflowError):
                pass  # fall back to a plain pass
        frames = _sequential(path, wanted)
    except av.error.FFmpegError as err:
        raise MediaError(f"{path.name} is damaged and cannot be decoded ({err}).") from None
    if not frames:
        raise MediaError(f"No frame of {path.name} could be decoded.")
    while len(frames) < len(wanted):  # a damaged tail: repeat the last good frame rather than fail
        frames.append(frames[-1])
    return frames


def _sequential(path: Path, wanted: list[int]) -> list[Image.Image]:
    import av

    targets = sorted(set(wanted))
    got: dict[int, Image.Image] = {}
    container = _open(path)
    try:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        index, last = 0, targets[-1]
        try:
            for frame in container.decode(stream):
                if index in targets:
                    got[index] = frame.to_image()
                if index >= last:
                    break
                index += 1
        except av.error.InvalidDataError:
            pass  # keep what decoded before the damage
    finally:
        container.close()
    return [got[i] for i in wanted if i in got]


def _by_seeking(path: Path, wanted: list[int], info: VideoInfo) -> list[Image.Image]:
    container = _open(path)
    try:
        stream = container.streams.video[0]
        base = stream.start_time or 0
        frames = []
        for index in wanted:
            target = base + int(index / info.fps / stream.time_base)
            container.seek(target, stream=stream, backward=True, any_frame=False)
            chosen = None
            for frame in container.decode(stream):
                if frame.pts is None:
                    raise ValueError("frames without timestamps")
                chosen = frame
                if frame.pts >= target - 0.5 / info.fps / stream.time_base:
                    break
            if chosen is None:
                raise ValueError("seek found no frame")
            frames.append(chosen.to_image())
        return frames
    finally:
        container.close()
