"""Helpers for the headless tests: a folder of small images and a two-page PDF, made on the fly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image


def make_inputs(folder: Path, n_images: int = 3, pdf_pages: int = 2) -> list[str]:
    """Write ``n_images`` PNGs and one PDF with ``pdf_pages`` pages; return the expected item ids."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(n_images):
        Image.new("RGB", (64 + i, 48), (40 * i, 90, 160)).save(folder / f"img{i}.png")
        ids.append(f"img{i}.png")
    pages = [Image.new("RGB", (200, 280), (255, 255 - 60 * k, 255)) for k in range(pdf_pages)]
    pages[0].save(folder / "doc.pdf", save_all=True, append_images=pages[1:])
    ids += [f"doc.pdf#page={k + 1}" for k in range(pdf_pages)]
    return sorted(ids)


@pytest.fixture
def inputs(tmp_path) -> tuple[Path, list[str]]:
    folder = tmp_path / "in"
    return folder, make_inputs(folder)
