"""Synthetic checkpoints for the benchmarks: each supported model's published shape — and a reduced and a
tiny version of it — in the model's original format, with random weights. Speed depends on the shapes,
not on the values, so a run at ``full`` size measures what the real checkpoint would cost.

Sizes: ``full`` = the published widths and depths; ``reduced`` = the published widths with 2 vision and
2 language layers (real-width matrices, the real vocabulary, fast enough for a CPU); ``tiny`` = the test
checkpoints' toy widths. The writers are the test suite's (``tests/runtime/tiny_*.py``).
"""

from __future__ import annotations

from pathlib import Path

# model name → (family writer, options at full size, the options that make it "reduced")
_INTERNVIT_300M = dict(vision_hidden=1024, vision_layers=24, vision_heads=16, vision_intermediate=4096)
_QWEN25_3B = dict(llm_hidden=2048, llm_layers=36, llm_heads=16, kv_heads=2, llm_intermediate=11008,
                  vocab_size=151674)  # fmt: skip
MODELS = {
    "internvl2_5-4b": ("internvl", _INTERNVIT_300M | _QWEN25_3B | dict(scale=0.02, shards=4),
                       dict(vision_layers=2, llm_layers=2, shards=1)),  # fmt: skip
    "vintern-3b": ("internvl", _INTERNVIT_300M | _QWEN25_3B | dict(template="Hermes-2", scale=0.02, shards=4),
                   dict(vision_layers=2, llm_layers=2, shards=1)),  # fmt: skip
    "mini-internvl-4b": ("internvl", _INTERNVIT_300M | dict(llm="phi3", llm_hidden=3072, llm_layers=32, llm_heads=32,
                                                             kv_heads=32, llm_intermediate=8192, vocab_size=32064,
                                                             scale=0.02, shards=4),
                         dict(vision_layers=2, llm_layers=2, shards=1)),  # fmt: skip
    "ristretto-3b": ("ristretto", dict(vision_hidden=1152, vision_layers=27, vision_heads=16, vision_intermediate=4304,
                                       image_size=384, llm_hidden=2048, llm_layers=36, llm_heads=16, kv_heads=2,
                                       llm_intermediate=11008, vocab_size=151674, scale=0.02),
                     dict(vision_layers=2, llm_layers=2)),  # fmt: skip
    "mono-internvl-2b": ("mono", dict(vision_hidden=1024, llm_hidden=2048, layers=24, heads=16, kv_heads=8,
                                      intermediate=8192, vocab_size=92553, max_tiles=12, scale=0.05),
                         dict(layers=2)),  # fmt: skip
}
SIZES = ("tiny", "reduced", "full")
_TINY = {"internvl": dict(), "ristretto": dict(), "mono": dict(max_tiles=12)}
_TINY_LLM = {"mini-internvl-4b": dict(llm="phi3"), "vintern-3b": dict(template="Hermes-2")}


def checkpoint_options(model: str, size: str) -> tuple[str, dict]:
    """(family writer, keyword options) for ``model`` at ``size``."""
    family, full, reduced = MODELS[model]
    if size == "full":
        return family, dict(full)
    if size == "reduced":
        return family, full | reduced
    if size == "tiny":
        return family, _TINY[family] | _TINY_LLM.get(model, {})
    raise ValueError(f"unknown size {size!r}; use one of {', '.join(SIZES)}")


def write_checkpoint(model: str, size: str, folder: Path) -> Path:
    """Write ``model`` at ``size`` into ``folder`` (original format: config.json, bf16 safetensors,
    tokenizer files) and return the folder."""
    family, options = checkpoint_options(model, size)
    if family == "internvl":
        from tests.runtime.tiny_internvl import write_internvl_checkpoint as write
    elif family == "ristretto":
        from tests.runtime.tiny_ristretto import write_ristretto_checkpoint as write
    else:
        from tests.runtime.tiny_mono import write_mono_checkpoint as write
    return write(folder, **options)


def ensure_checkpoint(model: str, size: str, workdir: Path) -> Path:
    """``workdir/MODEL-SIZE``, written first if it is not there yet — in a child process, so that the
    writer's memory (the whole model, generated in memory) never counts in the caller's loading figures."""
    import subprocess
    import sys
    import time

    folder = workdir / f"{model}-{size}"
    if not (folder / "config.json").is_file():
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, model, size, str(folder)], check=True)
        print(f"synthetic {model} ({size}) written in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return folder


def main(argv=None) -> int:
    """``python benchmarks/synthetic.py MODEL SIZE FOLDER``: write one checkpoint (the benchmark runs this in
    a child process, so that the writer's memory does not count in the loading figures)."""
    import argparse
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("model", choices=sorted(MODELS))
    ap.add_argument("size", choices=SIZES)
    ap.add_argument("folder", type=Path)
    args = ap.parse_args(argv)
    write_checkpoint(args.model, args.size, args.folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
