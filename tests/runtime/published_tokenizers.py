"""Tokenizer files in the layouts the published checkpoints ship (no ``tokenizer.json``), trained on the spot.

- Qwen2.5-based seeds (InternVL2_5-4B, Vintern-3B-beta, Ristretto-3B): byte-level BPE as ``vocab.json`` +
  ``merges.txt``, Qwen's added tokens then InternVL's nine, a ``tokenizer_config.json`` with
  ``added_tokens_decoder`` (as saved since transformers 4.34), ``added_tokens.json`` and
  ``special_tokens_map.json`` — the file set and key layout of Ristretto-3B's published tokenizer. ``legacy_layout``
  writes the older form without ``added_tokens_decoder``.
- Phi-3-based Mini-InternVL-Chat-4B-V1-5: a Llama-style SentencePiece ``tokenizer.model`` (byte fallback, split
  digits, dummy prefix), Phi-3's eleven chat tokens after it, then InternVL's nine; the config follows Phi-3-mini's
  (``legacy: false``, ``rstrip`` on the chat tokens, ``add_bos_token``). ``legacy_layout`` drops ``legacy`` and the
  strip flags, as configs saved before Phi-3 did.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

INTERNVL_TOKENS = ["<img>", "</img>", "<IMG_CONTEXT>", "<quad>", "</quad>", "<ref>", "</ref>", "<box>", "</box>"]
QWEN_SPECIAL = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|object_ref_start|>", "<|object_ref_end|>",
                "<|box_start|>", "<|box_end|>", "<|quad_start|>", "<|quad_end|>", "<|vision_start|>",
                "<|vision_end|>", "<|vision_pad|>", "<|image_pad|>", "<|video_pad|>"]  # fmt: skip
QWEN_PLAIN = ["<tool_call>", "</tool_call>", "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|fim_pad|>",
              "<|repo_name|>", "<|file_sep|>"]  # fmt: skip
PHI3_TOKENS = ["<|endoftext|>", "<|assistant|>", "<|placeholder1|>", "<|placeholder2|>", "<|placeholder3|>",
               "<|placeholder4|>", "<|system|>", "<|end|>", "<|placeholder5|>", "<|placeholder6|>", "<|user|>"]  # fmt: skip

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
    return {"content": content, "lstrip": False, "normalized": normalized, "rstrip": rstrip,
            "single_word": False, "special": special}  # fmt: skip


def write_qwen2_tokenizer(folder: Path, *, vocab_size: int = 900, legacy_layout: bool = False) -> dict[str, int]:
    """vocab.json + merges.txt + the config files; returns every added token's id."""
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers, trainers

    word = r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.Split(Regex(word), behavior="isolated"), pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)]
    )
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                                  show_progress=False)  # fmt: skip
    tok.train_from_iterator(CORPUS, trainer)
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
        config["added_tokens_decoder"] = {
            str(i): _entry(t, special=t not in QWEN_PLAIN) for t, i in ids.items()
        }
    (folder / "tokenizer_config.json").write_text(json.dumps(config, ensure_ascii=False, indent=2))
    (folder / "added_tokens.json").write_text(json.dumps(ids, indent=2))
    special_map = {"additional_special_tokens": additional, "eos_token": _entry("<|im_end|>", special=True),
                   "pad_token": _entry("<|endoftext|>", special=True)}  # fmt: skip
    for value in special_map.values():
        if isinstance(value, dict):
            value.pop("special")
    (folder / "special_tokens_map.json").write_text(json.dumps(special_map, indent=2))
    return ids


def _train_llama_sentencepiece(vocab_size: int) -> bytes:
    import sentencepiece as spm

    out = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(CORPUS), model_writer=out, model_type="bpe", vocab_size=vocab_size,
        byte_fallback=True, character_coverage=0.995, add_dummy_prefix=True, normalization_rule_name="identity",
        remove_extra_whitespaces=False, split_digits=True, allow_whitespace_only_pieces=True,
        unk_id=0, bos_id=1, eos_id=2, pad_id=-1, minloglevel=2,
    )  # fmt: skip
    return out.getvalue()


def write_phi3_tokenizer(folder: Path, *, vocab_size: int = 700, legacy_layout: bool = False) -> dict[str, int]:
    """tokenizer.model + the config files; returns the ids of <unk>/<s>/</s> and every added token."""
    import sentencepiece as spm

    proto = _train_llama_sentencepiece(vocab_size)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tokenizer.model").write_bytes(proto)
    n = spm.SentencePieceProcessor(model_proto=proto).get_piece_size()
    ids = {"<unk>": 0, "<s>": 1, "</s>": 2}
    ids |= {t: n + k for k, t in enumerate(PHI3_TOKENS + INTERNVL_TOKENS)}
    decoder = {"0": _entry("<unk>", special=True), "1": _entry("<s>", special=True),
               "2": _entry("</s>", special=False, rstrip=not legacy_layout)}  # fmt: skip
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
