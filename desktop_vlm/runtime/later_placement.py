"""Placing a CPU load's mapped weights after the load, a slice at a time.

On a CPU whose oneDNN blocks bf16, a later load maps the language model's weights from the file, then blocks
them into oneDNN's layout and copies those that stay plain into process memory: 2.2–2.8 s of a 4 s full-size
InternVL2_5-4B load on two cores ("Placing the weights in memory"). The window's model thread loads with
``place_later=True``: the model is reported loaded before that step, and the thread places the weights a
slice at a time while it has nothing else to do, typically while the person writes a question. Whatever
uses the model first places what is left (``VlmRuntime`` does, a slice at a time, so that Stop still takes
effect between two), so no product runs on a weight that is still to be placed, and no blocked copy is made
beside a plain weight.
"""

from __future__ import annotations

from torch import nn

from .kernels.blocked import settle, to_settle
from .weights import copy_into_process_memory


class PendingPlacement:
    """What a load left to place: ``decoder``'s layers that hold their weight blocked once placed, then every
    parameter of ``model`` still mapped from the file (``mapped``, storage addresses), copied."""

    def __init__(self, model: nn.Module, decoder: nn.Module, mapped: set[int]):
        self._model, self._decoder, self._mapped = model, decoder, mapped
        self._to_block = to_settle(decoder)

    @property
    def done(self) -> bool:
        return not self._to_block and not self._mapped

    def place(self, budget_bytes: int) -> bool:
        """Block the next weights, about ``budget_bytes`` of them (one at least); once none are left to block,
        copy the mapped rest. Whether everything is placed now."""
        if self._to_block:
            count, size = 0, 0
            while count < len(self._to_block) and size < budget_bytes:
                size += self._to_block[count].weight.nbytes
                count += 1
            chunk, self._to_block = self._to_block[:count], self._to_block[count:]
            settle(self._decoder, layers=chunk)
        elif self._mapped:
            copy_into_process_memory(self._model, self._mapped)  # forgets the storages: nothing is left
        return self.done
