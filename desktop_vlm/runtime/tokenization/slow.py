"""The part every slow tokenizer of transformers 4.37 shares, around a vocabulary supplied by a subclass.

Encoding: added tokens are cut out of the text first (:class:`AddedTokenSplitter`), each remaining piece goes
through the vocabulary (``_tokenize``), pieces become ids (the added vocabulary first), and the class wraps the
ids (a ``<s>`` in front for Llama-style models). Decoding: ids become pieces, special ones are dropped on
request, runs of ordinary pieces are turned back into text by the subclass while added tokens that are not
special stay apart, and the parts are joined with or without spaces (a per-class default). Decoded answers
are the next turn's history in the original ``chat()``, so decoding has to match as exactly as encoding.
"""

from __future__ import annotations

from typing import Any

from .added_tokens import AddedToken, AddedTokenSplitter
from .settings import SPECIAL_ATTRIBUTES, TokenizerSettings

_CLEAN_UP = (
    (" .", "."),
    (" ?", "?"),
    (" !", "!"),
    (" ,", ","),
    (" ' ", "'"),
    (" n't", "n't"),
    (" 'm", "'m"),
    (" 's", "'s"),
    (" 've", "'ve"),
    (" 're", "'re"),
)


def clean_up_tokenization(text: str) -> str:
    """transformers' English clean-up of spaces before punctuation and contractions."""
    for before, after in _CLEAN_UP:
        text = text.replace(before, after)
    return text


class SlowTokenizer:
    """Base class; subclasses provide the vocabulary and its text conversion.

    Subclass hooks: ``base_size`` (ids of the vocabulary itself), ``_piece_id`` / ``_id_piece`` (None when
    unknown), ``_tokenize`` (text without added tokens → pieces), ``_pieces_to_text`` and ``_wrap``.
    """

    layout = "slow"  # a short description of the files used, for `models inspect`
    class_defaults: dict[str, str | None] = {}
    spaces_between_special_tokens = True
    clean_up_default = False

    def __init__(self, settings: TokenizerSettings):
        self.options: dict[str, Any] = settings.options
        self.clean_up_spaces = bool(self.options.get("clean_up_tokenization_spaces", self.clean_up_default))
        self.special_tokens: dict[str, AddedToken] = {}
        for attribute in SPECIAL_ATTRIBUTES:
            if attribute in settings.specials:
                token = settings.specials[attribute]
            else:
                default = self.class_defaults.get(attribute)
                token = AddedToken(default, special=True, normalized=False) if default else None
            if token is not None:
                self.special_tokens[attribute] = token
        self.additional_special = [t.content for t in settings.additional_special]
        self.added: dict[int, AddedToken] = dict(settings.added)
        self.added_ids: dict[str, int] = {t.content: i for i, t in self.added.items()}

    def _finish_init(self) -> None:
        """Give every special token an id (appending the missing ones, as the original does) and index the
        added vocabulary. Subclasses call this once their vocabulary is loaded."""
        for token in [*self.special_tokens.values(), *(AddedToken(c, special=True) for c in self.additional_special)]:
            if token.content in self.added_ids:
                continue
            known = self._piece_id(token.content)
            idx = known if known is not None else self._vocab_count()
            token = token.as_special()
            self.added[idx] = token
            self.added_ids[token.content] = idx
        self._splitter = AddedTokenSplitter({t.content: t for t in self.added.values()})
        self.all_special = {t.content for t in self.special_tokens.values()} | set(self.additional_special)
        self.all_special_ids = {self.added_ids[c] for c in self.all_special if c in self.added_ids}

    # -- vocabulary (subclass hooks) ----------------------------------------------------------------
    @property
    def base_size(self) -> int:
        raise NotImplementedError

    def _piece_id(self, piece: str) -> int | None:
        raise NotImplementedError

    def _id_piece(self, idx: int) -> str | None:
        raise NotImplementedError

    def _tokenize(self, text: str) -> list[str]:
        raise NotImplementedError

    def _pieces_to_text(self, pieces: list[str]) -> str:
        raise NotImplementedError

    def _wrap(self, ids: list[int]) -> list[int]:
        """The special ids the class puts around a single text (none by default)."""
        return ids

    def _prepare(self, text: str) -> str:
        return text

    def _vocab_count(self) -> int:
        """Size of the vocabulary with its added tokens: where a new added token goes."""
        return len(set(range(self.base_size)) | set(self.added))

    # -- public API -------------------------------------------------------------------------------
    def __len__(self) -> int:
        return self._vocab_count()

    def token_to_id(self, token: str) -> int | None:
        if token in self.added_ids:
            return self.added_ids[token]
        return self._piece_id(token)

    def id_to_token(self, idx: int) -> str | None:
        token = self.added.get(idx)
        return token.content if token is not None else self._id_piece(idx)

    def special_token_id(self, attribute: str) -> int | None:
        token = self.special_tokens.get(attribute)
        return self.token_to_id(token.content) if token is not None else None

    def tokenize(self, text: str) -> list[str]:
        pieces: list[str] = []
        for piece, is_added in self._splitter.split(self._prepare(text)):
            pieces.extend([piece] if is_added else self._tokenize(piece))
        return pieces

    def encode(self, text: str) -> list[int]:
        """The ids the original ``tokenizer(text)`` gives (special tokens of the class included)."""
        ids = []
        for piece in self.tokenize(text):
            idx = self.token_to_id(piece)
            ids.append(idx if idx is not None else self._unknown_id())
        return self._wrap(ids)

    def _unknown_id(self) -> int:
        unk = self.special_token_id("unk_token")
        if unk is None:
            raise ValueError("a piece outside the vocabulary and no unknown token")  # never for byte-level BPE
        return unk

    def decode(self, ids: list[int], skip_special_tokens: bool = False) -> str:
        """The text the original ``decode`` gives. Ids outside the vocabulary (embedding rows padded past
        it) decode as nothing, where the original would raise."""
        pieces = []
        for idx in ids:
            if skip_special_tokens and idx in self.all_special_ids:
                continue
            piece = self.id_to_token(int(idx))
            if piece is not None:
                pieces.append(piece)
        # added tokens that are not special (and special ones past the vocabulary) are kept out of the
        # vocabulary's text conversion, as byte-level and SentencePiece text must not be mixed with them
        apart = {t.content for t in self.added.values()} - self.all_special
        apart |= {c for c in self.additional_special if self.added_ids.get(c, -1) >= self.base_size}
        parts: list[str] = []
        run: list[str] = []
        for piece in pieces:
            if piece in apart:
                if run:
                    text = self._pieces_to_text(run)
                    if text:
                        parts.append(text)
                    run = []
                parts.append(piece)
            else:
                run.append(piece)
        if run:
            parts.append(self._pieces_to_text(run))
        text = (" " if self.spaces_between_special_tokens else "").join(parts)
        return clean_up_tokenization(text) if self.clean_up_spaces else text
