"""Shared test settings: where the copied reference fixtures live."""

from pathlib import Path

import pytest

DATA_DIR = Path(__file__).parent / "data"
REFERENCE_DIR = DATA_DIR / "reference"


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    return REFERENCE_DIR
