"""Runtime benchmark: our runtime against a baseline that behaves like the models' own ``chat()``, and both
against what the hardware allows — one run, the same weights.

For each image size (1, 6 and 13 tiles by default) it measures: vision encode per tile, prefill, time to
first token (TTFT), decode tokens/s, the second turn's TTFT (a follow-up question about the same image),
and for the cold TTFT and the decode speed the roofline floor/ceiling of ``benchmarks/roofline.py``.
Loading: time, peak host RSS, peak device memory. Baseline = ``desktop_vlm/runtime/baseline.py``. A fixed number
of new tokens is forced on both sides (random weights: speed depends on shapes, not values).

Usage (from the repository root):
    python benchmarks/runtime_bench.py --model internvl2_5-4b --size tiny                 # CPU smoke run
    python benchmarks/runtime_bench.py --model internvl2_5-4b --size reduced --device cpu # real widths
    python benchmarks/runtime_bench.py --model internvl2_5-4b --size full --device cuda --new-tokens 256 --repeats 5
    python benchmarks/runtime_bench.py --checkpoint DIR                                   # a real checkpoint
Models: internvl2_5-4b, vintern-3b, mini-internvl-4b, ristretto-3b, mono-internvl-2b (benchmarks/synthetic.py).
``--workdir DIR`` keeps the synthetic checkpoint there and reuses it (a full-size one takes minutes to write).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

# image sizes whose tile plan (max 12 tiles + thumbnail) gives 1, 6 and 13 tiles at 448 and at 384 px
TILE_IMAGES = {1: (448, 448), 6: (2240, 448), 13: (800, 600)}
QUESTION, FOLLOW_UP = "Describe the image in detail.", "And what colour dominates?"


def _peak_rss_gib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**30 if sys.platform == "darwin" else peak * 1024 / 2**30  # bytes on macOS, KiB on Linux


def _picture(size, seed=0):
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8), "RGB")


def _load(checkpoint: Path, device: str, dtype: str, decode: str, quantize: str) -> tuple:
    import psutil
    import torch

    from desktop_vlm.runtime import load_runtime

    before = psutil.Process().memory_info().rss / 2**30  # torch and the libraries, before any weight
    t0 = time.perf_counter()
    runtime = load_runtime(checkpoint, device=device, dtype=dtype, decode=decode, quantize=quantize)
    load = {
        "load_s": time.perf_counter() - t0,
        "rss_gib_before_loading": before,
        "peak_rss_gib_while_loading": _peak_rss_gib(),
    }
    if runtime.device.type == "cuda":
        load["peak_device_gib_while_loading"] = torch.cuda.max_memory_allocated() / 2**30
        torch.cuda.reset_peak_memory_stats()
    return runtime, load


def _requests(n_tiles: int, new_tokens: int, first_answer: str | None = None):
    from desktop_vlm.core.types import GenerationParams, TileParams, Turn
    from desktop_vlm.runtime.api import ChatRequest, VisualInput

    image = _picture(TILE_IMAGES[n_tiles], n_tiles)
    gen, tiles = GenerationParams(max_new_tokens=new_tokens), TileParams(max_tiles=12)
    first = ChatRequest(QUESTION, [VisualInput(image)], params=gen, tiles=tiles)
    history = [Turn(f"<image>\n{QUESTION}", first_answer or "")]
    return first, ChatRequest(FOLLOW_UP, [VisualInput(image)], history, params=gen, tiles=tiles)


def _ours(runtime, n_tiles: int, new_tokens: int, repeats: int) -> dict:
    """Our runtime: a cold turn, then the follow-up on the kept caches, ``repeats`` times; medians."""
    first, _ = _requests(n_tiles, new_tokens)
    runtime.reset_cache()
    runtime.generate(first)  # warm-up: kernels, allocator
    rows = []
    for _ in range(repeats):
        runtime.reset_cache()
        r1 = runtime.generate(first)
        _, follow = _requests(n_tiles, new_tokens, r1.text)
        rows.append((r1.stats, runtime.generate(follow).stats))
    median = statistics.median
    return {
        "prompt_tokens": rows[-1][0].prompt_tokens,
        "image_tiles": rows[-1][0].image_tiles,
        "answer": r1.text,
        "ttft_s": median([a.time_to_first_token_s for a, _ in rows]),
        "decode_tok_s": median([a.decode_tokens_per_s for a, _ in rows]),
        "second_turn_ttft_s": median([b.time_to_first_token_s for _, b in rows]),
        "vision_encode_per_tile_s": median([a.vision_encode_s / max(1, a.image_tiles) for a, _ in rows]),
        "prefill_s": median([a.prefill_s for a, _ in rows]),
    }


def _baseline(runtime, n_tiles: int, new_tokens: int, repeats: int, answer: str) -> dict:
    """The chat()-like baseline on the same two turns (``answer``: our first answer, kept in the history)."""
    from desktop_vlm.runtime.baseline import OriginalAttention, chat_turn

    first, follow = _requests(n_tiles, new_tokens, answer)
    with OriginalAttention(runtime):
        chat_turn(runtime, first, new_tokens)  # warm-up
        cold = [chat_turn(runtime, first, new_tokens) for _ in range(repeats)]
        second = [chat_turn(runtime, follow, new_tokens) for _ in range(repeats)]
    median = statistics.median
    return {
        "ttft_s": median([c.ttft_s for c in cold]),
        "decode_tok_s": median([c.decode_tok_s for c in cold]),
        "second_turn_ttft_s": median([s.ttft_s for s in second]),
    }


def _limits(runtime, n_tiles: int, new_tokens: int, prompt_tokens: int, hw) -> dict:
    """The roofline figures for this image size (a cold request counted once under the FLOP counter)."""
    import roofline

    from desktop_vlm.core.types import GenerationParams

    first, _ = _requests(n_tiles, 1)
    first.params = GenerationParams(max_new_tokens=1)
    runtime.reset_cache()
    flops = roofline.count_flops(lambda: runtime.generate(first))
    runtime.reset_cache()
    weights = roofline.model_weight_bytes(runtime.model, runtime.info.quantization)
    per_token = roofline.decode_weight_bytes(runtime) + roofline.kv_bytes_per_token(runtime) * (
        prompt_tokens + new_tokens / 2
    )  # the mean context over the measured steps
    limits = {
        "ttft_flops": flops,
        "decode_bytes_per_token": per_token,
        "ttft_floor_s": roofline.ttft_floor_s(flops, weights, hw),
        "decode_ceiling_tok_s": hw.bandwidth_gbs * 1e9 / per_token,
    }
    if hw.datasheet_bandwidth_gbs:
        limits["ttft_floor_datasheet_s"] = roofline.ttft_floor_s(flops, weights, hw, datasheet=True)
        limits["decode_ceiling_datasheet_tok_s"] = hw.datasheet_bandwidth_gbs * 1e9 / per_token
    return limits


def _first_token_profile(runtime, n_tiles: int, repeats: int) -> dict:
    """Where the time to a first token goes (on a GPU; a CPU run only tries the code out): the host's share of
    the vision phase (tiling one image on the CPU, median of ``repeats``), and torch.profiler's tables of a
    cold request of one token and of the follow-up turn after it (device kernels by total time, host
    operations by their own time)."""
    first, _ = _requests(n_tiles, 1)
    span = runtime.prepare(first).spans[0]
    host = []
    for _ in range(repeats + 1):  # the first includes the pinned allocator's first block
        t0 = time.perf_counter()
        runtime._vision.pixels(span)
        host.append(time.perf_counter() - t0)
    runtime.reset_cache()
    cold, cold_tables = _profiled(runtime, first)
    _, follow = _requests(n_tiles, 1, cold.text)
    turn, turn_tables = _profiled(runtime, follow)
    runtime.reset_cache()
    return {
        "host_pixels_s": statistics.median(host[1:]),
        "cold": {
            "ttft_s": cold.stats.time_to_first_token_s,
            "vision_s": cold.stats.vision_encode_s,
            "prefill_s": cold.stats.prefill_s,
        },
        "second_turn": {
            "ttft_s": turn.stats.time_to_first_token_s,
            "vision_s": turn.stats.vision_encode_s,
            "prefill_s": turn.stats.prefill_s,
            "prompt_tokens": turn.stats.prompt_tokens,
            "reused_prompt_tokens": turn.stats.reused_prompt_tokens,
        },
        "tables": {"cold request": cold_tables, "second turn": turn_tables},
    }


def _profiled(runtime, request) -> tuple:
    """(result, {title: table}) of ``request`` run under torch.profiler."""
    import torch
    from torch.profiler import ProfilerActivity, profile

    on_gpu = runtime.device.type == "cuda"
    with profile(activities=[ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if on_gpu else [])) as prof:
        result = runtime.generate(request)
        if on_gpu:
            torch.cuda.synchronize()
    events = prof.key_averages()
    by_total = "cuda_time_total" if on_gpu else "cpu_time_total"
    return result, {
        "by total time (device kernels on a GPU)": events.table(
            sort_by=by_total, row_limit=30, max_name_column_width=70
        ),
        "host operations by own time": events.table(
            sort_by="self_cpu_time_total", row_limit=25, max_name_column_width=70
        ),
    }


def _use_decode(runtime, mode: str) -> None:
    """Switch our decode path in place (compiling or recording now when asked, as the loader does)."""
    decoder = runtime.model.decoder
    if mode != "dynamic" and not hasattr(decoder, "set_decode_mode"):
        raise SystemExit(f"runtime_bench: the {runtime.info.family} family has no {mode} decode path")
    if hasattr(decoder, "set_decode_mode"):
        decoder.set_decode_mode(mode)
        if mode in ("compiled", "graph"):
            decoder.warm_up()


def bench(
    checkpoint: Path,
    device: str,
    dtype: str,
    new_tokens: int,
    repeats: int,
    tiles: list[int],
    decodes: tuple[str, ...] = ("dynamic",),
    quantize: str = "none",
    baseline: bool = True,
    profile_first_token: bool = False,
) -> dict:
    import roofline
    import torch
    from lookup_decoding import step_costs_of

    from desktop_vlm.runtime.checkpoint import open_checkpoint
    from desktop_vlm.runtime.loader import weight_bytes

    runtime, load = _load(checkpoint, device, dtype, decodes[0], quantize)
    params, nbytes = weight_bytes(open_checkpoint(checkpoint), runtime.dtype, runtime.info.quantization)
    runtime.stop_id = -1  # never stop early: exactly new_tokens tokens
    hw = roofline.measure_hardware(runtime.device, runtime.dtype)
    out = {
        "model": runtime.info.name,
        "family": runtime.info.family,
        "params": params,
        "weights_gib": nbytes / 2**30,
        "device": runtime.device.type,
        "dtype": runtime.info.dtype,
        "decodes": list(decodes),
        "quantize": quantize,
        "new_tokens": new_tokens,
        "repeats": repeats,
        **load,
        "hardware": vars(hw),
        "tiles": {n: {"ours": {}} for n in tiles},
    }
    out["decode_setup_s"] = {}  # recording a graph or compiling, beyond the load
    for k, mode in enumerate(decodes):
        if k:
            t0 = time.perf_counter()
            _use_decode(runtime, mode)
            out["decode_setup_s"][mode] = time.perf_counter() - t0
        for n in tiles:
            out["tiles"][n]["ours"][mode] = _ours(runtime, n, new_tokens, repeats)
    _use_decode(runtime, "dynamic")
    if profile_first_token:
        try:  # a profiler that fails (no CUPTI on a machine) must not lose the step's measurements
            out["first_token_profile"] = _first_token_profile(runtime, max(tiles), repeats)
        except Exception as err:
            out["first_token_profile"] = {"error": f"{type(err).__name__}: {err}"}
    # what a lookup-decoding step of a few rows costs against one row (benchmarks/lookup_decoding.py)
    out["few_row_step_s"] = step_costs_of(runtime, [1, 2, 4, 7], rounds=2)
    for n in tiles:
        row = out["tiles"][n]
        answer = row["ours"][decodes[0]]["answer"]
        row["baseline"] = _baseline(runtime, n, new_tokens, repeats, answer) if baseline else None
        row["limits"] = _limits(runtime, n, new_tokens, row["ours"][decodes[0]]["prompt_tokens"], hw)
    if runtime.device.type == "cuda":
        out["peak_device_gib_while_answering"] = torch.cuda.max_memory_allocated() / 2**30
    # measured again at the end: on a shared machine a drop between the two flags a run taken under load
    out["hardware_after"] = vars(roofline.measure_hardware(runtime.device, runtime.dtype))
    return out


def _ms(seconds: float | None) -> str:
    return "–" if seconds is None else f"{seconds * 1e3:,.1f} ms"


def _si(value: float, unit: str) -> str:
    """1.23 T{unit} / 456 G{unit} / 7.8 M{unit}: three significant figures at the right scale."""
    for factor, prefix in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= factor:
            return f"{value / factor:.3g} {prefix}{unit}"
    return f"{value:.3g} {unit}"


def _rate(tokens_per_s: float | None) -> str:
    return "–" if tokens_per_s is None else f"{tokens_per_s:,.1f}"


def _ratio(a: float | None, b: float | None, digits: int = 2) -> str:
    return "–" if a is None or b is None else f"{a / b:.{digits}f}×"


def to_markdown(result: dict, title: str) -> str:
    hw = result["hardware"]
    head = (
        f"{result['device']} ({hw['name']}) · {result['dtype']} · quantize={result['quantize']} · "
        f"{result['params'] / 1e6:,.1f} M params ({result['weights_gib']:.2f} GiB) · "
        f"load {result['load_s']:.2f} s · peak host RSS while loading {result['peak_rss_gib_while_loading']:.2f} GiB "
        f"({result['peak_rss_gib_while_loading'] / result['weights_gib']:.2f}× the weights; "
        f"{result['rss_gib_before_loading']:.2f} GiB before loading)"
    )
    if "peak_device_gib_while_loading" in result:
        head += (
            f" · peak device memory {result['peak_device_gib_while_loading']:.2f} GiB loading, "
            f"{result['peak_device_gib_while_answering']:.2f} GiB answering"
        )
    head += (
        f" · measured: copy {hw['bandwidth_gbs']:,.0f} GB/s, matmul {hw['matmul_tflops']:,.2f} TFLOP/s"
        + (
            f" (datasheet {hw['datasheet_bandwidth_gbs']:,} GB/s, {hw['datasheet_tflops']} TFLOP/s)"
            if hw["datasheet_bandwidth_gbs"]
            else ""
        )
        + (
            f" (at the end of the run: {after['bandwidth_gbs']:,.0f} GB/s, {after['matmul_tflops']:,.2f} TFLOP/s)"
            if (after := result.get("hardware_after"))
            else ""
        )
        + f" · {result['new_tokens']} new tokens, median of {result['repeats']}"
    )
    if few := result.get("few_row_step_s"):
        one = few[1] if 1 in few else few["1"]  # read back from JSON, the keys are text
        head += (
            " · decode steps of a few rows (lookup decoding), × one row's "
            + f"{one * 1e3:,.1f} ms: "
            + ", ".join(f"{rows} rows {seconds / one:.2f}×" for rows, seconds in few.items() if str(rows) != "1")
        )
    lines = [
        f"### {title}",
        "",
        head,
        "",
        "| tiles | prompt tokens | our decode path | TTFT ours | TTFT baseline | ratio | decode tok/s ours "
        "| baseline | ratio | 2nd-turn TTFT ours | baseline | ratio | 2nd / 1st ours | encode/tile ours |",
        "|---" * 14 + "|",
    ]
    for n, r in result["tiles"].items():
        b = r["baseline"] or {"ttft_s": None, "decode_tok_s": None, "second_turn_ttft_s": None}
        for mode, o in r["ours"].items():
            lines.append(
                f"| {n} | {o['prompt_tokens']:,} | {mode} | {_ms(o['ttft_s'])} | {_ms(b['ttft_s'])} "
                f"| {_ratio(b['ttft_s'], o['ttft_s'])} | {o['decode_tok_s']:,.1f} "
                f"| {_rate(b['decode_tok_s'])} "
                f"| {_ratio(o['decode_tok_s'], b['decode_tok_s'])} | {_ms(o['second_turn_ttft_s'])} "
                f"| {_ms(b['second_turn_ttft_s'])} | {_ratio(b['second_turn_ttft_s'], o['second_turn_ttft_s'], 1)} "
                f"| {o['second_turn_ttft_s'] / o['ttft_s']:.0%} | {_ms(o['vision_encode_per_tile_s'])} |"
            )
    sheet = bool(hw["datasheet_bandwidth_gbs"])
    lines += [
        "",
        "| tiles | our decode path | cold-request FLOPs | TTFT floor | TTFT / floor "
        + ("| floor (datasheet) | TTFT / datasheet floor " if sheet else "")
        + "| bytes per decoded token | decode ceiling | ours, % of ceiling "
        + ("| ceiling (datasheet) | ours, % of datasheet ceiling " if sheet else "")
        + "|",
        "|---" * (8 + 4 * sheet) + "|",
    ]
    for n, r in result["tiles"].items():
        lim = r["limits"]
        for mode, o in r["ours"].items():
            row = (
                f"| {n} | {mode} | {_si(lim['ttft_flops'], 'FLOP')} | {_ms(lim['ttft_floor_s'])} "
                f"| {o['ttft_s'] / lim['ttft_floor_s']:.1f}× "
            )
            if sheet:
                row += f"| {_ms(lim['ttft_floor_datasheet_s'])} | {o['ttft_s'] / lim['ttft_floor_datasheet_s']:.1f}× "
            row += (
                f"| {_si(lim['decode_bytes_per_token'], 'B')} | {lim['decode_ceiling_tok_s']:,.1f} tok/s "
                f"| {o['decode_tok_s'] / lim['decode_ceiling_tok_s']:.0%} "
            )
            if sheet:
                row += (
                    f"| {lim['decode_ceiling_datasheet_tok_s']:,.1f} tok/s "
                    f"| {o['decode_tok_s'] / lim['decode_ceiling_datasheet_tok_s']:.0%} "
                )
            lines.append(row + "|")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    from synthetic import SIZES, ensure_checkpoint, synthetic_models

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", choices=sorted(synthetic_models()), default="internvl2_5-4b")
    ap.add_argument("--size", choices=SIZES, default="tiny")
    ap.add_argument("--checkpoint", type=Path, help="benchmark this folder instead of a synthetic checkpoint")
    ap.add_argument("--workdir", type=Path, help="write the synthetic checkpoint here and reuse it on later runs")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--dtype", default="auto")
    ap.add_argument("--new-tokens", type=int, default=64)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--tiles", default="1,6,13", help="comma-separated tile counts out of 1, 6, 13")
    ap.add_argument(
        "--decode",
        default="dynamic",
        help="our decode path(s), comma-separated, each measured on the same loaded weights: dynamic, "
        "static, compiled (= static KV cache + torch.compile / CUDA graphs)",
    )
    ap.add_argument("--no-baseline", action="store_true", help="measure ours only (the floors are still reported)")
    ap.add_argument("--quantize", choices=("none", "int8", "int4"), default="none")
    ap.add_argument("--json", type=Path, help="also write the raw figures here")
    args = ap.parse_args(argv)
    tiles = [int(t) for t in args.tiles.split(",")]
    if not set(tiles) <= set(TILE_IMAGES):
        ap.error(f"--tiles takes a subset of {sorted(TILE_IMAGES)}")
    decodes = tuple(args.decode.split(","))
    if not set(decodes) <= {"dynamic", "static", "compiled"}:
        ap.error("--decode takes dynamic, static and/or compiled")

    import torch
    import transformers

    from desktop_vlm.core.errors import DesktopVlmError

    torch.manual_seed(0)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.checkpoint or ensure_checkpoint(args.model, args.size, args.workdir or Path(tmp))
        try:
            result = bench(
                folder,
                args.device,
                args.dtype,
                args.new_tokens,
                args.repeats,
                tiles,
                decodes,
                args.quantize,
                baseline=not args.no_baseline,
            )
        except DesktopVlmError as err:  # e.g. int4 without a GPU: the runtime's message, not a traceback
            print(f"runtime_bench: {err}", file=sys.stderr)
            return 2
    result["versions"] = {
        "python": platform.python_version(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "cuda": torch.version.cuda,
    }
    result["command"] = "python " + " ".join(sys.argv)
    title = f"{args.checkpoint.name if args.checkpoint else f'{args.model} ({args.size})'} on {result['device']}"
    print(to_markdown(result, title))
    print(f"versions: {result['versions']}; command: {result['command']}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
