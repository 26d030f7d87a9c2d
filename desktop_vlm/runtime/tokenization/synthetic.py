"""Tokenizer files trained on the spot, for synthetic checkpoints, in the layouts real checkpoints ship.

The published repositories ship slow-tokenizer files (no ``tokenizer.json``):

- Qwen2.5-based seeds (InternVL2_5-4B, Vintern-3B-beta, Ristretto-3B): byte-level BPE as ``vocab.json`` +
  ``merges.txt``, Qwen's added tokens then InternVL's nine, a ``tokenizer_config.json`` with
  ``added_tokens_decoder`` (as saved since transformers 4.34), ``added_tokens.json`` and
  ``special_tokens_map.json`` — the file set and key layout of Ristretto-3B's published tokenizer. ``legacy_layout``
  writes the older form without ``added_tokens_decoder``.
- Phi-3-based Mini-InternVL-Chat-4B-V1-5: a Llama-style SentencePiece ``tokenizer.model`` (byte fallback, split
  digits, dummy prefix), Phi-3's eleven chat tokens after it, then InternVL's nine; the config follows Phi-3-mini's
  (``legacy: false``, ``rstrip`` on the chat tokens, ``add_bos_token``). ``legacy_layout`` drops ``legacy`` and the
  strip flags, as configs saved before Phi-3 did.
- InternLM2-based Mono-InternVL-2B: a SentencePiece ``tokenizer.model`` with InternLM2's chat tokens inside it and
  InternVL's nine after it.
A ``tokenizer.json``-only stand-in (:func:`write_fast_bpe_tokenizer`) is what the reference fixtures use.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import sentencepiece

if TYPE_CHECKING:
    from tokenizers import Tokenizer

INTERNVL_TOKENS = ["<img>", "</img>", "<IMG_CONTEXT>", "<quad>", "</quad>", "<ref>", "</ref>", "<box>", "</box>"]
QWEN_SPECIAL = [
    "<|endoftext|>",
    "<|im_start|>",
    "<|im_end|>",
    "<|object_ref_start|>",
    "<|object_ref_end|>",
    "<|box_start|>",
    "<|box_end|>",
    "<|quad_start|>",
    "<|quad_end|>",
    "<|vision_start|>",
    "<|vision_end|>",
    "<|vision_pad|>",
    "<|image_pad|>",
    "<|video_pad|>",
]
QWEN_PLAIN = [
    "<tool_call>",
    "</tool_call>",
    "<|fim_prefix|>",
    "<|fim_middle|>",
    "<|fim_suffix|>",
    "<|fim_pad|>",
    "<|repo_name|>",
    "<|file_sep|>",
]
PHI3_TOKENS = [
    "<|endoftext|>",
    "<|assistant|>",
    "<|placeholder1|>",
    "<|placeholder2|>",
    "<|placeholder3|>",
    "<|placeholder4|>",
    "<|system|>",
    "<|end|>",
    "<|placeholder5|>",
    "<|placeholder6|>",
    "<|user|>",
]

CORPUS = [
    "Describe the image in detail. What is in this picture? A red panda sits on a branch.",
    "Xin chào, bạn là ai? Hãy mô tả hình ảnh này bằng tiếng Việt. Đây là một bức ảnh đẹp.",
    "你好，请描述这张图片。这是一张收据，总金额为十二元五角。人工智能助手",
    "The receipt shows a total of 12.50 dollars, paid by card on 2024-05-01 at 10:45.",
    "Image-1: Image-2: Frame1: Frame2: Frame3: Frame4: Please write a poem according to the image.",
    "def answer(x):\n    return x * 2  # code\n\tindented\n\nnew paragraph",
    "  leading spaces, trailing spaces  and   runs of spaces; don't won't it's I'm we've they're",
] * 25


def _entry(content: str, *, special: bool, rstrip: bool = False, normalized: bool = False) -> dict:
    return {
        "content": content,
        "lstrip": False,
        "normalized": normalized,
        "rstrip": rstrip,
        "single_word": False,
        "special": special,
    }


def write_qwen2_tokenizer(
    folder: Path, *, vocab_size: int = 900, legacy_layout: bool = False, corpus: Sequence[str] = CORPUS
) -> dict[str, int]:
    """vocab.json + merges.txt + the config files, the BPE trained on ``corpus``; returns every added token's id."""
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers, trainers

    word = r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(word), behavior="isolated"),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False
    )
    tok.train_from_iterator(corpus, trainer)
    model = json.loads(tok.to_str())["model"]
    vocab: dict[str, int] = model["vocab"]
    merges = [m if isinstance(m, str) else " ".join(m) for m in model["merges"]]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False))
    (folder / "merges.txt").write_text("#version: 0.2\n" + "\n".join(merges) + "\n", encoding="utf-8")
    added = QWEN_SPECIAL + QWEN_PLAIN + INTERNVL_TOKENS
    ids = {t: len(vocab) + k for k, t in enumerate(added)}
    additional = QWEN_SPECIAL[1:] + INTERNVL_TOKENS
    config: dict = {
        "add_bos_token": False,
        "add_eos_token": False,
        "add_prefix_space": False,
        "additional_special_tokens": additional,
        "bos_token": None,
        "chat_template": "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + "
        "'<|im_end|>' + '\n'}}{% endfor %}",
        "clean_up_tokenization_spaces": False,
        "eos_token": "<|im_end|>",
        "errors": "replace",
        "model_max_length": 8192,
        "pad_token": "<|endoftext|>",
        "split_special_tokens": False,
        "tokenizer_class": "Qwen2Tokenizer",
        "unk_token": None,
    }
    if not legacy_layout:
        config["added_tokens_decoder"] = {str(i): _entry(t, special=t not in QWEN_PLAIN) for t, i in ids.items()}
    (folder / "tokenizer_config.json").write_text(json.dumps(config, ensure_ascii=False, indent=2))
    (folder / "added_tokens.json").write_text(json.dumps(ids, indent=2))
    special_map = {
        "additional_special_tokens": additional,
        "eos_token": _entry("<|im_end|>", special=True),
        "pad_token": _entry("<|endoftext|>", special=True),
    }
    for value in special_map.values():
        if isinstance(value, dict):
            value.pop("special")
    (folder / "special_tokens_map.json").write_text(json.dumps(special_map, indent=2))
    return ids


def _train_llama_sentencepiece(vocab_size: int) -> bytes:
    out = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(CORPUS),
        model_writer=out,
        model_type="bpe",
        vocab_size=vocab_size,
        byte_fallback=True,
        character_coverage=0.995,
        add_dummy_prefix=True,
        normalization_rule_name="identity",
        remove_extra_whitespaces=False,
        split_digits=True,
        allow_whitespace_only_pieces=True,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        minloglevel=2,
    )
    return out.getvalue()


def write_phi3_tokenizer(folder: Path, *, vocab_size: int = 700, legacy_layout: bool = False) -> dict[str, int]:
    """tokenizer.model + the config files; returns the ids of <unk>/<s>/</s> and every added token."""
    proto = _train_llama_sentencepiece(vocab_size)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tokenizer.model").write_bytes(proto)
    n = sentencepiece.SentencePieceProcessor(model_proto=proto).get_piece_size()
    ids = {"<unk>": 0, "<s>": 1, "</s>": 2}
    ids |= {t: n + k for k, t in enumerate(PHI3_TOKENS + INTERNVL_TOKENS)}
    decoder = {
        "0": _entry("<unk>", special=True),
        "1": _entry("<s>", special=True),
        "2": _entry("</s>", special=False, rstrip=not legacy_layout),
    }
    for t in PHI3_TOKENS:
        decoder[str(ids[t])] = _entry(t, special=True, rstrip=t != "<|endoftext|>" and not legacy_layout)
    for t in INTERNVL_TOKENS:
        decoder[str(ids[t])] = _entry(t, special=True)
    config: dict = {
        "add_bos_token": True,
        "add_eos_token": False,
        "added_tokens_decoder": decoder,
        "bos_token": "<s>",
        "chat_template": "{% for message in messages %}{{'<|' + message['role'] + '|>' + '\n' + message['content'] + "
        "'<|end|>\n'}}{% endfor %}",
        "clean_up_tokenization_spaces": False,
        "eos_token": "<|endoftext|>",
        "model_max_length": 131072,
        "pad_token": "<|endoftext|>",
        "padding_side": "left",
        "sp_model_kwargs": {},
        "tokenizer_class": "LlamaTokenizer",
        "unk_token": "<unk>",
        "use_default_system_prompt": False,
    }
    if not legacy_layout:
        config["legacy"] = False
    (folder / "tokenizer_config.json").write_text(json.dumps(config, ensure_ascii=False, indent=2))
    (folder / "added_tokens.json").write_text(json.dumps({t: ids[t] for t in PHI3_TOKENS + INTERNVL_TOKENS}, indent=2))
    special_map = {"bos_token": "<s>", "eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>", "unk_token": "<unk>"}
    (folder / "special_tokens_map.json").write_text(json.dumps(special_map, indent=2))
    return ids


# --- a tokenizer.json stand-in
QWEN_SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
PHI3_SPECIALS = ["<|endoftext|>", "<|assistant|>", "<|system|>", "<|end|>", "<|user|>"]
_FAST_CORPUS = [
    "Describe the image in detail. What is in this picture? A red panda sits on a branch.",
    "Xin chào, bạn là ai? Hãy mô tả hình ảnh này. 你好，请描述这张图片。",
    "The receipt shows a total of 12.50 dollars, paid by card on 2024-05-01.",
    "Image-1: Image-2: Frame1: Frame2: Frame3: Frame4: Please write a poem according to the image.",
] * 20


def write_fast_bpe_tokenizer(folder: Path, kind: str, vocab_size: int = 400) -> dict[str, int]:
    """A ``tokenizer.json`` stand-in (byte-level BPE) + ``tokenizer_config.json`` with the special tokens of a
    Qwen2 (``kind`` "qwen2") or Phi-3 ("phi3") model; returns the special-token ids. The reference fixtures
    use this layout; the published repositories ship the slow files below."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    base_specials = ["<unk>", "<s>", "</s>"] if kind == "phi3" else []
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=base_specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_FAST_CORPUS, trainer)
    added = (PHI3_SPECIALS if kind == "phi3" else QWEN_SPECIALS) + INTERNVL_TOKENS
    tok.add_special_tokens(added)
    if kind == "phi3":  # the Llama-style tokenizer prepends <s>
        tok.post_processor = processors.TemplateProcessing(single="<s> $A", special_tokens=[("<s>", 1)])
    tok.save(str(folder / "tokenizer.json"))
    config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "eos_token": "<|end|>" if kind == "phi3" else "<|im_end|>",
        "pad_token": "<|endoftext|>",
        "bos_token": "<s>" if kind == "phi3" else None,
        "unk_token": "<unk>" if kind == "phi3" else None,
        "model_max_length": 8192,
    }
    (folder / "tokenizer_config.json").write_text(json.dumps(config))
    return {t: _token_id(tok, t) for t in base_specials + added}


def _token_id(tok: Tokenizer, token: str) -> int:
    """The id of ``token``, which was just given to ``tok``."""
    found = tok.token_to_id(token)
    if found is None:
        raise RuntimeError(f"the synthetic tokenizer has no id for {token!r}")
    return found


# --- InternLM2
INTERNLM2_SPECIALS = [
    "<|plugin|>",
    "<|interpreter|>",
    "<|action_end|>",
    "<|action_start|>",
    "<|im_end|>",
    "<|im_start|>",
]
_INTERNLM2_TEXT = [
    "Describe the image in detail. What is in this picture? A red panda sits on a branch.",
    "Xin chào, bạn là ai? Hãy mô tả hình ảnh này. 你好，请描述这张图片。人工智能助手",
    "The receipt shows a total of 12.50 dollars, paid by card on 2024-05-01.",
    "  indented   spaces\n\nnew lines\tand tabs don't won't it's I'm we've they're",
] * 30


def _train_internlm2_sentencepiece(add_dummy_prefix: bool) -> bytes:
    out = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(_INTERNLM2_TEXT),
        model_writer=out,
        model_type="bpe",
        vocab_size=400,
        byte_fallback=True,
        user_defined_symbols=INTERNLM2_SPECIALS,
        character_coverage=0.98,
        add_dummy_prefix=add_dummy_prefix,
        normalization_rule_name="identity",
        remove_extra_whitespaces=False,
        split_digits=True,
        allow_whitespace_only_pieces=True,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=-1,
        minloglevel=2,
    )
    return out.getvalue()


def write_internlm2_tokenizer(folder: Path, add_dummy_prefix: bool = True) -> dict[str, int]:
    """tokenizer.model + tokenizer_config.json (+ special_tokens_map.json) like the published
    checkpoint; returns the special-token ids."""
    folder.mkdir(parents=True, exist_ok=True)
    proto = _train_internlm2_sentencepiece(add_dummy_prefix)
    (folder / "tokenizer.model").write_bytes(proto)
    sp = sentencepiece.SentencePieceProcessor(model_proto=proto)
    n = sp.get_piece_size()
    ids = {sp.id_to_piece(i): i for i in (0, 1, 2)} | {t: sp.piece_to_id(t) for t in INTERNLM2_SPECIALS}
    ids |= {t: n + k for k, t in enumerate(INTERNVL_TOKENS)}
    entry = dict(lstrip=False, rstrip=False, normalized=False, single_word=False, special=True)
    config = {
        "added_tokens_decoder": {str(i): {"content": t, **entry} for t, i in ids.items()},
        "additional_special_tokens": INTERNLM2_SPECIALS + INTERNVL_TOKENS,
        "auto_map": {"AutoTokenizer": ["tokenization_internlm2.InternLM2Tokenizer", None]},
        "tokenizer_class": "InternLM2Tokenizer",
        "bos_token": "<s>",
        "eos_token": "</s>",
        "pad_token": "</s>",
        "unk_token": "<unk>",
        "add_bos_token": True,
        "add_eos_token": False,
        "clean_up_tokenization_spaces": False,
    }
    (folder / "tokenizer_config.json").write_text(json.dumps(config, ensure_ascii=False))
    specials_map = {k: config[k] for k in ("bos_token", "eos_token", "pad_token", "unk_token")}
    specials_map["additional_special_tokens"] = INTERNLM2_SPECIALS + INTERNVL_TOKENS
    (folder / "special_tokens_map.json").write_text(json.dumps(specials_map))
    return ids
