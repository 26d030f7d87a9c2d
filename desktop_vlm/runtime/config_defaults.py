"""A checkpoint's ``config.json`` completed with the ORIGINAL configuration classes' defaults.

transformers saves a config either in full or as a diff against the class defaults (``to_diff_dict``), and
different versions wrote different spellings (``torch_dtype`` before 4.56, ``dtype`` after). A key a checkpoint
leaves out means what the original class gives it — InternViT's own class defaults to RMS norm and no qkv
bias, InternLM2's to biased projections — not what today's transformers classes default to. So every
sub-config is completed here from the defaults of the class the original code builds it with, before anything
reads it.
"""

from __future__ import annotations

import copy
from typing import Any

from ..core.errors import CheckpointError
from ..core.formats import language_architecture

# Defaults of the configuration classes the original code uses (InternVL's and Mono-InternVL's remote code,
# Ristretto's, and transformers 4.37's Qwen2 / SigLIP), by the sub-config's model_type.
ORIGINAL_DEFAULTS: dict[str, dict[str, Any]] = {
    "internvl_chat": {
        "use_backbone_lora": 0, "use_llm_lora": 0, "pad2square": False, "select_layer": -1, "force_image_size": None,
        "downsample_ratio": 0.5, "template": None, "dynamic_image_size": False, "use_thumbnail": False,
        "ps_version": "v1", "min_dynamic_patch": 1, "max_dynamic_patch": 6,
    },
    # Mono-InternVL's own InternVLChatConfig differs in one default
    "internvl_chat/mono": {
        "use_backbone_lora": 0, "use_llm_lora": 0, "pad2square": False, "select_layer": -4, "force_image_size": None,
        "downsample_ratio": 0.5, "template": None, "dynamic_image_size": False, "use_thumbnail": False,
        "ps_version": "v1", "min_dynamic_patch": 1, "max_dynamic_patch": 6,
    },
    "ristretto": {
        "pad2square": False, "select_layer": -1, "force_image_size": None, "num_image_token": 256, "template": None,
        "dynamic_image_size": False, "use_thumbnail": False, "min_dynamic_patch": 1, "max_dynamic_patch": 6,
    },
    "intern_vit_6b": {
        "num_channels": 3, "patch_size": 14, "image_size": 224, "qkv_bias": False, "hidden_size": 3200,
        "num_attention_heads": 25, "intermediate_size": 12800, "qk_normalization": True, "num_hidden_layers": 48,
        "hidden_act": "gelu", "norm_type": "rms_norm", "layer_norm_eps": 1e-6,
    },
    "intern_vit_patch": {
        "num_channels": 3, "patch_size": 14, "image_size": 224, "hidden_size": 3200,
    },
    "siglip_vision_model": {
        "hidden_size": 768, "intermediate_size": 3072, "num_hidden_layers": 12, "num_attention_heads": 12,
        "num_channels": 3, "image_size": 224, "patch_size": 16, "hidden_act": "gelu_pytorch_tanh",
        "layer_norm_eps": 1e-6,
    },
    "qwen2": {
        "vocab_size": 151936, "hidden_size": 4096, "intermediate_size": 22016, "num_hidden_layers": 32,
        "num_attention_heads": 32, "num_key_value_heads": 32, "hidden_act": "silu", "max_position_embeddings": 32768,
        "rms_norm_eps": 1e-6, "tie_word_embeddings": False, "rope_theta": 10000.0, "use_sliding_window": False,
    },
    "phi3": {
        "vocab_size": 32064, "hidden_size": 3072, "intermediate_size": 8192, "num_hidden_layers": 32,
        "num_attention_heads": 32, "num_key_value_heads": None, "hidden_act": "silu", "max_position_embeddings": 4096,
        "original_max_position_embeddings": 4096, "rms_norm_eps": 1e-5, "tie_word_embeddings": False,
        "rope_theta": 10000.0, "rope_scaling": None, "bos_token_id": 1, "eos_token_id": 32000, "pad_token_id": 32000,
        "sliding_window": None,
    },
    "internlm2": {
        "vocab_size": 103168, "hidden_size": 4096, "intermediate_size": 11008, "num_hidden_layers": 32,
        "num_attention_heads": 32, "num_key_value_heads": None, "hidden_act": "silu", "max_position_embeddings": 2048,
        "rms_norm_eps": 1e-6, "pad_token_id": 0, "bos_token_id": 1, "eos_token_id": 2, "tie_word_embeddings": False,
        "bias": True, "rope_theta": 10000, "rope_scaling": None,
    },
}

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
    out = copy.deepcopy(config)
    top = "internvl_chat/mono" if family == "mono-internvl" else "ristretto" if family == "ristretto" else "internvl_chat"
    _fill(out, ORIGINAL_DEFAULTS[top])
    vision = out.get("vision_config")
    llm = out.get("llm_config")
    if not isinstance(vision, dict) or not isinstance(llm, dict):
        raise CheckpointError("config.json has no vision_config / llm_config object.")
    vision_type = {"mono-internvl": "intern_vit_patch", "ristretto": "siglip_vision_model"}.get(family, "intern_vit_6b")
    _fill(vision, ORIGINAL_DEFAULTS[vision_type])
    architecture = language_architecture(llm, vision_type)
    if architecture not in MODEL_TYPE_BY_ARCHITECTURE:
        raise CheckpointError(f"Unsupported language model architecture {architecture or 'none given'!r}.")
    llm["architectures"] = [architecture]
    llm.setdefault("model_type", MODEL_TYPE_BY_ARCHITECTURE[architecture])
    _fill(llm, ORIGINAL_DEFAULTS[llm["model_type"]])
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
