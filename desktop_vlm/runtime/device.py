"""Choosing the device and precision, and estimating memory before loading."""

from __future__ import annotations

from contextlib import contextmanager, nullcontext
from dataclasses import dataclass

import torch

from ..core.errors import InsufficientMemoryError, InvalidRequestError
from ..core.hardware import cpu_is_x86
from ..core.messages import Message

DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}


@dataclass(frozen=True)
class Placement:
    device: torch.device
    dtype: torch.dtype

    @property
    def dtype_name(self) -> str:
        return str(self.dtype).removeprefix("torch.")


def pick_device(requested: str | None) -> torch.device:
    """``auto``/None: CUDA if present, else Apple MPS, else CPU. An explicit choice must be available."""
    if requested in (None, "", "auto"):
        if torch.cuda.is_available():
            return torch.device("cuda")
        if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    if requested == "cuda" and not torch.cuda.is_available():
        raise InvalidRequestError(
            Message("CUDA was requested but no CUDA GPU is available to torch."), hint=Message("Use --device cpu.")
        )
    if requested == "mps" and not (getattr(torch.backends, "mps", None) and torch.backends.mps.is_available()):
        raise InvalidRequestError(
            Message("Apple MPS was requested but is not available."), hint=Message("Use --device cpu.")
        )
    if requested not in ("cuda", "mps", "cpu"):
        raise InvalidRequestError(Message("Unknown device {device!r}; use cpu, cuda or mps.", device=requested))
    return torch.device(requested)


def cpu_has_native_bf16() -> bool:
    """Whether this CPU multiplies bfloat16 in hardware (x86 AVX512-BF16 or AMX) and oneDNN will use it.

    Measured on an AVX512-BF16 CPU (docs/benchmarks.md, "CPU precision"): bf16 matrix products ran 2.1–2.6×
    faster than fp32 and streamed half the bytes per decoded token; with oneDNN capped below the bf16
    instructions (``ONEDNN_MAX_CPU_ISA=AVX2`` or ``AVX512_CORE``, i.e. a CPU without them) products of
    many rows ran 2.2–3.8× *slower* than fp32, so there the loader widens them (:mod:`.widening`).
    ARM CPUs are treated as lacking it (not measured here).
    """
    try:
        hardware = torch.cpu._is_avx512_bf16_supported() or torch.cpu._is_amx_tile_supported()
        return bool(hardware and torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # private probes: a torch without them gets the safe choice
        return False


@contextmanager
def onednn(enabled: bool):
    """Switch oneDNN (torch's mkldnn backend) on or off for the products inside, then restore it."""
    previous = torch.backends.mkldnn.enabled
    torch.backends.mkldnn.enabled = enabled
    try:
        yield
    finally:
        torch.backends.mkldnn.enabled = previous


def single_token_kernels(device: torch.device, dtype: torch.dtype):
    """Around batch-1 decode steps: on CPU in bfloat16, route matrix × vector products past oneDNN by default.

    On one AVX512-BF16 CPU oneDNN's bf16 kernel for one row streamed the weight at about half the memory
    bandwidth that ATen's own bf16 matrix-vector kernel reached (benchmarks/cpu_precision.py: 5.9 vs 2.7 ms
    for a 2048 × 22016 weight); on an AMX one it was the faster. So the language model's linears run the
    kernel measured fastest on this CPU (:mod:`.kernels.probe`) and switch oneDNN themselves; this default
    holds for the step's other one-row products. Products of several rows keep oneDNN — prefill, beams, and
    the attention of a step (:mod:`.attention` switches it back on there): ATen's fallback for those is many
    times slower. Elsewhere this does nothing.
    """
    if device.type != "cpu" or dtype != torch.bfloat16:
        return nullcontext()
    return onednn(False)


def pick_dtype(requested: str | None, device: torch.device, *, fp16_ok: bool = True) -> torch.dtype:
    """``auto``: bf16 on GPUs that support it (fp16 otherwise); bf16 on x86 CPUs, fp32 on other CPUs.
    An explicit choice is honoured where the device can run it.

    On x86, bf16 beat fp32 with and without the CPU's bf16 instructions (docs/benchmarks.md, "CPU
    precision"): natively, and without them (simulated AVX2) through :mod:`.widening` — half the
    memory, a memory-mapped load, 2.0–3.5× the decode speed and a first token as fast or faster. ARM is
    unmeasured."""
    if requested in (None, "", "auto"):
        if device.type == "cuda":
            if torch.cuda.is_bf16_supported():
                return torch.bfloat16
            return torch.float16 if fp16_ok else torch.float32
        if device.type == "mps":
            return torch.float16 if fp16_ok else torch.float32
        return torch.bfloat16 if cpu_is_x86() else torch.float32
    try:
        dtype = DTYPES[requested]
    except KeyError:
        raise InvalidRequestError(
            Message("Unknown precision {precision!r}; use {choices}.", precision=requested, choices=", ".join(DTYPES))
        ) from None
    if dtype == torch.float16 and device.type == "cpu":
        raise InvalidRequestError(Message("float16 is not supported on CPU; use float32 or bfloat16."))
    return dtype


def available_memory(device: torch.device) -> int | None:
    """Free bytes on ``device`` (host RAM for CPU/MPS), or None when unknown."""
    if device.type == "cuda":
        free, _total = torch.cuda.mem_get_info(device)
        return int(free)
    try:
        import psutil

        return int(psutil.virtual_memory().available)
    except ImportError:  # pragma: no cover - psutil is a dependency, but never fail a load over it
        return None


def check_fits(weight_bytes: int, device: torch.device, *, smaller: dict[str, int] | None = None) -> None:
    """Refuse to load when the weights plus working memory clearly cannot fit. ``smaller``: the weights'
    bytes in quantised formats ({"int8": …, "int4": …}, in the order to suggest them); the refusal names the
    first that would fit."""
    free = available_memory(device)
    if free is None or memory_need(weight_bytes) <= free:
        return
    gib = 1 << 30
    hint, fits_with = Message("Close other programs, pick a smaller precision, or use another device."), None
    fitting = [(mode, memory_need(nbytes)) for mode, nbytes in (smaller or {}).items() if memory_need(nbytes) <= free]
    if fitting:
        fits_with, need = fitting[0]
        bits = {"int8": Message("8-bit"), "int4": Message("4-bit")}[fits_with]
        hint = Message(
            "With {bits} weights it needs about {need_gib:.1f} GiB and fits: --quantize {mode}, or "
            "Weights: {bits} in the window's model manager.",
            bits=bits,
            need_gib=need / gib,
            mode=fits_with,
        )
    raise InsufficientMemoryError(
        Message(
            "The model needs about {need_gib:.1f} GiB on {device} but only {free_gib:.1f} GiB is free.",
            need_gib=memory_need(weight_bytes) / gib,
            device=device.type.upper(),
            free_gib=free / gib,
        ),
        hint=hint,
        fits_with=fits_with,
    )


def memory_need(weight_bytes: int) -> int:
    """Bytes a load of ``weight_bytes`` of weights needs: the weights plus 15 % and half a GiB of working
    memory."""
    return int(weight_bytes * 1.15) + (512 << 20)
