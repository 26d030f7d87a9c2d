"""FakeRuntime: a stand-in with the runtime's API for UI, server and CLI tests where the model itself
does not matter. It streams a scripted answer word by word (up to ``max_new_tokens`` words, then it says
"length"; an answer continued goes on from its words so far), honours cancel, and can be slowed down or told to
fail. No torch."""

from __future__ import annotations

import threading
import time

from ..core.errors import DesktopVlmError
from ..core.types import GenerationResult, GenerationStats
from .api import CancelToken, ChatRequest, ModelInfo, ProgressCallback, TextCallback


class FakeRuntime:
    def __init__(
        self,
        answer: str = "This is a **fake** answer about your image.",
        *,
        delay_s: float = 0.0,
        fail_with: DesktopVlmError | None = None,
        step_event: threading.Event | None = None,
        progress: tuple[tuple[str, float], ...] = (),
        slices_to_place: int = 0,
    ) -> None:
        self.info = ModelInfo(
            name="fake",
            family="fake",
            template="internvl2_5",
            device="cpu",
            dtype="float32",
            tile_size=448,
            tokens_per_tile=256,
            context_length=8192,
        )
        self.answer = answer
        self.delay_s = delay_s
        self.fail_with = fail_with
        self.step_event = step_event  # when set, each word and each progress report waits for the test to release it
        self.progress = progress  # (stage, fraction) reports made before the first word, in order
        self.requests: list[ChatRequest] = []
        self.closed = False
        self.slices_to_place = slices_to_place  # weights its load left to place, in slices (place_weights)
        self.placed: list[str] = []  # "slice" per slice placed, "rest" where a question placed what was left

    def count_prompt_tokens(self, request: ChatRequest) -> int:
        words = sum(len(t.question.split()) + len(t.answer.split()) for t in request.history)
        return 20 + words + len(request.question.split()) + 256 * len(request.visuals)

    def generate(
        self,
        request: ChatRequest,
        on_text: TextCallback | None = None,
        cancel: CancelToken | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> GenerationResult:
        self.requests.append(request)
        if self.slices_to_place:  # as the real runtime: what its load left to place, placed before answering
            self.slices_to_place = 0
            self.placed.append("rest")
        if self.fail_with is not None:
            raise self.fail_with
        start = time.perf_counter()
        for stage, fraction in self.progress:
            self._wait_for_the_test()
            if on_progress is not None:
                on_progress(stage, fraction)
        words = self.answer.split(" ")
        if request.answer_so_far and self.answer.startswith(request.answer_so_far):
            words = words[len(request.answer_so_far.split(" ")) :]
        limit = request.params.max_new_tokens
        out: list[str] = []
        finish = "length" if len(words) > limit else "stop"
        for i, word in enumerate(words[:limit]):
            self._wait_for_the_test()
            if self.delay_s:
                time.sleep(self.delay_s)
            if cancel is not None and cancel.cancelled:  # a Stop made while this word was on its way
                finish = "cancelled"
                break
            chunk = word if i == 0 and not request.answer_so_far else " " + word
            out.append(chunk)
            if on_text is not None:
                on_text(chunk)
        elapsed = time.perf_counter() - start
        stats = GenerationStats(
            total_s=elapsed,
            decode_s=elapsed,
            time_to_first_token_s=min(elapsed, self.delay_s),
            prompt_tokens=self.count_prompt_tokens(request),
            new_tokens=len(out),
        )
        return GenerationResult("".join(out), [], list(range(len(out))), finish, stats)

    def _wait_for_the_test(self) -> None:
        if self.step_event is not None:
            self.step_event.wait(5)
            self.step_event.clear()

    def place_weights(self, budget_bytes: int) -> bool:
        if self.slices_to_place:
            self.slices_to_place -= 1
            self.placed.append("slice")
        return not self.slices_to_place

    def reset_cache(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True
