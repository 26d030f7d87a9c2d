"""Loading a checkpoint's tokenizer from data files only (no tokenizer code from the download).

Supported layouts, first match wins:
- ``tokenizer.json`` (the ``tokenizers`` serialisation) + ``tokenizer_config.json`` for special tokens;
- ``vocab.json`` + ``merges.txt`` (byte-level BPE, e.g. Qwen2) + added tokens from the config files;
- ``tokenizer.model`` (SentencePiece), through a family-specific builder registered in ``SENTENCEPIECE_BUILDERS``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from ..core.errors import CheckpointError

# family name -> builder(folder, tokenizer_config) returning a transformers tokenizer; families whose
# published tokenizer is SentencePiece-only register here.
SENTENCEPIECE_BUILDERS: dict[str, Callable[[Path, dict], object]] = {}

_SPECIAL_KEYS = ("bos_token", "eos_token", "pad_token", "unk_token")


def _token_content(value) -> str | None:
    if isinstance(value, dict):  # older configs store AddedToken dicts
        return value.get("content")
    return value if isinstance(value, str) else None


def _read_config(folder: Path) -> dict:
    path = folder / "tokenizer_config.json"
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise CheckpointError(f"{path} is not readable JSON ({err}).") from None


def _special_kwargs(config: dict) -> dict:
    return {key: _token_content(config.get(key)) for key in _SPECIAL_KEYS if _token_content(config.get(key))}


def _added_tokens(folder: Path, config: dict) -> list[tuple[int, str, bool]]:
    """(id, content, special) of tokens added on top of the base vocabulary, sorted by id."""
    tokens: dict[int, tuple[str, bool]] = {}
    for key, value in (config.get("added_tokens_decoder") or {}).items():
        tokens[int(key)] = (value["content"], bool(value.get("special", True)))
    added_file = folder / "added_tokens.json"
    if added_file.is_file():
        for content, idx in json.loads(added_file.read_text(encoding="utf-8")).items():
            tokens.setdefault(int(idx), (content, True))
    return sorted((idx, content, special) for idx, (content, special) in tokens.items())


def load_tokenizer(folder: Path, family: str):
    """A ``transformers`` tokenizer for the checkpoint in ``folder``, built from data files only."""
    from transformers import PreTrainedTokenizerFast

    config = _read_config(folder)
    specials = _special_kwargs(config)
    if (folder / "tokenizer.json").is_file():
        tok = PreTrainedTokenizerFast(tokenizer_file=str(folder / "tokenizer.json"), **specials)
    elif (folder / "vocab.json").is_file() and (folder / "merges.txt").is_file():
        tok = _byte_level_bpe(folder, config, specials)
    elif (folder / "tokenizer.model").is_file() and family in SENTENCEPIECE_BUILDERS:
        tok = SENTENCEPIECE_BUILDERS[family](folder, config)
    else:
        raise CheckpointError(
            f"No tokenizer we can load in {folder} (looked for tokenizer.json, vocab.json + merges.txt"
            + (", tokenizer.model" if family in SENTENCEPIECE_BUILDERS else "")
            + ")."
        )
    return tok


def _byte_level_bpe(folder: Path, config: dict, specials: dict):
    """Qwen2-style byte-level BPE from vocab.json + merges.txt, with the added tokens at their ids."""
    from transformers import Qwen2Tokenizer

    tok = Qwen2Tokenizer(
        vocab_file=str(folder / "vocab.json"),
        merges_file=str(folder / "merges.txt"),
        errors=config.get("errors", "replace"),
        **{k: v for k, v in specials.items() if k != "bos_token"},
    )
    from tokenizers import AddedToken

    for idx, content, special in _added_tokens(folder, config):
        if tok.convert_tokens_to_ids(content) == idx:
            continue
        tok.add_tokens([AddedToken(content, special=special, normalized=False)], special_tokens=special)
        got = tok.convert_tokens_to_ids(content)
        if got != idx:
            raise CheckpointError(
                f"Tokenizer files in {folder} disagree: added token {content!r} should have id {idx}, got {got}."
            )
    return tok


def token_id(tokenizer, token: str) -> int:
    """The id of a special token that the template or the image splicing needs; a clear error if absent."""
    idx = tokenizer.convert_tokens_to_ids(token)
    if idx is None or idx == tokenizer.unk_token_id or tokenizer.convert_ids_to_tokens(idx) != token:
        raise CheckpointError(f"The tokenizer has no {token!r} token, which this model's prompt format needs.")
    return int(idx)
