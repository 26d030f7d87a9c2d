"""Facts about checkpoint files shared by the hub and the runtime: which weight files are accepted, what a
recognised format is called, and how a language model config names its architecture. Which family a config
belongs to is decided by the families themselves (``desktop_vlm.runtime.registry.detect_format``), from the
configuration alone: ``auto_map`` and any shipped ``.py`` files are ignored on purpose — we never run code that
comes with a download.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, cast

from .errors import CheckpointError
from .messages import Message

# config.json and a shard index are kilobytes; a larger one is not a checkpoint's, and is not read
MAX_CHECKPOINT_JSON_BYTES = 64 << 20

# Weight files we accept. Pickle-based formats (.bin, .pt, .pth, .ckpt) are refused: unpickling runs code.
SAFE_WEIGHT_SUFFIX = ".safetensors"
PICKLE_WEIGHT_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl")
# Python files of a checkpoint that are data to us: read as text (with ast, literals only), never imported or
# run. conversation.py holds the system message and roles the shipped code would use. Every other .py file
# of a download is left out.
TEXT_ONLY_PY_FILES = ("conversation.py",)


# llama.cpp's format (LM Studio, Ollama and Jan keep their models in it): recognised only to say so. A llama.cpp
# server runs such files, and the remote endpoint can talk to that server.
GGUF_SUFFIX = ".gguf"


WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", GGUF_SUFFIX)  # what a model's weights are saved as


def looks_like_model_folder(folder: Path) -> bool:
    """Whether ``folder`` holds a model rather than files to ask about: a config.json beside weights, or GGUF files
    (a quick look at its names; loading it says whether it can be used, and why not)."""
    if not folder.is_dir():
        return False
    try:
        names = [entry.name.lower() for entry in os.scandir(folder)]
    except OSError:
        return False
    weights = [name for name in names if name.endswith(WEIGHT_SUFFIXES)]
    return bool(gguf_names(names)) or ("config.json" in names and bool(weights))


def gguf_names(paths: Iterable[str]) -> list[str]:
    """The GGUF files among ``paths`` (a folder listing or a repository's file list), by name, sorted."""
    return sorted(PurePath(path).name for path in paths if path.lower().endswith(GGUF_SUFFIX))


def gguf_error(subject: Message) -> CheckpointError:
    """The error for a file, folder or repository that holds GGUF files and no original checkpoint; ``subject``
    says which ("model.gguf is a GGUF file")."""
    return CheckpointError(
        Message(
            "{subject}: GGUF is llama.cpp's format (LM Studio, Ollama and Jan use it), and Desktop VLM loads a "
            "model's original files.",
            subject=subject,
        ),
        hint=Message(
            "Download the model's original folder (config.json and .safetensors files) from the model manager, or "
            "run the GGUF in a llama.cpp server and connect to it (Models → Use a remote endpoint…, or --remote URL "
            "on the command line)."
        ),
    )


def model_folders_in(folder: Path) -> list[str]:
    """The folders directly in ``folder`` that hold a config.json, by name: what a person who chose the folder
    above a model (``~/models``) meant to choose one of."""
    try:
        return sorted(p.name for p in folder.iterdir() if p.is_dir() and (p / "config.json").is_file())
    except OSError:
        return []


def one_level_up_error(folder: Path, names: list[str]) -> CheckpointError:
    """The error for ``folder``, which holds model folders (``names``) rather than being one."""
    listed = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
    return CheckpointError(
        Message("{name} holds model folders ({listed}) and is not one itself.", name=folder.name, listed=listed),
        hint=Message("Choose one of them, such as {example}.", example=folder / names[0]),
    )


def is_code_file(path: str) -> bool:
    """A Python file we neither download nor copy (everything ``.py`` but :data:`TEXT_ONLY_PY_FILES`)."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return name.endswith(".py") and name not in TEXT_ONLY_PY_FILES


# The model store's record inside an installed model's folder (repository, commit, files and checksums); the
# runtime reads the repository id from it to recognise a checkpoint whose files do not say what it is.
STORE_MANIFEST = ".desktop-vlm.json"


@dataclass(frozen=True)
class CheckpointFormat:
    """What kind of model a config.json describes."""

    family: str  # the name of the family that recognised it (runtime/registry.py)
    llm_architecture: str  # e.g. "Qwen2ForCausalLM"
    template: str
    description: str


def language_architecture(llm: object, language_models: Mapping[str, str]) -> str:
    """``llm_config``'s architecture; when its list is missing or empty (some tools save it so), the one of
    ``language_models`` (architecture -> model_type, a family's) whose model_type the config names; else ""."""
    if not isinstance(llm, dict):
        return ""
    llm = cast("dict[str, Any]", llm)  # a JSON object: its keys are strings, its values anything
    names = llm.get("architectures")
    if isinstance(names, list) and names and isinstance(names[0], str):
        return names[0]
    model_type = llm.get("model_type")
    return next((arch for arch, kind in language_models.items() if kind == model_type), "")
