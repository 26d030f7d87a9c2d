"""A ``tokenizer.json`` (the ``tokenizers`` serialisation), for folders that ship no slow files.

Used only when a folder has no ``vocab.json`` + ``merges.txt`` or ``tokenizer.model``: the model cards ask for
``use_fast=False``, so where slow files exist they win. Behaves as transformers 4.37's
``PreTrainedTokenizerFast``: special tokens named in ``tokenizer_config.json`` are made known as special,
encoding applies the file's post-processor (e.g. a ``<s>`` in front), decoding is the file's decoder followed by
the English space clean-up unless ``clean_up_tokenization_spaces`` is false (4.37's default was true).
"""

from __future__ import annotations

from pathlib import Path

from tokenizers import AddedToken as RustAddedToken
from tokenizers import Tokenizer

from ...core.errors import CheckpointError
from ...core.messages import Message
from .settings import TokenizerSettings
from .slow import clean_up_tokenization


class FastTokenizer:
    """The tokenizer protocol over a ``tokenizers.Tokenizer``."""

    layout = "tokenizer.json (fast tokenizer)"

    def __init__(self, folder: Path, settings: TokenizerSettings):
        try:
            self.backend = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except Exception as err:  # the tokenizers library raises its own exception type for bad files
            raise CheckpointError(
                Message(
                    "tokenizer.json in {folder} is not a valid tokenizer file ({reason}).",
                    folder=folder,
                    reason=str(err),
                )
            ) from None
        self.clean_up_spaces = bool(settings.options.get("clean_up_tokenization_spaces", True))
        declared = [t for t in settings.specials.values() if t] + settings.additional_special
        declared += [t for _, t in sorted(settings.added.items())]
        missing = [t for t in declared if self.backend.token_to_id(t.content) is None]
        if missing:
            self.backend.add_tokens(
                [RustAddedToken(t.content, special=t.special, lstrip=t.lstrip, rstrip=t.rstrip) for t in missing]
            )
        self.specials = {k: t.content for k, t in settings.specials.items() if t}

    def __len__(self) -> int:
        return self.backend.get_vocab_size(with_added_tokens=True)

    @property
    def base_size(self) -> int:
        return self.backend.get_vocab_size(with_added_tokens=False)

    def token_to_id(self, token: str) -> int | None:
        return self.backend.token_to_id(token)

    def id_to_token(self, idx: int) -> str | None:
        return self.backend.id_to_token(idx)

    def special_token_id(self, attribute: str) -> int | None:
        content = self.specials.get(attribute)
        return self.token_to_id(content) if content else None

    def encode(self, text: str) -> list[int]:
        return self.backend.encode(text, add_special_tokens=True).ids

    def decode(self, ids: list[int], skip_special_tokens: bool = False) -> str:
        known = [i for i in ids if self.backend.id_to_token(int(i)) is not None]
        text = self.backend.decode(known, skip_special_tokens=skip_special_tokens)
        return clean_up_tokenization(text) if self.clean_up_spaces else text
