"""Synthetic InternVL-family checkpoints in the original published format, with random weights.

config.json with the original keys, bf16 safetensors with the original tensor names (optionally sharded with an
index) and a tokenizer trained on the spot with the model's special tokens. At toy widths they are the tests'
checkpoints; at the published widths, the benchmarks' stand-ins for the real models (speed depends on the shapes,
not the values).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import torch

from ..synthetic_parts import language_model_config, save_weights
from ..tokenization.synthetic import write_fast_bpe_tokenizer


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


def _weights(config: dict, gen: torch.Generator, scale: float) -> dict[str, torch.Tensor]:
    v, lm = config["vision_config"], config["llm_config"]
    c, d, vocab = v["hidden_size"], lm["hidden_size"], lm["vocab_size"]
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
            p + "attn.qkv.weight": rnd(3 * c, c),
            p + "attn.qkv.bias": rnd(3 * c),
            p + "attn.proj.weight": rnd(c, c),
            p + "attn.proj.bias": rnd(c),
            p + "mlp.fc1.weight": rnd(v["intermediate_size"], c),
            p + "mlp.fc1.bias": rnd(v["intermediate_size"]),
            p + "mlp.fc2.weight": rnd(c, v["intermediate_size"]),
            p + "mlp.fc2.bias": rnd(c),
            p + "norm1.weight": 1 + rnd(c),
            p + "norm1.bias": rnd(c),
            p + "norm2.weight": 1 + rnd(c),
            p + "norm2.bias": rnd(c),
            p + "ls1": 1 + rnd(c),
            p + "ls2": 1 + rnd(c),
        }
    merged = c * 4
    w |= {
        "mlp1.0.weight": 1 + rnd(merged),
        "mlp1.0.bias": rnd(merged),
        "mlp1.1.weight": rnd(d, merged),
        "mlp1.1.bias": rnd(d),
        "mlp1.3.weight": rnd(d, d),
        "mlp1.3.bias": rnd(d),
    }
    hd = d // lm["num_attention_heads"]
    q, kv, inter = lm["num_attention_heads"] * hd, lm["num_key_value_heads"] * hd, lm["intermediate_size"]
    w["language_model.model.embed_tokens.weight"] = rnd(vocab, d) * 20
    for i in range(lm["num_hidden_layers"]):
        p = f"language_model.model.layers.{i}."
        w |= {
            p + "input_layernorm.weight": 1 + rnd(d),
            p + "post_attention_layernorm.weight": 1 + rnd(d),
            p + "self_attn.o_proj.weight": rnd(d, q),
            p + "mlp.down_proj.weight": rnd(d, inter),
        }
        if lm["model_type"] == "phi3":
            w |= {p + "self_attn.qkv_proj.weight": rnd(q + 2 * kv, d), p + "mlp.gate_up_proj.weight": rnd(2 * inter, d)}
        else:
            w |= {
                p + "self_attn.q_proj.weight": rnd(q, d),
                p + "self_attn.q_proj.bias": rnd(q),
                p + "self_attn.k_proj.weight": rnd(kv, d),
                p + "self_attn.k_proj.bias": rnd(kv),
                p + "self_attn.v_proj.weight": rnd(kv, d),
                p + "self_attn.v_proj.bias": rnd(kv),
                p + "mlp.gate_proj.weight": rnd(inter, d),
                p + "mlp.up_proj.weight": rnd(inter, d),
            }
    w["language_model.model.norm.weight"] = 1 + rnd(d)
    w["language_model.lm_head.weight"] = rnd(vocab, d) * 20
    return w


def write_checkpoint(
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
    published layouts: ..tokenization.synthetic) and returns their token ids."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = tokenizer(folder) if tokenizer else write_fast_bpe_tokenizer(folder, llm)
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
        "vision_config": _vision_config(
            vision_hidden, vision_layers, vision_heads, vision_intermediate or 2 * vision_hidden
        ),
        "llm_config": language_model_config(
            llm, vocab, llm_hidden, llm_layers, llm_heads, kv_heads, ids, llm_intermediate or 2 * llm_hidden
        ),
    }
    (folder / "config.json").write_text(json.dumps(config, indent=2))
    weights = _weights(config, torch.Generator().manual_seed(seed), scale)
    save_weights(folder, weights, shards)
    return folder
