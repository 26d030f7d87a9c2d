"""The runtime protocol: what the app, the CLI and the server call. No torch import here.

A request carries the whole conversation as the original ``chat()`` sees it (history turns with their
``<image>`` placeholders, the new question) plus the images that fill those placeholders in order.
The runtime decides what it can reuse from the previous call (vision features, the KV cache of the
common prompt prefix); the answer is the same as a full recompute.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from ..core.errors import GenerationCancelled
from ..core.types import GenerationParams, GenerationResult, TileParams, Turn

if TYPE_CHECKING:  # pragma: no cover
    from PIL import Image


@dataclass(frozen=True)
class VisualInput:
    """The content of one ``<image>`` placeholder.

    ``max_tiles`` overrides the request's tiling for this image (video frames use 1: no tiling, no
    thumbnail). ``key`` identifies the content for vision-feature reuse across turns; when None the
    runtime hashes the pixels. ``combined_with`` holds further images whose tiles follow this one's in
    the same ``<img>`` block (the model cards' "combined images" form).
    """

    image: Image.Image
    max_tiles: int | None = None
    key: str | None = None
    combined_with: tuple[Image.Image, ...] = ()


@dataclass
class ChatRequest:
    """One question in a conversation.

    ``visuals`` fill the ``<image>`` placeholders of the whole conversation in order: history
    questions first, then ``question``. Use :func:`desktop_vlm.runtime.prompt.compose_question` to
    add placeholders the way the model cards do.
    """

    question: str
    visuals: list[VisualInput] = field(default_factory=list[VisualInput])
    history: list[Turn] = field(default_factory=list[Turn])
    system_message: str | None = None  # None: the model's own default system message
    params: GenerationParams = field(default_factory=GenerationParams)
    tiles: TileParams = field(default_factory=TileParams)
    image_tokens: int | None = None  # per-request image-token budget (models with an adaptive projector)
    # the beginning of the answer, already written: the prompt ends with it inside the open answer, and the
    # model goes on from there (an answer cut by the length limit or stopped, continued)
    answer_so_far: str = ""


@dataclass(frozen=True)
class ModelInfo:
    """What the UI needs to know about a loaded model, without touching torch."""

    name: str
    family: str  # the name of the model's family (runtime/registry.py)
    template: str
    device: str
    dtype: str
    tile_size: int
    tokens_per_tile: int  # at the default image-token budget
    context_length: int
    image_token_choices: tuple[int, ...] = ()  # non-empty when the image-token budget is adjustable
    parameters: int = 0
    quantization: str = "none"  # "none" | "int8" | "int4" (language-model weights)
    default_max_tiles: int = 12  # the family's default, capped on CPU where every tile costs seconds


class CancelToken:
    """Cooperative cancellation: the UI thread calls ``cancel()``, the model thread checks per token."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise GenerationCancelled()


TextCallback = Callable[[str], None]
# (stage, fraction done) while a prompt is computed, before its first token: on a CPU that takes seconds to
# minutes. Stages: IMAGES (the vision tower encodes the pictures not seen before), then PROMPT (the language
# model reads what it has not read yet). Within a stage the fraction only grows and ends at 1.
ProgressCallback = Callable[[str, float], None]
IMAGES, PROMPT = "images", "prompt"

# What a load reports through its ``on_progress`` (a plain line a terminal can print): one of these steps,
# the counted ones followed by " N%" (the share of the weights read) or " N of M" (about to measure the N-th of
# M shapes). The window translates the step and draws the count as a bar (:func:`split_load_report`).
LOAD_BUILDING = "Building the model"
LOAD_READING = "Loading weights"
LOAD_READING_QUANTISING = "Loading and quantising weights"
LOAD_READING_KEPT = "Loading the quantised weights kept from an earlier load"
LOAD_KEEPING_QUANTISED = "Keeping the quantised weights for the next load"
LOAD_QUANTISING = "Quantising the language model"
LOAD_BUILDING_KERNEL = "Building the int4 kernel for this CPU and torch (once)"
LOAD_CHOOSING_KERNELS = "Choosing decode kernels for this CPU"
LOAD_MEASURING_KERNELS = "Choosing decode kernels for this CPU: measuring"
LOAD_PLACING = "Placing the weights in memory"
LOAD_COMPILING = "Compiling the decoder (slow the first time; faster later, from the on-disk cache)"
LOAD_RECORDING = "Recording the decode step"
LOAD_TOKENIZER = "Loading the tokenizer"
# A slice of the weights a load left to place after it (runtime/later_placement.py): about 0.1 s on two cores,
# so a question, or a Stop while a question waits for the rest, waits for one slice at most
PLACE_SLICE_BYTES = 256 << 20
_PERCENT = re.compile(r"^(.*\S) (\d{1,3})%$")
_COUNT = re.compile(r"^(.*\S) (\d+) of (\d+)$")


def split_load_report(report: str) -> tuple[str, float | None]:
    """A load's report → (its step, the share of that step done; None where the step is not counted).
    "Loading weights 42%" → ("Loading weights", 0.42); "…: measuring 2 of 5" → ("…: measuring", 0.2), one
    shape of five measured."""
    if match := _PERCENT.match(report):
        return match[1], min(int(match[2]), 100) / 100
    if (match := _COUNT.match(report)) and 0 < int(match[2]) <= int(match[3]):
        return match[1], (int(match[2]) - 1) / int(match[3])
    return report, None


class Runtime(Protocol):
    """A loaded model. Not thread-safe: one thread (the model thread) owns it."""

    info: ModelInfo

    def generate(
        self,
        request: ChatRequest,
        on_text: TextCallback | None = None,
        cancel: CancelToken | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> GenerationResult:
        """Answer ``request``, streaming text chunks to ``on_text`` and reporting how far the prompt's
        computation is to ``on_progress`` (where the runtime can tell). When ``cancel`` fires, returns the
        partial answer with ``finish_reason == "cancelled"``."""
        ...

    def count_prompt_tokens(self, request: ChatRequest) -> int:
        """Exact prompt length in tokens, images included, without running the model."""
        ...

    def reset_cache(self) -> None:
        """Forget reusable vision features and KV caches (e.g. when switching conversation)."""
        ...

    def place_weights(self, budget_bytes: int) -> bool:
        """Place about ``budget_bytes`` more of the weights the load left to place after it (a load with
        ``place_later``); whether none are left. Using the model places whatever is left first."""
        ...

    def close(self) -> None:
        """Free the model's memory."""
        ...
