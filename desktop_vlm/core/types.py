"""Plain domain types shared by the runtime, the app and the CLI (stdlib only)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .errors import InvalidRequestError
from .messages import Message

# Draft tokens a lookup-decoding step may add to the one it decodes: a step of up to 7 rows still runs the
# CPU's few-row decode kernels (8 rows and more take the prompt path).
MAX_LOOKUP_TOKENS = 6
LOOKUP_TOKENS = 4  # what the window's "look ahead" switch asks for


@dataclass(frozen=True)
class GenerationParams:
    """How to pick the next token. Defaults are greedy decoding, as the model cards' examples."""

    max_new_tokens: int = 512
    do_sample: bool = False
    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 0  # 0 disables top-k filtering
    num_beams: int = 1
    repetition_penalty: float = 1.0
    seed: int | None = None
    lookup_tokens: int = 0  # lookup decoding's draft tokens a step (0: off; runtime/lookup.py)

    def validate(self) -> None:
        if not 1 <= self.max_new_tokens <= 32768:
            raise InvalidRequestError(
                Message("max new tokens must be between 1 and 32768 (got {value}).", value=self.max_new_tokens)
            )
        if self.do_sample and not 0.0 < self.temperature <= 10.0:
            raise InvalidRequestError(Message("temperature must be in (0, 10] (got {value}).", value=self.temperature))
        if not 0.0 < self.top_p <= 1.0:
            raise InvalidRequestError(Message("top-p must be in (0, 1] (got {value}).", value=self.top_p))
        if self.top_k < 0:
            raise InvalidRequestError(Message("top-k must be 0 (off) or positive (got {value}).", value=self.top_k))
        if not 1 <= self.num_beams <= 16:
            raise InvalidRequestError(Message("beams must be between 1 and 16 (got {value}).", value=self.num_beams))
        if self.num_beams > 1 and self.do_sample:
            raise InvalidRequestError(Message("beam search and sampling cannot be combined; pick one."))
        if not 0.5 <= self.repetition_penalty <= 3.0:
            raise InvalidRequestError(
                Message("repetition penalty must be in [0.5, 3] (got {value}).", value=self.repetition_penalty)
            )
        if not 0 <= self.lookup_tokens <= MAX_LOOKUP_TOKENS:
            raise InvalidRequestError(
                Message(
                    "lookup tokens must be between 0 (off) and {most} (got {value}).",
                    most=MAX_LOOKUP_TOKENS,
                    value=self.lookup_tokens,
                )
            )
        if self.lookup_tokens and self.num_beams > 1:
            raise InvalidRequestError(Message("beam search and lookup decoding cannot be combined; pick one."))


@dataclass(frozen=True)
class TileParams:
    """Dynamic tiling of an image: between ``min_tiles`` and ``max_tiles`` crops plus an optional thumbnail."""

    min_tiles: int = 1
    max_tiles: int = 12
    use_thumbnail: bool = True

    def validate(self) -> None:
        if not 1 <= self.min_tiles <= self.max_tiles <= 40:
            raise InvalidRequestError(
                Message(
                    "tiles must satisfy 1 <= min ({min_tiles}) <= max ({max_tiles}) <= 40.",
                    min_tiles=self.min_tiles,
                    max_tiles=self.max_tiles,
                )
            )


@dataclass(frozen=True)
class Turn:
    """One finished exchange as the original chat() keeps it: the question text (with any ``<image>``
    placeholders) and the decoded answer."""

    question: str
    answer: str


@dataclass
class GenerationStats:
    """Timings of one answer, in seconds unless named otherwise."""

    vision_encode_s: float = 0.0
    prefill_s: float = 0.0
    time_to_first_token_s: float = 0.0
    decode_s: float = 0.0
    total_s: float = 0.0
    prompt_tokens: int = 0
    reused_prompt_tokens: int = 0  # prefix served from the KV cache of earlier turns
    new_tokens: int = 0
    image_tiles: int = 0
    reused_image_tiles: int = 0  # tiles whose vision features came from the cache
    decode_kernel: str = ""  # the batch-1 kernel(s) decode steps ran, e.g. "int8-aten + bf16-aten"; "" when none chosen
    drafted_tokens: int = 0  # lookup decoding: draft tokens fed to the model
    accepted_tokens: int = 0  # … of which the model picked the same

    @property
    def decode_tokens_per_s(self) -> float:
        # the first token comes out of prefill; decode speed is measured over the tokens after it
        steps = self.new_tokens - 1
        return steps / self.decode_s if steps > 0 and self.decode_s > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["decode_tokens_per_s"] = self.decode_tokens_per_s
        return d


REWRITTEN = "edited"  # the finish_reason stored with an answer the person rewrote: its words are theirs


@dataclass
class GenerationResult:
    """What one answer produced. ``token_ids`` are the generated ids (the stop token included when
    it was produced); ``prompt_token_ids`` the exact ids fed to the model for this answer."""

    text: str
    prompt_token_ids: list[int]
    token_ids: list[int]
    finish_reason: str  # "stop" | "length" | "cancelled"
    stats: GenerationStats = field(default_factory=GenerationStats)
