"""Draft tokens for lookup decoding, found by matching the text's last few tokens earlier in the conversation.

An answer often repeats what is already there: a follow-up that lists a receipt's items again, code that
reuses its own names, a table copied out as CSV. Where the last ``n`` tokens occurred before, the tokens that
followed them then are a guess at what comes next. The engine feeds the guess with the next token in one
step and keeps the guessed tokens the model would have picked anyway (``engine.py``), so the answer is the
one token-by-token decoding gives. A step of a few rows costs about what a step of one does where decoding
is bound by reading the weights (measured on a CPU with bf16 instructions; expected on a GPU, where a step is
bound by launching kernels).
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


class DraftPlanner:
    """How many of a draft's tokens to feed, from what steps have cost and drafts have kept on this runtime.

    Feeding ``d`` draft tokens makes a step of ``d + 1`` rows, which yields 1 token plus the drafts kept. Kept
    drafts are a prefix, so the expected yield is 1 + Σ_{j<d} p₀·…·p_j, with p_i the share of draft tokens at
    position i that were kept when the ones before them were. Its worth is that yield over the step's time in
    one-row steps: a step of a few rows costs about one row's time where decoding reads the weights once (bf16
    on a CPU with bf16 instructions: 7 rows 1.05×), but 0.2–0.6 of a step more per extra row where the kernels
    compute row by row (int8 and int4, bf16 under an AVX2 cap: 2 rows 1.16–1.54×; ``docs/benchmarks.md``). The best length among the row counts timed lately is fed;
    one token more is tried where that row count is untimed or its time is older than :data:`RETRY_AFTER`
    steps — so a step slowed once by something else is timed again, at the price of one step of one extra row
    now and then where drafts do not pay.
    """

    SMOOTHING = 0.2  # weight of the latest step in a row count's running time
    RETRY_AFTER = 64  # steps after which a row count's time is measured again

    def __init__(self, most: int):
        self.most = most
        self._seconds: dict[int, float] = {}  # rows → running step time
        self._timed_at: dict[int, int] = {}  # rows → the step count when last timed
        self._steps = 0
        self._offered = [0] * most  # draft tokens fed at each position…
        self._kept = [0] * most  # … and kept

    def observe_step(self, rows: int, seconds: float) -> None:
        previous = self._seconds.get(rows)
        self._seconds[rows] = seconds if previous is None else previous + self.SMOOTHING * (seconds - previous)
        self._steps += 1
        self._timed_at[rows] = self._steps

    def observe_draft(self, fed: int, kept: int) -> None:
        """``fed`` draft tokens went into a step, the first ``kept`` of them were kept."""
        for position in range(fed):
            self._offered[position] += 1
            self._kept[position] += position < kept

    def length(self, available: int) -> int:
        """The draft tokens worth feeding, at most ``available`` and :attr:`most`."""
        one_row = self._seconds.get(1)
        if one_row is None:  # a one-row step first, to judge the others by
            return 0
        best, best_worth = 0, 1.0
        expected, chance = 1.0, 1.0
        for d in range(1, min(available, self.most) + 1):
            # a prior of one kept and one missed: an untried position is a coin toss
            chance *= (self._kept[d - 1] + 1) / (self._offered[d - 1] + 2)
            expected += chance
            if not self._timed_lately(d + 1):
                break
            worth = expected / (self._seconds[d + 1] / one_row)
            if worth > best_worth:
                best, best_worth = d, worth
        if best < min(available, self.most) and not self._timed_lately(best + 2):
            return best + 1  # one more than the best known: time it
        return best

    def _timed_lately(self, rows: int) -> bool:
        timed = self._timed_at.get(rows)
        return timed is not None and self._steps - timed < self.RETRY_AFTER
