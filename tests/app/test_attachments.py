"""Attachment preparation and the tile preview numbers: the same pure function the runtime uses."""

from __future__ import annotations

import pytest
from PIL import Image

from desktop_vlm.app.attachments import prepare_file, prepare_pasted_image, tile_summary
from desktop_vlm.core.errors import MediaError
from desktop_vlm.core.tiling import image_token_count, plan_tiles


@pytest.mark.parametrize(("size", "max_tiles"), [((1600, 900), 6), ((600, 800), 12), ((448, 448), 12), ((3000, 200), 40)])
def test_tile_summary_matches_the_runtime_arithmetic(tmp_path, size, max_tiles):
    path = tmp_path / "picture.png"
    Image.new("RGB", size, "white").save(path)
    attachment = prepare_file(path)
    summary = tile_summary(attachment, max_tiles=max_tiles, tile_size=448, tokens_per_tile=256)
    plan = plan_tiles(*size, max_tiles=max_tiles, tile_size=448)
    assert summary.plans == (plan,)
    assert summary.tokens == image_token_count(plan, 256) and summary.tiles == plan.total_tiles
    assert summary.text == f"{plan.total_tiles} tile{'s' if plan.total_tiles != 1 else ''} → {summary.tokens:,} image tokens"


def test_known_numbers():
    image = prepare_pasted_image(Image.new("RGB", (600, 800), "white"))
    summary = tile_summary(image, max_tiles=6, tile_size=448, tokens_per_tile=256)
    assert summary.text == "7 tiles → 1,792 image tokens"  # a 2×3 grid plus the thumbnail
    assert tile_summary(image, max_tiles=6, tile_size=448, tokens_per_tile=64).tokens == 7 * 64  # Ristretto budget


def test_an_unsupported_file_names_what_works(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04 not a picture")
    with pytest.raises(MediaError) as err:
        prepare_file(path)
    assert err.value.user_message


def test_a_damaged_file_is_named_in_the_message(tmp_path):
    path = tmp_path / "receipt.png"
    path.write_bytes(b"this is not a picture" * 10)
    with pytest.raises(MediaError) as err:
        prepare_file(path)
    assert err.value.user_message.startswith("receipt.png is not an image")
