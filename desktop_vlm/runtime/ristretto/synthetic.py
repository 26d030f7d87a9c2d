"""Synthetic Ristretto checkpoints with random weights: the original config keys, the original tensor names (SigLIP
under ``vision_model.vision_model.``, its unused attention-pooling head included), two shards and an index, a
trained tokenizer (tests at toy widths, benchmarks at the published ones)."""

from __future__ import annotations

import json
from pathlib import Path

import torch

from ..synthetic_parts import language_model_config, save_weights
from ..tokenization.synthetic import write_fast_bpe_tokenizer


def write_checkpoint(
    folder: Path,
    *,
    vision_hidden=32,
    vision_layers=2,
    vision_heads=2,
    image_size=384,
    llm_hidden=64,
    llm_layers=2,
    llm_heads=4,
    kv_heads=2,
    num_image_token=256,
    seed=0,
    scale=0.08,
    vision_intermediate=None,
    llm_intermediate=None,
    vocab_size=None,
    tokenizer=None,
) -> Path:
    """Create a checkpoint in ``folder`` and return it. ``vocab_size`` pads the embedding matrices beyond the
    trained tokenizer; the intermediate sizes default to twice the widths (full-size shapes for benchmarks).
    ``tokenizer(folder) -> ids`` writes other tokenizer files (the published layout)."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = tokenizer(folder) if tokenizer else write_fast_bpe_tokenizer(folder, "qwen2")
    vocab = max(vocab_size or 0, max(ids.values()) + 1)
    vision_inter, inter = vision_intermediate or 2 * vision_hidden, llm_intermediate or 2 * llm_hidden
    llm = language_model_config("qwen2", vocab, llm_hidden, llm_layers, llm_heads, kv_heads, ids, inter)
    llm.pop("rope_scaling")
    vision = {
        "model_type": "siglip_vision_model",
        "hidden_size": vision_hidden,
        "intermediate_size": vision_inter,
        "num_hidden_layers": vision_layers,
        "num_attention_heads": vision_heads,
        "image_size": image_size,
        "patch_size": 14,
        "num_channels": 3,
        "hidden_act": "gelu_pytorch_tanh",
        "layer_norm_eps": 1e-6,
        "drop_path_rate": 0.1,
    }
    config = {
        "architectures": ["RistrettoModel"],
        "model_type": "ristretto",
        "auto_map": {"AutoModel": "modeling_ristretto.RistrettoModel"},
        "num_image_token": num_image_token,
        "force_image_size": image_size,
        "dynamic_image_size": True,
        "min_dynamic_patch": 1,
        "max_dynamic_patch": 12,
        "use_thumbnail": True,
        "pad2square": False,
        "select_layer": -1,
        "template": "qwen",
        "torch_dtype": "bfloat16",
        "vision_config": vision,
        "llm_config": llm,
    }
    (folder / "config.json").write_text(json.dumps(config, indent=2))

    gen = torch.Generator().manual_seed(seed)
    rnd = lambda *shape: (torch.randn(*shape, generator=gen) * scale).to(torch.bfloat16)  # noqa: E731
    c, d, grid = vision_hidden, llm_hidden, (image_size // 14) ** 2
    v = "vision_model.vision_model."
    w = {
        v + "embeddings.patch_embedding.weight": rnd(c, 3, 14, 14),
        v + "embeddings.patch_embedding.bias": rnd(c),
        v + "embeddings.position_embedding.weight": rnd(grid, c),
        v + "post_layernorm.weight": 1 + rnd(c),
        v + "post_layernorm.bias": rnd(c),
    }
    for i in range(vision_layers):
        p = f"{v}encoder.layers.{i}."
        for proj in ("q_proj", "k_proj", "v_proj", "out_proj"):
            w |= {p + f"self_attn.{proj}.weight": rnd(c, c), p + f"self_attn.{proj}.bias": rnd(c)}
        w |= {
            p + "layer_norm1.weight": 1 + rnd(c),
            p + "layer_norm1.bias": rnd(c),
            p + "layer_norm2.weight": 1 + rnd(c),
            p + "layer_norm2.bias": rnd(c),
            p + "mlp.fc1.weight": rnd(vision_inter, c),
            p + "mlp.fc1.bias": rnd(vision_inter),
            p + "mlp.fc2.weight": rnd(c, vision_inter),
            p + "mlp.fc2.bias": rnd(c),
        }
    h = v + "head."  # present in the published checkpoint, never used by the original
    w |= {
        h + "probe": rnd(1, 1, c),
        h + "attention.in_proj_weight": rnd(3 * c, c),
        h + "attention.in_proj_bias": rnd(3 * c),
        h + "attention.out_proj.weight": rnd(c, c),
        h + "attention.out_proj.bias": rnd(c),
        h + "layernorm.weight": 1 + rnd(c),
        h + "layernorm.bias": rnd(c),
        h + "mlp.fc1.weight": rnd(vision_inter, c),
        h + "mlp.fc1.bias": rnd(vision_inter),
        h + "mlp.fc2.weight": rnd(c, vision_inter),
        h + "mlp.fc2.bias": rnd(c),
    }
    w |= {
        "projector.mlp.layernorm.weight": 1 + rnd(c),
        "projector.mlp.layernorm.bias": rnd(c),
        "projector.mlp.f1.weight": rnd(3 * c, c),
        "projector.mlp.f1.bias": rnd(3 * c),
        "projector.mlp.f2.weight": rnd(3 * c, c),
        "projector.mlp.f2.bias": rnd(3 * c),
        "projector.mlp.g.weight": rnd(d, 3 * c),
        "projector.mlp.g.bias": rnd(d),
    }
    hd = d // llm_heads
    q, kv = llm_heads * hd, kv_heads * hd
    w["language_model.model.embed_tokens.weight"] = rnd(vocab, d) * 20
    for i in range(llm_layers):
        p = f"language_model.model.layers.{i}."
        w |= {
            p + "input_layernorm.weight": 1 + rnd(d),
            p + "post_attention_layernorm.weight": 1 + rnd(d),
            p + "self_attn.q_proj.weight": rnd(q, d),
            p + "self_attn.q_proj.bias": rnd(q),
            p + "self_attn.k_proj.weight": rnd(kv, d),
            p + "self_attn.k_proj.bias": rnd(kv),
            p + "self_attn.v_proj.weight": rnd(kv, d),
            p + "self_attn.v_proj.bias": rnd(kv),
            p + "self_attn.o_proj.weight": rnd(d, q),
            p + "mlp.gate_proj.weight": rnd(inter, d),
            p + "mlp.up_proj.weight": rnd(inter, d),
            p + "mlp.down_proj.weight": rnd(d, inter),
        }
    w["language_model.model.norm.weight"] = 1 + rnd(d)
    w["language_model.lm_head.weight"] = rnd(vocab, d) * 20
    save_weights(folder, w, shards=2)  # the published repository's two shards and index
    return folder
