"""A model in the Hugging Face cache, laid out as ``huggingface_hub`` writes it, for the tests."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

PUBLISHED = Path(__file__).parents[1] / "data" / "published" / "models" / "InternVL2_5-4B"
COMMIT = "4e9a2b1c" * 5


def cached_model(home: Path, commits: tuple[str, ...] = (COMMIT,), main_ref: str | None = COMMIT) -> Path:
    """``home/hub/models--OpenGVLab--InternVL2_5-4B`` holding the published fixture at each of ``commits``."""
    repository = home / "hub" / "models--OpenGVLab--InternVL2_5-4B"
    blobs = repository / "blobs"
    blobs.mkdir(parents=True)
    for commit in commits:
        snapshot = repository / "snapshots" / commit
        snapshot.mkdir(parents=True)
        for file in PUBLISHED.iterdir():
            if file.name == "original.json":
                continue  # our recording, not a published file
            blob = blobs / hashlib.sha256(file.read_bytes()).hexdigest()
            if not blob.exists():
                shutil.copyfile(file, blob)
            os.symlink(os.path.join("..", "..", "blobs", blob.name), snapshot / file.name)
    if main_ref is not None:
        (repository / "refs").mkdir()
        (repository / "refs" / "main").write_text(main_ref)
    return repository
