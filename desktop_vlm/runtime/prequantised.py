"""Pre-quantised copies of a supported model (AWQ, GPTQ, bitsandbytes, FP8, MLX and the like), recognised so
that a person hears what they downloaded and what to use instead, where they would otherwise read "damaged".

Such a copy's config.json says so (``quantization_config``, or MLX's ``quantization``), at the top level or in
a part's section, and its weights are packed integers (``qweight`` / ``qzeros``, ``absmax``…) this runtime has
no kernels for. Desktop VLM quantises the original weights itself (int8 / int4), so the way on is the original.
The hub lists such copies beside the originals ("InternVL2_5-4B-AWQ"); one that looks smaller is what a person
with little memory picks first.

Torch-free and config-only where it can be, so that the model manager can refuse a typed repository before
downloading anything big (through :func:`~.registry.detect_format`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from ..core.errors import CheckpointError
from ..core.messages import Message


class HeaderEntry(Protocol):
    """What is read of a tensor's safetensors header entry (``checkpoint.TensorInfo``, which cannot be imported
    here: the checkpoint module imports torch, and this one is reached from the torch-free registry)."""

    @property
    def shard(self) -> str: ...  # the file it is in

    @property
    def dtype(self) -> str: ...  # safetensors' name for it: "BF16", "I32", "F8_E4M3"…


# where a composite model's config.json nests its parts' configs (each may carry its own quantisation)
PART_SECTIONS = ("llm_config", "text_config", "vision_config")

# quantisation methods by the names their configs use, as a person reads them
METHOD_TITLES = {
    "awq": "AWQ",
    "gptq": "GPTQ",
    "bitsandbytes": "bitsandbytes",
    "fp8": "FP8",
    "fbgemm_fp8": "FP8",
    "compressed-tensors": "compressed-tensors",
    "hqq": "HQQ",
    "eetq": "EETQ",
    "aqlm": "AQLM",
    "quanto": "Quanto",
    "exl2": "EXL2",
    "torchao": "torchao",
}

# tensor-name endings of weights packed by those methods (GPTQ / AWQ, bitsandbytes, compressed-tensors, MLX)
PACKED_TENSOR_ENDINGS = (".qweight", ".qzeros", ".g_idx", ".absmax", ".quant_map", ".SCB", ".weight_packed", ".biases")
# safetensors dtypes only FP8 checkpoints use
FP8_DTYPES = frozenset({"F8_E4M3", "F8_E5M2"})

PREQUANTISED_HINT = Message(
    "Download the original model instead (the one without AWQ, GPTQ, 4bit or 8bit in its name) and choose 4-bit "
    "or 8-bit weights when you load it ('Weights' in the model manager, --quantize int4 on the command line)."
)


def declared_quantisation(config: Mapping[str, Any]) -> Message | str | None:
    """How ``config`` (a parsed config.json) says its weights were quantised, as a person reads it ("4-bit AWQ"),
    or None when it declares no quantisation. A method named without its bits is its name alone (a str)."""
    sections = [config] + [config[name] for name in PART_SECTIONS if isinstance(config.get(name), Mapping)]
    for section in sections:
        declared = section.get("quantization_config")
        if isinstance(declared, Mapping) and declared:
            return _described(declared)
        mlx = section.get("quantization")  # MLX writes {"group_size": 64, "bits": 4}
        if isinstance(mlx, Mapping) and "bits" in mlx:
            return _with_bits(_bits(mlx.get("bits")), "MLX")
    return None


def _described(declared: Mapping[str, Any]) -> Message | str:
    method = declared.get("quant_method")
    named = isinstance(method, str) and method.isprintable() and 0 < len(method) <= 40
    title = METHOD_TITLES.get(method.lower(), method) if named and isinstance(method, str) else None
    bits = _bits(declared.get("bits", declared.get("w_bit")))
    if bits is None and declared.get("load_in_4bit") is True:
        bits = 4
    elif bits is None and (declared.get("load_in_8bit") is True or (title is not None and "fp8" in title.lower())):
        bits = 8
    return _with_bits(bits, title)


def _bits(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 16 else None


def _with_bits(bits: int | None, title: str | None) -> Message | str:
    """ "4-bit AWQ", "AWQ", "a 4-bit method", or "a method it does not name": what follows "quantised with"."""
    if title is None:
        if bits is not None:
            return Message("a {bits}-bit method", bits=bits)
        return Message("a method it does not name")
    return Message("{bits}-bit {method}", bits=bits, method=title) if bits is not None else title


def refuse_prequantised(config: Mapping[str, Any]) -> None:
    """Raise CheckpointError, naming the method, when ``config`` declares pre-quantised weights."""
    described = declared_quantisation(config)
    if described is not None:
        raise CheckpointError(
            Message(
                "This is a copy of the model quantised with {method} for another engine; Desktop VLM runs a "
                "model's original weights and quantises them itself.",
                method=described,
            ),
            hint=PREQUANTISED_HINT,
        )


def refuse_packed_tensors(tensors: Mapping[str, HeaderEntry]) -> None:
    """Raise CheckpointError when a weight is packed by a quantisation method, or stored in 8-bit floating
    point, though config.json (perhaps replaced by an original one) declares no quantisation."""
    for name, info in tensors.items():
        if name.endswith(PACKED_TENSOR_ENDINGS):
            what = Message("a weight packed by a quantisation method")
        elif info.dtype in FP8_DTYPES:
            what = Message("stored as {dtype}, 8-bit floating point", dtype=info.dtype)
        else:
            continue
        raise CheckpointError(
            Message(
                "Tensor {tensor!r} in {file} is {description} for another engine; Desktop VLM runs a model's "
                "original weights and quantises them itself.",
                tensor=name,
                file=info.shard,
                description=what,
            ),
            hint=PREQUANTISED_HINT,
        )
