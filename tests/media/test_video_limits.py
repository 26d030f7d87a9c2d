"""Video decoding within a budget: every decoded frame is checked (headers can lie), frames are few and small."""

from __future__ import annotations

import pytest

from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import probe_video, sample_video_frames
from desktop_vlm.media.video import FRAME_OUTPUT_SIDE, MAX_FRAMES
from tests.media.fuzz_inputs import lying_video, plain_jpeg


def _write(tmp_path, data, name="clip.mkv"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_frames_larger_than_the_header_says_are_refused_before_they_are_allocated(tmp_path):
    # the header (and the first frame) say 64×48; the next packets are 8300×8300 (69 MP, 276 MB each as RGB)
    path = _write(tmp_path, lying_video([plain_jpeg((64, 48))] + [plain_jpeg((8300, 8300), "L")] * 5))
    assert (probe_video(path).width, probe_video(path).height) == (64, 48)
    with pytest.raises(MediaError, match="has a frame larger than 8192×8192 pixels"):
        sample_video_frames(path, 6)


def test_a_frame_wider_than_the_side_limit_is_refused_by_its_decoded_size(tmp_path):
    # 8200×16 is few pixels (under FFmpeg's pixel cap) but wider than any frame we decode
    path = _write(tmp_path, lying_video([plain_jpeg((64, 48)), plain_jpeg((8200, 16)), plain_jpeg((64, 48))]))
    with pytest.raises(MediaError, match=r"has a frame of 8200×16 pixels, more than the 8192×8192 limit"):
        sample_video_frames(path, 3)


def test_sampled_frames_are_shrunk_to_what_one_tile_can_use(tmp_path):
    path = _write(tmp_path, lying_video([plain_jpeg((3000, 2000))] * 3, claimed=(3000, 2000)))
    frames = sample_video_frames(path, 3)
    assert [f.size for f in frames] == [(FRAME_OUTPUT_SIDE, 896)] * 3
    small = _write(tmp_path, lying_video([plain_jpeg((64, 48))] * 3), "small.mkv")
    assert [f.size for f in sample_video_frames(small, 2)] == [(64, 48)] * 2  # never enlarged


def test_asking_for_too_many_frames_is_refused_before_decoding(tmp_path):
    path = _write(tmp_path, lying_video([plain_jpeg((64, 48))] * 3))
    with pytest.raises(MediaError, match=f"at most {MAX_FRAMES} frames"):
        sample_video_frames(path, 1_000_000)
