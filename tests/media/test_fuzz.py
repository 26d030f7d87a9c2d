"""Fuzzing the media decoders with mutated files: every input gives a picture or a MediaError — no other
exception, no hang (hypothesis deadline per input). The longer run is benchmarks/fuzz_media.py."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from desktop_vlm.core.errors import MediaError
from desktop_vlm.media import load_image, pdf_page_count, probe_video, render_pdf_page, sample_video_frames
from tests.media.fuzz_inputs import mutate, seed_images, seed_pdf, seed_video

SEEDS = seed_images()
FUZZ = settings(max_examples=60, deadline=3000, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(seed=st.sampled_from(sorted(SEEDS)), salt=st.integers(0, 2**32 - 1))
def test_images(seed, salt):
    data = mutate(SEEDS[seed], random.Random(salt))
    try:
        image = load_image(data)
    except MediaError:
        return
    assert isinstance(image, Image.Image) and image.mode == "RGB" and image.width > 0


@pytest.fixture(scope="module")
def video_seed():
    return seed_video()


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_videos(tmp_path_factory, video_seed, salt):
    path = tmp_path_factory.mktemp("v") / "clip.mp4"
    path.write_bytes(mutate(video_seed, random.Random(salt)))
    try:
        probe_video(path)
        frames = sample_video_frames(path, 3)
    except MediaError:
        return
    assert len(frames) == 3 and all(f.mode == "RGB" for f in frames)


@FUZZ
@given(salt=st.integers(0, 2**32 - 1))
def test_pdfs(tmp_path_factory, salt):
    path = tmp_path_factory.mktemp("p") / "doc.pdf"
    path.write_bytes(mutate(seed_pdf(), random.Random(salt)))
    try:
        if pdf_page_count(path) > 0:
            page = render_pdf_page(path, 0, max_tiles=1)
            assert page.mode == "RGB"
    except MediaError:
        return
