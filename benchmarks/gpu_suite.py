"""The GPU measurements in one process, within a time budget: every model family at full size with random
weights, against the original ``chat()`` (fused attention on a GPU, ``desktop_vlm/runtime/baseline.py``) and against
the hardware (``benchmarks/roofline.py``).

    python benchmarks/gpu_suite.py OUT_DIR                      # what `bash benchmarks/gpu_suite.sh OUT_DIR` runs
    python benchmarks/gpu_suite.py OUT_DIR --size tiny --device cpu --new-tokens 2 --repeats 1   # dry run

Steps, in order (:func:`plan`): InternVL2_5-4B with the dynamic decode and the eager step replayed from a
recorded CUDA graph, with a profile of a cold request and its follow-up (``first_token_profile.txt``); the same with int8 and int4 weights; Ristretto-3B;
Mono-InternVL-2B; Mini-InternVL-4B (Phi-3) and Vintern-3B, each also recorded; last, InternVL2_5-4B's
compiled decode. A CPU dry run leaves the recorded decode out (it needs CUDA). Each reports
decode tokens/s against the bandwidth ceiling, the 13-tile time to first token against the FLOP floor and the
second turn's. A step that would start after ``--budget-s`` is skipped and listed as such; results are written
after every step (``results.json``, ``summary.md``), so a run cut short keeps what finished. Each synthetic
checkpoint is deleted after its steps (five full-size ones would need ~40 GB of disk).
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import sys
import time
import traceback
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


@dataclass(frozen=True)
class Step:
    model: str
    decodes: tuple[str, ...] = ("dynamic",)
    quantize: str = "none"
    baseline: bool = True
    profile_first_token: bool = False  # torch.profiler's tables of a cold request and a follow-up turn

    @property
    def name(self) -> str:
        weights = f" {self.quantize}" if self.quantize != "none" else ""
        return f"{self.model}{weights} ({'/'.join(self.decodes)})"


def plan(models: list[str] | None = None) -> list[Step]:
    """The suite's steps, most wanted first; ``models`` keeps only those models' steps."""
    steps = [
        Step("internvl2_5-4b", ("dynamic", "graph"), profile_first_token=True),
        Step("internvl2_5-4b", ("dynamic",), quantize="int8", baseline=False),
        Step("internvl2_5-4b", ("dynamic",), quantize="int4", baseline=False),
        Step("ristretto-3b"),
        Step("mono-internvl-2b"),
        Step("mini-internvl-4b", ("dynamic", "graph")),
        Step("vintern-3b", ("dynamic", "graph")),
        # last: inductor compiles for minutes (263 s of the first H200 run's first step), where a recorded
        # graph takes seconds; measured when the budget has room
        Step("internvl2_5-4b", ("compiled",), baseline=False),
    ]
    return [s for s in steps if models is None or s.model in models]


def decodes_on(step: Step, device: str) -> tuple[str, ...]:
    """The step's decode paths that ``device`` has: a recorded graph needs CUDA."""
    return tuple(d for d in step.decodes if d != "graph" or device.startswith("cuda"))


def summary_row(step: Step, result: dict, tiles: int) -> list[str]:
    """One line per decode path: decode vs ceiling, TTFT vs floor, 2nd-turn TTFT, baseline ratios."""
    row = result["tiles"][tiles]
    lines = []
    for mode, ours in row["ours"].items():
        limits, base = row["limits"], row["baseline"] or {}
        ceiling = limits.get("decode_ceiling_datasheet_tok_s") or limits["decode_ceiling_tok_s"]
        floor = limits.get("ttft_floor_datasheet_s") or limits["ttft_floor_s"]
        versus = (
            f"{ours['decode_tok_s'] / base['decode_tok_s']:.2f}× / {base['ttft_s'] / ours['ttft_s']:.2f}×"
            if base
            else "–"
        )
        lines.append(
            f"| {result['model']} | {result['quantize']} | {mode} | {ours['decode_tok_s']:,.1f} "
            f"| {ours['decode_tok_s'] / ceiling:.0%} | {ours['ttft_s'] * 1e3:,.0f} ms "
            f"| {ours['ttft_s'] / floor:.1f}× | {ours['second_turn_ttft_s'] * 1e3:,.0f} ms | {versus} |"
        )
    return lines


def write(out: Path, results: list[dict], skipped: list[str], tiles: int) -> None:
    import runtime_bench

    (out / "results.json").write_text(json.dumps({"results": results, "skipped": skipped}, indent=1, default=str))
    lines = [
        f"## GPU suite: {tiles} tiles",
        "",
        "| model | weights | decode path | decode tok/s | % of bandwidth ceiling | TTFT | TTFT / FLOP floor "
        "| 2nd-turn TTFT | vs baseline: decode / TTFT |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for entry in results:
        lines += entry.get("summary", [f"| {entry['step']} | failed: {entry.get('error', '?')} |"])
    if skipped:
        lines += ["", "Skipped (time budget): " + ", ".join(skipped)]
    lines += [""] + [runtime_bench.to_markdown(e["result"], e["step"]) for e in results if "result" in e]
    (out / "summary.md").write_text("\n".join(lines) + "\n")


def main(argv=None) -> int:
    import runtime_bench
    from synthetic import ensure_checkpoint, start_checkpoint, stop_writing, synthetic_models

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--size", default="full", choices=("tiny", "reduced", "full"))
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--tiles", type=int, default=13, choices=(1, 6, 13))
    ap.add_argument("--new-tokens", type=int, default=64)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--budget-s", type=float, default=390.0, help="no step starts after this many seconds")
    ap.add_argument("--models", help=f"comma-separated subset of {', '.join(sorted(synthetic_models()))}")
    ap.add_argument("--workdir", type=Path, help="where checkpoints are written (default: OUT/checkpoints)")
    ap.add_argument("--keep", action="store_true", help="keep the synthetic checkpoints")
    args = ap.parse_args(argv)
    started = time.monotonic()
    args.out.mkdir(parents=True, exist_ok=True)
    workdir = args.workdir or args.out / "checkpoints"
    planned = plan(args.models.split(",") if args.models else None)
    steps = [replace(step, decodes=decodes_on(step, args.device)) for step in planned]
    results: list[dict] = []
    skipped: list[str] = []
    for i, step in enumerate(steps):
        if i and time.monotonic() - started > args.budget_s:  # the most wanted step always runs
            skipped.append(step.name)
            continue
        entry: dict = {"step": step.name, "started_s": round(time.monotonic() - started, 1)}
        try:
            folder = ensure_checkpoint(step.model, args.size, workdir)
            upcoming = [s.model for s in steps[i + 1 :] if s.model != step.model]
            if upcoming:  # written while this step measures, so the next one need not wait for it
                start_checkpoint(upcoming[0], args.size, workdir)
                entry["checkpoint_written_beside"] = upcoming[0]
            result = runtime_bench.bench(
                folder,
                args.device,
                "auto",
                args.new_tokens,
                args.repeats,
                [args.tiles],
                step.decodes,
                step.quantize,
                baseline=step.baseline,
                profile_first_token=step.profile_first_token,
            )
            _write_profile(args.out, step, result.pop("first_token_profile", None))
            entry |= {"result": result, "summary": summary_row(step, result, args.tiles)}
        except Exception as err:  # one failed step must not lose the others' results
            entry["error"] = f"{type(err).__name__}: {err}"
            entry["traceback"] = traceback.format_exc()  # a device run is rare: keep enough to fix it without one
        entry["seconds"] = round(time.monotonic() - started - entry["started_s"], 1)
        results.append(entry)
        if not args.keep and all(s.model != step.model for s in steps[i + 1 :]):
            shutil.rmtree(workdir / f"{step.model}-{args.size}", ignore_errors=True)
        gc.collect()
        _empty_device_cache()
        write(args.out, results, skipped, args.tiles)
    stop_writing()  # a checkpoint for a step the budget skipped
    if not args.keep:
        for step in steps:
            shutil.rmtree(workdir / f"{step.model}-{args.size}", ignore_errors=True)
    write(args.out, results, skipped, args.tiles)
    print(f"gpu_suite: {len(results)} steps in {time.monotonic() - started:.0f} s, results in {args.out}")
    return 0 if all("error" not in e for e in results) else 1


def _write_profile(out: Path, step: Step, profile: dict | None) -> None:
    """The first-token profile's tables as text (too wide for the summary), its figures above them."""
    if profile is None:
        return
    tables = profile.pop("tables", {})
    text = [f"# {step.name}: one cold request of one token, then its follow-up turn", json.dumps(profile), ""]
    for request, by_title in tables.items():
        text += [f"## {request}: {title}\n{table}" for title, table in by_title.items()]
    (out / "first_token_profile.txt").write_text("\n".join(text) + "\n")


def _empty_device_cache() -> None:
    import torch

    if torch.cuda.is_available():
        torch.cuda.empty_cache()


if __name__ == "__main__":
    sys.exit(main())
