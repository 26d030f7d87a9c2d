"""The choices the command line, the server, the window and the settings offer, in one place.

Each tuple is what a person may pick; the runtime validates against the same tuples, so a value accepted in one
place is accepted everywhere (and a stored setting outside them is refused when read).
"""

from __future__ import annotations

DEVICES = ("auto", "cuda", "mps", "cpu")  # "auto": a CUDA GPU, else Apple's MPS, else the CPU
PRECISIONS = ("auto", "bfloat16", "float16", "float32")  # the model dtype; "auto" picks per device
WEIGHT_FORMATS = ("none", "int8", "int4")  # the language model's linear weights; "none": the model dtype
WEIGHT_FORMATS_HELP = (
    "weight-only quantisation of the language model: less memory, and on a CPU faster answers (the first load "
    "converts the weights, later loads reuse them); on a GPU it needs the 'quantization' extra"
)
DECODE_MODES = ("dynamic", "static", "graph", "compiled")  # see runtime/static_decode.py
MEMORY_PRECISIONS = ("float32", "bfloat16", "int8", "int4")  # the columns of a memory estimate
THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "vi", "zh_CN")
TILE_PRESETS = ("fast", "balanced", "document")


def concrete(choices: tuple[str, ...]) -> tuple[str, ...]:
    """The choices without "auto" (what a resolved value can be)."""
    return tuple(c for c in choices if c != "auto")
