"""The runtime every family shares: prompt → vision features → prefill (reusing the conversation's KV
cache) → token-by-token decode with streaming, cancel and timings.

Turn-to-turn reuse: the prompt's positions carry reuse keys (:mod:`.prompt_plan`); the longest common key
prefix with the previous call is served from the kept KV cache, only the rest is prefilled, and only
images in that rest are encoded (:mod:`.vision_features` also keeps recently encoded images).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import torch

from ..core.errors import ContextLengthError, DeviceOutOfMemoryError, GenerationCancelled
from ..core.messages import Message
from ..core.types import MAX_LOOKUP_TOKENS, GenerationResult, GenerationStats
from .api import PLACE_SLICE_BYTES, PROMPT, CancelToken, ChatRequest, ModelInfo, ProgressCallback, TextCallback
from .beams import beam_search
from .device import single_token_kernels
from .lookup import DraftPlanner, NgramLookup
from .prompt import IMG_CONTEXT, IMG_END, IMG_START
from .prompt_plan import PromptPlan, plan_prompt
from .prompt_progress import BlockProgress
from .sampling import StreamDecoder, TokenPicker, answer_text
from .templates import ConversationTemplate
from .tokenization import token_id
from .vision_features import VisionFeatures

if TYPE_CHECKING:  # pragma: no cover
    from transformers import DynamicCache

    from .later_placement import PendingPlacement
    from .protocols import VisionLanguageModel

_PREFILL_CHUNK = 8192  # tokens per prefill forward (13 tiles = 3,328 image tokens fit in one)
_CONTINUED_CONTEXT_IDS = 4  # ids of a continued answer's end decoded with its new ids: a word and its space
_OOM_MESSAGES = ("out of memory", "can't allocate memory", "not enough memory")


def _is_out_of_memory(err: BaseException) -> bool:
    """CUDA raises OutOfMemoryError; the CPU allocator raises RuntimeError('... can't allocate memory')."""
    if isinstance(err, (torch.OutOfMemoryError, MemoryError)):
        return True
    return any(text in str(err).lower() for text in _OOM_MESSAGES)


class VlmRuntime:
    """A loaded model behind the :class:`~desktop_vlm.runtime.api.Runtime` protocol."""

    def __init__(
        self,
        model: VisionLanguageModel,
        tokenizer: Any,
        template: ConversationTemplate,
        info: ModelInfo,
        device: torch.device,
        dtype: torch.dtype,
    ):
        self.model: VisionLanguageModel | None = model  # None once closed
        self.tokenizer = tokenizer
        self.template = template
        self.info = info
        self.device = device
        self.dtype = dtype
        self.img_context_id = token_id(tokenizer, IMG_CONTEXT)
        for marker in (IMG_START, IMG_END):  # the prompt needs them too: a tokenizer without them fails here
            token_id(tokenizer, marker)
        self.stop_id = token_id(tokenizer, template.stop_token)
        self._vision = VisionFeatures(model, device, dtype)
        self._prefix_keys: list[Any] = []  # the reuse keys of the positions self._cache holds
        self._cache: DynamicCache | None = None
        self.decode_kernel = ""  # set by the loader: the decode kernels chosen for this CPU (kernels/probe.py)
        self.draft_planner = DraftPlanner(MAX_LOOKUP_TOKENS)  # lookup decoding's costs, learnt across answers
        self.pending_placement: PendingPlacement | None = None  # set by a load with place_later

    def _loaded(self) -> VisionLanguageModel:
        if self.model is None:
            raise RuntimeError("This runtime was closed; load the model again to use it.")
        return self.model

    def place_weights(self, budget_bytes: int) -> bool:
        """Place about ``budget_bytes`` more of the weights the load left to place (:mod:`.later_placement`);
        whether none are left."""
        if self.pending_placement is not None and self.pending_placement.place(budget_bytes):
            self.pending_placement = None
        return self.pending_placement is None

    def _placed(self, cancel: CancelToken | None = None) -> VisionLanguageModel:
        """The model, with every weight the load left to place placed first, a slice at a time: ``cancel``
        stops it between two slices (``GenerationCancelled``), the rest left for later."""
        model = self._loaded()
        while not self.place_weights(PLACE_SLICE_BYTES):
            if cancel is not None and cancel.cancelled:
                raise GenerationCancelled()
        return model

    # ----------------------------------------------------------------- prompt
    def prepare(self, request: ChatRequest) -> PromptPlan:
        """The request's token ids and reuse keys, exactly as the original ``chat()`` builds the prompt."""
        return plan_prompt(request, self._loaded(), self.tokenizer, self.template, self.img_context_id)

    def count_prompt_tokens(self, request: ChatRequest) -> int:
        return len(self.prepare(request).ids)

    # ----------------------------------------------------------------- generation
    def _reusable_prefix(self, keys: list[Any]) -> int:
        if self._cache is None:
            return 0
        n = 0
        for a, b in zip(self._prefix_keys, keys):
            if a != b:
                break
            n += 1
        return min(n, len(keys) - 1)  # at least one position is prefilled to get the next-token logits

    @torch.inference_mode()
    def generate(
        self,
        request: ChatRequest,
        on_text: TextCallback | None = None,
        cancel: CancelToken | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> GenerationResult:
        cancel = cancel or CancelToken()
        start = time.perf_counter()
        try:
            prompt = self.prepare(request)  # decodes and hashes the images: can run out of memory too
        except (MemoryError, RuntimeError) as err:
            if _is_out_of_memory(err):
                raise self._out_of_memory() from None
            raise
        params = request.params
        if len(prompt.ids) + params.max_new_tokens > self.info.context_length:
            raise ContextLengthError(
                Message(
                    "The conversation is {prompt_tokens} tokens; with {new_tokens} new tokens it exceeds "
                    "the model's context of {context_tokens}.",
                    prompt_tokens=len(prompt.ids),
                    new_tokens=params.max_new_tokens,
                    context_tokens=self.info.context_length,
                ),
                hint=Message("Start a new chat, use fewer tiles or frames, attach less text, or lower max new tokens."),
            )
        stats = GenerationStats(prompt_tokens=len(prompt.ids), decode_kernel=self.decode_kernel)
        try:
            self._placed(cancel)  # a question asked as soon as the model loaded waits for its weights here
            # an answer continued: its last ids frame the text that follows them
            context = prompt.ids[-_CONTINUED_CONTEXT_IDS:] if request.answer_so_far else []
            return self._generate(prompt, params, on_text, cancel, stats, start, on_progress, context)
        except GenerationCancelled:  # stopped before the first token: an empty, cancelled answer
            if self._cache is not None and self._cache.get_seq_length() != len(self._prefix_keys):
                self._cache, self._prefix_keys = None, []  # stopped mid-prefill: the cache is ahead of its keys
            stats.total_s = time.perf_counter() - start
            return GenerationResult("", list(prompt.ids), [], "cancelled", stats)
        except (torch.OutOfMemoryError, MemoryError, RuntimeError) as err:
            if not _is_out_of_memory(err):
                self._cache, self._prefix_keys = None, []
                raise
            raise self._out_of_memory() from None
        except BaseException:
            self._cache, self._prefix_keys = None, []  # a half-updated cache must not be reused
            raise

    def _wait_for_device(self) -> None:
        """Let queued GPU work finish, so the per-phase timings measure the phases (one wait per phase)."""
        if self.device.type == "cuda":
            torch.cuda.synchronize(self.device)
        elif self.device.type == "mps":
            torch.mps.synchronize()

    def _out_of_memory(self) -> DeviceOutOfMemoryError:
        """Free what this runtime holds for requests and describe the failure for the person."""
        self.reset_cache()
        self._release_decoder()
        if self.device.type == "cuda":
            torch.cuda.empty_cache()
        if self.device.type == "cuda":
            message = Message("The GPU ran out of memory for this request; memory was freed.")
        else:
            message = Message("The computer ran out of memory for this request; memory was freed.")
        return DeviceOutOfMemoryError(
            message, hint=Message("Try fewer tiles or frames, a shorter conversation, or a smaller precision.")
        )

    def _generate(self, prompt, params, on_text, cancel, stats, start, on_progress, context) -> GenerationResult:
        decoder = self._loaded().decoder
        common = self._reusable_prefix(prompt.keys)
        if common == 0:
            self._cache = decoder.new_cache()
        else:
            assert self._cache is not None, "a reusable prefix is one the kept cache holds"
            self._cache.crop(common - self._cache.get_seq_length())
        self._prefix_keys = prompt.keys[:common]
        stats.reused_prompt_tokens = common
        cancel.raise_if_cancelled()

        t_vision = time.perf_counter()
        features = self._vision.from_position(prompt, common, stats, on_progress, cancel)
        self._wait_for_device()  # GPU work is asynchronous: without this the time would be the launches'
        stats.vision_encode_s = time.perf_counter() - t_vision
        cancel.raise_if_cancelled()

        t_prefill = time.perf_counter()
        suffix = torch.tensor([prompt.ids[common:]], device=self.device)
        embeds = decoder.embed(suffix)  # (1, L, D)
        image_mask = suffix == self.img_context_id  # (1, L)
        if features is not None:
            embeds = embeds.masked_scatter(image_mask.unsqueeze(-1), features.to(embeds.dtype))
        # Long prompts are prefilled in chunks: the same attention over the cache, but activation memory
        # bounded by the chunk instead of the prompt (SDPA's CPU path materialises L×L scores).
        chunks = range(0, suffix.shape[1], _PREFILL_CHUNK)
        with BlockProgress(on_progress, PROMPT, decoder.language_model, len(chunks), cancel):
            for begin in chunks:  # Stop ends a chunk between two layers: the half-read cache is dropped below
                chunk = slice(begin, begin + _PREFILL_CHUNK)
                cancel.raise_if_cancelled()
                logits = decoder(embeds[:, chunk], image_mask[:, chunk], self._cache, logits_to_keep=1)
        self._prefix_keys = list(prompt.keys)
        self._wait_for_device()
        stats.prefill_s = time.perf_counter() - t_prefill

        if params.num_beams > 1:
            generated, finish = beam_search(decoder, self._cache, logits, params, self.stop_id, cancel)
            self._cache, self._prefix_keys = None, []  # the beams consumed the cache
            stats.time_to_first_token_s = time.perf_counter() - start
        else:
            generated, finish = self._decode(
                decoder, logits, params, cancel, stats, start, on_text, prompt.ids, context
            )
            assert self._cache is not None, "decoding keeps the conversation's cache"
            fed = self._cache.get_seq_length()
            self._prefix_keys = (prompt.keys + generated)[:fed]

        text = answer_text(self.tokenizer, generated, self.template.stop_token, context)
        if params.num_beams > 1 and on_text is not None and text:
            on_text(text)
        stats.new_tokens = len(generated)
        stats.total_s = time.perf_counter() - start
        stats.decode_s = max(0.0, stats.total_s - stats.time_to_first_token_s)
        return GenerationResult(text, list(prompt.ids), generated, finish, stats)

    def _decode(self, decoder, logits, params, cancel, stats, start, on_text, prompt_ids, context):
        """Token-by-token decoding from the prompt's ``logits``. With ``params.lookup_tokens`` (on the
        conversation's own cache), a step also feeds the draft :class:`~.lookup.NgramLookup` guesses from
        the conversation, and each of its rows is picked as a step of its own would be: a draft token is kept
        while it is what was picked, so the answer is the one plain decoding gives."""
        picker = TokenPicker(params, self.device)
        stream = StreamDecoder(self.tokenizer, context)
        generated: list[int] = []
        history = torch.empty((1, 0), dtype=torch.long, device=self.device)
        finish = None
        session = decoder.start_decode(self._cache, params.max_new_tokens) if decoder.supports_static_decode else None
        lookup = NgramLookup(prompt_ids) if params.lookup_tokens and session is None else None
        rows, draft = logits[0, -1:], []  # rows (1 + len(draft), V): row i picks the token after draft[:i]
        step_started = None  # the prompt's row came with the prefill: nothing to time
        while finish is None:
            for index, row in enumerate(rows):
                next_id = picker(row[None].float(), history)  # (1,)
                token = int(next_id)
                generated.append(token)
                history = torch.cat([history, next_id.view(1, 1)], dim=1)
                if len(generated) == 1:
                    stats.time_to_first_token_s = time.perf_counter() - start
                delta = stream.push(token)
                if delta and on_text is not None:
                    on_text(delta)
                finish = self._finish(token, len(generated), params, cancel)
                if finish is not None or index == len(draft) or token != draft[index]:
                    break
                stats.accepted_tokens += 1
            if lookup is not None and step_started is not None:  # the step and its picks: what a draft costs
                self.draft_planner.observe_step(len(rows), time.perf_counter() - step_started)
                self.draft_planner.observe_draft(len(draft), min(index, len(draft)))
            if len(draft) > index:  # the cache holds draft[index:], which the answer does not continue with
                assert self._cache is not None, "drafts are fed to the conversation's own cache"
                self._cache.crop(index - len(draft))
            if finish is not None:
                break
            draft = []
            if lookup is not None:
                lookup.extend(generated[len(lookup.ids) - len(prompt_ids) :])
                draft = lookup.draft(min(params.lookup_tokens, params.max_new_tokens - len(generated) - 1))
                draft = draft[: self.draft_planner.length(len(draft))]
                stats.drafted_tokens += len(draft)
            step_started = time.perf_counter()
            ids = torch.tensor([[token, *draft]], device=self.device)  # (1, 1 + len(draft))
            with single_token_kernels(self.device, self.dtype):
                if session is not None:
                    logits = session.step(ids)
                else:  # generated tokens are text: the original never routes decode steps to visual experts
                    logits = decoder(
                        decoder.embed(ids), torch.zeros_like(ids, dtype=torch.bool), self._cache, ids.shape[1]
                    )
            rows = logits[0]
        if session is not None:
            self._cache = session.to_dynamic()
        tail = stream.flush()
        if tail and on_text is not None:
            on_text(tail)
        return generated, finish

    def _finish(self, token: int, count: int, params, cancel) -> str | None:
        """Why decoding ends after the ``count``-th token ``token``, or None to go on."""
        if token == self.stop_id:
            return "stop"
        if count == params.max_new_tokens:
            return "length"
        if cancel.cancelled:
            return "cancelled"
        return None

    @torch.inference_mode()
    def forward_logits(
        self,
        request: ChatRequest,
        continuation: Sequence[int] = (),
        *,
        all_positions: bool = False,
        stepwise: bool = False,
    ) -> torch.Tensor:
        """Teacher-forced logits (len(continuation) + 1, V), float32, of a full recompute: row k is the
        distribution after the prompt and ``continuation[:k]`` (every prompt position too with
        ``all_positions``). With ``stepwise``, the continuation is fed one token at a time after the prompt,
        as decoding feeds it, so its rows come from the decode steps' kernels. Leaves the reuse caches untouched."""
        decoder = self._placed().decoder
        prompt = self.prepare(request)
        stats = GenerationStats()
        features = self._vision.from_position(prompt, 0, stats)
        fed_at_once = prompt.ids + ([] if stepwise else list(continuation))
        ids = torch.tensor([fed_at_once], device=self.device)
        embeds = decoder.embed(ids)
        image_mask = ids == self.img_context_id
        image_mask[:, len(prompt.ids) :] = False  # generated tokens are text, as in decoding
        if features is not None:
            embeds = embeds.masked_scatter(image_mask.unsqueeze(-1), features.to(embeds.dtype))
        cache = decoder.new_cache()
        if not stepwise:
            keep = 0 if all_positions else len(continuation) + 1
            return decoder(embeds, image_mask, cache, logits_to_keep=keep)[0].float()
        rows = [decoder(embeds, image_mask, cache, logits_to_keep=0 if all_positions else 1)[0]]
        for token in continuation:
            step = torch.tensor([[token]], device=self.device)
            rows.append(decoder(decoder.embed(step), torch.zeros_like(step, dtype=torch.bool), cache, 1)[0])
        return torch.cat(rows).float()

    # ----------------------------------------------------------------- lifecycle
    def reset_cache(self) -> None:
        self._vision.clear()
        self._cache, self._prefix_keys = None, []

    def _release_decoder(self) -> None:
        self._loaded().decoder.release()  # memory a decoder keeps between answers

    def close(self) -> None:
        self.pending_placement = None
        self.reset_cache()
        if self.model is not None:
            self._release_decoder()
        self.model = None
        if self.device.type == "cuda":
            torch.cuda.empty_cache()
