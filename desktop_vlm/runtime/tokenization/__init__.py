"""A checkpoint's tokenizer, built from its data files only (never from the ``tokenization_*.py`` it ships).

The model cards load tokenizers with ``use_fast=False`` under transformers 4.37, so where a folder ships the
slow files they are what we read, with that version's rules; ``tokenizer.json`` is the fallback.
"""

from __future__ import annotations

from typing import Protocol

from .load import TokenizerChoice, choose_tokenizer, load_tokenizer, token_id


class Tokenizer(Protocol):
    """What the runtime needs from a tokenizer."""

    layout: str

    def __len__(self) -> int: ...

    @property
    def base_size(self) -> int: ...

    def encode(self, text: str) -> list[int]: ...

    def decode(self, ids: list[int], skip_special_tokens: bool = False) -> str: ...

    def token_to_id(self, token: str) -> int | None: ...

    def id_to_token(self, idx: int) -> str | None: ...

    def special_token_id(self, attribute: str) -> int | None: ...


__all__ = ["Tokenizer", "TokenizerChoice", "choose_tokenizer", "load_tokenizer", "token_id"]
