"""Facts about checkpoint files shared by the hub and the runtime: which weight files are accepted, what a
recognised format is called, and how a language model config names its architecture. Which family a config
belongs to is decided by the families themselves (``desktop_vlm.runtime.registry.detect_format``), from the
configuration alone: ``auto_map`` and any shipped ``.py`` files are ignored on purpose — we never run code that
comes with a download.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any


# Weight files we accept. Pickle-based formats (.bin, .pt, .pth, .ckpt) are refused: unpickling runs code.
SAFE_WEIGHT_SUFFIX = ".safetensors"
PICKLE_WEIGHT_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl")
# Python files of a checkpoint that are data to us: read as text (with ast, literals only), never imported or
# run. conversation.py holds the system message and roles the shipped code would use. Every other .py file
# of a download is left out.
TEXT_ONLY_PY_FILES = ("conversation.py",)


def is_code_file(path: str) -> bool:
    """A Python file we neither download nor copy (everything ``.py`` but :data:`TEXT_ONLY_PY_FILES`)."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return name.endswith(".py") and name not in TEXT_ONLY_PY_FILES


_HF_CACHE_FOLDER = re.compile(r"^models--([^/\\]+?)--([^/\\]+)$")


def repo_id_from_cache_path(path: PurePath) -> str | None:
    """The hub repository a Hugging Face cache folder (``…/models--owner--name/snapshots/<sha>``) holds."""
    for part in reversed(path.parts):
        match = _HF_CACHE_FOLDER.match(part)
        if match:
            return f"{match.group(1)}/{match.group(2)}"
    return None


# The model store's record inside an installed model's folder (repository, commit, files and checksums); the
# runtime reads the repository id from it to recognise a checkpoint whose files do not say what it is.
STORE_MANIFEST = ".desktop-vlm.json"


@dataclass(frozen=True)
class CheckpointFormat:
    """What kind of model a config.json describes."""

    family: str  # a registered family's name, e.g. "internvl"
    llm_architecture: str  # e.g. "Qwen2ForCausalLM"
    template: str
    description: str


# a language model config that names no architecture (saved that way by some tools): the one its model_type implies
_ARCHITECTURE_BY_MODEL_TYPE = {"qwen2": "Qwen2ForCausalLM", "phi3": "Phi3ForCausalLM"}


def language_architecture(llm: dict[str, Any], vision_type: str = "") -> str:
    """``llm_config``'s architecture; when its list is missing or empty, the one its ``model_type`` implies
    (InternLM2 with a patch-embedding vision part is Mono-InternVL's variant with visual experts)."""
    names = llm.get("architectures")
    if isinstance(names, list) and names and isinstance(names[0], str):
        return names[0]
    model_type = str(llm.get("model_type", ""))
    if model_type == "internlm2":
        return "InternLM2VEForCausalLM" if vision_type == "intern_vit_patch" else "InternLM2ForCausalLM"
    return _ARCHITECTURE_BY_MODEL_TYPE.get(model_type, "")
