"""Builders for tiny InternVL-family checkpoints in the original published format.

config.json with the original keys, bf16 safetensors with the original tensor names (optionally
sharded with an index) and a byte-level BPE tokenizer trained on the spot with the model's special
tokens. Used to prove the runtime works on checkpoints it was not tuned to.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import torch
from safetensors.torch import save_file

INTERNVL_TOKENS = ["<img>", "</img>", "<IMG_CONTEXT>", "<quad>", "</quad>", "<ref>", "</ref>", "<box>", "</box>"]
QWEN_SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
PHI3_SPECIALS = ["<|endoftext|>", "<|assistant|>", "<|system|>", "<|end|>", "<|user|>"]
CORPUS = [
    "Describe the image in detail. What is in this picture? A red panda sits on a branch.",
    "Xin chào, bạn là ai? Hãy mô tả hình ảnh này. 你好，请描述这张图片。",
    "The receipt shows a total of 12.50 dollars, paid by card on 2024-05-01.",
    "Image-1: Image-2: Frame1: Frame2: Frame3: Frame4: Please write a poem according to the image.",
] * 20


def train_tokenizer(folder: Path, kind: str, vocab_size: int = 400) -> dict[str, int]:
    """Write tokenizer.json + tokenizer_config.json; returns the special-token ids."""
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
    tok.train_from_iterator(CORPUS, trainer)
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
    return {t: tok.token_to_id(t) for t in base_specials + added}


def _vision_config(hidden: int, layers: int, heads: int, intermediate: int) -> dict:
    return {
        "architectures": ["InternVisionModel"],
        "model_type": "intern_vit_6b",
        "hidden_size": hidden,
        "intermediate_size": intermediate,
        "num_attention_heads": heads,
        "num_hidden_layers": layers,
        "image_size": 448,
        "patch_size": 14,
        "num_channels": 3,
        "qkv_bias": True,
        "qk_normalization": False,
        "norm_type": "layer_norm",
        "layer_norm_eps": 1e-6,
        "hidden_act": "gelu",
        "use_flash_attn": True,
        "drop_path_rate": 0.0,
        "auto_map": {"AutoConfig": "configuration_intern_vit.InternVisionConfig"},
    }


def _llm_config(kind: str, vocab: int, hidden: int, layers: int, heads: int, kv_heads: int, ids: dict,
                intermediate: int) -> dict:  # fmt: skip
    common = {
        "hidden_size": hidden,
        "intermediate_size": intermediate,
        "num_hidden_layers": layers,
        "num_attention_heads": heads,
        "num_key_value_heads": kv_heads,
        "vocab_size": vocab,
        "hidden_act": "silu",
        "tie_word_embeddings": False,
        "torch_dtype": "bfloat16",
        "use_cache": True,
    }
    if kind == "phi3":
        half = hidden // heads // 2
        return common | {
            "architectures": ["Phi3ForCausalLM"],
            "model_type": "phi3",
            "max_position_embeddings": 131072,
            "original_max_position_embeddings": 4096,
            "rope_theta": 10000.0,
            "rms_norm_eps": 1e-5,
            "rope_scaling": {
                "type": "su",
                "short_factor": [1.0 + 0.05 * i for i in range(half)],
                "long_factor": [1.0 + 2.0 * i for i in range(half)],
            },
            "bos_token_id": 1,
            "eos_token_id": ids["<|endoftext|>"],
            "pad_token_id": ids["<|endoftext|>"],
            "sliding_window": 262144,
        }
    return common | {
        "architectures": ["Qwen2ForCausalLM"],
        "model_type": "qwen2",
        "max_position_embeddings": 32768,
        "rope_theta": 1000000.0,
        "rms_norm_eps": 1e-6,
        "rope_scaling": {"factor": 2.0, "rope_type": "dynamic", "type": "dynamic"},
        "use_sliding_window": False,
        "bos_token_id": ids["<|endoftext|>"],
        "eos_token_id": ids["<|im_end|>"],
    }


def _weights(config: dict, gen: torch.Generator, scale: float) -> dict[str, torch.Tensor]:
    v, l = config["vision_config"], config["llm_config"]
    c, d, vocab = v["hidden_size"], l["hidden_size"], l["vocab_size"]
    # generated in bf16 tensor by tensor so full-size (billions of parameters) shapes fit in memory
    rnd = lambda *shape: (torch.randn(*shape, generator=gen) * scale).to(torch.bfloat16)  # noqa: E731
    grid = (448 // 14) ** 2
    w = {
        "vision_model.embeddings.class_embedding": rnd(1, 1, c),
        "vision_model.embeddings.patch_embedding.weight": rnd(c, 3, 14, 14),
        "vision_model.embeddings.patch_embedding.bias": rnd(c),
        "vision_model.embeddings.position_embedding": rnd(1, grid + 1, c),
    }
    for i in range(v["num_hidden_layers"]):
        p = f"vision_model.encoder.layers.{i}."
        w |= {
            p + "attn.qkv.weight": rnd(3 * c, c), p + "attn.qkv.bias": rnd(3 * c),
            p + "attn.proj.weight": rnd(c, c), p + "attn.proj.bias": rnd(c),
            p + "mlp.fc1.weight": rnd(v["intermediate_size"], c), p + "mlp.fc1.bias": rnd(v["intermediate_size"]),
            p + "mlp.fc2.weight": rnd(c, v["intermediate_size"]), p + "mlp.fc2.bias": rnd(c),
            p + "norm1.weight": 1 + rnd(c), p + "norm1.bias": rnd(c),
            p + "norm2.weight": 1 + rnd(c), p + "norm2.bias": rnd(c),
            p + "ls1": 1 + rnd(c), p + "ls2": 1 + rnd(c),
        }  # fmt: skip
    merged = c * 4
    w |= {
        "mlp1.0.weight": 1 + rnd(merged), "mlp1.0.bias": rnd(merged),
        "mlp1.1.weight": rnd(d, merged), "mlp1.1.bias": rnd(d),
        "mlp1.3.weight": rnd(d, d), "mlp1.3.bias": rnd(d),
    }  # fmt: skip
    hd = d // l["num_attention_heads"]
    q, kv, inter = l["num_attention_heads"] * hd, l["num_key_value_heads"] * hd, l["intermediate_size"]
    w["language_model.model.embed_tokens.weight"] = rnd(vocab, d) * 20
    for i in range(l["num_hidden_layers"]):
        p = f"language_model.model.layers.{i}."
        w |= {p + "input_layernorm.weight": 1 + rnd(d), p + "post_attention_layernorm.weight": 1 + rnd(d),
              p + "self_attn.o_proj.weight": rnd(d, q), p + "mlp.down_proj.weight": rnd(d, inter)}  # fmt: skip
        if l["model_type"] == "phi3":
            w |= {p + "self_attn.qkv_proj.weight": rnd(q + 2 * kv, d), p + "mlp.gate_up_proj.weight": rnd(2 * inter, d)}
        else:
            w |= {
                p + "self_attn.q_proj.weight": rnd(q, d), p + "self_attn.q_proj.bias": rnd(q),
                p + "self_attn.k_proj.weight": rnd(kv, d), p + "self_attn.k_proj.bias": rnd(kv),
                p + "self_attn.v_proj.weight": rnd(kv, d), p + "self_attn.v_proj.bias": rnd(kv),
                p + "mlp.gate_proj.weight": rnd(inter, d), p + "mlp.up_proj.weight": rnd(inter, d),
            }  # fmt: skip
    w["language_model.model.norm.weight"] = 1 + rnd(d)
    w["language_model.lm_head.weight"] = rnd(vocab, d) * 20
    return w


def write_internvl_checkpoint(
    folder: Path,
    *,
    llm: str = "qwen2",
    template: str | None = None,
    vision_hidden: int = 32,
    vision_layers: int = 2,
    vision_heads: int = 2,
    llm_hidden: int = 64,
    llm_layers: int = 2,
    llm_heads: int = 4,
    kv_heads: int = 2,
    vision_intermediate: int | None = None,
    llm_intermediate: int | None = None,
    vocab_size: int | None = None,
    ps_version: str = "v2",
    select_layer: int = -1,
    shards: int = 1,
    seed: int = 0,
    scale: float = 0.08,
    tokenizer: Callable[[Path], dict[str, int]] | None = None,
) -> Path:
    """Create a checkpoint in ``folder`` and return it. ``vocab_size`` pads the embedding matrices beyond
    the trained tokenizer (full-size shapes for benchmarks). ``tokenizer`` writes other tokenizer files (the
    published layouts: tests/runtime/published_tokenizers.py) and returns their token ids."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = tokenizer(folder) if tokenizer else train_tokenizer(folder, llm)
    vocab = max(vocab_size or 0, max(ids.values()) + 1)
    config = {
        "architectures": ["InternVLChatModel"],
        "model_type": "internvl_chat",
        "auto_map": {"AutoModel": "modeling_internvl_chat.InternVLChatModel"},
        "template": template or ("phi3-chat" if llm == "phi3" else "internvl2_5"),
        "downsample_ratio": 0.5,
        "dynamic_image_size": True,
        "force_image_size": 448,
        "max_dynamic_patch": 12,
        "min_dynamic_patch": 1,
        "use_thumbnail": True,
        "pad2square": False,
        "ps_version": ps_version,
        "select_layer": select_layer,
        "use_backbone_lora": 0,
        "use_llm_lora": 0,
        "tie_word_embeddings": False,
        "torch_dtype": "bfloat16",
        "vision_config": _vision_config(vision_hidden, vision_layers, vision_heads,
                                        vision_intermediate or 2 * vision_hidden),
        "llm_config": _llm_config(llm, vocab, llm_hidden, llm_layers, llm_heads, kv_heads, ids,
                                  llm_intermediate or 2 * llm_hidden),
    }
    (folder / "config.json").write_text(json.dumps(config, indent=2))
    weights = _weights(config, torch.Generator().manual_seed(seed), scale)
    names = sorted(weights)
    if shards == 1:
        save_file(weights, str(folder / "model.safetensors"), metadata={"format": "pt"})
        return folder
    weight_map, per = {}, -(-len(names) // shards)
    for s in range(shards):
        shard = f"model-{s + 1:05d}-of-{shards:05d}.safetensors"
        part = {n: weights[n] for n in names[s * per : (s + 1) * per]}
        save_file(part, str(folder / shard), metadata={"format": "pt"})
        weight_map |= {n: shard for n in part}
    total = sum(t.numel() * t.element_size() for t in weights.values())
    index = {"metadata": {"total_size": total}, "weight_map": weight_map}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index))
    return folder
