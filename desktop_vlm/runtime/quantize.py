"""Weight-only quantisation of the language model with torchao (optional extra ``quantization``).

Why torchao rather than bitsandbytes: it quantises in place on the model we already built, runs int8 on
CPU as well as CUDA (so the path is tested in CI), and needs no separate CUDA build. Its int4 path uses
the tinygemm CUDA kernel, so int4 is CUDA-only. The vision tower, projector, embeddings and ``lm_head``
stay in the model dtype: they are a small share of the weights and the most sensitive to rounding.
Speed on a GPU is unmeasured here (no GPU in this environment); see docs/benchmarks.md.
"""

from __future__ import annotations

import logging

import torch
from torch import nn

from ..core.errors import InvalidRequestError

MODES = ("none", "int8", "int4")
# bytes per quantised weight, scales included (int4: group size 128 → one bf16 scale+zero per 128 weights)
BYTES_PER_WEIGHT = {"int8": 1.0 + 2 / 1024, "int4": 0.5 + 4 / 128}


def _torchao():
    try:
        previous = logging.root.manager.disable
        logging.disable(logging.WARNING)  # torchao logs a warning per missing optional CUDA extension
        try:
            from torchao.quantization import Int4WeightOnlyConfig, Int8WeightOnlyConfig, quantize_
        finally:
            logging.disable(previous)
    except ImportError:
        raise InvalidRequestError(
            "Quantisation needs the torchao package.", hint="Install it with: pip install 'desktop-vlm[quantization]'"
        ) from None
    return quantize_, Int8WeightOnlyConfig, Int4WeightOnlyConfig


def check_mode(mode: str | None, device: torch.device) -> str:
    mode = mode or "none"
    if mode not in MODES:
        raise InvalidRequestError(f"Unknown quantisation {mode!r}; use one of {', '.join(MODES)}.")
    if mode == "int4" and device.type != "cuda":
        raise InvalidRequestError("4-bit weights need a CUDA GPU; use int8 on this device.")
    return mode


def quantize_language_model(lm: nn.Module, mode: str) -> None:
    """Replace the decoder layers' linear weights of ``lm`` by quantised tensors, in place."""
    if mode == "none":
        return
    quantize_, int8_config, int4_config = _torchao()
    config = int8_config() if mode == "int8" else int4_config(group_size=128, int4_packing_format="tile_packed_to_4d")
    head = lm.get_output_embeddings()

    def is_decoder_linear(module: nn.Module, _fqn: str) -> bool:
        return isinstance(module, nn.Linear) and module is not head

    quantize_(lm, config, filter_fn=is_decoder_linear)
