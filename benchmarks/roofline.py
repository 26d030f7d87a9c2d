"""What the hardware allows, measured in the same run: the floors our times are compared against.

- **Decode ceiling** (tokens/s) = memory bandwidth / bytes read per generated token. At batch 1 every
  step reads every language-model weight once (not the input embedding, a one-row lookup, nor
  Mono-InternVL's visual experts, which decode steps never use) plus the KV cache so far.
- **Time-to-first-token floor** = max(FLOPs / matmul throughput, weight bytes / bandwidth) for a cold
  request. FLOPs are counted by ``torch.utils.flop_counter`` on the real request (matmuls, convolutions,
  attention — causal attention counted at half of the full score matrix), so every family's own shapes
  are counted, not a formula of ours.

Bandwidth and matmul throughput are *measured* here (a large copy; a large square matmul in the model's
dtype, widened to fp32 as the runtime does on a CPU without bf16 instructions). Where the GPU is one we know, the vendor datasheet's figures are reported beside them, because
the GPU targets are stated against the datasheet (H100: 3.35 TB/s, 989 dense bf16 TFLOP/s).
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass

import torch

from desktop_vlm.runtime.device import cpu_has_native_bf16
from desktop_vlm.runtime.widening import widened_linear

# (part of torch.cuda.get_device_name(), memory bandwidth GB/s, dense bf16 tensor TFLOP/s), from the
# vendors' datasheets; first match wins, so the more specific names come first
DATASHEETS = (
    ("H200", 4800, 989),
    ("H100 NVL", 3900, 835),
    ("H100 PCIe", 2000, 756),
    ("H100", 3350, 989),
    ("A100-SXM4-80GB", 2039, 312),
    ("A100 80GB PCIe", 1935, 312),
    ("A100", 1555, 312),
    ("L40S", 864, 362),
    ("RTX 4090", 1008, 165),
    ("RTX 3090", 936, 71),
)


@dataclass
class Hardware:
    name: str
    bandwidth_gbs: float  # measured copy bandwidth (bytes read + written per second)
    matmul_tflops: float  # measured, in the model's dtype
    datasheet_bandwidth_gbs: float | None = None
    datasheet_tflops: float | None = None


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def _best_time(fn, device: torch.device, repeats: int) -> float:
    fn()
    _sync(device)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        _sync(device)
        best = min(best, time.perf_counter() - start)
    return best


def measure_hardware(device: torch.device, dtype: torch.dtype) -> Hardware:
    """Copy bandwidth over a buffer far larger than any cache, and square-matmul throughput."""
    gpu = device.type == "cuda"
    size = (2 << 30) if gpu else (512 << 20)
    src = torch.empty(size, dtype=torch.uint8, device=device)
    dst = torch.empty_like(src)
    copy = functools.partial(dst.copy_, src)
    seconds = _best_time(copy, device, 10)
    bandwidth = 2 * size / seconds / 1e9
    del copy, src, dst
    n = 8192 if gpu else 2048
    a = torch.randn(n, n, device=device).to(dtype)
    b = torch.randn(n, n, device=device).to(dtype)
    product = lambda: a @ b  # noqa: E731
    if not gpu and dtype == torch.bfloat16 and not cpu_has_native_bf16():
        product = lambda: widened_linear(a, b, None)  # noqa: E731 - what the runtime's linears run there
    with torch.inference_mode():
        seconds = _best_time(product, device, 10 if gpu else 3)
    tflops = 2 * n**3 / seconds / 1e12
    if gpu:
        name = torch.cuda.get_device_name(device)
        sheet = next(((bw, tf) for part, bw, tf in DATASHEETS if part in name), (None, None))
    else:
        import platform

        name, sheet = (
            f"CPU {platform.processor() or platform.machine()}, {torch.get_num_threads()} threads",
            (None, None),
        )
    return Hardware(name, bandwidth, tflops, *sheet)


# --------------------------------------------------------------------------- bytes per decoded token
def _embedding(decoder) -> torch.nn.Module:
    lm = decoder.language_model
    return lm.get_input_embeddings() if hasattr(lm, "get_input_embeddings") else decoder.model.tok_embeddings


# bytes per weight of torchao's quantised tensors (GPU): int8 with a bf16 scale per row of ~1k, int4 with a
# bf16 scale and zero per group of 128
_TORCHAO_BYTES_PER_WEIGHT = {"int8": 1.0 + 2 / 1024, "int4": 0.5 + 4 / 128}


def _tensor_bytes(tensor: torch.Tensor, quantization: str) -> float:
    if type(tensor) in (torch.Tensor, torch.nn.Parameter):
        return tensor.numel() * tensor.element_size()
    return tensor.numel() * _TORCHAO_BYTES_PER_WEIGHT[quantization]  # a quantised tensor subclass


def model_weight_bytes(model: torch.nn.Module, quantization: str) -> float:
    """Bytes of every weight of ``model`` as held (CPU-quantised layers by what they store)."""
    total, plain = 0.0, []
    for module in model.modules():
        if hasattr(module, "held_tensors"):  # a CPU-quantised layer
            plain += module.held_tensors
            continue
        for param in module.parameters(recurse=False):
            if type(param) in (torch.Tensor, torch.nn.Parameter):
                plain.append(param)
            else:
                total += _tensor_bytes(param, quantization)
    return total + _distinct_bytes(plain)


def decode_weight_bytes(runtime) -> float:
    """Weight bytes one batch-1 decode step reads (a CPU-quantised layer's packed weight, scales and bias)."""
    decoder = runtime.model.decoder
    skip = {id(_embedding(decoder).weight)}
    total, plain = 0.0, []
    for name, module in decoder.named_modules():
        if ".feed_forward_ve." in f"{name}.":  # the visual experts are unused while decoding
            continue
        if hasattr(module, "held_tensors"):  # a CPU-quantised layer
            plain += module.held_tensors
            continue
        for param in module.parameters(recurse=False):
            if id(param) in skip:  # the embedding is a lookup
                continue
            if type(param) in (torch.Tensor, torch.nn.Parameter):
                plain.append(param)
            else:
                total += _tensor_bytes(param, runtime.info.quantization)
    return total + _distinct_bytes(plain)


def _distinct_bytes(tensors: list[torch.Tensor]) -> int:
    """Bytes of memory the contiguous ``tensors`` cover, each byte once: a CPU Qwen2 step's fused q/k/v weight
    and the three layers that view it are one weight (``runtime/qwen2_step.py``), quantised or not. A weight
    held in oneDNN's blocked layout (``runtime/kernels/blocked.py``) has no storage to share: it counts whole."""
    blocked = [t for t in tensors if t.is_mkldnn]
    spans = sorted((t.data_ptr(), t.data_ptr() + t.numel() * t.element_size()) for t in tensors if not t.is_mkldnn)
    total, reached = sum(t.numel() * t.element_size() for t in blocked), 0
    for begin, end in spans:
        if end > reached:
            total += end - max(begin, reached)
            reached = end
    return total


def kv_bytes_per_token(runtime) -> int:
    """KV-cache bytes per position: 2 (K, V) × layers × kv heads × head dim × element size."""
    decoder = runtime.model.decoder
    element = torch.finfo(runtime.dtype).bits // 8
    if hasattr(decoder.language_model, "config"):
        c = decoder.language_model.config
        head_dim = getattr(c, "head_dim", None) or c.hidden_size // c.num_attention_heads
        return 2 * c.num_hidden_layers * c.num_key_value_heads * head_dim * element
    layers = decoder.model.layers
    return 2 * len(layers) * layers[0].attention.kv_heads * layers[0].attention.head_dim * element


# --------------------------------------------------------------------------- FLOPs of a request
def _attention_flops(q, k, causal: bool) -> int:
    """q (B, Hq, Lq, d), k (B, Hkv, Lk, d) shapes: QKᵀ and PV products; causal halves them (≈)."""
    b, heads, lq, d = q
    full = 4 * b * heads * lq * k[2] * d
    return full * (lq + 1) // (2 * lq) if causal and lq == k[2] else full


def _sdpa_formula(causal_index: int, mask_index: int | None):
    def formula(q, k, v, *args, out_shape=None, **kwargs):
        causal = bool(args[causal_index - 3]) if len(args) > causal_index - 3 else bool(kwargs.get("is_causal"))
        mask = (
            kwargs.get("attn_mask")
            if mask_index is None
            else (args[mask_index - 3] if len(args) > mask_index - 3 else None)
        )
        # a mask over a square block is the decoder's causal mask (the towers attend without one)
        return _attention_flops(q, k, causal or (mask is not None and q[2] == k[2]))

    return formula


def count_flops(fn) -> int:
    """FLOPs of everything ``fn()`` runs (matmuls, convolutions, attention)."""
    from torch.utils.flop_counter import FlopCounterMode

    aten = torch.ops.aten
    mapping = {
        aten._scaled_dot_product_flash_attention_for_cpu: _sdpa_formula(4, None),
        aten._scaled_dot_product_flash_attention: _sdpa_formula(4, None),
        aten._scaled_dot_product_efficient_attention: _sdpa_formula(6, 3),
        aten._scaled_dot_product_cudnn_attention: _sdpa_formula(6, 3),
    }
    with FlopCounterMode(display=False, custom_mapping=mapping) as counter:
        fn()
    return counter.get_total_flops()


def ttft_floor_s(flops: float, weight_bytes: float, hw: Hardware, datasheet: bool = False) -> float | None:
    """The roofline floor for a cold request: compute-bound or bandwidth-bound, whichever is slower."""
    tflops = hw.datasheet_tflops if datasheet else hw.matmul_tflops
    bandwidth = hw.datasheet_bandwidth_gbs if datasheet else hw.bandwidth_gbs
    if tflops is None or bandwidth is None:
        return None
    return max(flops / (tflops * 1e12), weight_bytes / (bandwidth * 1e9))
