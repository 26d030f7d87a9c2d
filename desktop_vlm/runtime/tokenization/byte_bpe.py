"""Qwen2's byte-level BPE from ``vocab.json`` + ``merges.txt``, as the slow ``Qwen2Tokenizer`` runs it.

Text is NFC-normalised, cut into words by Qwen2's pre-tokenisation pattern, each word's UTF-8 bytes are
written as printable characters (the GPT-2 byte alphabet) and merged pairwise by merge rank. Decoding maps
the characters back to bytes and decodes UTF-8 with ``errors`` (``replace`` by default).
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

import regex

from ...core.errors import CheckpointError
from ...core.messages import Message
from .settings import TokenizerSettings, read_json_file
from .slow import SlowTokenizer

_MEMO_WORDS = 100_000  # words remembered with their merges; a long chat has a few thousand distinct ones
# Qwen2's word pattern: contractions, letters with one leading non-letter, single digits, punctuation runs,
# newline runs, and whitespace not followed by a non-space
WORD_PATTERN = regex.compile(
    r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""
)


@functools.cache
def byte_alphabet() -> dict[int, str]:
    """Byte → printable character: printable Latin-1 bytes stand for themselves, the other 68 bytes take
    the characters from U+0100 on, in byte order."""
    keep = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    table = {b: chr(b) for b in keep}
    extra = 0
    for b in range(256):
        if b not in table:
            table[b] = chr(256 + extra)
            extra += 1
    return table


class ByteLevelBPETokenizer(SlowTokenizer):
    """``Qwen2Tokenizer`` (slow) semantics over ``vocab.json`` + ``merges.txt``."""

    layout = "Qwen2 byte-level BPE (vocab.json + merges.txt)"
    class_defaults = {"unk_token": "<|endoftext|>", "eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>"}
    spaces_between_special_tokens = False  # Qwen2Tokenizer.decode's own default

    def __init__(self, folder: Path, settings: TokenizerSettings):
        super().__init__(settings)
        vocab = read_json_file(folder / "vocab.json")
        if not isinstance(vocab, dict) or not all(isinstance(v, int) for v in vocab.values()):
            raise CheckpointError(Message("vocab.json in {folder} is not a token → id mapping.", folder=folder))
        self.vocab: dict[str, int] = vocab
        self.pieces: dict[int, str] = {v: k for k, v in vocab.items()}
        self.ranks = _read_merges(folder / "merges.txt")
        self.errors = str(self.options.get("errors", "replace"))
        self.to_char = byte_alphabet()
        self.to_byte = {c: b for b, c in self.to_char.items()}
        self.clean_up_spaces = False  # Qwen2Tokenizer.decode never cleans up unless asked per call
        self._merged: dict[str, tuple[str, ...]] = {}
        self._finish_init()

    @property
    def base_size(self) -> int:
        return len(self.vocab)

    def _vocab_count(self) -> int:
        return len(set(self.vocab) | set(self.added_ids))

    def _piece_id(self, piece: str) -> int | None:
        return self.vocab.get(piece)

    def _id_piece(self, idx: int) -> str | None:
        return self.pieces.get(idx)

    def _prepare(self, text: str) -> str:
        return unicodedata.normalize("NFC", text)

    def _tokenize(self, text: str) -> list[str]:
        pieces: list[str] = []
        for word in WORD_PATTERN.findall(text):
            pieces.extend(self._merge("".join(self.to_char[b] for b in word.encode("utf-8"))))
        return pieces

    def _merge(self, word: str) -> tuple[str, ...]:
        """Apply the lowest-ranked merge present until none applies (memoised per word)."""
        known = self._merged.get(word)
        if known is not None:
            return known
        if len(self._merged) >= _MEMO_WORDS:
            self._merged.clear()
        parts = list(word)
        while len(parts) > 1:
            best, at = None, -1
            for i in range(len(parts) - 1):
                rank = self.ranks.get((parts[i], parts[i + 1]))
                if rank is not None and (best is None or rank < best):
                    best, at = rank, i
            if best is None:
                break
            pair = (parts[at], parts[at + 1])
            merged: list[str] = []
            i = 0
            while i < len(parts):  # every occurrence of the pair, left to right, non-overlapping
                if i < len(parts) - 1 and (parts[i], parts[i + 1]) == pair:
                    merged.append(parts[i] + parts[i + 1])
                    i += 2
                else:
                    merged.append(parts[i])
                    i += 1
            parts = merged
        self._merged[word] = result = tuple(parts)
        return result

    def _pieces_to_text(self, pieces: list[str]) -> str:
        data = bytearray(self.to_byte[c] for c in "".join(pieces) if c in self.to_byte)
        return data.decode("utf-8", errors=self.errors)


def _read_merges(path: Path) -> dict[tuple[str, str], int]:
    """Merge rank by pair; blank lines and ``#`` lines (the version header) are skipped, as the original does."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise CheckpointError(
            Message(
                "{name} in {folder} is not readable ({reason}).", name=path.name, folder=path.parent, reason=str(err)
            )
        ) from None
    pieces = [line.split() for line in (raw.strip() for raw in lines) if line and not line.startswith("#")]
    if not pieces or any(len(p) != 2 for p in pieces):
        raise CheckpointError(
            Message(
                "{name} in {folder} is not a list of merges (two pieces per line).", name=path.name, folder=path.parent
            )
        )
    # a pair listed twice keeps its last rank, as in the original's dict(zip(merges, ranks))
    return {(first, second): rank for rank, (first, second) in enumerate(pieces)}
