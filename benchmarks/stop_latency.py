"""How long Stop takes to end an answer whose prompt is still being computed: the seconds from the cancel to
``generate`` returning, for a Stop pressed while the vision tower encodes the picture and one pressed while the
language model reads the prompt.

    python benchmarks/stop_latency.py --size full --workdir DIR [--tiles 4] [--stop-after 2 25] [--tree PATH]

One loaded model (a synthetic checkpoint of the size asked, built in ``--workdir`` if missing); per stop time, a
fresh question about a 896 × 896 picture (``--tiles`` tiles and the thumbnail), cancelled from another thread
after that many seconds, then a short answer to show the runtime is usable. ``--tree`` runs the runtime of
another checkout (a ``git worktree`` of an older commit) for a before / after. Pick stop times from the
phases' lengths on the machine (``runtime_bench.py`` prints them): the defaults suit a 2-core AVX2 CPU.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=("tiny", "reduced", "full"), default="full")
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--tiles", type=int, default=4)
    parser.add_argument("--stop-after", type=float, nargs="+", default=[2.0, 25.0])
    parser.add_argument("--tree", type=Path, default=HERE.parent, help="the checkout whose runtime runs")
    args = parser.parse_args(argv)
    sys.path[:0] = [str(args.tree), str(HERE)]

    import torch
    from PIL import Image
    from synthetic import ensure_checkpoint

    from desktop_vlm.core.types import GenerationParams, TileParams
    from desktop_vlm.runtime import load_runtime
    from desktop_vlm.runtime.api import CancelToken, ChatRequest, VisualInput

    checkpoint = ensure_checkpoint("internvl2_5-4b", args.size, args.workdir)
    runtime = load_runtime(checkpoint, device="cpu")
    picture = Image.effect_noise((896, 896), 64).convert("RGB")
    print(f"{checkpoint.name}, CPU ({torch.backends.cpu.get_cpu_capability()}), runtime from {args.tree}")
    for delay in args.stop_after:
        runtime.reset_cache()  # nothing reused: the picture is encoded and the whole prompt read
        cancel = CancelToken()
        question = ChatRequest(
            "<image>\nDescribe the picture.",
            [VisualInput(picture)],
            params=GenerationParams(max_new_tokens=8),
            tiles=TileParams(max_tiles=args.tiles),
        )
        stopped: list[float] = []

        def stop(after: float = delay, token: CancelToken = cancel, at: list[float] = stopped) -> None:
            time.sleep(after)
            at.append(time.perf_counter())
            token.cancel()

        threading.Thread(target=stop, daemon=True).start()
        result = runtime.generate(question, cancel=cancel)
        returned = time.perf_counter()
        if not stopped:
            print(f"stop after {delay:.1f} s: the answer ended first ({result.finish_reason}); pick a shorter time")
            continue
        usable = runtime.generate(ChatRequest("Hello", params=GenerationParams(max_new_tokens=4)))
        print(
            f"stop after {delay:.1f} s: {result.finish_reason}, returned {returned - stopped[0]:.2f} s after the stop "
            f"({result.stats.image_tiles} tiles; the next answer: {usable.finish_reason}, {len(usable.token_ids)} tokens)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
