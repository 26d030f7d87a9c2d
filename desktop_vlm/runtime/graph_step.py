"""A static-cache decode step recorded once as a CUDA graph and replayed, without torch.compile.

An eager decode step on a GPU is bound by launching its kernels, not by reading the weights: on an H200 every
family decoded at 33–73 tokens/s whatever it read per token, 4–8 % of the card's bandwidth. Replaying the
step as a CUDA graph launches them all at once. torch.compile's "reduce-overhead" mode does that too
(:mod:`.static_decode`, 3.85× the eager step), but compiles with inductor first, minutes at a first load;
recording the eager step instead takes one step's time. The step is recordable because transformers'
static cache writes at a position it keeps in a device tensor, and its masking and rotary code skip every
shortcut that reads a tensor's value while a CUDA stream is capturing.

A recording fixes the addresses of what the step reads — the static cache, its mask, the input buffer — and
any branch the Python took while recording. The owner keys a recording by both (:class:`RecordedStep`'s
``key``) and records again when either changes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import torch


class RecordedStep:
    """``step`` recorded on ``stream`` for inputs shaped like ``example``; :meth:`replay` runs it on new
    inputs. Recording runs the step's Python but none of its kernels: state the Python changes (a counter
    outside a tensor) is the caller's to put back."""

    def __init__(
        self, step: Callable[[torch.Tensor], torch.Tensor], example: torch.Tensor, key: Hashable, stream
    ) -> None:
        self.key = key
        self.input = example.clone()  # (1, 1, D): the buffer every replay reads its embeddings from
        self.graph = torch.cuda.CUDAGraph()
        # thread_local: pixels pinned for the GPU by the preprocessing threads meanwhile must not void the recording
        with torch.cuda.graph(self.graph, stream=stream, capture_error_mode="thread_local"):
            self.output = step(self.input)  # (1, 1, V), written by every replay

    def replay(self, embeds: torch.Tensor) -> torch.Tensor:
        """The step's output for ``embeds`` (1, 1, D), a tensor of its own (the next replay overwrites the
        recorded output)."""
        self.input.copy_(embeds)
        self.graph.replay()
        return self.output.clone()
