"""SentencePiece ``tokenizer.model`` vocabularies: the slow ``LlamaTokenizer`` (Llama, Phi-3) and InternLM2's.

Both hand the text between added tokens to the SentencePiece processor itself, so byte fallback, the model's
normaliser and its ``▁`` handling come from the shipped model file. They differ in the details:

- ``LlamaTokenizer`` with ``legacy: false`` (Phi-3's setting) loads the model with the dummy ``▁`` prefix
  switched off and adds one ``▁`` in front of the whole text instead, so text right after an added token gets
  no prefix; a piece that starts with a space is encoded behind the unknown token, whose pieces are then
  dropped. With ``legacy`` true (the default when the key is absent) every piece is encoded as is.
  Decoding drops the first piece's ``▁`` and, in legacy mode, puts a space before special tokens.
- InternLM2 encodes every piece as is, takes ``<s>`` from the model file, and cleans up spaces when decoding
  whatever the configuration says.
"""

from __future__ import annotations

from pathlib import Path

import sentencepiece

from ...core.errors import CheckpointError
from ...core.messages import Message
from .settings import TokenizerSettings
from .slow import SlowTokenizer, clean_up_tokenization

UNDERLINE = "▁"  # SentencePiece's visible space


def _load_processor(path: Path, *, dummy_prefix: bool = True) -> sentencepiece.SentencePieceProcessor:
    try:
        proto = path.read_bytes()
        if not dummy_prefix:
            proto = without_dummy_prefix(proto)
        processor = sentencepiece.SentencePieceProcessor()
        processor.LoadFromSerializedProto(proto)
    except (OSError, RuntimeError, ValueError) as err:
        raise CheckpointError(
            Message(
                "{name} in {folder} is not a SentencePiece model ({reason}).",
                name=path.name,
                folder=path.parent,
                reason=str(err),
            )
        ) from None
    return processor


class _SentencePieceVocabulary(SlowTokenizer):
    """Vocabulary lookups through a SentencePiece processor."""

    processor: sentencepiece.SentencePieceProcessor

    @property
    def base_size(self) -> int:
        return self.processor.get_piece_size()

    def _piece_id(self, piece: str) -> int | None:
        idx = self.processor.piece_to_id(piece)
        return idx if self.processor.id_to_piece(idx) == piece else None

    def _id_piece(self, idx: int) -> str | None:
        return self.processor.id_to_piece(idx) if 0 <= idx < self.base_size else None

    def _unknown_id(self) -> int:
        return self.processor.unk_id()


class LlamaTokenizer(_SentencePieceVocabulary):
    """The slow ``LlamaTokenizer`` of transformers 4.37 (Llama 2, Phi-3 and their fine-tunes)."""

    class_defaults = {"unk_token": "<unk>", "bos_token": "<s>", "eos_token": "</s>"}

    def __init__(self, folder: Path, settings: TokenizerSettings):
        super().__init__(settings)
        legacy = self.options.get("legacy")
        self.legacy = True if legacy is None else bool(legacy)
        self.layout = f"SentencePiece tokenizer.model, Llama rules ({'legacy' if self.legacy else 'legacy: false'})"
        self.add_bos = bool(self.options.get("add_bos_token", True))
        self.add_eos = bool(self.options.get("add_eos_token", False))
        self.processor = _load_processor(folder / "tokenizer.model", dummy_prefix=self.legacy)
        self._finish_init()
        unk = self.special_tokens.get("unk_token")
        self._unk_text = unk.content if unk else ""
        self._unk_pieces = len(self.processor.encode(self._unk_text, out_type=str))

    def tokenize(self, text: str) -> list[str]:
        if self.legacy or not text:
            return super().tokenize(text)
        pieces = super().tokenize(UNDERLINE + text.replace(UNDERLINE, " "))
        if len(pieces) > 1 and pieces[0] == UNDERLINE and pieces[1] in self.all_special:
            pieces = pieces[1:]
        return pieces

    def _tokenize(self, text: str) -> list[str]:
        pieces = self.processor.encode(text, out_type=str)
        if self.legacy or not text.startswith((UNDERLINE, " ")):
            return pieces
        # without the dummy prefix the processor would drop a leading space: encode behind the unknown
        # token's text and cut its pieces off again
        pieces = self.processor.encode(self._unk_text + text, out_type=str)
        return pieces[self._unk_pieces :] if len(pieces) >= self._unk_pieces else pieces

    def _wrap(self, ids: list[int]) -> list[int]:
        bos = self.special_token_id("bos_token") if self.add_bos else None
        eos = self.special_token_id("eos_token") if self.add_eos else None
        return ([bos] if bos is not None else []) + ids + ([eos] if eos is not None else [])

    def _pieces_to_text(self, pieces: list[str]) -> str:
        pieces = list(pieces)
        if pieces[0].startswith(UNDERLINE):
            pieces[0] = pieces[0][1:]
        out, pending, previous_special = "", [], False
        for i, piece in enumerate(pieces):
            if piece in self.all_special:
                if not previous_special and i != 0 and self.legacy:
                    out += " "
                out += self.processor.decode_pieces(pending) + piece
                pending, previous_special = [], True
            else:
                pending.append(piece)
                previous_special = False
        return out + self.processor.decode_pieces(pending)


class InternLM2Tokenizer(_SentencePieceVocabulary):
    """InternLM2's tokenizer (shipped as ``tokenization_internlm2.py``, which we never run)."""

    layout = "SentencePiece tokenizer.model, InternLM2 rules"
    class_defaults = {"unk_token": "<unk>", "bos_token": "<s>", "eos_token": "</s>", "pad_token": "</s>"}

    def __init__(self, folder: Path, settings: TokenizerSettings):
        super().__init__(settings)
        self.add_bos = bool(self.options.get("add_bos_token", True))
        self.add_eos = bool(self.options.get("add_eos_token", False))
        self.processor = _load_processor(folder / "tokenizer.model")
        self._finish_init()

    def _tokenize(self, text: str) -> list[str]:
        return self.processor.encode(text, out_type=str)

    def _wrap(self, ids: list[int]) -> list[int]:
        # <s> and </s> come from the model file, whatever the configuration names
        bos = [self.processor.bos_id()] if self.add_bos else []
        return bos + ids + ([self.processor.eos_id()] if self.add_eos else [])

    def _pieces_to_text(self, pieces: list[str]) -> str:
        out, pending, previous_special = "", [], False
        for piece in pieces:
            if piece in self.all_special:
                if not previous_special:
                    out += " "
                out += self.processor.decode_pieces(pending) + piece
                pending, previous_special = [], True
            else:
                pending.append(piece)
                previous_special = False
        out += self.processor.decode_pieces(pending)
        # the original then adds a space in front and drops the first character again: together, nothing
        return clean_up_tokenization(out)


def without_dummy_prefix(proto: bytes) -> bytes:
    """The serialised model with ``normalizer_spec.add_dummy_prefix`` set to false.

    Edited on the protobuf wire format directly (no protobuf dependency): ``ModelProto`` field 3 is the
    normaliser spec, whose field 3 is ``add_dummy_prefix``; a scalar field given twice takes the last value,
    so appending ``add_dummy_prefix = false`` to the spec is enough.
    """
    out = bytearray()
    found = False
    pos = 0
    while pos < len(proto):
        start = pos
        key, pos = _varint(proto, pos)
        field_number, wire_type = key >> 3, key & 7
        if wire_type == 0:
            _, pos = _varint(proto, pos)
        elif wire_type == 1:
            pos += 8
        elif wire_type == 5:
            pos += 4
        elif wire_type == 2:
            length, pos = _varint(proto, pos)
            body = proto[pos : pos + length]
            pos += length
            if field_number == 3:
                found = True
                body = body + b"\x18\x00"
                out += _encode_varint(key) + _encode_varint(len(body)) + body
                continue
        else:
            raise ValueError(f"unexpected protobuf wire type {wire_type}")
        if pos > len(proto):
            raise ValueError("truncated model file")
        out += proto[start:pos]
    if not found:
        out += b"\x1a\x02\x18\x00"
    return bytes(out)


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


def _encode_varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
