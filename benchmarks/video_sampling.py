"""Frame sampling for videos: one sequential decode pass vs seek-to-keyframe-then-decode per frame.

Generates H.264 test clips with PyAV (640×360, 30 fps; short and long GOP; 10 s and longer), samples
``num_frames`` frames the model-card way with each strategy of ``desktop_vlm.media.video`` and prints the
best-of-N wall time, frames decoded, and whether both strategies returned identical pixels.

    .venv/bin/python benchmarks/video_sampling.py [--repeats 3] [--out /tmp/vbench]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CLIPS = [  # (name, seconds, gop, size): gop 30 = a keyframe a second (phones, screen recorders); 300 = one keyframe
    ("360p-10s-gop30", 10, 30, (640, 360)),
    ("360p-10s-gop300", 10, 300, (640, 360)),
    ("360p-60s-gop30", 60, 30, (640, 360)),
    ("360p-60s-gop250", 60, 250, (640, 360)),
    ("1080p-10s-gop60", 10, 60, (1920, 1080)),
]


def make_clip(path: Path, seconds: int, gop: int, size=(640, 360), fps: int = 30) -> Path:
    """A moving gradient with a frame counter bar, so every frame differs and the encoder works for real."""
    import av

    if path.exists():
        return path
    w, h = size
    x = np.arange(w, dtype=np.int32)[None, :]
    y = np.arange(h, dtype=np.int32)[:, None]
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps, options={"preset": "veryfast", "crf": "23"})
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        stream.codec_context.gop_size = gop
        stream.codec_context.options = {"keyint_min": str(gop), "sc_threshold": "0"}  # no extra keyframes
        for i in range(seconds * fps):
            rgb = np.empty((h, w, 3), np.uint8)
            rgb[..., 0] = (x + 3 * i) % 256
            rgb[..., 1] = (y + 2 * i) % 256
            rgb[..., 2] = (x + y + i) % 256
            rgb[:12, : (i * 7) % w] = 255
            for packet in stream.encode(av.VideoFrame.from_ndarray(rgb, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return path


def timed(fn, repeats: int):
    best, result = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main(argv=None) -> int:
    from desktop_vlm.media import video

    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--out", type=Path, default=Path("/tmp/video_sampling_clips"))
    ap.add_argument("--frames", type=int, nargs="+", default=[8, 16, 32])
    ap.add_argument("--threads", action="store_true", help="decode with FFmpeg frame threads")
    args = ap.parse_args(argv)
    video.FRAME_THREADS = args.threads
    args.out.mkdir(parents=True, exist_ok=True)
    print(
        "| clip | frames | sampled | sequential pass | seek per frame (naive) | keyframe-aware seek (ours) | ours vs sequential | same pixels |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, seconds, gop, size in CLIPS:
        path = make_clip(args.out / f"{name}.mp4", seconds, gop, size)
        info = video.probe_video(path)
        for n in args.frames:
            wanted = video.frame_indices(info.frame_count, n)
            t_seq, seq = timed(lambda path=path, wanted=wanted: video._sequential(path, wanted), args.repeats)
            # the packet index is part of the cost of both seeking variants, so it is timed with them
            t_naive, naive = timed(
                lambda path=path, wanted=wanted: video._by_seeking(
                    path, wanted, video._packet_index(path), min_skip=None
                ),
                args.repeats,
            )
            t_ours, ours = timed(
                lambda path=path, wanted=wanted: video._by_seeking(path, wanted, video._packet_index(path)),
                args.repeats,
            )
            same = all(
                len(x) == len(seq) and all(np.array_equal(np.asarray(a), np.asarray(b)) for a, b in zip(seq, x))
                for x in (naive, ours)
            )
            print(
                f"| {name} | {info.frame_count} | {n} | {t_seq * 1000:.0f} ms | {t_naive * 1000:.0f} ms | "
                f"{t_ours * 1000:.0f} ms | {t_seq / t_ours:.1f}× | {'yes' if same else 'NO'} |"
            )
    print(f"\ncommand: python {' '.join(sys.argv)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
