"""Side by side with llama.cpp on this CPU, at matched precision: ours bf16 / int8 / int4 against llama.cpp's
BF16 / Q8_0 / Q4_0, one command.

    python benchmarks/llamacpp_bench.py --size full --workdir ~/vlm-bench        # needs the `bench` extra

Steps: write the synthetic InternVL2_5-4B checkpoint (``benchmarks/synthetic.py``; random weights, published
shapes), convert it with llama.cpp's own converter (``convert_hf_to_gguf.py`` from the llama-cpp-python
sdist's ``vendor/llama.cpp``: downloaded with pip into the workdir at run time, or ``--llama-cpp-src``) to a
BF16 and a Q8_0 text model and an F16 mmproj, quantise the BF16 one to Q4_0 with llama.cpp's quantiser,
then time one request per fresh process (``benchmarks/llamacpp_engines.py``: a 448×448 picture at one tile,
the InternVL prompt, ``--new-tokens`` tokens, ``--threads`` threads), engines alternated round by round.

``--isa avx2`` measures an AVX2-only CPU on a newer one: our runs get the three caps (ATen's kernels, oneDNN,
MKL), and llama.cpp, which has no run-time cap, runs from a llama-cpp-python built for AVX2 alone, given with
``--llama-cpp-python`` (a ``pip install --target`` folder; ``docs/benchmarks.md`` has the build line).
Each run records the instruction set the engine reported, so a table cannot silently mix them.

A run counts only when the machine was quiet: before it, the bench waits (up to ``--wait-s``) until the
other processes use less than ``--max-others`` cores; a run during which they used more is kept in the JSON
but left out of the medians. Printed: medians of the clean runs, and ours ÷ llama.cpp per precision.

Before each run the page cache is left holding the files that run reads and no others, unless
``--keep-page-cache``: the other runs' files are dropped (``posix_fadvise``) and the run's own are read once.
The bench's files together (27.6 GB at full size) outgrow many machines' memory; a run that finds others'
files cached allocates its memory while the kernel reclaims them, and one that finds its own gone reads them
from disk. So every run starts as a user's second load of the same model does. For the same reason each
of our precisions runs once, untimed, before the timed rounds (``--no-warm-up`` skips it): its first load on
this instruction set quantises and measures its decode kernels, which a user's later loads do not.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT)]
from desktop_vlm.runtime.cpu_load import machine_busy_seconds  # noqa: E402 (psutil only, no torch)

ENGINES = Path(__file__).resolve().parent / "llamacpp_engines.py"
PAIRS = {"bf16": ("none", "bf16"), "int8": ("int8", "q8_0"), "int4": ("int4", "q4_0")}  # ours, llama.cpp
LLAMA_NAMES = {"bf16": "BF16", "q8_0": "Q8_0", "q4_0": "Q4_0"}
# What an AVX2-only CPU gives each kernel library torch uses: ATen's own kernels, oneDNN and MKL.
AVX2_CAPS = {"ATEN_CPU_CAPABILITY": "avx2", "ONEDNN_MAX_CPU_ISA": "AVX2", "MKL_ENABLE_INSTRUCTIONS": "AVX2"}
# The converter expects what a published checkpoint ships beside its weights, which the synthetic one lacks:
# the image normalisation, and a chat template (ChatML, as InternVL2.5's tokenizer_config.json has, here
# also reading OpenAI-style content parts, which llama.cpp's server hands it with pictures as its marker).
PREPROCESSOR = {"image_mean": [0.485, 0.456, 0.406], "image_std": [0.229, 0.224, 0.225]}
CHAT_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n"
    "{% if message['content'] is string %}{{ message['content'] }}{% else %}"
    "{% for part in message['content'] %}{% if part['type'] == 'text' %}{{ part['text'] }}{% endif %}{% endfor %}"
    "{% endif %}<|im_end|>\n{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
# Runs the converter with two adjustments for synthetic checkpoints: their tokenizer (trained on the spot,
# byte-level BPE as Qwen2's) is not one whose hash the converter knows, and reduced ones have fewer vision
# layers than the projector's four indices, which the converter's name table is sized by.
CONVERTER_RUNNER = """
import runpy, sys
src = sys.argv[1]
sys.path[:0] = [src, src + "/gguf-py"]
sys.argv = [src + "/convert_hf_to_gguf.py"] + sys.argv[2:]
import gguf
import conversion.base as base
base.TextModel.get_vocab_base_pre = lambda self, tokenizer: "qwen2"
name_map = gguf.get_tensor_name_map
base.gguf.get_tensor_name_map = lambda arch, blocks: name_map(arch, max(blocks, 4))
runpy.run_path(src + "/convert_hf_to_gguf.py", run_name="__main__")
"""


def cpu_busy_seconds() -> float:
    """CPU-seconds all cores have spent busy since boot, which the bench needs."""
    seconds = machine_busy_seconds()
    if seconds is None:
        raise SystemExit("The bench tells other processes' CPU use from the machine's CPU times; psutil read none.")
    return seconds


def others_cores(sample_s: float = 2.0) -> float:
    """Cores other processes keep busy, sampled over ``sample_s`` while this one sleeps."""
    before = cpu_busy_seconds()
    time.sleep(sample_s)
    return (cpu_busy_seconds() - before) / sample_s


def wait_for_quiet(max_others: float, wait_s: float) -> float:
    """Wait until others use under ``max_others`` cores (at most ``wait_s``); returns what they used last."""
    deadline = time.monotonic() + wait_s
    used = others_cores()
    while used >= max_others and time.monotonic() < deadline:
        used = others_cores(5.0)
    return used


def drop_from_page_cache(paths: list[Path]) -> int:
    """Ask the kernel to drop the cached pages of ``paths`` (files, or folders walked for files); returns the
    bytes of files asked about. Pages a process has mapped or dirtied stay; where ``posix_fadvise`` is missing
    (not Linux), nothing is dropped."""
    if not hasattr(os, "posix_fadvise"):
        return 0
    files = _files(paths)
    for file in files:
        descriptor = os.open(file, os.O_RDONLY)
        try:
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(descriptor)
    return sum(f.stat().st_size for f in files)


def read_into_page_cache(paths: list[Path], chunk: int = 64 << 20) -> int:
    """Read ``paths`` (files, or folders walked for files) once, so they are cached; returns the bytes read."""
    total = 0
    for file in _files(paths):
        with open(file, "rb", buffering=0) as fh:
            while block := fh.read(chunk):
                total += len(block)
    return total


def _files(paths: list[Path]) -> list[Path]:
    return [f for p in paths if p.exists() for f in ([p] if p.is_file() else sorted(p.rglob("*"))) if f.is_file()]


def exit_reason(returncode: int) -> str:
    """How a run's process ended: ``exit status 1`` or the signal's name (``SIGSEGV``)."""
    if returncode < 0:
        try:
            return signal.Signals(-returncode).name
        except ValueError:
            return f"signal {-returncode}"
    return f"exit status {returncode}"


def engine_environment(engine: str, isa: str, llama_cpp_python: Path | None) -> dict[str, str]:
    """The environment one engine's run gets: the AVX2 caps for ours, the AVX2 build first on the path for
    llama.cpp."""
    env = dict(os.environ)
    if engine == "ours" and isa == "avx2":
        env |= AVX2_CAPS
    if engine == "llama" and llama_cpp_python is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(llama_cpp_python), env.get("PYTHONPATH")]))
    return env


def llama_instructions(env: dict[str, str]) -> str:
    """The instruction sets the llama.cpp that ``env`` imports was built for, as it reports them."""
    report = "import llama_cpp; print(llama_cpp.llama_print_system_info().decode())"
    done = subprocess.run([sys.executable, "-c", report], capture_output=True, text=True, env=env)
    if done.returncode:
        raise SystemExit(f"llama-cpp-python does not import: {done.stderr.strip()[-400:]}")
    return done.stdout.strip()


def timed_run(engine: str, args: dict, env: dict[str, str] | None = None) -> dict:
    """One request in a fresh process, with the cores others used meanwhile."""
    busy, children = cpu_busy_seconds(), os.times()
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(ENGINES), engine, json.dumps(args)], capture_output=True, text=True, cwd=ROOT, env=env
    )
    wall = time.monotonic() - started
    after = os.times()
    ours = (after.children_user + after.children_system) - (children.children_user + children.children_system)
    others = max(0.0, (cpu_busy_seconds() - busy - ours) / wall)
    if done.returncode:
        # kept and reported, not fatal: one engine crashing on this CPU must not lose the others' runs
        return {"failed": exit_reason(done.returncode), "stderr_tail": done.stderr[-2000:], "others_cores": others}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["others_cores"] = others
    result["load_average"] = os.getloadavg()[0]
    return result


def warm_up_ours(jobs: dict[str, tuple[str, dict]], isa: str) -> dict[str, dict]:
    """One untimed run of each of our jobs (one new token), in the environment the timed runs get, before them:
    a first load under this instruction set quantises again (the user cache keeps one int4 file per
    checkpoint, in the CPU's packing, so a capped bench and a native one overwrite each other's) and measures
    the decode kernels, so without it the first timed run of each precision times a load no user repeats.
    Returns each warm-up's result by label."""
    done = {}
    for label, (engine, job) in jobs.items():
        if engine != "ours":
            continue
        run = timed_run(engine, job | {"new_tokens": 1}, engine_environment(engine, isa, None))
        if "failed" in run:
            raise SystemExit(f"{label} failed before timing ({run['failed']}):\n{run['stderr_tail'][-600:]}")
        print(f"{label}: warmed up (load {run['load_s']:.1f} s, not counted)", file=sys.stderr)
        done[label] = run
    return done


def converter_source(workdir: Path, given: Path | None) -> Path:
    """The folder holding llama.cpp's ``convert_hf_to_gguf.py`` (from the installed llama-cpp-python's sdist)."""
    if given is not None:
        return given
    import importlib.metadata

    version = importlib.metadata.version("llama-cpp-python")
    source = workdir / f"llama-cpp-python-{version}"
    if not (source / "convert_hf_to_gguf.py").is_file():
        download = workdir / "sdist"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--no-binary",
                ":all:",
                f"llama-cpp-python=={version}",
                "-d",
                str(download),
            ],
            check=True,
        )
        with tarfile.open(next(download.glob("llama_cpp_python-*.tar.gz"))) as archive:
            prefix = f"llama_cpp_python-{version}/vendor/llama.cpp/"
            wanted = ("convert_hf_to_gguf.py", "conversion/", "gguf-py/")
            members = [
                m
                for m in archive.getmembers()
                if m.name.startswith(prefix) and m.name[len(prefix) :].startswith(wanted)
            ]
            for member in members:
                member.name = member.name[len(prefix) :]
            archive.extractall(source, members=members, filter="data")
    return source


def staged(checkpoint: Path, workdir: Path) -> Path:
    """``checkpoint`` as the converter wants it, in ``workdir/hf``: its files linked, plus the image
    normalisation and a chat template (the checkpoint itself is left as it is)."""
    stage = workdir / "hf"
    stage.mkdir(exist_ok=True)
    for item in checkpoint.iterdir():
        if not (stage / item.name).exists():
            (stage / item.name).symlink_to(item.resolve())
    tokenizer_config = json.loads((checkpoint / "tokenizer_config.json").read_text())
    written = {
        "tokenizer_config.json": tokenizer_config | {"chat_template": CHAT_TEMPLATE},
        "preprocessor_config.json": PREPROCESSOR,
    }
    for name, content in written.items():
        (stage / name).unlink(missing_ok=True)  # a link to the checkpoint's own file must not be written through
        (stage / name).write_text(json.dumps(content))
    return stage


def convert(checkpoint: Path, workdir: Path, source: Path, kinds: list[str]) -> dict[str, Path]:
    """GGUF files for ``kinds`` (bf16 / q8_0 / q4_0) and the mmproj, written once into ``workdir``."""
    checkpoint = staged(checkpoint, workdir)
    files = {"mmproj": workdir / "mmproj-f16.gguf"} | {kind: workdir / f"text-{kind}.gguf" for kind in kinds}
    jobs = [("mmproj", ["--mmproj", "--outtype", "f16"])] + [(k, ["--outtype", k]) for k in kinds if k != "q4_0"]
    if "q4_0" in kinds and "bf16" not in kinds:
        files["bf16"] = workdir / "text-bf16.gguf"
        jobs.append(("bf16", ["--outtype", "bf16"]))
    for kind, options in jobs:
        if not files[kind].is_file():
            print(f"converting to {kind} with llama.cpp's converter", file=sys.stderr)
            subprocess.run(
                [
                    sys.executable,
                    "-c",
                    CONVERTER_RUNNER,
                    str(source),
                    str(checkpoint),
                    *options,
                    "--outfile",
                    str(files[kind]),
                ],
                check=True,
                capture_output=True,
            )
    if "q4_0" in kinds and not files["q4_0"].is_file():
        import llama_cpp

        params = llama_cpp.llama_model_quantize_default_params()
        params.ftype, params.nthread = llama_cpp.LLAMA_FTYPE_MOSTLY_Q4_0, os.cpu_count() or 1
        if llama_cpp.llama_model_quantize(str(files["bf16"]).encode(), str(files["q4_0"]).encode(), params):
            raise SystemExit("llamacpp_bench: llama.cpp could not quantise to Q4_0")
    return files


def picture(path: Path) -> Path:
    import numpy as np
    from PIL import Image

    if not path.is_file():
        pixels = np.random.default_rng(0).integers(0, 255, (448, 448, 3), dtype=np.uint8)
        Image.fromarray(pixels, "RGB").save(path)
    return path


def _median(runs: list[dict], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def _start_to_first(medians: dict) -> float:
    """What a person waits from starting the engine to its first word: imports, load and time to first token
    (a memory-mapped load is quick and pays for its page faults in the first answer instead)."""
    return medians["import_s"] + medians["load_s"] + medians["ttft_s"]


def table(results: dict, max_others: float) -> str:
    """Medians of the clean runs per engine and precision, then ours ÷ llama.cpp."""
    lines = [
        "| engine, precision (clean runs) | load (+ imports) | time to first token (vision / LLM prefill) "
        "| decode tok/s | peak RSS | decode kernel |",
        "|---|---|---|---|---|---|",
    ]
    medians = {}
    for label, attempts in results.items():
        runs = [r for r in attempts if "failed" not in r]
        failed = [r["failed"] for r in attempts if "failed" in r]
        if failed and not runs:
            lines.append(
                f"| {label} (failed in {len(failed)} of {len(attempts)}: {', '.join(sorted(set(failed)))}) "
                "| – | – | – | – | – |"
            )
            continue
        clean = [r for r in runs if r["others_cores"] < max_others]
        if not runs:
            continue
        # no quiet run at all: the median of the noisy ones, said so (a shared machine may never be quiet)
        counted = f"{len(clean)} of {len(runs)}" if clean else f"none quiet: median of {len(runs)} noisy"
        if failed:
            counted += f"; failed in {len(failed)} more: {', '.join(sorted(set(failed)))}"
        clean = clean or runs
        m = medians[label] = {
            k: _median(clean, k)
            for k in ("load_s", "import_s", "ttft_s", "vision_s", "prefill_s", "decode_tok_s", "peak_rss")
        }
        lines.append(
            f"| {label} ({counted}) | {m['load_s']:.1f} s + {m['import_s']:.1f} s "
            f"| {m['ttft_s']:.1f} s ({m['vision_s']:.1f} / {m['prefill_s']:.1f}) | {m['decode_tok_s']:.2f} "
            f"| {m['peak_rss'] / 1e9:.2f} GB | {clean[-1]['kernel']} |"
        )
    lines += [
        "",
        "| precision | TTFT, llama.cpp ÷ ours | start to first token, llama.cpp ÷ ours | decode, ours ÷ llama.cpp "
        "| load, llama.cpp ÷ ours | peak RSS, ours ÷ llama.cpp | our decode ÷ our bf16 | our peak RSS ÷ our bf16 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    base = medians.get("desktop-vlm, bf16")
    for precision, (_ours_mode, llama_kind) in PAIRS.items():
        ours, theirs = medians.get(f"desktop-vlm, {precision}"), medians.get(f"llama.cpp, {LLAMA_NAMES[llama_kind]}")
        if not ours or not theirs:
            continue
        own = (
            f"{ours['decode_tok_s'] / base['decode_tok_s']:.2f}× | {ours['peak_rss'] / base['peak_rss']:.2f}×"
            if base
            else "– | –"
        )
        lines.append(
            f"| {precision} | {theirs['ttft_s'] / ours['ttft_s']:.2f}× | {_start_to_first(theirs) / _start_to_first(ours):.2f}× "
            f"| {ours['decode_tok_s'] / theirs['decode_tok_s']:.2f}× "
            f"| {(theirs['load_s'] + theirs['import_s']) / (ours['load_s'] + ours['import_s']):.2f}× "
            f"| {ours['peak_rss'] / theirs['peak_rss']:.2f}× | {own} |"
        )
    return "\n".join(lines)


def read_by(engine: str, job: dict) -> list[Path]:
    """The files one run reads: ours the checkpoint and, quantised, the weights it keeps in the user cache from
    an earlier load (bf16 on a CPU); llama.cpp its text model and mmproj."""
    if engine == "llama":
        return [Path(job["gguf"]), Path(job["mmproj"])]
    import torch

    from desktop_vlm.runtime.kernels.probe import default_cache_dir
    from desktop_vlm.runtime.kernels.stored import FOLDER, file_name

    checkpoint = Path(job["checkpoint"])
    if job["quantize"] == "none":
        return [checkpoint]
    return [checkpoint, default_cache_dir() / FOLDER / file_name(checkpoint, job["quantize"], torch.bfloat16)]


def main(argv=None) -> int:
    from synthetic import ensure_checkpoint

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", choices=("tiny", "reduced", "full"), default="full")
    ap.add_argument("--workdir", type=Path, required=True, help="checkpoints and GGUF files, kept for the next run")
    ap.add_argument("--precisions", default="bf16,int8,int4", help="comma-separated: bf16, int8, int4")
    ap.add_argument("--runs", type=int, default=3, help="clean runs wanted per engine and precision")
    ap.add_argument("--max-attempts", type=int, default=0, help="runs at most per engine and precision (0: 2 × runs)")
    ap.add_argument("--new-tokens", type=int, default=32)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--max-others", type=float, default=0.35, help="cores other processes may use during a run")
    ap.add_argument("--wait-s", type=float, default=600.0, help="longest wait for a quiet machine before a run")
    ap.add_argument("--llama-cpp-src", type=Path, help="llama.cpp's source folder (has convert_hf_to_gguf.py)")
    ap.add_argument("--json", type=Path, help="write every run here")
    ap.add_argument("--isa", choices=("native", "avx2"), default="native", help="avx2: as on an AVX2-only CPU")
    ap.add_argument("--llama-cpp-python", type=Path, help="a folder holding llama-cpp-python built for --isa")
    ap.add_argument(
        "--llama-no-repack",
        action="store_true",
        help="run llama.cpp without repacking its weights at load (its AMX and interleaved CPU layouts)",
    )
    ap.add_argument("--keep-page-cache", action="store_true", help="leave the page cache as it is before each run")
    ap.add_argument(
        "--no-warm-up", action="store_true", help="time our first load of each precision too (see warm_up_ours)"
    )
    args = ap.parse_args(argv)
    precisions = args.precisions.split(",")
    if not set(precisions) <= set(PAIRS):
        ap.error(f"--precisions takes {', '.join(PAIRS)}")
    if args.isa == "avx2" and args.llama_cpp_python is None:
        ap.error("--isa avx2 needs --llama-cpp-python: llama.cpp picks its kernels when it is compiled")
    if args.isa == "avx2" and "AVX512 = 1" in llama_instructions(
        engine_environment("llama", "avx2", args.llama_cpp_python)
    ):
        ap.error(
            f"the llama-cpp-python in {args.llama_cpp_python} was built with AVX-512 (pip may have reused a cached "
            "native wheel: build it with --no-cache-dir --no-binary llama-cpp-python, see docs/benchmarks.md)"
        )

    args.workdir.mkdir(parents=True, exist_ok=True)
    checkpoint = ensure_checkpoint("internvl2_5-4b", args.size, args.workdir)
    gguf_dir = args.workdir / f"gguf-{args.size}"
    gguf_dir.mkdir(exist_ok=True)
    files = convert(
        checkpoint, gguf_dir, converter_source(args.workdir, args.llama_cpp_src), [PAIRS[p][1] for p in precisions]
    )
    image = picture(args.workdir / "picture-448.png")
    common = {"image": str(image), "new_tokens": args.new_tokens, "threads": args.threads}
    llama_options = {"repack": not args.llama_no_repack}
    jobs = {}
    for precision in precisions:
        ours_mode, kind = PAIRS[precision]
        jobs[f"desktop-vlm, {precision}"] = ("ours", common | {"checkpoint": str(checkpoint), "quantize": ours_mode})
        jobs[f"llama.cpp, {LLAMA_NAMES[kind]}"] = (
            "llama",
            common | llama_options | {"gguf": str(files[kind]), "mmproj": str(files["mmproj"])},
        )
    if not args.no_warm_up:
        warm_up_ours(jobs, args.isa)
    run_files = {label: read_by(engine, job) for label, (engine, job) in jobs.items()}
    results: dict[str, list[dict]] = {label: [] for label in jobs}
    attempts = args.max_attempts or 2 * args.runs
    for round_ in range(attempts):
        labels = list(jobs) if round_ % 2 == 0 else list(reversed(jobs))  # alternate who goes first
        for label in labels:
            clean = sum("failed" not in r and r["others_cores"] < args.max_others for r in results[label])
            if clean >= args.runs:
                continue
            wait_for_quiet(args.max_others, args.wait_s)
            engine, job = jobs[label]
            if not args.keep_page_cache:
                own = {f.resolve() for f in _files(run_files[label])}
                drop_from_page_cache(
                    [f for paths in run_files.values() for f in _files(paths) if f.resolve() not in own]
                )
                read_into_page_cache(run_files[label])
            run = timed_run(engine, job, engine_environment(engine, args.isa, args.llama_cpp_python))
            results[label].append(run)
            if "failed" in run:
                print(f"{label}: failed ({run['failed']}):\n{run['stderr_tail'][-600:]}", file=sys.stderr)
            else:
                print(
                    f"{label}: load {run['load_s']:.1f} s, ttft {run['ttft_s']:.1f} s, decode "
                    f"{run['decode_tok_s']:.2f} tok/s, peak RSS {run['peak_rss'] / 1e9:.2f} GB, "
                    f"others {run['others_cores']:.2f} cores",
                    file=sys.stderr,
                )
            if args.json:  # after every run: a bench cut short keeps what it measured
                args.json.write_text(json.dumps({"size": args.size, "isa": args.isa, "runs": results}, indent=1))
    print(
        f"InternVL2_5-4B ({args.size}, random weights), 1 tile, {args.new_tokens} new tokens, {args.threads} "
        f"threads, {args.isa} instructions; runs during which other processes used ≥ {args.max_others} cores "
        "left out\n"
    )
    print(table(results, args.max_others))
    if args.json:
        args.json.write_text(json.dumps({"size": args.size, "isa": args.isa, "runs": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
