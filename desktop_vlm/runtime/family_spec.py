"""What a model family declares about itself, without torch: one :class:`FamilySpec` per ``runtime/<family>/``.

Everything outside a family's folder asks the registry (:mod:`.registry`) instead of naming the family: which
``config.json`` is the family's, its conversation templates and the repositories known to change their system
message, the rules for a ``tokenizer.model`` by language model, the defaults the original configuration classes
filled in, its catalog entries, its synthetic checkpoints for benchmarks, and the module that builds it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..core.catalog import CatalogEntry
from ..core.formats import CheckpointFormat, language_architecture
from .templates import ConversationTemplate


@dataclass(frozen=True)
class SyntheticModel:
    """A benchmark stand-in for a published model: the writer's options at full size, and the ones that turn it
    into the reduced size (real widths, two layers) and the tiny size (the tests' toy widths)."""

    full: Mapping[str, Any]
    reduced: Mapping[str, Any] = field(default_factory=dict)
    tiny: Mapping[str, Any] = field(default_factory=dict)

    def options(self, size: str) -> dict[str, Any]:
        if size == "full":
            return dict(self.full)
        if size == "reduced":
            return dict(self.full) | dict(self.reduced)
        if size == "tiny":
            return dict(self.tiny)
        raise ValueError(f"unknown size {size!r}; use full, reduced or tiny")


@dataclass(frozen=True)
class FamilySpec:
    """A model family's declarations.

    ``recognise(config)`` returns the :class:`CheckpointFormat` for a config.json of this family, None for any
    other, and raises :class:`~desktop_vlm.core.errors.CheckpointError` for one of this family it cannot run.
    ``model``, ``synthetic`` and ``baseline`` name functions as ``"module:function"`` (imported only when used,
    so the spec stays torch-free): ``model(config, attn_implementation)`` builds the modules (a
    :class:`~desktop_vlm.runtime.protocols.VisionLanguageModel`), ``synthetic(folder, **options)`` writes a
    random-weight checkpoint in the original format, ``baseline(runtime, request, new_tokens)`` times one turn
    the way the original ``chat()`` runs it.
    """

    name: str
    recognise: Callable[[dict], CheckpointFormat | None]
    model: str
    language_models: Mapping[str, str] = field(default_factory=dict)  # llm architecture -> its model_type
    templates: tuple[ConversationTemplate, ...] = ()
    known_system_messages: Mapping[str, str] = field(default_factory=dict)  # lower-case repository id -> message
    sentencepiece_rules: Mapping[str, str] = field(default_factory=dict)  # language model -> tokenizer rules
    config_defaults: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # "top", "vision", model_type
    vision_model_type: str = ""  # the vision config's model_type in this family's checkpoints
    parameter_count: Callable[[dict], int] | None = None  # from a completed config, to check it against the weights
    catalog: tuple[CatalogEntry, ...] = ()
    synthetic: str = ""
    synthetic_models: Mapping[str, SyntheticModel] = field(default_factory=dict)  # benchmark name -> sizes
    baseline: str = ""
    fp16_ok: bool = True  # False where float16 activations overflow (the loader refuses float16)
    image_token_choices: tuple[int, ...] = ()  # budgets the UI offers; empty when the budget is fixed
    default_max_tiles: int = 12
    unused_tensor_prefixes: tuple[str, ...] = ()  # weights the published checkpoint has but the original never uses

    def language_architecture(self, config: dict) -> str:
        """The architecture of ``config``'s language model, implied by its model_type when not named."""
        return language_architecture(config.get("llm_config"), self.language_models)

    def load(self, which: str) -> Callable[..., Any]:
        """The function ``which`` ("model", "synthetic" or "baseline") names."""
        target = getattr(self, which)
        if not target:
            raise LookupError(f"the {self.name} family declares no {which}")
        module, _, function = target.partition(":")
        return getattr(importlib.import_module(module), function)
