"""Synthetic Mono-InternVL checkpoints with random weights: the original config keys, bf16 ``model.safetensors`` with
the original tensor names, and InternLM2's SentencePiece ``tokenizer.model`` (no tokenizer.json), as the published
checkpoint ships them (tests at toy widths, benchmarks at the published ones)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import torch
from safetensors.torch import save_file

from ..tokenization.synthetic import write_internlm2_tokenizer


def write_checkpoint(
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
    ids = tokenizer(folder) if tokenizer else write_internlm2_tokenizer(folder)
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
        "mlp1.0.weight": 1 + rnd(4 * c),
        "mlp1.0.bias": rnd(4 * c),
        "mlp1.1.weight": rnd(d, 4 * c, s=0.3),
        "mlp1.1.bias": rnd(d),
        "mlp1.3.weight": rnd(d, d, s=0.3),
        "mlp1.3.bias": rnd(d),
        "language_model.model.tok_embeddings.weight": rnd(vocab, d, s=1.0),
        "language_model.model.norm.weight": 1 + rnd(d),
        "language_model.output.weight": rnd(vocab, d, s=1.5),
    }
    for i in range(layers):
        p = f"language_model.model.layers.{i}."
        w |= {
            p + "attention.wqkv.weight": rnd((heads + 2 * kv_heads) * hd, d, s=0.3),
            p + "attention.wo.weight": rnd(d, heads * hd, s=0.3),
            p + "attention_norm.weight": 1 + rnd(d),
            p + "ffn_norm.weight": 1 + rnd(d),
        }
        for ffn, s in (("feed_forward", 0.2), ("feed_forward_ve", 0.4)):
            w |= {
                p + f"{ffn}.w1.weight": rnd(inter, d, s=s),
                p + f"{ffn}.w3.weight": rnd(inter, d, s=s),
                p + f"{ffn}.w2.weight": rnd(d, inter, s=s),
            }
        w = {k: t.to(torch.bfloat16) for k, t in w.items()}  # layer by layer, so full-size shapes fit in memory
    save_file(
        {k: t.to(torch.bfloat16) for k, t in w.items()}, str(folder / "model.safetensors"), metadata={"format": "pt"}
    )
    return folder
