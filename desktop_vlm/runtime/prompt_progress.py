"""How far a prompt's computation is, counted in transformer blocks that have run.

On a CPU the first token of an answer about a picture comes after tens of seconds: the vision tower encodes
the tiles, then the language model reads a prompt of hundreds or thousands of positions (a 1-tile question to
full-size InternVL2_5-4B: 4 s of vision and 14 s of prompt under an AVX2 cap; ``docs/benchmarks.md``). Every
block of a tower costs about the same, so the blocks done out of the blocks to run is the fraction of the
phase done. Forward hooks count them, registered for the phase only: decode steps never run them.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType

from torch import nn

from .api import ProgressCallback


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
    """Inside ``with``: ``report(stage, done / total)`` each time one of ``tower``'s blocks finishes, for
    ``passes`` passes through the tower (batches of tiles, chunks of a prompt). Reports nothing when ``report``
    is None, ``passes`` is 0, or there is no tower (a family that does not name its vision encoder) or it has
    no blocks."""

    def __init__(self, report: ProgressCallback | None, stage: str, tower: nn.Module | None, passes: int):
        self._report, self._stage = report, stage
        self._blocks = repeated_blocks(tower) if report is not None and passes > 0 and tower is not None else ()
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
        assert self._report is not None, "hooks are registered only with a report to make"
        self._done += 1
        self._report(self._stage, min(1.0, self._done / self._total))
