"""``load_runtime``: a checkpoint folder → a ready :class:`~desktop_vlm.runtime.engine.VlmRuntime`.

Steps: validate the folder (config JSON + safetensors only) → pick device and dtype → check memory
→ build the modules on the meta device (no allocation, no random init) → stream tensors from the
memory-mapped shards straight into the target device and dtype → tokenizer from data files → template.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import cast

import torch
from torch import nn

from ..config.options import DECODE_MODES
from ..core.errors import InvalidRequestError
from ..core.messages import Message
from .api import (
    LOAD_BUILDING,
    LOAD_BUILDING_KERNEL,
    LOAD_CHOOSING_KERNELS,
    LOAD_COMPILING,
    LOAD_KEEPING_QUANTISED,
    LOAD_MEASURING_KERNELS,
    LOAD_PLACING,
    LOAD_QUANTISING,
    LOAD_READING,
    LOAD_READING_KEPT,
    LOAD_READING_QUANTISING,
    LOAD_RECORDING,
    LOAD_TOKENIZER,
    ModelInfo,
)
from .checkpoint import Checkpoint, TensorSource, open_checkpoint
from .config_checks import check_checkpoint
from .config_defaults import complete_config
from .device import Placement, check_fits, cpu_has_native_bf16, pick_device, pick_dtype
from .engine import VlmRuntime
from .footprint import weights_bytes
from .host_memory import reuse_freed_blocks
from .identity import choose_template
from .kernels.blocked import can_block, keep_plain, mark_shared_weights, to_settle
from .kernels.blocked import settle as settle_blocked_weights
from .kernels.probe import CACHE_FILE as KERNELS_FILE
from .kernels.probe import choose_decode_kernels, default_cache_dir, layers_to_measure
from .kernels.probe import describe as describe_kernels
from .kernels.quantized import offer_built_kernels, prompts_in_bf16
from .kernels.stored import FOLDER as QUANTIZED_FOLDER
from .kernels.stored import cache_key
from .kernels.stored import file_name as quantized_file_name
from .kernels.stored import restore as restore_quantized
from .kernels.stored import store as store_quantized
from .later_placement import PendingPlacement
from .model_code import import_model_code
from .protocols import WrittenOutCpuStep
from .quantize import check_mode, prepare_cpu_quantization, quantize_language_model, quantizes_natively
from .qwen2_step import qkv_read_groups
from .registry import family as family_spec
from .tokenization import load_tokenizer
from .weights import (
    copy_into_process_memory,
    file_rows,
    load_weights,
    mapped_parameters,
    materialize_buffers,
    matrices_to_map,
)
from .widening import widen_bf16_products

# On CPU a 3B model takes seconds per tile of prefill; default to a small budget (the person can raise it).
CPU_MAX_TILES = 4

# transformers imports its torchao integration whenever torchao is installed (our optional extra), and
# torchao logs a warning per optional CUDA kernel it cannot load; none of that is for the person.
logging.getLogger("torchao").setLevel(logging.ERROR)
logging.getLogger("torch.utils._pytree").setLevel(logging.ERROR)


def _stored_dtype(checkpoint: Checkpoint) -> torch.dtype | None:
    """The dtype most of the checkpoint's tensors are stored in (bf16 for the published models); None when that
    is not a floating-point one."""
    counts: dict[str, int] = {}
    with TensorSource(checkpoint) as source:
        for _name, shape, dt in source.shapes():
            n = 1
            for d in shape:
                n *= d
            counts[dt] = counts.get(dt, 0) + n
    name = max(counts, key=counts.__getitem__) if counts else "BF16"
    return {"BF16": torch.bfloat16, "F16": torch.float16, "F32": torch.float32}.get(name)


def weight_bytes(checkpoint: Checkpoint, dtype: torch.dtype, quantize: str = "none") -> tuple[int, int]:
    """(parameter count, bytes on the device) from the safetensors headers alone (:mod:`.footprint`:
    with quantisation, the language model's linear weights count at the quantised width)."""
    with TensorSource(checkpoint) as source:
        shapes = [(name, shape) for name, shape, _dt in source.shapes()]
    count = sum(math.prod(shape) for _name, shape in shapes)
    held_in = str(dtype).removeprefix("torch.")
    precision = quantize if quantize != "none" else ("float32" if dtype == torch.float32 else "bfloat16")
    return count, weights_bytes(shapes, precision, held_in)


def mapped_on(placement: Placement, stored: torch.dtype | None) -> Callable[[str], bool]:
    """Which tensors stay memory-mapped rather than read into process memory: on CPU, with no dtype change,
    the token embeddings only (a step reads one of their rows). Weights a decode step reads whole streamed at
    two thirds of the speed from the map as from process memory — a full-size bf16 InternVL2_5-4B step took
    474 against 315 ms, 585 against 314 under an AVX2 cap — on a machine whose page cache had served many
    files (``docs/benchmarks.md``, "Weights in process memory")."""
    if placement.device.type != "cpu" or stored != placement.dtype:
        return lambda name: False
    return lambda name: "embed" in name


def may_block_from_the_file(placement: Placement, stored: torch.dtype | None, quantize: str) -> bool:
    """Whether the language model's matrices are mapped from the file rather than read into process memory,
    because the decode-kernel choice may hold them in oneDNN's blocked layout (bf16 on a CPU whose oneDNN
    blocks bf16; not for quantised weights). A weight blocked straight from the file is copied into process
    memory once, not twice: on two cores, 36 MLP weights (1.62 GB) took 0.63–0.71 s to block from the file,
    against 1.07–1.58 s to read into process memory and then 0.60–0.64 s to block. What stays plain is
    copied into process memory afterwards."""
    bf16 = placement.dtype == torch.bfloat16 and stored == torch.bfloat16
    return placement.device.type == "cpu" and bf16 and quantize == "none" and can_block()


def _placing(
    report: Callable[[str], None], model: nn.Module, decoder: nn.Module, mapped: set[int]
) -> Callable[[int], None]:
    """For blocking ``decoder``'s weights and copying the rest of ``model``'s still mapped from the file:
    ``on_placed(bytes)``, which reports ``LOAD_PLACING N%`` of the bytes to place (each weight is either
    blocked or copied, once). Nothing is reported where nothing is mapped (an AVX2-only CPU reads every
    weight into memory as it loads)."""
    settling = to_settle(decoder)
    blocked = {id(layer.weight) for layer in settling}
    total = sum(layer.weight.nbytes for layer in settling)
    total += sum(p.nbytes for p in mapped_parameters(model, mapped) if id(p) not in blocked)
    if not total:
        return lambda nbytes: None
    on_tensor = _percent(report, LOAD_PLACING)
    on_tensor(0, total)
    done = 0

    def on_placed(nbytes: int) -> None:
        nonlocal done
        done += nbytes
        on_tensor(done, total)

    return on_placed


def _percent(report: Callable[[str], None], step: str) -> Callable[[int, int], None]:
    """``on_done(done, total)`` for a counted phase (reading, restoring or placing the weights): ``step N%``
    through ``report`` each time the share done grows by a whole percent. A load no longer wanted ends at one
    of these reports (the model thread's report raises), so it stops between two tensors, not at the end of
    the phase."""
    shown = -1

    def on_tensor(done: int, total: int) -> None:
        nonlocal shown
        percent = 100 * done // max(total, 1)
        if percent > shown:
            shown = percent
            report(f"{step} {percent}%")

    return on_tensor


def load_runtime(
    path: str | Path,
    *,
    device: str | None = None,
    dtype: str | None = None,
    attn_implementation: str = "sdpa",
    quantize: str | None = None,
    decode: str = "dynamic",
    on_progress: Callable[[str], None] | None = None,
    cache_dir: str | Path | None = None,
    place_later: bool = False,
) -> VlmRuntime:
    """Load the checkpoint in ``path``. Raises typed errors with user messages on every failure.

    ``cache_dir`` holds what a load measures or computes once for later loads — the decode kernels chosen
    for this CPU and quantised weights (default: the user cache folder, ``config.paths.AppPaths``). The int4
    kernel built on this machine always goes to the user cache folder: it belongs to the machine and torch,
    not to one load.
    ``place_later``: return before placing the weights still mapped from the file, leaving them to
    :meth:`VlmRuntime.place_weights` and to the first use of the model (:mod:`.later_placement`); with the
    dynamic decode on a CPU, where there are such weights."""
    report = on_progress or (lambda message: None)
    checkpoint = open_checkpoint(path)
    checkpoint = replace(checkpoint, config=complete_config(checkpoint.config, checkpoint.format.family))
    check_checkpoint(checkpoint)  # a config that is absurd or not these weights' is refused before building
    family = family_spec(checkpoint.format.family)
    target = pick_device(device)
    if dtype == "float16" and not family.fp16_ok:
        raise InvalidRequestError(
            Message("{name} produces NaNs in float16; use bfloat16 (GPU) or float32.", name=checkpoint.name),
        )
    placement = Placement(target, pick_dtype(dtype, target, fp16_ok=family.fp16_ok))
    quantize = check_mode(quantize, placement.device)
    params, nbytes = weight_bytes(checkpoint, placement.dtype, quantize)
    smaller = {}  # on a CPU, a refusal for lack of memory names the quantised weights that would fit
    if placement.device.type == "cpu" and quantize == "none":
        smaller = {mode: weight_bytes(checkpoint, placement.dtype, mode)[1] for mode in ("int8", "int4")}
    check_fits(nbytes, placement.device, smaller=smaller)

    if decode not in DECODE_MODES:
        raise InvalidRequestError(
            Message("Unknown decode mode {mode!r}; use one of {modes}.", mode=decode, modes=", ".join(DECODE_MODES))
        )
    if decode == "graph" and placement.device.type != "cuda":
        raise InvalidRequestError(
            Message(
                "The graph decode replays CUDA graphs, so it needs an NVIDIA GPU (this load is on {device}).",
                device=placement.device.type,
            ),
            hint=Message("Use decode 'dynamic' or 'static' here."),
        )

    report(LOAD_BUILDING)
    import_model_code()  # at a process's first load; then the window's model thread has done it ahead
    with torch.device("meta"):
        model = family.load("model")(checkpoint.config, attn_implementation)
    if decode != "dynamic" and not model.decoder.supports_static_decode:  # refused before any weight is read
        raise InvalidRequestError(
            Message("The {family} family decodes on its own cache only (decode='dynamic').", family=family.name)
        )
    native_quantization = quantizes_natively(quantize, placement.device)
    restored = False
    if native_quantization:  # each weight quantised as it streams in: the bf16 language model never exists
        prepare_cpu_quantization(model, quantize, placement.dtype)
        key = cache_key(checkpoint.path, list(checkpoint.weight_map.values()), quantize, placement.dtype)
        stored_in = Path(cache_dir or default_cache_dir()) / QUANTIZED_FOLDER
        stored_at = stored_in / quantized_file_name(checkpoint.path, quantize, placement.dtype)
        # quantised at an earlier load
        restored = restore_quantized(model, stored_at, key, on_read=_percent(report, LOAD_READING_KEPT))
    reading = LOAD_READING_QUANTISING if native_quantization and not restored else LOAD_READING
    report(reading)
    if placement.device.type == "cpu":
        reuse_freed_blocks()  # before any weight or activation is allocated
    stored = _stored_dtype(checkpoint)
    mapped = mapped_on(placement, stored)
    # q/k/v read back to back on a CPU, so the written-out step's fused q/k/v weight needs no copy
    together = qkv_read_groups(checkpoint.tensors) if placement.device.type == "cpu" else []
    grouped = {name for group in together for name in group}
    alone = set()
    if decode == "dynamic" and may_block_from_the_file(placement, stored, quantize):
        shapes = {name: info.shape for name, info in checkpoint.tensors.items()}
        alone = matrices_to_map(shapes, model.map_tensor, skip=lambda name: mapped(name) or name in grouped)
    with TensorSource(checkpoint, mapped=mapped, mapped_alone=alone.__contains__) as source:
        load_weights(
            model,
            source,
            model.map_tensor,
            device=placement.device,
            dtype=placement.dtype,
            ignore=lambda name: name.startswith(family.unused_tensor_prefixes),
            rows_of=file_rows(checkpoint.path, checkpoint.weight_map) if native_quantization else None,
            decode_reads=lambda target: target.startswith("decoder."),  # the language model
            read_together=together,
            on_tensor=_percent(report, reading),
        )
    mapped_weights = source.mapped_alone_storages
    if native_quantization and not restored:
        report(LOAD_KEEPING_QUANTISED)
        store_quantized(model, stored_at, key)
    materialize_buffers(model, placement.device)
    model.eval()
    written_out = model.decoder
    if placement.device.type == "cpu" and isinstance(written_out, WrittenOutCpuStep):
        # before the products are widened and their kernels chosen
        written_out.prepare_cpu_step(columns=decode == "dynamic")
    if decode != "dynamic":
        model.decoder.set_decode_mode(decode)
    if quantize != "none" and not native_quantization:
        report(LOAD_QUANTISING)
        quantize_language_model(model.decoder.language_model, quantize)
    if placement.device.type == "cpu" and placement.dtype == torch.bfloat16:
        native = cpu_has_native_bf16()
        widen_bf16_products(model, native=native)
        if native:
            prompts_in_bf16(model)
    decode_kernels = {}
    left_to_place = None
    if placement.device.type == "cpu":
        report(LOAD_CHOOSING_KERNELS)  # measured once per CPU, then read from the cache
        if decode == "dynamic":
            mark_shared_weights(model)
        else:
            keep_plain(model)
        kernels_file = Path(cache_dir or default_cache_dir()) / KERNELS_FILE
        offer_built_kernels(model.decoder, default_cache_dir(), on_build=lambda: report(LOAD_BUILDING_KERNEL))
        # The weights the probe reads are timed where a decode step will read them, in process memory; the
        # rest of a shape chosen blocked is then blocked straight from the file, not copied first.
        measured = {
            parameter.untyped_storage().data_ptr()
            for layer in layers_to_measure(model.decoder, kernels_file)
            for parameter in cast(nn.Module, layer).parameters()
        }
        copy_into_process_memory(model, measured & mapped_weights)
        mapped_weights -= measured
        decode_kernels = choose_decode_kernels(  # each shape a report, so a stop waits for one at most
            model.decoder,
            kernels_file,
            on_shape=lambda done, total: report(f"{LOAD_MEASURING_KERNELS} {done + 1} of {total}"),
        )
        if place_later and decode == "dynamic":
            left_to_place = PendingPlacement(model, model.decoder, mapped_weights)
        else:  # most of a later load's time: counted, so that a load no longer wanted stops inside it
            placed = _placing(report, model, model.decoder, mapped_weights)
            settle_blocked_weights(model.decoder, on_blocked=placed)  # straight from the file for those mapped alone
            copy_into_process_memory(model, mapped_weights, on_copied=placed)  # those that stay plain
    if decode == "compiled":
        report(LOAD_COMPILING)
        model.decoder.warm_up()
    elif decode == "graph":
        report(LOAD_RECORDING)
        model.decoder.warm_up()

    report(LOAD_TOKENIZER)
    tokenizer = load_tokenizer(checkpoint.path, checkpoint.format.llm_architecture)
    template = choose_template(checkpoint.path, checkpoint.config, checkpoint.format.template).template
    info = ModelInfo(
        name=checkpoint.name,
        family=family.name,
        template=template.name,
        device=placement.device.type,
        dtype=placement.dtype_name,
        tile_size=model.tile_norm.tile_size,
        tokens_per_tile=model.tokens_per_tile(None),
        context_length=model.decoder.context_length,
        image_token_choices=family.image_token_choices,
        default_max_tiles=family.default_max_tiles if placement.device.type != "cpu" else CPU_MAX_TILES,
        parameters=params,
        quantization=quantize,
    )
    runtime = VlmRuntime(model, tokenizer, template, info, placement.device, placement.dtype)
    runtime.decode_kernel = describe_kernels(decode_kernels)
    if left_to_place is not None and not left_to_place.done:
        runtime.pending_placement = left_to_place
    return runtime
