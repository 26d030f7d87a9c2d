"""An answer continued (cut by the length limit, or stopped) is read after its own beginning, inside the open
answer, and its new text follows that beginning with the space between them, for the byte-level BPE and the
SentencePiece tokenizers alike; a continuation from the conversation's kept cache is the one a fresh cache gives."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_vlm.core.types import GenerationParams
from desktop_vlm.runtime import load_runtime
from desktop_vlm.runtime.api import ChatRequest
from desktop_vlm.runtime.sampling import StreamDecoder, answer_text

MODELS = Path(__file__).parents[1] / "data" / "published" / "models"
FAMILIES = ["InternVL2_5-4B", "Mini-InternVL-Chat-4B-V1-5", "Mono-InternVL-2B"]  # Qwen2 BPE, Phi-3 SP, InternLM2 SP
QUESTION = ChatRequest("Tell me about the lighthouse.", params=GenerationParams(max_new_tokens=6))
ANSWER = "The keeper climbed the stairs, and the lamp was lit at dusk."


@pytest.fixture(scope="module", params=FAMILIES)
def runtime(request):
    return load_runtime(MODELS / request.param, device="cpu", dtype="float32")


def _text_ids(runtime, text: str) -> list[int]:
    """``text``'s ids as they follow an answer's role (without the tokenizer's start-of-text id)."""
    plain = runtime.prepare(QUESTION).ids
    return runtime.prepare(replace(QUESTION, answer_so_far=text)).ids[len(plain) :]


def test_the_prompt_ends_with_the_answers_beginning_inside_the_open_answer(runtime):
    plain = runtime.prepare(QUESTION).ids
    continued = runtime.prepare(replace(QUESTION, answer_so_far="The keeper")).ids
    assert continued[: len(plain)] == plain  # the open answer's role, with no separator after it
    assert runtime.tokenizer.decode(continued[len(plain) :], skip_special_tokens=True) == "The keeper"


@pytest.mark.parametrize("cut", [2, 5, 9])
def test_the_new_text_follows_the_beginning_with_its_space(runtime, cut):
    """``ANSWER`` cut after ``cut`` ids: the text of the rest, framed by the ids before it, is what completes
    the beginning, in the final text and in the streamed pieces."""
    ids = _text_ids(runtime, ANSWER)
    tokenizer, stop = runtime.tokenizer, runtime.template.stop_token
    beginning = tokenizer.decode(ids[:cut], skip_special_tokens=True)
    following = answer_text(tokenizer, ids[cut:], stop, context=ids[:cut][-4:])
    assert beginning + following == ANSWER
    stream = StreamDecoder(tokenizer, ids[:cut][-4:])
    streamed = "".join(stream.push(i) for i in ids[cut:]) + stream.flush()
    assert beginning + streamed == ANSWER


def test_without_a_beginning_the_text_is_stripped_as_before(runtime):
    ids = _text_ids(runtime, ANSWER)
    assert answer_text(runtime.tokenizer, ids, runtime.template.stop_token) == ANSWER


def test_continuing_from_the_kept_cache_gives_what_a_fresh_cache_gives(runtime):
    runtime.reset_cache()
    runtime.generate(QUESTION)  # the conversation's cache now holds the question and an answer's first ids
    continued = replace(QUESTION, answer_so_far="The keeper")
    warm = runtime.generate(continued)
    assert warm.stats.reused_prompt_tokens > 0
    runtime.reset_cache()
    fresh = runtime.generate(continued)
    assert warm.token_ids == fresh.token_ids and warm.text == fresh.text
    assert warm.prompt_token_ids == runtime.prepare(continued).ids


class _SpaceDroppingTokenizer:
    """Words as ids, decoded as SentencePiece's own ``DecodePieces`` does: the space a text starts with is
    dropped, so the ids after a cut decode, on their own, without the space that parts them from the cut."""

    pieces = ["▁The", "▁keeper", "▁climbed", "▁the", "▁stairs."]

    def decode(self, ids, skip_special_tokens=False):
        return "".join(self.pieces[i] for i in ids).replace("▁", " ").removeprefix(" ")


@pytest.mark.parametrize("cut", [1, 2, 4])
def test_the_space_after_the_cut_survives_a_decoder_that_drops_a_texts_first_space(cut):
    tokenizer, ids = _SpaceDroppingTokenizer(), [0, 1, 2, 3, 4]
    beginning = tokenizer.decode(ids[:cut])
    assert (
        beginning + answer_text(tokenizer, ids[cut:], "<|end|>", context=ids[:cut]) == "The keeper climbed the stairs."
    )
    stream = StreamDecoder(tokenizer, ids[:cut])
    assert beginning + "".join(stream.push(i) for i in ids[cut:]) + stream.flush() == "The keeper climbed the stairs."
