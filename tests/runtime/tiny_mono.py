"""Tiny Mono-InternVL-format checkpoints: the original config keys, bf16 ``model.safetensors`` with the
original tensor names, and a SentencePiece ``tokenizer.model`` (no tokenizer.json) trained on the spot
with InternLM2's special pieces and InternVL's image tokens added after the SentencePiece vocabulary, as
in the published checkpoint."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Callable

import sentencepiece as spm
import torch
from safetensors.torch import save_file

CHAT_SPECIALS = ["<|plugin|>", "<|interpreter|>", "<|action_end|>", "<|action_start|>", "<|im_end|>", "<|im_start|>"]
IMAGE_TOKENS = ["<img>", "</img>", "<IMG_CONTEXT>", "<quad>", "</quad>", "<ref>", "</ref>", "<box>", "</box>"]
TRAIN_TEXT = [
    "Describe the image in detail. What is in this picture? A red panda sits on a branch.",
    "Xin chào, bạn là ai? Hãy mô tả hình ảnh này. 你好，请描述这张图片。人工智能助手",
    "The receipt shows a total of 12.50 dollars, paid by card on 2024-05-01.",
    "  indented   spaces\n\nnew lines\tand tabs don't won't it's I'm we've they're",
] * 30


def _train(add_dummy_prefix: bool) -> bytes:
    out = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(TRAIN_TEXT),
        model_writer=out,
        model_type="bpe",
        vocab_size=400,
        byte_fallback=True,
        user_defined_symbols=CHAT_SPECIALS,
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


def write_sentencepiece_tokenizer(folder: Path, add_dummy_prefix: bool = True) -> dict[str, int]:
    """tokenizer.model + tokenizer_config.json (+ special_tokens_map.json) like the published
    checkpoint; returns the special-token ids."""
    folder.mkdir(parents=True, exist_ok=True)
    proto = _train(add_dummy_prefix)
    (folder / "tokenizer.model").write_bytes(proto)
    sp = spm.SentencePieceProcessor(model_proto=proto)
    n = sp.get_piece_size()
    ids = {sp.id_to_piece(i): i for i in (0, 1, 2)} | {t: sp.piece_to_id(t) for t in CHAT_SPECIALS}
    ids |= {t: n + k for k, t in enumerate(IMAGE_TOKENS)}
    entry = dict(lstrip=False, rstrip=False, normalized=False, single_word=False, special=True)
    config = {
        "added_tokens_decoder": {str(i): {"content": t, **entry} for t, i in ids.items()},
        "additional_special_tokens": CHAT_SPECIALS + IMAGE_TOKENS,
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
    specials_map["additional_special_tokens"] = CHAT_SPECIALS + IMAGE_TOKENS
    (folder / "special_tokens_map.json").write_text(json.dumps(specials_map))
    return ids


def write_mono_checkpoint(
    folder: Path,
    *,
    vision_hidden: int = 16,
    llm_hidden: int = 48,
    layers: int = 2,
    heads: int = 6,
    kv_heads: int = 2,
    tile: int = 448,
    rope_theta: float = 1000000,
    seed: int = 0,
    intermediate: int | None = None,
    vocab_size: int | None = None,
    max_tiles: int = 6,
    scale: float = 1.0,
    tokenizer: Callable[[Path], dict[str, int]] | None = None,
) -> Path:
    """config.json with the original keys, bf16 model.safetensors with the original names, and a
    SentencePiece tokenizer.model (no tokenizer.json), as the published Mono-InternVL-2B.

    ``vocab_size`` pads the embedding matrices beyond the trained tokenizer and ``scale`` multiplies every
    random weight's spread (full-size shapes for benchmarks: activations stay finite at real widths)."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = tokenizer(folder) if tokenizer else write_sentencepiece_tokenizer(folder)
    vocab = max(vocab_size or 0, max(ids.values()) + 1)
    inter = intermediate or llm_hidden * 2
    config = {
        "architectures": ["InternVLChatModel"],
        "model_type": "internvl_chat",
        "auto_map": {"AutoModel": "modeling_internvl_chat.InternVLChatModel"},
        "template": "internlm2-chat",
        "downsample_ratio": 0.5,
        "dynamic_image_size": True,
        "force_image_size": tile,
        "max_dynamic_patch": max_tiles,
        "min_dynamic_patch": 1,
        "use_thumbnail": True,
        "pad2square": False,
        "ps_version": "v2",
        "select_layer": -1,
        "torch_dtype": "bfloat16",
        "vision_config": {
            "architectures": ["InternVisionPatchModel"],
            "model_type": "intern_vit_patch",
            "hidden_size": vision_hidden,
            "image_size": 448,  # the position embedding's grid; tile ≠ 448 resamples it
            "patch_size": 14,
            "num_channels": 3,
        },
        "llm_config": {
            "architectures": ["InternLM2VEForCausalLM"],
            "model_type": "internlm2",
            "auto_map": {"AutoModelForCausalLM": "modeling_internlm2_ve.InternLM2VEForCausalLM"},
            "attn_implementation": "eager",
            "bias": False,
            "hidden_act": "silu",
            "hidden_size": llm_hidden,
            "intermediate_size": inter,
            "num_hidden_layers": layers,
            "num_attention_heads": heads,
            "num_key_value_heads": kv_heads,
            "vocab_size": vocab,
            "max_position_embeddings": 32768,
            "rms_norm_eps": 1e-5,
            "rope_theta": rope_theta,
            "rope_scaling": {"type": "dynamic", "factor": 2.0},
            "tie_word_embeddings": False,
            "bos_token_id": 1,
            "eos_token_id": 2,
            "pad_token_id": 2,
        },
    }
    (folder / "config.json").write_text(json.dumps(config, indent=2))
    gen = torch.Generator().manual_seed(seed)
    rnd = lambda *shape, s=0.1: torch.randn(*shape, generator=gen) * (s * scale)  # noqa: E731
    c, d, hd = vision_hidden, llm_hidden, llm_hidden // heads
    w = {
        "vision_model.embeddings.class_embedding": rnd(1, 1, c),
        "vision_model.embeddings.patch_embedding.weight": rnd(c, 3, 14, 14),
        "vision_model.embeddings.patch_embedding.bias": rnd(c),
        "vision_model.embeddings.position_embedding": rnd(1, 1 + 32 * 32, c, s=1.0),
        "mlp1.0.weight": 1 + rnd(4 * c), "mlp1.0.bias": rnd(4 * c),
        "mlp1.1.weight": rnd(d, 4 * c, s=0.3), "mlp1.1.bias": rnd(d),
        "mlp1.3.weight": rnd(d, d, s=0.3), "mlp1.3.bias": rnd(d),
        "language_model.model.tok_embeddings.weight": rnd(vocab, d, s=1.0),
        "language_model.model.norm.weight": 1 + rnd(d),
        "language_model.output.weight": rnd(vocab, d, s=1.5),
    }  # fmt: skip
    for i in range(layers):
        p = f"language_model.model.layers.{i}."
        w |= {
            p + "attention.wqkv.weight": rnd((heads + 2 * kv_heads) * hd, d, s=0.3),
            p + "attention.wo.weight": rnd(d, heads * hd, s=0.3),
            p + "attention_norm.weight": 1 + rnd(d), p + "ffn_norm.weight": 1 + rnd(d),
        }  # fmt: skip
        for ffn, s in (("feed_forward", 0.2), ("feed_forward_ve", 0.4)):
            w |= {p + f"{ffn}.w1.weight": rnd(inter, d, s=s), p + f"{ffn}.w3.weight": rnd(inter, d, s=s),
                  p + f"{ffn}.w2.weight": rnd(d, inter, s=s)}  # fmt: skip
        w = {k: t.to(torch.bfloat16) for k, t in w.items()}  # layer by layer, so full-size shapes fit in memory
    save_file({k: t.to(torch.bfloat16) for k, t in w.items()}, str(folder / "model.safetensors"), metadata={"format": "pt"})
    return folder
