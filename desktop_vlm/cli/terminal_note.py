"""A line on a terminal saying what the model is doing before the answer's first words — the load's current
step, then how far the prompt is — erased when they come."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from ..runtime.api import IMAGES, PROMPT

SHOW_AFTER_S = 0.5  # a prompt computed sooner (on a GPU) says nothing
ERASE = "\r\x1b[2K"  # back to the line's start, then clear it


class TerminalNote:
    """:meth:`step` takes a load's progress reports, :meth:`progress` is a
    :data:`~desktop_vlm.runtime.api.ProgressCallback`; call :meth:`erase` before writing anything else. Writes
    only to a terminal: piped or redirected output stays the answer and the stats alone."""

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        self.terminal = self.stream.isatty()
        self.began = time.perf_counter()
        self.shown = False

    def step(self, text: str) -> None:
        """Show ``text`` (a load's step, such as "Loading weights 42%") at once: a load takes seconds."""
        self._show(f"{text}…")

    def progress(self, stage: str, fraction: float) -> None:
        if stage == PROMPT and fraction >= 1.0:  # read: the answer comes next
            self.erase()
            return
        if time.perf_counter() - self.began < SHOW_AFTER_S:
            return
        label = "looking at the pictures" if stage == IMAGES else "reading the conversation"
        self._show(f"{label}… {int(100 * fraction)}%")

    def _show(self, text: str) -> None:
        if self.terminal:
            self.stream.write(f"{ERASE}{text}")
            self.stream.flush()
            self.shown = True

    def erase(self) -> None:
        if self.shown:
            self.stream.write(ERASE)
            self.stream.flush()
            self.shown = False
