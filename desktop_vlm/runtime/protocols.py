"""What the engine and the loader need from a family's modules: the interfaces a family's ``model.py`` implements.

A vision-language model is three named parts joined by one merge step: ``encode_tiles`` (vision encoder and
projector) gives image tokens that replace the ``<IMG_CONTEXT>`` embeddings, and ``decoder`` (the language model)
runs on the merged embeddings. Shapes are written at each boundary. Only the signatures are declared here; torch is
imported for type checking only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:  # pragma: no cover
    import torch
    from torch import nn

    from .preprocess import ImageNormalization


@runtime_checkable
class Decoder(Protocol):
    """The language model as the engine drives it."""

    @property
    def context_length(self) -> int: ...

    @property
    def language_model(self) -> nn.Module:
        """The module whose linear layers quantisation replaces (its output head to int8) and whose attention a
        baseline may switch: a transformers causal LM, or the decoder itself."""
        ...

    supports_static_decode: bool  # True: also implements :class:`StaticDecoding`

    def embed(self, input_ids: torch.Tensor) -> torch.Tensor:
        """(B, L) ids → (B, L, D) embeddings."""
        ...

    def new_cache(self) -> Any: ...

    def __call__(
        self, inputs_embeds: torch.Tensor, image_mask: torch.Tensor | None, cache: Any, logits_to_keep: int = 1
    ) -> torch.Tensor:
        """(B, L, D) embeddings, (B, L) bool mask of image positions (families with visual experts route by it)
        → (B, k, V) logits of the last ``logits_to_keep`` positions (all with 0), the cache extended."""
        ...

    def release(self) -> None:
        """Free memory kept between answers."""
        ...


@runtime_checkable
class StaticDecoding(Protocol):
    """A decoder that can also decode on a static cache, optionally compiled (see :mod:`.static_decode`)."""

    def set_decode_mode(self, mode: str) -> None: ...

    def start_decode(self, cache: Any, max_new_tokens: int) -> Any: ...

    def warm_up(self) -> None: ...


@runtime_checkable
class WrittenOutCpuStep(Protocol):
    """A decoder with a decode step of its own for one token on CPU (see :mod:`.qwen2_step`)."""

    def prepare_cpu_step(self, columns: bool = True) -> bool:
        """Build the step once the weights are in (on CPU, unquantised or quantised there); False where the model
        has none. ``columns=False`` where the model's own layers are traced (a static or compiled decode)."""
        ...


@runtime_checkable
class VisionLanguageModel(Protocol):
    """A family's model, built from its config on the meta device and filled by the loader."""

    tile_norm: ImageNormalization
    decoder: Decoder
    vision_model: nn.Module  # the image encoder (its encoder blocks' linear layers are int8 in CPU quantised modes)

    def tokens_per_tile(self, image_tokens: int | None) -> int:
        """Image tokens one tile becomes at the request's budget (None: the model's default)."""
        ...

    def encode_tiles(self, pixel_values: torch.Tensor, image_tokens: int | None = None) -> torch.Tensor:
        """(T, 3, S, S) normalised tiles → (T, tokens_per_tile, D) image tokens."""
        ...

    @staticmethod
    def map_tensor(name: str, tensor: torch.Tensor) -> Iterable[tuple[str, torch.Tensor]]:
        """An original checkpoint tensor → (parameter name, tensor) pairs of this module."""
        ...


@runtime_checkable
class HasOutputHead(Protocol):
    """A language model that names its output head, as transformers' causal LMs do."""

    def get_output_embeddings(self) -> nn.Module | None:
        """The (V, D) projection from hidden states to logits."""
        ...


@runtime_checkable
class DecodeKernelLayer(Protocol):
    """A linear layer with a choice of kernels for products of a few rows (decode steps), which
    :mod:`.kernels.probe` times on this CPU to set :attr:`decode_kernel`."""

    decode_kernel: str  # the one its forward runs for a few rows
    in_features: int
    out_features: int
    stored_bytes: int  # what a product reads of its weight

    @property
    def kernel_family(self) -> str:
        """What its weight is held as (``"bf16"``, ``"int8"``, ``"int4"``): layers of one family and shape share
        a choice."""
        ...

    @property
    def decode_kernels(self) -> tuple[str, ...]:
        """The candidates, by name."""
        ...

    @property
    def activation_dtype(self) -> torch.dtype:
        """The dtype of the rows it is given."""
        ...

    def run_decode_kernel(self, name: str, x: torch.Tensor) -> torch.Tensor:
        """(…, in_features) rows → (…, out_features) with the kernel called ``name``."""
        ...
