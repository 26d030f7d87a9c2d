"""Language models from transformers building blocks, configured from an original ``llm_config`` dict.

The original InternVL code ran these LLMs under transformers 4.37, which differs from today's classes in
two configuration details handled here:
- Qwen2 ignored ``rope_scaling`` (InternVL configs carry ``dynamic``); we drop it so positions beyond
  32k are not rescaled differently from the original.
- Phi-3's ``su`` rope type is today's ``longrope`` (same formula: short/long factors switched at
  ``original_max_position_embeddings``, cos/sin scaled by sqrt(1 + ln(s)/ln(orig))).
The original configs also force untied embeddings.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING

import torch
from torch import nn

from ..core.errors import CheckpointError
from ..core.messages import Message

if TYPE_CHECKING:
    from transformers import Phi3ForCausalLM, Qwen2ForCausalLM

    from .qwen2_step import Qwen2DecodeStep
    from .static_decode import StaticDecoder

_DROP_KEYS = {"architectures", "auto_map", "_name_or_path", "transformers_version", "torch_dtype", "_commit_hash"}


def build_llm_config(llm_config: dict, attn_implementation: str = "sdpa"):
    """A transformers config for ``llm_config['architectures'][0]``."""
    from transformers import Phi3Config, Qwen2Config

    arch = (llm_config.get("architectures") or [""])[0]
    values = {k: v for k, v in llm_config.items() if k not in _DROP_KEYS}
    values["tie_word_embeddings"] = False
    if arch == "Qwen2ForCausalLM":
        values.pop("rope_scaling", None)
        values.pop("rope_parameters", None)
        values["use_sliding_window"] = False
        config = Qwen2Config(**values)
    elif arch == "Phi3ForCausalLM":
        scaling = values.pop("rope_scaling", None)
        if scaling:
            scaling = dict(scaling)
            kind = scaling.pop("type", scaling.get("rope_type"))
            scaling["rope_type"] = "longrope" if kind in ("su", "longrope") else kind
            scaling["rope_theta"] = values.get("rope_theta", 10000.0)
            original = values.get("original_max_position_embeddings")
            if original:  # the same ratio transformers would derive, stated explicitly
                scaling.setdefault("factor", values.get("max_position_embeddings", original) / original)
                scaling.setdefault("original_max_position_embeddings", original)
            values["rope_parameters"] = scaling
        config = Phi3Config(**values)
    else:
        raise CheckpointError(Message("Unsupported language model architecture {architecture!r}.", architecture=arch))
    if attn_implementation == "sdpa":  # SDPA, with CPU decode steps as plain products (runtime/attention.py)
        from .attention import ATTENTION_NAME, register_with_transformers

        register_with_transformers()
        attn_implementation = ATTENTION_NAME
    config._attn_implementation = attn_implementation
    return config


def cache_keyword(module: nn.Module) -> str:
    """The name under which ``module.forward`` takes the KV cache: ``cache`` from transformers 5.24 on,
    ``past_key_values`` before (5.24 still accepts the old name, with a deprecation warning per call)."""
    return "cache" if "cache" in inspect.signature(module.forward).parameters else "past_key_values"


def build_causal_lm(config) -> Qwen2ForCausalLM | Phi3ForCausalLM:
    """The transformers causal LM for ``config`` (call under ``torch.device('meta')`` before loading)."""
    from transformers import Phi3ForCausalLM, Qwen2ForCausalLM

    cls = {"qwen2": Qwen2ForCausalLM, "phi3": Phi3ForCausalLM}[config.model_type]
    model = cls(config)
    model.eval()
    return model


class HfDecoder(nn.Module):
    """Adapter giving a transformers causal LM the decoder interface the engine drives.

    ``forward(inputs_embeds (B, L, D), image_mask (B, L) bool, cache, logits_to_keep) -> logits (B, k, V)``;
    ``image_mask`` marks ``<IMG_CONTEXT>`` positions; unused here (families with visual experts route by it).
    """

    def __init__(self, lm: Qwen2ForCausalLM | Phi3ForCausalLM):
        super().__init__()
        self.lm = lm
        self.decode_mode = "dynamic"  # see runtime/static_decode.py
        self._static: StaticDecoder | None = None  # made on first use and kept for its cache
        self._cache_keyword = cache_keyword(lm.model)
        self.cpu_step: Qwen2DecodeStep | None = None  # one-token CPU steps written out (runtime/qwen2_step.py)

    supports_static_decode = True

    @property
    def context_length(self) -> int:
        return int(self.lm.config.max_position_embeddings)

    @property
    def language_model(self) -> nn.Module:
        """The transformers causal LM: what quantisation and the baseline's attention switch act on."""
        return self.lm

    def embed(self, input_ids: torch.Tensor) -> torch.Tensor:
        return self.lm.get_input_embeddings()(input_ids)

    def new_cache(self):
        from .kv_cache import new_cache

        return new_cache(self.lm.config)

    def set_decode_mode(self, mode: str) -> None:
        """``dynamic`` (the default), ``static``, ``graph`` or ``compiled`` (see :mod:`.static_decode`)."""
        self.release()
        self.decode_mode, self._static = mode, None

    def start_decode(self, cache, max_new_tokens: int) -> StaticDecoder | None:
        """The kept static-cache decoder loaded with ``cache``, or None to decode on ``cache`` itself (the
        default)."""
        if self.decode_mode == "dynamic":
            return None
        if self._static is None:
            from .static_decode import StaticDecoder

            self._static = StaticDecoder(self.lm, self.decode_mode)
        return self._static.start(cache, max_new_tokens)

    def warm_up(self) -> None:
        """Run the static decode path once on a one-token prompt, so that compiling it (tens of seconds
        for a full-size model) or recording it happens while loading rather than inside the first answer."""
        if self.decode_mode == "dynamic":
            return
        from .device import single_token_kernels

        weight = self.lm.model.embed_tokens.weight  # the input embeddings' (vocabulary, D) table
        with torch.inference_mode():
            cache = self.new_cache()
            self(torch.zeros(1, 1, weight.shape[1], dtype=weight.dtype, device=weight.device), None, cache)
            session = self.start_decode(cache, max_new_tokens=4)
            assert session is not None, "a static or compiled decode mode always gives a session"
            ids = torch.zeros(1, 1, dtype=torch.long, device=weight.device)
            for _ in range(3):  # compile or warm up, then (on a GPU) the recording and a first replay of the graph
                with single_token_kernels(weight.device, weight.dtype):  # as the engine runs a step
                    session.step(ids)

    def prepare_cpu_step(self, columns: bool = True) -> bool:
        """For a Qwen2 language model whose q/k/v layers can be fused (unquantised, or int8 / int4 on CPU): fuse
        them and take one-token steps through :class:`~.qwen2_step.Qwen2DecodeStep` (call before the decode
        kernels are chosen, so the fused shape is timed too). ``columns=False`` keeps q/k/v linear layers
        viewing the fused weight, for a decode that traces them (static or compiled)."""
        from .qwen2_step import Qwen2DecodeStep

        if self.lm.config.model_type != "qwen2":
            return False
        step = Qwen2DecodeStep.of(self.lm.model, columns)
        self.cpu_step = None if step is None else step.eval()
        return step is not None

    def release(self) -> None:
        """Free memory kept between answers (the static decode cache)."""
        if self._static is not None:
            self._static.release()

    def forward(self, inputs_embeds, image_mask, cache, logits_to_keep: int = 1) -> torch.Tensor:
        body = self.lm.model
        if self.cpu_step is not None and inputs_embeds.shape[:2] == (1, 1) and inputs_embeds.device.type == "cpu":
            hidden = self.cpu_step(body, inputs_embeds, cache)
        else:
            hidden = body(inputs_embeds=inputs_embeds, use_cache=True, **{self._cache_keyword: cache}).last_hidden_state
        kept = hidden[:, -logits_to_keep:] if logits_to_keep else hidden  # (B, k, D)
        # The head gets the kept rows as a 2-D (B·k, D) matrix: the (1, 1, D) slice of a longer prompt keeps
        # the prompt's strides, which makes torch.matmul take its batched path, and on CPU in bfloat16 that
        # first copies the transposed (V, D) head weight — 2.6 s per prefill at a 151,674-token vocabulary.
        rows = kept.reshape(-1, kept.shape[-1])
        return self.lm.lm_head(rows).view(*kept.shape[:2], -1)
