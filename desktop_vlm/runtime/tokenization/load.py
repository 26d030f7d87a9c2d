"""Which tokenizer files of a folder to read, and with which rules.

Order: the slow files first, as ``use_fast=False`` does — ``vocab.json`` + ``merges.txt`` (byte-level BPE) or
``tokenizer.model`` (SentencePiece, with Llama's or InternLM2's rules) — then ``tokenizer.json``. The rules
for a ``tokenizer.model`` come from ``tokenizer_config.json``'s ``tokenizer_class``; when that is missing,
from the language model the checkpoint declares.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...core.errors import CheckpointError
from ...core.messages import Message
from .settings import read_settings

BYTE_BPE, LLAMA_SP, INTERNLM2_SP, FAST = "byte-level BPE", "Llama SentencePiece", "InternLM2 SentencePiece", "fast"

# tokenizer_config.json's tokenizer_class (without a "Fast" suffix) -> rules for the slow files
_RULES_BY_CLASS = {
    "Qwen2Tokenizer": BYTE_BPE,
    "GPT2Tokenizer": BYTE_BPE,
    "LlamaTokenizer": LLAMA_SP,
    "InternLM2Tokenizer": INTERNLM2_SP,
}


@dataclass(frozen=True)
class TokenizerChoice:
    rules: str  # one of BYTE_BPE, LLAMA_SP, INTERNLM2_SP, FAST
    files: tuple[str, ...]  # the vocabulary files read
    declared_class: str | None  # tokenizer_config.json's tokenizer_class, if any


def choose_tokenizer(folder: Path, llm_architecture: str = "") -> TokenizerChoice:
    """Decide which files and rules build the tokenizer in ``folder``, without loading it."""
    settings = read_settings(folder)
    declared = settings.options.get("tokenizer_class")
    declared = declared if isinstance(declared, str) and declared else None
    wanted = _RULES_BY_CLASS.get((declared or "").removesuffix("Fast"))
    has_bpe = (folder / "vocab.json").is_file() and (folder / "merges.txt").is_file()
    has_sp = (folder / "tokenizer.model").is_file()
    if declared != "PreTrainedTokenizerFast":
        if has_bpe and wanted in (BYTE_BPE, None):
            return TokenizerChoice(BYTE_BPE, ("vocab.json", "merges.txt"), declared)
        if has_sp and wanted in (LLAMA_SP, INTERNLM2_SP, None):
            from .. import registry  # the families say which rules their language models' tokenizers follow

            rules = wanted or registry.sentencepiece_rules(llm_architecture)
            if rules is None:
                raise CheckpointError(
                    Message(
                        "{folder} has a tokenizer.model but its tokenizer_config.json names no tokenizer class we "
                        "know ({tokenizer_class}), so the rules to apply are unknown.",
                        folder=folder,
                        tokenizer_class=declared or Message("none"),
                    )
                )
            return TokenizerChoice(rules, ("tokenizer.model",), declared)
    if (folder / "tokenizer.json").is_file():
        return TokenizerChoice(FAST, ("tokenizer.json",), declared)
    if declared and wanted is None and declared != "PreTrainedTokenizerFast":
        raise CheckpointError(
            Message(
                "{folder} uses a tokenizer class Desktop VLM does not support ({tokenizer_class}).",
                folder=folder,
                tokenizer_class=declared,
            )
        )
    raise CheckpointError(
        Message(
            "No tokenizer we can load in {folder}: looked for vocab.json + merges.txt, tokenizer.model and "
            "tokenizer.json.",
            folder=folder,
        )
    )


def load_tokenizer(folder: Path, llm_architecture: str = ""):
    """The tokenizer of the checkpoint in ``folder``, built from its data files only."""
    folder = Path(folder)
    choice = choose_tokenizer(folder, llm_architecture)
    settings = read_settings(folder)
    if choice.rules == BYTE_BPE:
        from .byte_bpe import ByteLevelBPETokenizer

        return ByteLevelBPETokenizer(folder, settings)
    if choice.rules == LLAMA_SP:
        from .sentencepiece_models import LlamaTokenizer

        return LlamaTokenizer(folder, settings)
    if choice.rules == INTERNLM2_SP:
        from .sentencepiece_models import InternLM2Tokenizer

        return InternLM2Tokenizer(folder, settings)
    from .fast import FastTokenizer

    return FastTokenizer(folder, settings)


def token_id(tokenizer, token: str) -> int:
    """The id of a special token that the template or the image splicing needs; a clear error if absent."""
    idx = tokenizer.token_to_id(token)
    if idx is None or tokenizer.id_to_token(idx) != token:
        raise CheckpointError(
            Message("The tokenizer has no {token!r} token, which this model's prompt format needs.", token=token)
        )
    return int(idx)
