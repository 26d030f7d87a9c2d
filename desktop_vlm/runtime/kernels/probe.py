"""Choosing each layer shape's decode kernel by timing the candidates on this CPU, once, and remembering it.

Which kernel streams a weight fastest for one row depends on the CPU (its instruction sets, caches and
memory), the torch build and the thread count — on this project's AVX2 development CPU ATen's bf16 matrix ×
vector beat oneDNN's; on an AVX512-BF16 one the order differed — so no fixed rule holds. The loader calls
:func:`choose_decode_kernels` once the weights are in: per distinct (kernel family, out_features,
in_features, candidates) it runs every candidate over all the model's layers of that shape on a random row, one pass per
candidate, interleaved, for a few rounds (a second or two per model at full size), keeps the fastest, and
stores the choice in a JSON file in the user cache folder, under a key naming the CPU model, the instruction
sets torch's kernel libraries may use, the torch version and the thread count. Later loads on the same machine
read it and measure nothing — unless other work kept the CPUs busy while they were measured (the load
average above the core count, or other processes taking :data:`BUSY_CORES` while the probe ran, which
:mod:`..cpu_load` tells): such choices are used until a quiet load measures them again. With another
process copying memory on one of two cores, a probe's timings of 36 2,048 × 2,048 bf16 weights grew two- to
ninefold, and in one of five such runs the kernel slowest on the quiet machine came first
(``benchmarks/probe_under_load.py``).

A pass reads every weight of the shape once, as a decode step does, so the weights come from memory: timing
one layer again and again measures the CPU's cache instead (a 45 MB weight stays in a 480 MB L3), where
ATen's and oneDNN's bf16 kernels tied, while a decode step streaming from memory ran 40 % longer with ATen's.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import torch
from torch import nn

from ..cpu_load import OtherProcesses
from ..protocols import DecodeKernelLayer

log = logging.getLogger(__name__)

CACHE_FILE = "decode-kernels.json"
ROUNDS = 5  # interleaved rounds per shape; the median of each candidate's rounds decides
BUDGET_S = 0.4  # stop adding rounds to one shape's measurement past this (the largest shape, a 151k-row head)
MIN_ROUNDS = 3  # the median of three leaves out one disturbed pass
# A pass reads at most this many bytes of a shape's weights: far past a 480 MB L3, so they still come from
# memory, and it bounds what a candidate that holds its own copy of each weight adds while it is measured.
PASS_BYTES = 1 << 30
HOPELESS = 4.0  # a candidate whose screening call took this many times the fastest one's is dropped
BUSY = "measured on a busy machine"  # marks a machine's choices to be measured again once it is quiet
# Other processes using this many cores, on average, while choices were measured make them BUSY (the share
# at which benchmarks/llamacpp_bench.py leaves a run out).
BUSY_CORES = 0.35
METHOD = 5  # how choices are measured, and among which kernels; choices measured otherwise are measured again
# What a candidate raises where this torch build or CPU lacks its op (a private ATen / oneDNN op missing from one
# build, or implemented for other CPUs only): the candidate is left out instead of failing the load.
UNUSABLE = (RuntimeError, NotImplementedError, AttributeError)


def machine_key() -> str:
    """What a measured choice holds for: CPU model, instruction sets, torch version, threads (and how it was
    measured)."""
    return (
        f"{cpu_model()} | {instruction_sets()} | torch {torch.__version__} | {torch.get_num_threads()} threads "
        f"| method {METHOD}"
    )


def instruction_sets() -> str:
    """ATen's dispatch level and any cap put on oneDNN or MKL: the same CPU run with an AVX2 cap (as an
    AVX2-only laptop is emulated) has other kernels to choose from, so it must not reuse the uncapped choices."""
    caps = [torch.backends.cpu.get_cpu_capability()]
    caps += [
        f"{name}={os.environ[name]}" for name in ("ONEDNN_MAX_CPU_ISA", "MKL_ENABLE_INSTRUCTIONS") if name in os.environ
    ]
    return ", ".join(caps)


def cpu_model() -> str:
    """The CPU's model name (Linux: /proc/cpuinfo; elsewhere what ``platform`` says)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.lower().startswith(("model name", "hardware", "cpu model")):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def default_cache_path() -> Path:
    """The choices file in the user cache folder."""
    return default_cache_dir() / CACHE_FILE


def default_cache_dir() -> Path:
    """The user cache folder (``config.paths.AppPaths``)."""
    from ...config.paths import AppPaths

    return AppPaths().cache_dir


def _shape_key(layer: DecodeKernelLayer) -> str:
    """Layers share a choice when their weights are held alike, have one shape and the same candidates (a
    weight whose memory another parameter shares cannot be re-laid out, so it has fewer)."""
    return f"{layer.kernel_family} {layer.out_features}x{layer.in_features} ({', '.join(layer.decode_kernels)})"


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}  # missing or damaged: measure again


def _write(path: Path, data: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(temporary, path)  # whole or not at all, even with two loads at once
    except OSError:
        pass  # a read-only cache folder: measure again next time


def measure(layers: Sequence[DecodeKernelLayer], rounds: int = ROUNDS, budget_s: float = BUDGET_S) -> dict[str, float]:
    """Median seconds of a pass of each candidate decode kernel over ``layers`` (all of one shape and
    family; :func:`one_pass` of them) on one random row (the engine's step form: (1, 1, in_features) in the layers' activation dtype),
    candidates interleaved round by round, at least :data:`MIN_ROUNDS` rounds.

    Each candidate's second call on one layer screens them (the first pays for packing, scratch and page
    faults): one more than :data:`HOPELESS` times slower than the fastest is not measured further (a widened
    product of one row runs the whole float32 prefill path, ~10× a matrix × vector) and reports that time,
    scaled to a pass. An untimed pass of the fastest then faults every weight in, so that no candidate pays
    for reading a memory-mapped file the first time. A candidate whose first call raises :data:`UNUSABLE` is
    left out (logged); when every one does, the first error is raised."""
    layers = one_pass(layers)
    x = torch.randn(1, 1, layers[0].in_features).to(layers[0].activation_dtype)
    screened: dict[str, float] = {}
    failures: list[BaseException] = []
    with torch.inference_mode():
        for name in layers[0].decode_kernels:
            try:
                layers[0].run_decode_kernel(name, x)
            except UNUSABLE as err:
                log.warning("decode kernel %s does not run here, left out: %s: %s", name, type(err).__name__, err)
                failures.append(err)
                continue
            begin = time.perf_counter()
            layers[0].run_decode_kernel(name, x)
            screened[name] = time.perf_counter() - begin
        if not screened:
            raise failures[0]
        fastest = min(screened.values())
        names = [name for name in screened if screened[name] <= HOPELESS * fastest]
        for layer in layers:
            layer.run_decode_kernel(min(names, key=screened.__getitem__), x)
        times: dict[str, list[float]] = {name: [] for name in names}
        started = time.perf_counter()
        for done in range(1, max(rounds, MIN_ROUNDS) + 1):
            for name in names:
                begin = time.perf_counter()
                for layer in layers:
                    layer.run_decode_kernel(name, x)
                times[name].append(time.perf_counter() - begin)
            if done >= MIN_ROUNDS and time.perf_counter() - started > budget_s:
                break
    medians = {name: sorted(seconds)[len(seconds) // 2] for name, seconds in times.items()}
    return {name: medians.get(name, screened[name] * len(layers)) for name in screened}


def one_pass(layers: Sequence[DecodeKernelLayer]) -> Sequence[DecodeKernelLayer]:
    """The first of ``layers`` whose weights add up to :data:`PASS_BYTES` (all of them when they are fewer)."""
    total = 0
    for count, layer in enumerate(layers, 1):
        total += layer.stored_bytes
        if total >= PASS_BYTES:
            return layers[:count]
    return layers


def decode_layers(model: nn.Module) -> list[DecodeKernelLayer]:
    """The layers of ``model`` that have a choice of decode kernels."""
    return [m for m in model.modules() if isinstance(m, DecodeKernelLayer)]


def choose_decode_kernels(
    model: nn.Module,
    cache_path: Path | None = None,
    on_shape: Callable[[int, int], None] = lambda done, total: None,
) -> dict[str, str]:
    """Set every decode-capable layer's ``decode_kernel`` to the fastest for its shape on this machine —
    from the cache when measured before, else measured now and cached. Returns shape → kernel.
    ``on_shape(done, total)`` hears, before each shape is measured, how many of the shapes to measure are
    done (an exception it raises ends the choosing there, caching what was measured)."""
    shapes = _by_shape(model)
    if not shapes:
        return {}
    path = cache_path or default_cache_path()
    stored = _read(path)
    busy = machine_is_busy()
    machine = _machine_choices(stored, busy)
    if machine is None:
        machine = stored[machine_key()] = {}
    chosen: dict[str, str] = {}
    to_measure = [key for key, alike in shapes.items() if _cached_choice(machine, alike[0]) is None]
    others = OtherProcesses()
    try:
        for key, alike in shapes.items():
            choice = _cached_choice(machine, alike[0])
            if choice is None:
                on_shape(to_measure.index(key), len(to_measure))
                timings = measure(alike)
                choice = min(timings, key=timings.__getitem__)
                machine[key] = choice
            chosen[key] = choice
            for layer in alike:
                layer.decode_kernel = choice
    finally:
        if to_measure and any(key in machine for key in to_measure):
            if busy or others_were_busy(others):
                machine[BUSY] = True  # used until a load on a quiet machine measures again
            _write(path, stored)
    return chosen


def layers_to_measure(model: nn.Module, cache_path: Path | None = None) -> list[DecodeKernelLayer]:
    """The layers whose weights :func:`choose_decode_kernels` would read to measure ``model``'s kernels now:
    :func:`one_pass` of each shape whose choice is not cached (none when every choice is)."""
    machine = _machine_choices(_read(cache_path or default_cache_path()), machine_is_busy())
    return [
        layer
        for alike in _by_shape(model).values()
        if machine is None or _cached_choice(machine, alike[0]) is None
        for layer in one_pass(alike)
    ]


def _by_shape(model: nn.Module) -> dict[str, list[DecodeKernelLayer]]:
    """``model``'s decode-capable layers grouped by the choice they share, in module order."""
    shapes: dict[str, list[DecodeKernelLayer]] = {}
    for layer in decode_layers(model):
        shapes.setdefault(_shape_key(layer), []).append(layer)
    return shapes


def _machine_choices(stored: dict, busy: bool) -> dict | None:
    """This machine's stored choices; None when they are to be measured again: never measured here, or
    measured only beside other work while the machine is quiet now."""
    machine = stored.get(machine_key())
    if not isinstance(machine, dict) or (machine.get(BUSY) and not busy):
        return None
    return machine


def _cached_choice(machine: dict, layer: DecodeKernelLayer) -> str | None:
    """The stored choice for ``layer``'s shape, if it is one of the layer's candidates."""
    choice = machine.get(_shape_key(layer))
    return choice if isinstance(choice, str) and choice in layer.decode_kernels else None


def machine_is_busy() -> bool:
    """Whether other processes kept the CPUs busy (1-minute load average above the core count), so that
    timings taken now may not hold later. False where the load average is unknown (Windows)."""
    try:
        return os.getloadavg()[0] > (os.cpu_count() or 1)
    except (AttributeError, OSError):
        return False


def others_were_busy(others: OtherProcesses) -> bool:
    """Whether other processes took :data:`BUSY_CORES` or more while the choices were measured (a burst the
    load average, a minute's mean, hides)."""
    return others.cores() >= BUSY_CORES


def describe(chosen: dict[str, str]) -> str:
    """A short label of the kernels in use, for the stats line: each kernel once, the most used first."""
    counts: dict[str, int] = {}
    for kernel in chosen.values():
        counts[kernel] = counts.get(kernel, 0) + 1
    return " + ".join(sorted(counts, key=lambda k: -counts[k]))
