"""How far a prompt's computation is, counted in transformer blocks that have run, and stopping it between
two of them.

On a CPU the first token of an answer about a picture comes after tens of seconds: the vision tower encodes
the tiles, then the language model reads a prompt of hundreds or thousands of positions (a 1-tile question to
full-size InternVL2_5-4B: 4 s of vision and 14 s of prompt under an AVX2 cap; ``docs/benchmarks.md``). Every
block of a tower costs about the same, so the blocks done out of the blocks to run is the fraction of the
phase done. Forward hooks count them, registered for the phase only: decode steps never run them. The same
hooks end the phase at the first block after a cancel, where a check between phases or prompt chunks kept
Stop waiting for the whole phase: 20.0 s during the vision of a 5-tile question and 46.0 s while reading its
prompt, under an AVX2 cap (``benchmarks/stop_latency.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType

from torch import nn

from .api import CancelToken, ProgressCallback


def repeated_blocks(module: nn.Module) -> Sequence[nn.Module]:
    """The blocks of the tower ``module`` holds: the items of its ``nn.ModuleList`` of one module type that
    hold the most parameters (a transformer's layers, not a list of their projections); empty when it has
    none (Mono-InternVL's vision part is a patch embedding)."""
    best: Sequence[nn.Module] = ()
    best_size = 0
    for child in module.modules():
        if not isinstance(child, nn.ModuleList) or len(child) < 2 or len({type(item) for item in child}) != 1:
            continue
        size = sum(parameter.numel() for parameter in child.parameters())
        if size > best_size:
            best, best_size = list(child), size
    return best


class BlockProgress:
    """Inside ``with``, each time one of ``tower``'s blocks finishes: raise
    :class:`~desktop_vlm.core.errors.GenerationCancelled` if ``cancel`` was cancelled, else
    ``report(stage, done / total)`` over ``passes`` passes through the tower (batches of tiles, chunks of a
    prompt). Does nothing without a tower (a family that does not name its vision encoder) or blocks, or
    with neither a report to make nor a cancel to watch."""

    def __init__(
        self,
        report: ProgressCallback | None,
        stage: str,
        tower: nn.Module | None,
        passes: int,
        cancel: CancelToken | None = None,
    ):
        self._report, self._stage, self._cancel = report, stage, cancel
        watched = (report is not None or cancel is not None) and passes > 0
        self._blocks = repeated_blocks(tower) if watched and tower is not None else ()
        self._total = len(self._blocks) * passes
        self._done = 0
        self._hooks: list = []

    def __enter__(self) -> BlockProgress:
        self._hooks = [block.register_forward_hook(self._block_done) for block in self._blocks]
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        for hook in self._hooks:
            hook.remove()
        self._hooks = []

    def _block_done(self, _block: nn.Module, _inputs, _output) -> None:
        if self._cancel is not None:
            self._cancel.raise_if_cancelled()
        self._done += 1
        if self._report is not None:
            self._report(self._stage, min(1.0, self._done / self._total))
