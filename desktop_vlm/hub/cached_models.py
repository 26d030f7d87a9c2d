"""Supported models already in the Hugging Face cache: a person who ran a model card's own code, or
``huggingface-cli download``, has the weights on disk, and should be offered them instead of a second
download of gigabytes. Only complete snapshots of a format Desktop VLM runs are listed; nothing is written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import CheckpointError
from ..core.formats import MAX_CHECKPOINT_JSON_BYTES
from ..core.hf_cache import repo_id_from_cache_path, snapshot_of
from .store import InstalledModel, validate_folder

INDEX_FILE = "model.safetensors.index.json"


@dataclass(frozen=True)
class CachedModel:
    """A complete, supported snapshot in the Hugging Face cache."""

    repo_id: str  # "OpenGVLab/InternVL2_5-4B"
    snapshot: Path  # …/models--OpenGVLab--InternVL2_5-4B/snapshots/<commit>
    family: str
    size_bytes: int  # the files the snapshot links to

    @property
    def name(self) -> str:
        return self.repo_id.rsplit("/", 1)[1]


def cached_models(cache: Path) -> list[CachedModel]:
    """The supported models in the Hugging Face cache folder ``cache`` whose main snapshot is complete, by
    repository id; an absent or unreadable cache has none."""
    found = []
    try:
        repositories = sorted(p for p in cache.iterdir() if p.name.startswith("models--") and p.is_dir())
    except OSError:
        return []
    for repository in repositories:
        try:
            snapshot = snapshot_of(repository)
            family = validate_folder(snapshot)
            if not _complete(snapshot):
                continue
            size = sum(p.stat().st_size for p in snapshot.iterdir() if p.is_file())
        except (CheckpointError, OSError):
            continue  # another kind of model, a snapshot still downloading, a folder being removed
        repo_id = repo_id_from_cache_path(snapshot)
        if repo_id is not None:
            found.append(CachedModel(repo_id, snapshot, family, size))
    return found


def _complete(snapshot: Path) -> bool:
    """Every weight file the snapshot's index names is there (its link is made once the file is whole)."""
    index = snapshot / INDEX_FILE
    if not index.is_file():
        return (snapshot / "model.safetensors").is_file()
    if index.stat().st_size > MAX_CHECKPOINT_JSON_BYTES:
        return False
    try:
        weight_map = json.loads(index.read_bytes()).get("weight_map")
    except (ValueError, AttributeError, RecursionError):
        return False
    if not isinstance(weight_map, dict):
        return False
    return all(isinstance(f, str) and (snapshot / f).is_file() for f in set(weight_map.values()))


def not_installed(cached: list[CachedModel], installed: list[InstalledModel]) -> list[CachedModel]:
    """The cached models neither imported (copied or referenced, from that snapshot) nor downloaded into the
    store from the same repository."""
    taken = {str(m.path) for m in installed} | {m.origin for m in installed}
    downloaded = {m.model_id.lower() for m in installed}
    return [c for c in cached if str(c.snapshot) not in taken and c.repo_id.lower() not in downloaded]
