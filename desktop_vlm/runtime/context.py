"""Fitting a long conversation into the model's context window by dropping its oldest turns."""

from __future__ import annotations

from dataclasses import replace

from .api import ChatRequest, Runtime
from .prompt import IMAGE_PLACEHOLDER


def fit_to_context(runtime: Runtime, request: ChatRequest) -> tuple[ChatRequest, int]:
    """Return ``request`` with as few of its oldest turns dropped as needed for the prompt plus
    ``max_new_tokens`` to fit, and how many turns were dropped (the caller tells the person).

    Images referenced by a dropped question are dropped with it (they fill placeholders in order, so
    they are the first ones). When even the last question alone does not fit, the request is returned
    as is and the runtime refuses it with a clear message.
    """
    limit = runtime.info.context_length - request.params.max_new_tokens
    history, visuals, dropped = list(request.history), list(request.visuals), 0
    while history and runtime.count_prompt_tokens(replace(request, history=history, visuals=visuals)) > limit:
        turn = history.pop(0)
        visuals = visuals[turn.question.count(IMAGE_PLACEHOLDER) :]
        dropped += 1
    return (replace(request, history=history, visuals=visuals) if dropped else request), dropped
