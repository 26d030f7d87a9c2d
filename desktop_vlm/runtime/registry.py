"""The model families, found by folder: every package next to this module with a ``spec.py`` defining ``FAMILY``
(a :class:`~desktop_vlm.runtime.family_spec.FamilySpec`), plus packages in the folders named by the
``DESKTOP_VLM_FAMILY_PATH`` environment variable (``os.pathsep``-separated, so child processes see them too) or
added with :func:`add_family_folder`. Torch-free, so the hub and the window can ask it too.

Adding a family is adding one folder (docs/adding-a-model-family.md); nothing else names a family.
"""

from __future__ import annotations

import functools
import importlib
import os
import pkgutil
import sys
from pathlib import Path

from ..core.catalog import CatalogEntry
from ..core.errors import CheckpointError
from ..core.formats import CheckpointFormat
from ..core.messages import Message
from . import config_fields as checks
from .family_spec import FamilySpec
from .prequantised import refuse_prequantised
from .templates import ConversationTemplate

_OWN_FOLDER = Path(__file__).parent
_EXTRA_FOLDERS: list[Path] = []
FAMILY_PATH_VARIABLE = "DESKTOP_VLM_FAMILY_PATH"


def add_family_folder(folder: Path) -> None:
    """Also look for family packages (``<folder>/<name>/spec.py``) in ``folder``; they are imported as
    top-level packages named after their folders."""
    folder = Path(folder).resolve()
    if folder not in _EXTRA_FOLDERS:
        _EXTRA_FOLDERS.append(folder)
        families.cache_clear()


@functools.cache
def families() -> tuple[FamilySpec, ...]:
    """Every family, the built-in ones first (in folder-name order)."""
    modules = [
        f"{__package__}.{info.name}.spec"
        for info in pkgutil.iter_modules([str(_OWN_FOLDER)])
        if info.ispkg and (_OWN_FOLDER / info.name / "spec.py").is_file()
    ]
    from_environment = [Path(p) for p in os.environ.get(FAMILY_PATH_VARIABLE, "").split(os.pathsep) if p]
    for folder in [*_EXTRA_FOLDERS, *from_environment]:
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
        modules += [
            f"{info.name}.spec"
            for info in pkgutil.iter_modules([str(folder)])
            if info.ispkg and (folder / info.name / "spec.py").is_file()
        ]
    specs = [importlib.import_module(name).FAMILY for name in dict.fromkeys(modules)]
    names = [s.name for s in specs]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise RuntimeError(f"two model families are called {', '.join(duplicated)}")
    return tuple(specs)


def family(name: str) -> FamilySpec:
    for spec in families():
        if spec.name == name:
            return spec
    raise CheckpointError(
        Message("The {family} model family is recognised but not supported by this version.", family=name)
    )


def detect_format(config: object) -> CheckpointFormat:
    """The family and form of a parsed config.json, or a :class:`CheckpointError` saying why none runs it."""
    if not isinstance(config, dict):
        raise CheckpointError(Message("config.json does not hold a JSON object."))
    for spec in families():
        found = spec.recognise(config)
        if found is not None:
            refuse_prequantised(config)
            return found
    archs = config.get("architectures")
    llm = checks.loose_section(config, "llm_config")
    vision = checks.loose_section(config, "vision_config")
    values = {
        "architectures": archs or Message("missing"),
        "supported": ", ".join(sorted({arch for spec in families() for arch in spec.language_models})),
        "families": "; ".join(e.repo_id for e in catalog()),
    }
    if not llm:
        raise CheckpointError(
            Message(
                "Not a supported model format (architectures: {architectures}). Supported language models: "
                "{supported}, in the families of {families}.",
                **values,
            )
        )
    values["language_model"] = (llm.get("architectures") or [llm.get("model_type") or Message("none given")])[0]
    if not archs:
        raise CheckpointError(
            Message(
                "Not a supported model format (architectures: {architectures}; language model {language_model!s}). "
                "Supported language models: {supported}, in the families of {families}.",
                **values,
            )
        )
    raise CheckpointError(
        Message(
            "Not a supported model format (architectures: {architectures}; language model {language_model!s}, "
            "vision part {vision_part}). Supported language models: {supported}, in the families of {families}.",
            vision_part=vision.get("model_type") or Message("unnamed"),
            **values,
        )
    )


def templates() -> dict[str, ConversationTemplate]:
    """Every family's built-in conversation templates by name (a name two families share must agree)."""
    out: dict[str, ConversationTemplate] = {}
    for spec in families():
        for template in spec.templates:
            if out.setdefault(template.name, template) != template:
                raise RuntimeError(f"two families define the {template.name!r} template differently")
    return out


def catalog() -> tuple[CatalogEntry, ...]:
    return tuple(entry for spec in families() for entry in spec.catalog)


def sentencepiece_rules(language_model: str) -> str | None:
    """The tokenizer rules a ``tokenizer.model`` follows when its config names no class, by language model."""
    return next(
        (s.sentencepiece_rules[language_model] for s in families() if language_model in s.sentencepiece_rules), None
    )


def known_system_message(repo_id: str) -> str | None:
    """The system message a repository's own conversation.py sets, for repositories whose files may be missing."""
    key = repo_id.lower()
    return next((s.known_system_messages[key] for s in families() if key in s.known_system_messages), None)
