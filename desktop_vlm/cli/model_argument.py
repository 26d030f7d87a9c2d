"""What the model argument of ``ask``, ``batch`` and ``serve`` names: a checkpoint folder, the id of an installed
model, or a hub repository already in the Hugging Face cache. People type the id they read on a model card
(``OpenGVLab/InternVL2_5-4B``), as other tools take it; a folder of that name, where one exists, wins.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..core.errors import CheckpointError
from ..core.messages import Message

_REPO_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")  # owner/name, as the hub spells them


def model_folder(text: str) -> str:
    """The folder ``text`` names (``text`` itself for a folder, a file or a ``fake:`` spec). Raises
    CheckpointError for a hub id that is neither installed nor in the Hugging Face cache, saying how to get it."""
    if text.startswith("fake:") or Path(text).expanduser().exists() or not _REPO_ID.match(text):
        return text  # the loader says what is wrong with a path that is not a model
    from ..config.paths import AppPaths
    from ..config.settings import SettingsStore
    from ..core.hf_cache import snapshot_of
    from ..hub import ModelStore

    paths = AppPaths()
    settings = SettingsStore(paths.config_dir).load().hub
    store = ModelStore(Path(settings.models_dir) if settings.models_dir else paths.models_dir)
    installed = store.installed()
    model = next((m for m in installed if m.model_id == text), None) or next(
        (m for m in installed if m.model_id.lower() == text.lower() and not text.lower().startswith("local/")), None
    )  # hub ids ignore case; local ids do not
    if model is not None:
        return str(model.path)
    owner, name = text.split("/")
    repository = paths.hugging_face_cache / f"models--{owner}--{name}"
    if repository.is_dir():
        return str(snapshot_of(repository))
    raise CheckpointError(
        Message(
            "{model} is neither a folder here, an installed model, nor in the Hugging Face cache ({cache}).",
            model=text,
            cache=paths.hugging_face_cache,
        ),
        hint=Message("Download it with: desktop-vlm models pull {model}", model=text),
    )
