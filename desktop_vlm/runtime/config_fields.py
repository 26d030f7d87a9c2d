"""Checks on the fields of a checkpoint's config.json, and the parameter arithmetic built from them.

Each family's ``parameter_count`` (in its ``spec.py``) is written with these: every field it reads goes through
:func:`size_field` and friends, which refuse a value out of range or of the wrong JSON type with a message naming
the field. Pure functions on dicts: no torch, nothing built.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from ..core.errors import CheckpointError
from ..core.messages import Message

# Bounds far above every published model (Qwen2.5-72B: 80 layers, width 8192, 152k vocabulary).
MAX_LAYERS = 512
MAX_WIDTH = 1 << 16
MAX_INTERMEDIATE = 1 << 18
MAX_HEADS = 1024
MAX_VOCAB = 1 << 22
MAX_POSITIONS = 1 << 24
MAX_IMAGE_SIZE = 4096
MAX_CHANNELS = 16

# activation names that transformers' ACT2FN resolves (a test keeps this true)
ACTIVATIONS = frozenset(
    {
        "gelu",
        "gelu_new",
        "gelu_fast",
        "gelu_accurate",
        "gelu_pytorch_tanh",
        "quick_gelu",
        "relu",
        "silu",
        "swish",
        "tanh",
        "sigmoid",
    }
)
LAYER_TYPES = frozenset({"full_attention", "sliding_attention"})


def bad(detail: Message) -> CheckpointError:
    return CheckpointError(
        Message("config.json: {detail}.", detail=detail),
        hint=Message("The file is damaged or was edited; restore the original."),
    )


def section(config: dict, key: str) -> dict:
    section = config.get(key)
    if not isinstance(section, dict):
        if section is None:
            raise bad(Message("the {key} section is missing", key=key))
        raise bad(
            Message("the {key} section is {type_name}, not a JSON object", key=key, type_name=type(section).__name__)
        )
    return section


def loose_section(config: dict, key: str) -> dict:
    """``config[key]`` when it is a JSON object, else an empty one: recognising a family asks of sections that
    may be absent or malformed, and a config no family takes is explained from what is there."""
    section = config.get(key)
    return section if isinstance(section, dict) else {}


def size_field(section: dict, where: str, key: str, most: int, *, least: int = 1, default: int | None = None) -> int:
    """A whole number in [least, most]; ``default`` when the field is absent or null (required without one)."""
    value = section.get(key)
    if value is None:
        if default is None:
            raise bad(Message("{field} is missing", field=where + key))
        return default
    if not is_int(value) or not least <= value <= most:
        raise bad(
            Message(
                "{field} is {value!r}; it must be a whole number from {least:,} to {most:,}",
                field=where + key,
                value=value,
                least=least,
                most=most,
            )
        )
    return value


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    return (is_int(value) or isinstance(value, float)) and math.isfinite(value)


# JSON types of the fields transformers validates strictly when it builds a config (a wrong type raises
# deep inside it); name -> (test, what the message asks for)
_KINDS: dict[str, tuple[Callable[[Any], bool], Message]] = {
    "bool": (lambda v: isinstance(v, bool), Message("true or false")),
    "bool?": (lambda v: v is None or isinstance(v, bool), Message("true, false or null")),
    "int": (is_int, Message("a whole number")),
    "int?": (lambda v: v is None or is_int(v), Message("a whole number or null")),
    "float": (lambda v: isinstance(v, float) and math.isfinite(v), Message("a decimal number such as 1e-06")),
    "number": (is_number, Message("a number")),
    "ids": (
        lambda v: v is None or is_int(v) or (isinstance(v, list) and all(map(is_int, v))),
        Message("a token id, a list of token ids or null"),
    ),
    "object?": (lambda v: v is None or isinstance(v, dict), Message("a JSON object or null")),
    "text?": (lambda v: v is None or isinstance(v, str), Message("a string or null")),
}
LANGUAGE_FIELD_KINDS = {
    "output_hidden_states": "bool?",
    "return_dict": "bool?",
    "chunk_size_feed_forward": "int",
    "is_encoder_decoder": "bool",
    "id2label": "object?",
    "label2id": "object?",
    "problem_type": "text?",
    "initializer_range": "float",
    "rms_norm_eps": "float",
    "use_cache": "bool",
    "rope_scaling": "object?",
    "rope_parameters": "object?",
    "sliding_window": "int?",
    "max_window_layers": "int",
    "attention_dropout": "number",
    "resid_pdrop": "number",
    "embd_pdrop": "number",
    "pad_token_id": "int?",
    "bos_token_id": "int?",
    "eos_token_id": "ids",
}
VISION_FIELD_KINDS = {"layer_norm_eps": "float", "attention_dropout": "number"}


def check_kinds(section: dict, where: str, fields: dict[str, str]) -> None:
    for key, kind in fields.items():
        test, wanted = _KINDS[kind]
        if key in section and not test(section[key]):
            raise bad(
                Message(
                    "{field} is {value!r}; it must be {wanted}", field=where + key, value=section[key], wanted=wanted
                )
            )


def check_activation(section: dict, where: str, default: str) -> None:
    act = section.get("hidden_act", default)
    if not isinstance(act, str) or act not in ACTIVATIONS:
        raise bad(
            Message(
                "{field} is {value!r}; known activations are {activations}",
                field=where + "hidden_act",
                value=act,
                activations=", ".join(sorted(ACTIVATIONS)),
            )
        )


def check_positive(section: dict, where: str, key: str) -> None:
    value = section.get(key)
    if value is not None and not (is_number(value) and value > 0):
        raise bad(Message("{field} is {value!r}; it must be a positive number", field=where + key, value=value))


def attention_heads(section: dict, where: str, width: int) -> tuple[int, int, int]:
    """(query heads, key/value heads, head width) of an attention block, checked to divide evenly."""
    heads = size_field(section, where, "num_attention_heads", MAX_HEADS)
    kv_heads = size_field(section, where, "num_key_value_heads", MAX_HEADS, default=heads)
    head_dim = size_field(section, where, "head_dim", MAX_WIDTH, default=width // heads)
    if width % heads or heads % kv_heads:
        raise bad(
            Message(
                "{section}num_attention_heads {heads} / num_key_value_heads {kv_heads} do not divide {width}",
                section=where,
                heads=heads,
                kv_heads=kv_heads,
                width=width,
            )
        )
    return heads, kv_heads, head_dim


def _one_type_per_layer(layer_types: Any, layers: int) -> bool:
    return (
        isinstance(layer_types, list)
        and len(layer_types) == layers
        and all(isinstance(t, str) and t in LAYER_TYPES for t in layer_types)
    )


def linear_count(n_in: int, n_out: int, bias: bool = True) -> int:
    return n_in * n_out + (n_out if bias else 0)


def language_model_count(llm: dict) -> int:
    """Qwen2 or Phi-3 (transformers' classes, untied head)."""
    where = "llm_config."
    check_kinds(llm, where, LANGUAGE_FIELD_KINDS)
    check_activation(llm, where, "silu")
    check_positive(llm, where, "rope_theta")
    width = size_field(llm, where, "hidden_size", MAX_WIDTH)
    inner = size_field(llm, where, "intermediate_size", MAX_INTERMEDIATE)
    layers = size_field(llm, where, "num_hidden_layers", MAX_LAYERS)
    vocab = size_field(llm, where, "vocab_size", MAX_VOCAB)
    size_field(llm, where, "max_position_embeddings", MAX_POSITIONS, default=32768)
    layer_types = llm.get("layer_types")
    if layer_types is not None and not _one_type_per_layer(layer_types, layers):
        raise bad(
            Message(
                "{field} must list one of {types} per layer", field=where + "layer_types", types=sorted(LAYER_TYPES)
            )
        )
    heads, kv_heads, head_dim = attention_heads(llm, where, width)
    pad = llm.get("pad_token_id")
    if pad is not None and not -vocab <= pad < vocab:  # the embedding's padding row must exist
        raise bad(
            Message(
                "{field} is {value!r}; it must be a token id below vocab_size {vocab:,}, or null",
                field=where + "pad_token_id",
                value=pad,
                vocab=vocab,
            )
        )
    arch = (llm.get("architectures") or [""])[0]
    model_type = "phi3" if arch == "Phi3ForCausalLM" else "qwen2"  # transformers picks the class by model_type
    if llm.get("model_type", model_type) != model_type:
        raise bad(
            Message(
                "{field} is {value!r}; a {architecture} language model is {model_type!r}",
                field=where + "model_type",
                value=llm["model_type"],
                architecture=arch or "Qwen2",
                model_type=model_type,
            )
        )
    if arch == "Phi3ForCausalLM":
        size_field(llm, where, "original_max_position_embeddings", MAX_POSITIONS, default=4096)
        attention = linear_count(width, (heads + 2 * kv_heads) * head_dim, False) + linear_count(
            heads * head_dim, width, False
        )
        mlp = linear_count(width, 2 * inner, False) + linear_count(inner, width, False)
    else:
        projections = linear_count(width, heads * head_dim) + 2 * linear_count(width, kv_heads * head_dim)
        attention = projections + linear_count(heads * head_dim, width, False)
        mlp = 3 * inner * width
    per_layer = attention + mlp + 2 * width  # two RMSNorm weights
    return 2 * vocab * width + layers * per_layer + width  # embeddings, head, layers, final norm


def tile_and_patch(config: dict, vision: dict) -> tuple[int, int]:
    """(tile side, patch side) in pixels, as the builders read them."""
    patch = size_field(vision, "vision_config.", "patch_size", MAX_IMAGE_SIZE)
    forced = config.get("force_image_size")
    if forced:
        image = size_field(config, "", "force_image_size", MAX_IMAGE_SIZE, least=patch)
    else:
        image = size_field(vision, "vision_config.", "image_size", MAX_IMAGE_SIZE, least=patch)
    return image, patch


def shuffle_factor(config: dict, image: int, patch: int) -> int:
    """The merge factor of the pixel shuffle (2 for ``downsample_ratio: 0.5``), checked to divide the grid."""
    ratio = config.get("downsample_ratio", 0.5)
    factor = round(1 / ratio) if is_number(ratio) and 0 < ratio <= 1 else 0
    if not factor or abs(factor * ratio - 1) > 1e-6 or (image // patch) % factor:
        raise bad(
            Message(
                "downsample_ratio is {ratio!r}; it must be 1/n, n dividing the {grid}-patch grid",
                ratio=ratio,
                grid=image // patch,
            )
        )
    return factor


def mlp1_count(vision_width: int, factor: int, llm_width: int) -> int:
    """InternVL's mlp1: LayerNorm(C·f²) → Linear(C·f², D) → GELU → Linear(D, D)."""
    merged = vision_width * factor * factor
    return 2 * merged + linear_count(merged, llm_width) + linear_count(llm_width, llm_width)


def language_model_width(llm: dict) -> int:
    return size_field(llm, "llm_config.", "hidden_size", MAX_WIDTH)
