"""Weight-only quantisation: int8 or int4 weights, 16-bit activations.

On CPU (:func:`prepare_cpu_quantization`, before loading) the language model's linear layers become
:class:`~.kernels.quantized.QuantizedLinear` layers that quantise each weight as the loader streams it from
the file, so the unquantised language model is never in memory; decode steps run torch's packed int8 / int4
kernels, products of many rows MKL's float32 product on blocks dequantised on the fly. int4 layers use groups of
64 weights (4.5 bits a weight, as llama.cpp's Q4_0); the output head is int8 in both modes, as llama.cpp
keeps its output head at 6–8 bits in its 4-bit files. The vision encoder's linear layers become int8 in
both modes too: at full size InternViT-300M is 0.6 GB in bf16, a fifth of an int4 model's memory, and one
scale per row keeps its image features within a cosine of 0.999 of bf16's (``tests/runtime/test_quantize.py``).
Its patch and position embeddings, and the projector, keep the model dtype.

On a CUDA GPU (:func:`quantize_language_model`, after loading) torchao (optional extra ``quantization``)
quantises the loaded language model in place: int8, and int4 through its tinygemm CUDA kernel; the vision
tower, projector and embeddings stay in the model dtype there (GPU memory is not what limits a 4B model).
int4 layers run a prompt's many rows on their weights dequantised a layer at a time
(:mod:`.kernels.tinygemm_int4`), where tinygemm is 14× slower than bf16's product.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import torch
from torch import nn

from ..config.options import WEIGHT_FORMATS
from ..core.errors import InvalidRequestError
from ..core.messages import Message
from .protocols import HasOutputHead, VisionLanguageModel


def _torchao():
    try:
        previous = logging.root.manager.disable
        logging.disable(logging.WARNING)  # torchao logs a warning per missing optional CUDA extension
        try:
            from torchao.quantization import (
                Int4WeightOnlyConfig,
                Int8WeightOnlyConfig,
                quantize_,
            )
        finally:
            logging.disable(previous)
    except ImportError:
        raise InvalidRequestError(
            Message("Quantisation on a GPU needs the torchao package."),
            hint=Message("Install it with: pip install 'desktop-vlm[quantization]'"),
        ) from None
    return quantize_, Int8WeightOnlyConfig, Int4WeightOnlyConfig


def check_mode(mode: str | None, device: torch.device) -> str:
    """``mode`` checked against the device: CPU quantises natively, CUDA through torchao, MPS not at all."""
    mode = mode or "none"
    if mode not in WEIGHT_FORMATS:
        raise InvalidRequestError(
            Message("Unknown quantisation {mode!r}; use one of {modes}.", mode=mode, modes=", ".join(WEIGHT_FORMATS))
        )
    if mode != "none" and device.type == "mps":
        hint = Message("Use bfloat16 on MPS, or --device cpu.")
        raise InvalidRequestError(Message("Quantised weights run on CPU or a CUDA GPU, not on Apple MPS."), hint=hint)
    return mode


def quantizes_natively(mode: str, device: torch.device) -> bool:
    """Whether ``mode`` is done by :func:`prepare_cpu_quantization` (CPU) rather than torchao (GPU)."""
    return mode != "none" and device.type == "cpu"


def prepare_cpu_quantization(model: VisionLanguageModel, mode: str, dtype: torch.dtype) -> int:
    """Before loading: make ``model``'s quantised layers (built on the meta device) empty quantising layers,
    which quantise their weight when the loader hands it over — the language model's linear layers in
    ``mode`` with its output head in int8, and the vision encoder's linear layers in int8. Returns how many
    layers were replaced."""
    from .kernels.quantized import QuantizedLinear, replace_linears

    lm = model.decoder.language_model
    head = _output_head(lm)
    replaced = replace_linears(lm, mode, dtype, keep=lambda name, module: module is head)
    if type(head) is nn.Linear:
        for parent in lm.modules():
            for child_name, child in parent.named_children():
                if child is head:
                    setattr(parent, child_name, QuantizedLinear.like(head, "int8", dtype))
                    replaced += 1
    # the encoder's blocks only: not the patch embedding (a linear layer in SigLIP) or a pooling head
    outside_encoder = lambda name, module: "encoder." not in name  # noqa: E731
    return replaced + replace_linears(model.vision_model, "int8", dtype, keep=outside_encoder)


def quantize_language_model(lm: nn.Module, mode: str) -> None:
    """On a GPU, after loading: replace the decoder layers' linear weights of ``lm`` by torchao's quantised
    tensors, in place (the head stays in the model dtype)."""
    if mode == "none":
        return
    quantize_, int8_config, int4_config = _torchao()
    if mode == "int8":
        config = int8_config()
    else:
        config = int4_config(
            group_size=128,
            # annotated as torchao's non-public Int4PackingFormat, a str enum it compares with ==: equal to the string
            int4_packing_format="tile_packed_to_4d",  # pyright: ignore[reportArgumentType]
        )
    head = _output_head(lm)

    def is_decoder_linear(module: nn.Module, _fqn: str) -> bool:
        return isinstance(module, nn.Linear) and module is not head

    quantize_(lm, config, filter_fn=is_decoder_linear)
    if mode == "int4":
        dense_prompts(lm)


def dense_prompts(lm: nn.Module) -> int:
    """Let ``lm``'s tinygemm int4 layers run products of more than ``PROMPT_ROWS`` rows on their weight
    dequantised for the product. Checked once against the packed kernel on one layer: where the two disagree
    (a torchao or torch whose layout this reading does not know), every product stays packed. Returns how
    many layers were switched."""
    layers = [m for m in lm.modules() if isinstance(m, nn.Linear) and _is_tinygemm_int4(m.weight)]
    if not layers or not _dequantised_agrees(layers[0]):
        return 0
    for layer in layers:
        layer.forward = _rows_dispatching_forward(layer)  # the layer stays an nn.Linear holding torchao's weight
    return len(layers)


def _rows_dispatching_forward(layer: nn.Linear) -> Callable[..., torch.Tensor]:
    from .kernels.tinygemm_int4 import PROMPT_ROWS

    packed_forward = layer.forward

    def forward(input: torch.Tensor) -> torch.Tensor:  # nn.Linear.forward's parameter name
        if input.numel() <= PROMPT_ROWS * input.shape[-1]:
            return packed_forward(input)
        return nn.functional.linear(input, _dequantised(layer).to(input.dtype), layer.bias)

    return forward


def dequantises_prompts(layer: nn.Module) -> bool:
    """Whether :func:`dense_prompts` switched ``layer``."""
    return "forward" in vars(layer)


def _is_tinygemm_int4(weight: torch.Tensor) -> bool:
    """torchao's tile-packed int4 weight: (N/8, K/(16·t), 32, t/2) int32 words, (K/group, N, 2) scales."""
    packed, scale_and_zero = getattr(weight, "qdata", None), getattr(weight, "scale_and_zero", None)
    return (
        isinstance(packed, torch.Tensor)
        and packed.dtype == torch.int32
        and packed.dim() == 4
        and isinstance(scale_and_zero, torch.Tensor)
        and scale_and_zero.dim() == 3
    )


def _dequantised(layer: nn.Linear) -> torch.Tensor:
    """(out_features, in_features) weight of a tinygemm int4 ``layer`` (torchao pads both; cut back here)."""
    from .kernels import tinygemm_int4

    weight = layer.weight
    packed, scale_and_zero = weight.qdata, weight.scale_and_zero  # pyright: ignore[reportAttributeAccessIssue]
    group = weight.block_size[-1]  # pyright: ignore[reportAttributeAccessIssue]
    pack = tinygemm_int4.cuda_packer(packed.device)
    full = tinygemm_int4.dequantize(packed, scale_and_zero, group, torch.bfloat16, pack)
    return full[: layer.out_features, : layer.in_features]


def _dequantised_agrees(layer: nn.Linear) -> bool:
    """Whether ``layer``'s product through the packed kernel and through :func:`_dequantised` agree on random
    rows (within bf16's rounding: the kernel accumulates in its own order)."""
    x = torch.randn(16, layer.in_features, dtype=torch.bfloat16, device=layer.weight.device)
    packed = layer(x).float()
    try:
        dense = nn.functional.linear(x, _dequantised(layer)).float()
    except ValueError as err:  # torch's packer in a layout this reading does not know
        logging.getLogger(__name__).warning("int4 prompts stay on the packed kernel: %s", err)
        return False
    error = float((packed - dense).norm() / packed.norm().clamp_min(1e-12))
    if error > 0.02:
        logging.getLogger(__name__).warning(
            "int4 prompts stay on the packed kernel: its dequantised weight is off by %.3g", error
        )
        return False
    return True


def _output_head(lm: nn.Module) -> nn.Module | None:
    """``lm``'s output head, which quantisation treats apart (transformers' causal LMs and our own decoders name
    it alike)."""
    if not isinstance(lm, HasOutputHead):
        raise TypeError(f"{type(lm).__name__} does not name its output head (get_output_embeddings)")
    return lm.get_output_embeddings()
