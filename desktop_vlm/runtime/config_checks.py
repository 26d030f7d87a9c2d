"""Checks on a checkpoint's config.json, against its safetensors headers, before any module is built.

A config is data from the internet: ``num_hidden_layers: 1000000`` makes the builders work for hours toward
tens of gigabytes, a head count of 0 divides by zero, a size written as a string fails deep inside
transformers. So before the loader builds anything:

1. every size the family's builders read is a whole number in a sane range, and the sizes agree with each
   other (heads divide the width, the patch fits the tile); every other field transformers checks has the
   JSON type it expects;
2. every weight is stored in a floating-point dtype (an I16 tensor where BF16 is expected would load as
   garbage);
3. the parameter count the config implies (computed per family from its dimensions) is close to the count
   the headers hold, so the model built can never be much larger than the weights on disk.

Pure arithmetic on the config dict and the header shapes: no torch, nothing built.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Mapping

from ..core.errors import CheckpointError
from .checkpoint import Checkpoint, TensorInfo

# Bounds far above every published model (Qwen2.5-72B: 80 layers, width 8192, 152k vocabulary).
MAX_LAYERS = 512
MAX_WIDTH = 1 << 16
MAX_INTERMEDIATE = 1 << 18
MAX_HEADS = 1024
MAX_VOCAB = 1 << 22
MAX_POSITIONS = 1 << 24
MAX_IMAGE_SIZE = 4096
MAX_CHANNELS = 16

# The implied and stored parameter counts may differ by this factor (plus a little, for tiny test models)
# before the config is refused: an exact mismatch is named tensor by tensor when the weights are loaded;
# this check only has to keep a config from building a model far larger (or smaller) than its weights.
COUNT_RATIO = 1.25
COUNT_SLACK = 1 << 16

FLOAT_DTYPES = frozenset({"BF16", "F16", "F32", "F64"})
# activation names that transformers' ACT2FN resolves (a test keeps this true)
ACTIVATIONS = frozenset({"gelu", "gelu_new", "gelu_fast", "gelu_accurate", "gelu_pytorch_tanh", "quick_gelu",
                         "relu", "silu", "swish", "tanh", "sigmoid"})
LAYER_TYPES = frozenset({"full_attention", "sliding_attention"})


def check_checkpoint(checkpoint: Checkpoint) -> None:
    """:func:`check_config` on an opened checkpoint."""
    check_config(checkpoint.config, checkpoint.format.family, checkpoint.tensors)


def check_config(config: dict, family: str, tensors: Mapping[str, TensorInfo]) -> None:
    """Refuse (CheckpointError, naming the field or tensor) a config that is malformed, absurd or not the
    config of these weights, before anything is built.

    Parameters
    ----------
    config : dict
        The parsed config.json.
    family : str
        The family :func:`~desktop_vlm.runtime.registry.detect_format` recognised.
    tensors : mapping
        Tensor name -> header entry, from the checked safetensors headers.
    """
    for name, info in tensors.items():
        if info.dtype not in FLOAT_DTYPES:
            raise CheckpointError(
                f"Tensor {name!r} in {info.shard} is stored as {info.dtype}; the {family} weights are floating "
                "point (BF16, F16 or F32), so the file is damaged or is not these weights."
            )
    count = PARAMETER_RULES.get(family)
    if count is None:  # not a family we build; the loader's family lookup says so next
        return
    implied = count(config)
    stored = sum(info.numel for info in tensors.values())
    if implied > stored * COUNT_RATIO + COUNT_SLACK or stored > implied * COUNT_RATIO + COUNT_SLACK:
        raise CheckpointError(
            f"config.json describes a model of {implied:,} parameters, but its weight files hold {stored:,}; "
            "the config does not belong to these weights (or was edited).",
            hint="Download the model again, or restore its original config.json.",
        )


def _bad(detail: str) -> CheckpointError:
    return CheckpointError(f"config.json: {detail}.", hint="The file is damaged or was edited; restore the original.")


def _section(config: dict, key: str) -> dict:
    section = config.get(key)
    if not isinstance(section, dict):
        missing = "is missing" if section is None else f"is {type(section).__name__}, not a JSON object"
        raise _bad(f"the {key} section {missing}")
    return section


def _size(section: dict, where: str, key: str, most: int, *, least: int = 1, default: int | None = None) -> int:
    """A whole number in [least, most]; ``default`` when the field is absent or null (required without one)."""
    value = section.get(key)
    if value is None:
        if default is None:
            raise _bad(f"{where}{key} is missing")
        return default
    if not _is_int(value) or not least <= value <= most:
        raise _bad(f"{where}{key} is {value!r}; it must be a whole number from {least:,} to {most:,}")
    return value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)


# JSON types of the fields transformers validates strictly when it builds a config (a wrong type raises
# deep inside it); name -> (test, what the message asks for)
_KINDS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "bool": (lambda v: isinstance(v, bool), "true or false"),
    "bool?": (lambda v: v is None or isinstance(v, bool), "true, false or null"),
    "int": (_is_int, "a whole number"),
    "int?": (lambda v: v is None or _is_int(v), "a whole number or null"),
    "float": (lambda v: isinstance(v, float) and math.isfinite(v), "a decimal number such as 1e-06"),
    "number": (_is_number, "a number"),
    "ids": (lambda v: v is None or _is_int(v) or (isinstance(v, list) and all(map(_is_int, v))),
            "a token id, a list of token ids or null"),
    "object?": (lambda v: v is None or isinstance(v, dict), "a JSON object or null"),
    "text?": (lambda v: v is None or isinstance(v, str), "a string or null"),
}
LANGUAGE_FIELD_KINDS = {
    "output_hidden_states": "bool?", "return_dict": "bool?", "chunk_size_feed_forward": "int",
    "is_encoder_decoder": "bool", "id2label": "object?", "label2id": "object?", "problem_type": "text?",
    "initializer_range": "float", "rms_norm_eps": "float", "use_cache": "bool", "rope_scaling": "object?",
    "rope_parameters": "object?", "sliding_window": "int?", "max_window_layers": "int", "attention_dropout": "number",
    "resid_pdrop": "number", "embd_pdrop": "number", "pad_token_id": "int?", "bos_token_id": "int?",
    "eos_token_id": "ids",
}
_VISION_FIELDS = {"layer_norm_eps": "float", "attention_dropout": "number"}


def _check_kinds(section: dict, where: str, fields: dict[str, str]) -> None:
    for key, kind in fields.items():
        test, wanted = _KINDS[kind]
        if key in section and not test(section[key]):
            raise _bad(f"{where}{key} is {section[key]!r}; it must be {wanted}")


def _check_activation(section: dict, where: str, default: str) -> None:
    act = section.get("hidden_act", default)
    if not isinstance(act, str) or act not in ACTIVATIONS:
        raise _bad(f"{where}hidden_act is {act!r}; known activations are {', '.join(sorted(ACTIVATIONS))}")


def _check_positive(section: dict, where: str, key: str) -> None:
    value = section.get(key)
    if value is not None and not (_is_number(value) and value > 0):
        raise _bad(f"{where}{key} is {value!r}; it must be a positive number")


def _heads(section: dict, where: str, width: int) -> tuple[int, int, int]:
    """(query heads, key/value heads, head width) of an attention block, checked to divide evenly."""
    heads = _size(section, where, "num_attention_heads", MAX_HEADS)
    kv_heads = _size(section, where, "num_key_value_heads", MAX_HEADS, default=heads)
    head_dim = _size(section, where, "head_dim", MAX_WIDTH, default=width // heads)
    if width % heads or heads % kv_heads:
        raise _bad(f"{where}num_attention_heads {heads} / num_key_value_heads {kv_heads} do not divide {width}")
    return heads, kv_heads, head_dim


def _one_type_per_layer(layer_types: Any, layers: int) -> bool:
    return (
        isinstance(layer_types, list)
        and len(layer_types) == layers
        and all(isinstance(t, str) and t in LAYER_TYPES for t in layer_types)
    )


def _linear(n_in: int, n_out: int, bias: bool = True) -> int:
    return n_in * n_out + (n_out if bias else 0)


def _language_model(llm: dict) -> int:
    """Qwen2 or Phi-3 (transformers' classes, untied head)."""
    where = "llm_config."
    _check_kinds(llm, where, LANGUAGE_FIELD_KINDS)
    _check_activation(llm, where, "silu")
    _check_positive(llm, where, "rope_theta")
    width = _size(llm, where, "hidden_size", MAX_WIDTH)
    inner = _size(llm, where, "intermediate_size", MAX_INTERMEDIATE)
    layers = _size(llm, where, "num_hidden_layers", MAX_LAYERS)
    vocab = _size(llm, where, "vocab_size", MAX_VOCAB)
    _size(llm, where, "max_position_embeddings", MAX_POSITIONS, default=32768)
    layer_types = llm.get("layer_types")
    if layer_types is not None and not _one_type_per_layer(layer_types, layers):
        raise _bad(f"{where}layer_types must list one of {sorted(LAYER_TYPES)} per layer")
    heads, kv_heads, head_dim = _heads(llm, where, width)
    pad = llm.get("pad_token_id")
    if pad is not None and not -vocab <= pad < vocab:  # the embedding's padding row must exist
        raise _bad(f"{where}pad_token_id is {pad!r}; it must be a token id below vocab_size {vocab:,}, or null")
    arch = (llm.get("architectures") or [""])[0]
    model_type = "phi3" if arch == "Phi3ForCausalLM" else "qwen2"  # transformers picks the class by model_type
    if llm.get("model_type", model_type) != model_type:
        raise _bad(f"{where}model_type is {llm['model_type']!r}; a {arch or 'Qwen2'} language model is {model_type!r}")
    if arch == "Phi3ForCausalLM":
        _size(llm, where, "original_max_position_embeddings", MAX_POSITIONS, default=4096)
        attention = _linear(width, (heads + 2 * kv_heads) * head_dim, False) + _linear(heads * head_dim, width, False)
        mlp = _linear(width, 2 * inner, False) + _linear(inner, width, False)
    else:
        projections = _linear(width, heads * head_dim) + 2 * _linear(width, kv_heads * head_dim)
        attention = projections + _linear(heads * head_dim, width, False)
        mlp = 3 * inner * width
    per_layer = attention + mlp + 2 * width  # two RMSNorm weights
    return 2 * vocab * width + layers * per_layer + width  # embeddings, head, layers, final norm


def _tile_size(config: dict, vision: dict) -> tuple[int, int]:
    """(tile side, patch side) in pixels, as the builders read them."""
    patch = _size(vision, "vision_config.", "patch_size", MAX_IMAGE_SIZE)
    forced = config.get("force_image_size")
    if forced:
        image = _size(config, "", "force_image_size", MAX_IMAGE_SIZE, least=patch)
    else:
        image = _size(vision, "vision_config.", "image_size", MAX_IMAGE_SIZE, least=patch)
    return image, patch


def _pixel_shuffle(config: dict, image: int, patch: int) -> int:
    """The merge factor of the pixel shuffle (2 for ``downsample_ratio: 0.5``), checked to divide the grid."""
    ratio = config.get("downsample_ratio", 0.5)
    factor = round(1 / ratio) if _is_number(ratio) and 0 < ratio <= 1 else 0
    if not factor or abs(factor * ratio - 1) > 1e-6 or (image // patch) % factor:
        raise _bad(f"downsample_ratio is {ratio!r}; it must be 1/n, n dividing the {image // patch}-patch grid")
    return factor


def _projector(vision_width: int, factor: int, llm_width: int) -> int:
    """InternVL's mlp1: LayerNorm(C·f²) → Linear(C·f², D) → GELU → Linear(D, D)."""
    merged = vision_width * factor * factor
    return 2 * merged + _linear(merged, llm_width) + _linear(llm_width, llm_width)


def _internvl(config: dict) -> int:
    vision, llm = _section(config, "vision_config"), _section(config, "llm_config")
    where = "vision_config."
    _check_kinds(vision, where, _VISION_FIELDS)
    _check_activation(vision, where, "gelu")
    image, patch = _tile_size(config, vision)
    factor = _pixel_shuffle(config, image, patch)
    width = _size(vision, where, "hidden_size", MAX_WIDTH)
    inner = _size(vision, where, "intermediate_size", MAX_INTERMEDIATE)
    layers = _size(vision, where, "num_hidden_layers", MAX_LAYERS)
    channels = _size(vision, where, "num_channels", MAX_CHANNELS, default=3)
    _heads(vision, where, width)
    if not _is_int(config.get("select_layer", -1)):
        raise _bad(f"select_layer is {config.get('select_layer')!r}; it must be a whole number")
    norm = width if vision.get("norm_type") == "rms_norm" else 2 * width
    attention = _linear(width, 3 * width, bool(vision.get("qkv_bias", True))) + _linear(width, width)
    if vision.get("qk_normalization"):
        attention += 2 * width
    per_layer = attention + 2 * norm + 2 * width + _linear(width, inner) + _linear(inner, width)  # norms, ls1/ls2
    embeddings = width + _linear(channels * patch * patch, width) + (1 + (image // patch) ** 2) * width
    vision_side = embeddings + layers * per_layer + _projector(width, factor, _language_model_width(llm))
    return vision_side + _language_model(llm)


def _language_model_width(llm: dict) -> int:
    return _size(llm, "llm_config.", "hidden_size", MAX_WIDTH)


def _mono(config: dict) -> int:
    """Patch embedding + mlp1 + InternLM2 with visual experts (our own decoder)."""
    vision, llm = _section(config, "vision_config"), _section(config, "llm_config")
    where = "llm_config."
    image, patch = _tile_size(config, vision)
    factor = _pixel_shuffle(config, image, patch)
    trained = _size(vision, "vision_config.", "image_size", MAX_IMAGE_SIZE, least=patch)
    vision_width = _size(vision, "vision_config.", "hidden_size", MAX_WIDTH)
    channels = _size(vision, "vision_config.", "num_channels", MAX_CHANNELS, default=3)
    width = _size(llm, where, "hidden_size", MAX_WIDTH)
    inner = _size(llm, where, "intermediate_size", MAX_INTERMEDIATE)
    layers = _size(llm, where, "num_hidden_layers", MAX_LAYERS)
    vocab = _size(llm, where, "vocab_size", MAX_VOCAB)
    _size(llm, where, "max_position_embeddings", MAX_POSITIONS, default=32768)
    _check_kinds(llm, where, {"rms_norm_eps": "number"})
    _check_positive(llm, where, "rope_theta")
    heads, kv_heads, head_dim = _heads(llm, where, width)
    positions = 1 + (trained // patch) ** 2  # the class slot and the trained grid
    embeddings = 2 * vision_width + channels * patch * patch * vision_width + positions * vision_width
    per_layer = (heads + 2 * kv_heads) * head_dim * width + heads * head_dim * width + 2 * width + 6 * inner * width
    return embeddings + _projector(vision_width, factor, width) + 2 * vocab * width + layers * per_layer + width


def _ristretto(config: dict) -> int:
    """SigLIP tower (its unused pooling head is stored but not built) + gated FFN projector + Qwen2."""
    vision, llm = _section(config, "vision_config"), _section(config, "llm_config")
    where = "vision_config."
    _check_kinds(vision, where, _VISION_FIELDS)
    _check_activation(vision, where, "gelu_pytorch_tanh")
    _tile_size(config, vision)
    patch = _size(vision, where, "patch_size", MAX_IMAGE_SIZE)
    trained = _size(vision, where, "image_size", MAX_IMAGE_SIZE, least=patch)
    width = _size(vision, where, "hidden_size", MAX_WIDTH)
    inner = _size(vision, where, "intermediate_size", MAX_INTERMEDIATE)
    layers = _size(vision, where, "num_hidden_layers", MAX_LAYERS)
    channels = _size(vision, where, "num_channels", MAX_CHANNELS, default=3)
    _heads(vision, where, width)
    _size(config, "", "num_image_token", (trained // patch) ** 2, default=256)
    embeddings = _linear(channels * patch * patch, width) + (trained // patch) ** 2 * width
    per_layer = 4 * _linear(width, width) + 4 * width + _linear(width, inner) + _linear(inner, width)
    projector = 2 * width + 2 * _linear(width, 3 * width) + _linear(3 * width, _language_model_width(llm))
    return embeddings + layers * per_layer + 2 * width + projector + _language_model(llm)


# family name -> the parameter count its config implies (validating the fields on the way)
PARAMETER_RULES: dict[str, Callable[[dict], int]] = {
    "internvl": _internvl,
    "mono-internvl": _mono,
    "ristretto": _ristretto,
}
