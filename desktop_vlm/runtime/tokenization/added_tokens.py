"""Added tokens, and how the original slow tokenizers cut them out of a text before the vocabulary sees it.

The published checkpoints were made for transformers 4.37 with ``use_fast=False``. There, every added token
(special or not) is matched in the text first, leftmost and then longest; the text between matches goes to
the vocabulary. A token's ``rstrip`` / ``lstrip`` flag eats the whitespace on that side of it, and
``single_word`` glues it back to a neighbour that is not separated by a space.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True)
class AddedToken:
    """One entry of a tokenizer's added vocabulary, with the flags saved in ``tokenizer_config.json``."""

    content: str
    special: bool = False
    lstrip: bool = False
    rstrip: bool = False
    single_word: bool = False
    normalized: bool = True  # only matters to fast tokenizers; kept so `models inspect` can show it

    @classmethod
    def from_json(cls, value: Any, *, special: bool | None = None) -> AddedToken | None:
        """A token from its saved form: a plain string, or a dict with ``content`` and flags."""
        if isinstance(value, str):
            return cls(value, special=bool(special)) if value else None
        if not isinstance(value, Mapping) or not isinstance(value.get("content"), str) or not value["content"]:
            return None
        flags = {k: bool(value[k]) for k in ("special", "lstrip", "rstrip", "single_word", "normalized") if k in value}
        if special is not None:
            flags["special"] = special
        return cls(value["content"], **flags)

    def as_special(self) -> AddedToken:
        return replace(self, special=True)


class AddedTokenSplitter:
    """Cuts a text into pieces at the added tokens it contains (leftmost match, then the longest)."""

    def __init__(self, tokens: Mapping[str, AddedToken]):
        self._tokens = dict(tokens)
        # alternatives longest first: at the leftmost position that matches, the longest token wins
        ordered = sorted(self._tokens, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(t) for t in ordered)) if ordered else None

    def split(self, text: str) -> list[tuple[str, bool]]:
        """``text`` as (piece, is_added_token) pairs, with the tokens' strip flags applied; pieces that the
        flags emptied are dropped."""
        pieces: list[str] = []
        if self._pattern is None:
            pieces = [text]
        else:
            start = 0
            for match in self._pattern.finditer(text):
                if match.start() > start:
                    pieces.append(text[start : match.start()])
                pieces.append(match.group())
                start = match.end()
            if start < len(text):
                pieces.append(text[start:])
        self._apply_flags(pieces)
        return [(p, p in self._tokens) for p in pieces if p]

    def _apply_flags(self, pieces: list[str]) -> None:
        """The flags act on neighbours in text order; a neighbour may itself be a token (then it has no
        whitespace to lose). Mutates ``pieces`` in place."""
        for i, piece in enumerate(pieces):
            token = self._tokens.get(piece)
            if token is None:
                continue
            left = pieces[i - 1] if i > 0 else None
            right = pieces[i + 1] if i < len(pieces) - 1 else None
            if token.rstrip and right:
                pieces[i + 1] = right.lstrip()
            if token.lstrip and left:
                pieces[i - 1] = left.rstrip()
            if token.single_word and left and left[-1] != " ":
                pieces[i - 1] += piece
                pieces[i] = ""
            elif token.single_word and right and right[0] != " ":
                pieces[i + 1] = piece + pieces[i + 1]
                pieces[i] = ""
