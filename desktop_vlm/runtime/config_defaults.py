"""A checkpoint's ``config.json`` completed with the ORIGINAL configuration classes' defaults.

transformers saves a config either in full or as a diff against the class defaults (``to_diff_dict``), and
different versions wrote different spellings (``torch_dtype`` before 4.56, ``dtype`` after). A key a checkpoint
leaves out means what the original class gives it — InternViT's own class defaults to RMS norm and no qkv
bias, InternLM2's to biased projections — not what today's transformers classes default to. So every
sub-config is completed here from the defaults of the class the original code builds it with, before anything
reads it. The defaults are each family's (``config_defaults`` in its spec).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ..core.errors import CheckpointError
from ..core.messages import Message
from . import registry


def complete_config(config: dict, family: str) -> dict:
    """A copy of ``config`` (a checkpoint's parsed config.json, of the given family) with every key the original
    classes would have filled in, ``dtype`` spelt ``torch_dtype``, and ``architectures`` / ``model_type`` of the
    language model made explicit."""
    spec = registry.family(family)
    defaults = spec.config_defaults
    out = copy.deepcopy(config)
    _fill(out, defaults.get("top", {}))
    parts = [out]
    vision = out.get("vision_config")
    if isinstance(vision, dict):
        _fill(vision, defaults.get("vision", {}))
        parts.append(vision)
    llm = out.get("llm_config")
    if isinstance(llm, dict) and spec.language_models:
        architecture = spec.language_architecture(out)
        if architecture not in spec.language_models:
            raise CheckpointError(
                Message(
                    "Unsupported language model architecture {architecture!r}.",
                    architecture=architecture or Message("none given"),
                )
            )
        llm["architectures"] = [architecture]
        llm.setdefault("model_type", spec.language_models[architecture])
        _fill(llm, defaults.get(llm["model_type"], {}))
        if llm.get("num_key_value_heads") is None:  # the original classes' rule for a missing count
            llm["num_key_value_heads"] = llm["num_attention_heads"]
        parts.append(llm)
    for part in parts:
        if "dtype" in part and "torch_dtype" not in part:
            part["torch_dtype"] = part["dtype"]
        part.pop("dtype", None)
    return out


def _fill(target: dict, defaults: Mapping[str, Any]) -> None:
    for key, value in defaults.items():
        target.setdefault(key, value)
