"""Draft tokens for lookup decoding, found by matching the text's last few tokens earlier in the conversation.

An answer often repeats what is already there: a follow-up that lists a receipt's items again, code that
reuses its own names, a table copied out as CSV. Where the last ``n`` tokens occurred before, the tokens that
followed them then are a guess at what comes next. The engine feeds the guess with the next token in one
step and keeps the guessed tokens the model would have picked anyway (``engine.py``), so the answer is the
one token-by-token decoding gives; a step of a few rows costs about what a step of one does where decoding
is bound by reading the weights (a GPU, or a CPU with bf16 instructions).
"""

from __future__ import annotations

from collections.abc import Iterable

MAX_NGRAM = 3  # the longest tail matched: longer tails are tried first, as they guess better
MIN_NGRAM = 2  # a single token recurs too often to say what follows it


class NgramLookup:
    """The ids of a conversation so far, indexed by every ``MIN_NGRAM``…``MAX_NGRAM``-token run's latest
    occurrence, for :meth:`draft`."""

    def __init__(self, ids: Iterable[int] = ()):
        self.ids: list[int] = []
        # run of n ids → where the latest occurrence before the tail ends (the index of the id after it)
        self._ends: dict[tuple[int, ...], int] = {}
        self.extend(ids)

    def extend(self, ids: Iterable[int]) -> None:
        for token in ids:
            self.ids.append(token)
            length = len(self.ids)
            # the run ending just before this id now has an id after it: index it
            for n in range(MIN_NGRAM, MAX_NGRAM + 1):
                if length - 1 >= n:
                    self._ends[tuple(self.ids[length - 1 - n : length - 1])] = length - 1

    def draft(self, count: int) -> list[int]:
        """Up to ``count`` ids that followed the latest earlier occurrence of the longest tail that occurred
        before; [] when none did."""
        if count <= 0:
            return []
        for n in range(MAX_NGRAM, MIN_NGRAM - 1, -1):
            if len(self.ids) <= n:
                continue
            end = self._ends.get(tuple(self.ids[-n:]))
            if end is not None:
                return self.ids[end : end + count]
        return []
