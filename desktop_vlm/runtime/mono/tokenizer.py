"""InternLM2's SentencePiece tokenizer, loaded from ``tokenizer.model`` without the checkpoint's code.

The published checkpoint ships ``tokenization_internlm2.py``; we never run it. This class reproduces
what that slow tokenizer does under transformers 4.37, which is what the original ``chat()`` used:

- encode: added/special tokens are cut out of the text first; every piece between them goes through
  ``SentencePieceProcessor.encode`` as is (so the model's own normaliser decides about the dummy
  ``▁`` prefix and whitespace); ``<s>`` in front (``add_bos_token``), no ``</s>`` at the end;
- decode: runs of ordinary pieces are decoded by SentencePiece, special tokens inside a run are kept
  with a space before them, and each run gets transformers' "clean-up" (``" ." → "."`` and friends)
  unconditionally, as the original's ``convert_tokens_to_string`` does. Added tokens that are not
  special are joined with spaces, as 4.37's ``_decode`` does. Decoded answers become the next turn's
  history, so this matters for exact prompt ids.
"""

from __future__ import annotations

import json
from pathlib import Path

from transformers.tokenization_utils_base import AddedToken
from transformers.tokenization_utils_sentencepiece import SentencePieceBackend

from ...core.errors import CheckpointError
from ..tokenizer import _added_tokens, _special_kwargs, _token_content


def clean_up_spaces(text: str) -> str:
    """transformers 4.37's ``clean_up_tokenization`` (pinned here: the original applied it always)."""
    for before, after in (
        (" .", "."), (" ?", "?"), (" !", "!"), (" ,", ","), (" ' ", "'"),
        (" n't", "n't"), (" 'm", "'m"), (" 's", "'s"), (" 've", "'ve"), (" 're", "'re"),
    ):  # fmt: skip
        text = text.replace(before, after)
    return text


class InternLM2Tokenizer(SentencePieceBackend):
    """A transformers (Python-backend) tokenizer over a SentencePiece model with InternLM2 semantics."""

    def __init__(self, vocab_file: str, *, add_bos_token: bool = True, add_eos_token: bool = False, **kwargs):
        self._add_bos, self._add_eos = add_bos_token, add_eos_token
        kwargs.setdefault("clean_up_tokenization_spaces", False)
        # legacy=True: every text piece is encoded by SentencePiece unchanged, as the original does
        super().__init__(vocab_file=vocab_file, legacy=True, **kwargs)

    # -- encoding ---------------------------------------------------------------------------------
    def _tokenize(self, text, **kwargs):
        return self.sp_model.encode(text, out_type=str)

    def build_inputs_with_special_tokens(self, token_ids_0, token_ids_1=None):
        bos = [self.bos_token_id] if self._add_bos and self.bos_token_id is not None else []
        out = bos + list(token_ids_0) + (list(token_ids_1) if token_ids_1 is not None else [])
        return out + [self.eos_token_id] if self._add_eos else out

    def num_special_tokens_to_add(self, pair: bool = False) -> int:
        return int(self._add_bos) + int(self._add_eos)

    # -- decoding ---------------------------------------------------------------------------------
    def convert_tokens_to_string(self, tokens: list[str]) -> str:
        specials = set(self.all_special_tokens)
        pending: list[str] = []
        out, prev_special = "", False
        for token in tokens:
            if token in specials:
                out += ("" if prev_special else " ") + self.sp_model.decode(pending) + token
                pending, prev_special = [], True
            else:
                pending.append(token)
                prev_special = False
        out += self.sp_model.decode(pending)
        # the original then adds a space and drops the first character: a net no-op (its check for a
        # "no prefix space" token compares strings with ids, so the space is always added)
        return clean_up_spaces(out)

    def _decode(self, token_ids, skip_special_tokens: bool = False, clean_up_tokenization_spaces=None, **kwargs):
        if isinstance(token_ids, int):
            token_ids = [token_ids]
        # ids the model can emit but the tokenizer lacks (embedding rows padded past the vocabulary) decode
        # as nothing, as transformers' fast tokenizers do; SentencePiece would raise on them
        pieces_known = self.sp_model.get_piece_size()
        token_ids = [i for i in token_ids if 0 <= i < pieces_known or i in self.added_tokens_decoder]
        tokens = self.convert_ids_to_tokens(token_ids, skip_special_tokens=skip_special_tokens)
        specials = set(self.all_special_tokens)
        # tokens 4.37 kept out of SentencePiece decoding: added non-special ones, and special ones
        # beyond the SentencePiece vocabulary
        loose = {t for t in self.added_tokens_encoder if t not in specials} | {
            t for t in specials if self.convert_tokens_to_ids(t) >= self.sp_model.get_piece_size()
        }
        pieces: list[str] = []
        run: list[str] = []
        for token in tokens:
            if token in loose:
                if run:
                    text = self.convert_tokens_to_string(run)
                    if text:
                        pieces.append(text)
                    run = []
                pieces.append(token)
            else:
                run.append(token)
        if run:
            pieces.append(self.convert_tokens_to_string(run))
        text = " ".join(pieces)  # spaces_between_special_tokens=True in 4.37
        clean = self.clean_up_tokenization_spaces if clean_up_tokenization_spaces is None else clean_up_tokenization_spaces
        return clean_up_spaces(text) if clean else text


def load_internlm2_tokenizer(folder: Path, config: dict) -> InternLM2Tokenizer:
    """Build the tokenizer of a ``tokenizer.model`` checkpoint folder from its data files.

    Special tokens come from ``tokenizer_config.json`` (and ``special_tokens_map.json``); added tokens
    (``added_tokens_decoder`` / ``added_tokens.json``) must land on their recorded ids.
    """
    folder = Path(folder)
    specials = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "</s>"}
    extra: list = list(config.get("additional_special_tokens") or [])
    map_file = folder / "special_tokens_map.json"
    if map_file.is_file():
        mapping = json.loads(map_file.read_text(encoding="utf-8"))
        specials |= _special_kwargs(mapping)
        extra = extra or list(mapping.get("additional_special_tokens") or [])
    specials |= _special_kwargs(config)
    tok = InternLM2Tokenizer(
        str(folder / "tokenizer.model"),
        add_bos_token=bool(config.get("add_bos_token", True)),
        add_eos_token=bool(config.get("add_eos_token", False)),
        clean_up_tokenization_spaces=bool(config.get("clean_up_tokenization_spaces", False)),
        **specials,
    )
    for idx, content, special in _added_tokens(folder, config):
        token = AddedToken(content, special=special, normalized=False, lstrip=False, rstrip=False)
        tok.add_tokens([token], special_tokens=special)
        got = tok.convert_tokens_to_ids(content)
        if got != idx:
            raise CheckpointError(
                f"Tokenizer files in {folder} disagree: token {content!r} should have id {idx}, got {got}."
            )
    extra = [t for t in (_token_content(e) for e in extra) if t]
    if extra:
        tok.add_tokens([AddedToken(t, special=True, normalized=False) for t in extra], special_tokens=True)
    return tok
