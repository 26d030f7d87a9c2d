"""The models a person can pick, as the header picker, the first-run panel and the model manager show
them: a readable name, size on disk, the memory it needs on this machine and whether that is free now.

Memory is estimated for where ``device = auto`` would put the model (a GPU when one was found, else the
CPU) at the precision the runtime would pick, and compared with what is free at the moment of asking.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..app.memory import GIB, DeviceMemory, fit
from ..core.hardware import cpu_auto_precision
from ..hub.catalog import CatalogEntry, catalog, vram_estimate_gib
from ..hub.census import count_parameters
from .i18n import QT_TRANSLATE_NOOP

LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("ModelChoices", "English"),
    "zh": QT_TRANSLATE_NOOP("ModelChoices", "Chinese"),
    "vi": QT_TRANSLATE_NOOP("ModelChoices", "Vietnamese"),
}


def display_name(model_id: str) -> str:
    """What people call a model: the repository name without its owner ("InternVL2_5-4B"); an imported
    folder keeps its own name ("my-finetune", never "local/my-finetune" or "local--my-finetune")."""
    return model_id.rsplit("/", 1)[-1]


def size_text(size_bytes: int) -> str:
    """7.4 GB, 812.0 MB: a size as file managers print it (powers of ten)."""
    return f"{size_bytes / 1e9:.1f} GB" if size_bytes >= 1e9 else f"{size_bytes / 1e6:.1f} MB"


def runs_as(info) -> str:
    """Where and how a loaded model (a ``ModelInfo``) runs, as the header and the status bar say it:
    "cpu · bfloat16", and the language model's weight format when quantised: "cpu · bfloat16 · int8"."""
    weights = f" · {info.quantization}" if info.quantization != "none" else ""
    return f"{info.device} · {info.dtype}{weights}"


@dataclass(frozen=True)
class Placement:
    """Where a model would run: on a GPU or not, and the width its weights are estimated at."""

    on_gpu: bool
    width: str  # "bfloat16" | "float16" | "float32" | "int8" | "int4"


def placement_for(
    memory: DeviceMemory, device: str = "auto", dtype: str = "auto", quantize: str = "none", apple_gpu: bool = False
) -> Placement:
    """The runtime's choice for these settings: ``auto`` is the GPU when there is one (``apple_gpu``:
    an Apple-silicon Mac, whose GPU shares RAM) and its precision 16 bits there, bf16 / fp32 on a CPU."""
    on_gpu = device in ("cuda", "mps") or (device == "auto" and (memory.has_gpu or apple_gpu))
    if quantize in ("int8", "int4"):
        return Placement(on_gpu, quantize)
    if dtype in ("bfloat16", "float16", "float32"):
        return Placement(on_gpu, dtype)
    return Placement(on_gpu, "bfloat16" if on_gpu else cpu_auto_precision())


@dataclass(frozen=True)
class ModelChoice:
    """One model as the picker lists it.

    ``fit`` is "gpu" / "ram" (fits the free memory there now), "no", or "unknown" (no parameter count).
    ``path`` is the installed folder (None when not installed); ``entry`` the catalog's facts, if any.
    ``quantize``: "int8" when it fits only with 8-bit weights, which the settings do not ask for (a
    first-run recommendation for a CPU), else "none".
    """

    model_id: str
    name: str
    path: Path | None
    size_bytes: int
    need_gib: float | None
    fit: str
    damaged: bool = False
    entry: CatalogEntry | None = None
    quantize: str = "none"


_COUNTS: dict[tuple[str, int], tuple[float, float] | None] = {}


def counted_parameters(path: Path, size_bytes: int) -> tuple[float, float] | None:
    """(parameters, vision parameters) in billions of a folder the catalog does not know, read once from
    its safetensors headers (cached by path and size: a re-import with other weights is counted again)."""
    key = (str(path), size_bytes)
    if key not in _COUNTS:
        count = count_parameters(path)
        _COUNTS[key] = (count.billions, count.vision_billions) if count else None
    return _COUNTS[key]


def choice_for(
    model_id: str, path: Path | None, size_bytes: int, placement: Placement, memory: DeviceMemory, damaged: bool = False
) -> ModelChoice:
    """One :class:`ModelChoice`, with its memory estimate and fit."""
    entry = next((e for e in catalog() if e.repo_id.lower() == model_id.lower()), None)
    if entry is not None:
        counts = entry.parameters, entry.vision_parameters
    else:
        counts = counted_parameters(path, size_bytes) if path is not None else None
    need = vram_estimate_gib(*counts, placement.width) if counts else None
    where = fit(need * GIB, memory, placement.on_gpu) if need is not None else "unknown"
    return ModelChoice(model_id, display_name(model_id), path, size_bytes, need, where, damaged, entry)


def installed_choices(installed, placement: Placement, memory: DeviceMemory) -> list[ModelChoice]:
    """The installed models (``InstalledModel`` records), catalog ones first in catalog order."""
    order = {e.repo_id.lower(): i for i, e in enumerate(catalog())}
    ranked = sorted(installed, key=lambda m: (order.get(m.model_id.lower(), len(order)), m.model_id.lower()))
    return [choice_for(m.model_id, m.path, m.size_bytes, placement, memory, m.state == "damaged") for m in ranked]


def recommend(placement: Placement, memory: DeviceMemory, language: str = "en") -> ModelChoice:
    """The catalog model to suggest on first run: the first (the catalog is ordered best-first for a general
    start) that fits the free memory, preferring one made for ``language`` ("vi": Vintern). On a CPU where
    none fits with unquantised weights, the first that fits with 8-bit ones (about half the memory, answers
    as close to bf16's as float32's, and faster there), marked ``quantize="int8"``; when none fits either
    way, the one needing the least memory as the settings stand, so the panel can say how much is missing."""
    choices = _catalog_choices(placement, memory, language)
    if not placement.on_gpu and placement.width not in ("int8", "int4"):
        choices += [
            replace(c, quantize="int8") for c in _catalog_choices(replace(placement, width="int8"), memory, language)
        ]
    fitting = [c for c in choices if c.fit in ("gpu", "ram")]
    if fitting:
        return fitting[0]
    as_set = [c for c in choices if c.quantize == "none"]
    # a catalog entry always knows its parameter count, so none of these is without a memory need
    return min(as_set, key=lambda c: math.inf if c.need_gib is None else c.need_gib)


def _catalog_choices(placement: Placement, memory: DeviceMemory, language: str) -> list[ModelChoice]:
    """The catalog's models at ``placement``, those made for ``language`` first (then catalog order)."""
    choices = [choice_for(e.repo_id, None, e.download_bytes, placement, memory) for e in catalog()]
    own = [c for c in choices if c.entry is not None and c.entry.languages[0] == language.split("_")[0]]
    return own + [c for c in choices if c not in own]


def fit_text(choice: ModelChoice, memory: DeviceMemory) -> str:
    """A short line on whether the model fits now, e.g. "fits the GPU · needs 8.9 of 22.1 GiB free"."""
    if choice.need_gib is None:
        return QCoreApplication.translate("ModelChoices", "memory need unknown")
    free = memory.gpu_free_bytes if choice.fit == "gpu" or (choice.fit == "no" and memory.has_gpu) else None
    free = memory.ram_free_bytes if free is None else free
    where = {
        "gpu": QCoreApplication.translate("ModelChoices", "fits the GPU"),
        "ram": QCoreApplication.translate("ModelChoices", "fits in memory"),
        "no": QCoreApplication.translate("ModelChoices", "too large for the free memory"),
    }[choice.fit]
    if choice.quantize == "int8" and choice.fit == "ram":
        where = QCoreApplication.translate("ModelChoices", "fits in memory with 8-bit weights")
    line = QCoreApplication.translate("ModelChoices", "%s · needs %s of %s GiB free")
    return line % (where, f"{choice.need_gib:.1f}", f"{free / GIB:.1f}")


def languages_text(codes: tuple[str, ...]) -> str:
    """A model's languages by name, in the window's language ("English, Chinese")."""
    return ", ".join(
        QCoreApplication.translate("ModelChoices", LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code
        for code in codes
    )


def catalog_text(text: str) -> str:
    """A catalog entry's English description, "good at" line or licence note in the window's language. The
    families declare them in their specs, which know nothing of Qt, so they are translated here where they are
    shown, in the "Catalog" context (``packaging/update_translations.py`` puts every entry's text there)."""
    return QCoreApplication.translate("Catalog", text) if text else ""
