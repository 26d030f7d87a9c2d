"""ToyVLM checkpoints with random weights, in the layout its (made-up) published repository would have."""

from __future__ import annotations

import json
from pathlib import Path

import torch

from desktop_vlm.runtime.synthetic_parts import language_model_config, save_weights
from desktop_vlm.runtime.tokenization.synthetic import write_qwen2_tokenizer


def write_checkpoint(folder: Path, *, llm_hidden: int = 32, vision_width: int = 8, seed: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    ids = write_qwen2_tokenizer(folder, vocab_size=300)
    vocab = max(ids.values()) + 1
    llm = language_model_config("qwen2", vocab, llm_hidden, 1, 2, 1, ids, 2 * llm_hidden)
    config = {
        "architectures": ["ToyVLM"],
        "template": "toy-chat",
        "tile_size": 56,
        "vision_width": vision_width,
        "llm_config": llm,
    }
    (folder / "config.json").write_text(json.dumps(config))
    gen = torch.Generator().manual_seed(seed)
    rnd = lambda *shape: (torch.randn(*shape, generator=gen) * 0.2).to(torch.bfloat16)  # noqa: E731
    d, h = llm_hidden, llm_hidden // 2
    w = {
        "patch.weight": rnd(vision_width, 3, 14, 14),
        "patch.bias": rnd(vision_width),
        "proj.weight": rnd(d, vision_width),
        "proj.bias": rnd(d),
        "language_model.model.embed_tokens.weight": rnd(vocab, d),
        "language_model.model.norm.weight": 1 + rnd(d),
        "language_model.lm_head.weight": rnd(vocab, d),
    }
    p = "language_model.model.layers.0."
    w |= {
        p + "input_layernorm.weight": 1 + rnd(d),
        p + "post_attention_layernorm.weight": 1 + rnd(d),
        p + "self_attn.q_proj.weight": rnd(d, d),
        p + "self_attn.q_proj.bias": rnd(d),
        p + "self_attn.k_proj.weight": rnd(h, d),
        p + "self_attn.k_proj.bias": rnd(h),
        p + "self_attn.v_proj.weight": rnd(h, d),
        p + "self_attn.v_proj.bias": rnd(h),
        p + "self_attn.o_proj.weight": rnd(d, d),
        p + "mlp.gate_proj.weight": rnd(2 * d, d),
        p + "mlp.up_proj.weight": rnd(2 * d, d),
        p + "mlp.down_proj.weight": rnd(d, 2 * d),
    }
    save_weights(folder, w)
    return folder
