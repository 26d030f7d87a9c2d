"""Pieces shared by the families' synthetic checkpoints: the language model's config, and writing the weights
as the published repositories do (one ``model.safetensors``, or shards with an index)."""

from __future__ import annotations

import json
from pathlib import Path

import torch
from safetensors.torch import save_file


def language_model_config(
    kind: str, vocab: int, hidden: int, layers: int, heads: int, kv_heads: int, ids: dict, intermediate: int
) -> dict:
    """``llm_config`` of a Qwen2 (``kind`` "qwen2") or Phi-3 ("phi3") language model as InternVL-family configs
    hold it, with the special-token ids of the tokenizer written beside it."""
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


def save_weights(folder: Path, weights: dict[str, torch.Tensor], shards: int = 1) -> None:
    """``model.safetensors``, or ``shards`` files named as transformers names them, with their index file."""
    if shards == 1:
        save_file(weights, str(folder / "model.safetensors"), metadata={"format": "pt"})
        return
    names = sorted(weights)
    weight_map, per = {}, -(-len(names) // shards)
    for s in range(shards):
        shard = f"model-{s + 1:05d}-of-{shards:05d}.safetensors"
        part = {n: weights[n] for n in names[s * per : (s + 1) * per]}
        save_file(part, str(folder / shard), metadata={"format": "pt"})
        weight_map |= {n: shard for n in part}
    total = sum(t.numel() * t.element_size() for t in weights.values())
    index = {"metadata": {"total_size": total}, "weight_map": weight_map}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index))
