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
from typing import Any

from ..core.errors import CheckpointError
from ..core.formats import language_architecture
from . import registry

MODEL_TYPE_BY_ARCHITECTURE = {
    "Qwen2ForCausalLM": "qwen2",
    "Phi3ForCausalLM": "phi3",
    "InternLM2ForCausalLM": "internlm2",
    "InternLM2VEForCausalLM": "internlm2",
}


def complete_config(config: dict, family: str) -> dict:
    """A copy of ``config`` (a checkpoint's parsed config.json, of the given family) with every key the original
    classes would have filled in, ``dtype`` spelt ``torch_dtype``, and ``architectures`` / ``model_type`` of the
    language model made explicit."""
    spec = registry.family(family)
    defaults = spec.config_defaults
    out = copy.deepcopy(config)
    _fill(out, defaults.get("top", {}))
    vision = out.get("vision_config")
    llm = out.get("llm_config")
    if not isinstance(vision, dict) or not isinstance(llm, dict):
        raise CheckpointError("config.json has no vision_config / llm_config object.")
    _fill(vision, defaults.get("vision", {}))
    architecture = language_architecture(llm, spec.vision_model_type)
    if architecture not in MODEL_TYPE_BY_ARCHITECTURE:
        raise CheckpointError(f"Unsupported language model architecture {architecture or 'none given'!r}.")
    llm["architectures"] = [architecture]
    llm.setdefault("model_type", MODEL_TYPE_BY_ARCHITECTURE[architecture])
    _fill(llm, defaults.get(llm["model_type"], {}))
    if llm.get("num_key_value_heads") is None:  # the original classes' rule for a missing count
        llm["num_key_value_heads"] = llm["num_attention_heads"]
    for part in (out, vision, llm):
        if "dtype" in part and "torch_dtype" not in part:
            part["torch_dtype"] = part["dtype"]
        part.pop("dtype", None)
    return out


def _fill(target: dict, defaults: dict) -> None:
    for key, value in defaults.items():
        target.setdefault(key, value)
