"""An independent, deliberately plain re-statement of the original InternVL forward pass (spec §4–§8),
used as the oracle for tiny checkpoints that have no recorded reference outputs.

It reads the checkpoint's raw tensors and uses only torch functional ops for the vision side, and
transformers' own ``from_pretrained`` + ``generate(inputs_embeds=...)`` for the language model — the
same path the original ``chat()`` takes — so none of the runtime's mapping or loading code is involved.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import torch
import torch.nn.functional as F
from safetensors import safe_open


def raw_tensors(folder: Path) -> dict[str, torch.Tensor]:
    out = {}
    for shard in sorted(folder.glob("*.safetensors")):
        with safe_open(str(shard), framework="pt") as fh:
            out |= {k: fh.get_tensor(k).float() for k in fh.keys()}
    return out


def vision_features(folder: Path, pixels: torch.Tensor) -> torch.Tensor:
    """(T, 3, 448, 448) → (T, 256, D) exactly as the original extract_feature."""
    cfg = json.loads((folder / "config.json").read_text())
    v, w = cfg["vision_config"], raw_tensors(folder)
    heads, c = v["num_attention_heads"], v["hidden_size"]
    x = F.conv2d(
        pixels,
        w["vision_model.embeddings.patch_embedding.weight"],
        w["vision_model.embeddings.patch_embedding.bias"],
        stride=14,
    )
    n, _, gh, gw = x.shape
    x = torch.cat([w["vision_model.embeddings.class_embedding"].expand(n, -1, -1), x.flatten(2).transpose(1, 2)], 1)
    pos = w["vision_model.embeddings.position_embedding"]
    grid = pos[:, 1:].reshape(1, 32, 32, c).permute(0, 3, 1, 2)
    grid = F.interpolate(grid, size=(gh, gw), mode="bicubic", align_corners=False)
    x = x + torch.cat([pos[:, :1], grid.flatten(2).transpose(1, 2)], 1)
    states = [x]
    for i in range(v["num_hidden_layers"]):
        p = f"vision_model.encoder.layers.{i}."
        h = F.layer_norm(x, (c,), w[p + "norm1.weight"], w[p + "norm1.bias"], v["layer_norm_eps"])
        qkv = F.linear(h, w[p + "attn.qkv.weight"], w[p + "attn.qkv.bias"])
        q, k, vv = qkv.reshape(n, -1, 3, heads, c // heads).permute(2, 0, 3, 1, 4)
        att = ((q * (c // heads) ** -0.5) @ k.transpose(-2, -1)).softmax(-1) @ vv
        att = F.linear(att.transpose(1, 2).reshape(n, -1, c), w[p + "attn.proj.weight"], w[p + "attn.proj.bias"])
        x = x + w[p + "ls1"] * att
        h = F.layer_norm(x, (c,), w[p + "norm2.weight"], w[p + "norm2.bias"], v["layer_norm_eps"])
        h = F.linear(
            F.gelu(F.linear(h, w[p + "mlp.fc1.weight"], w[p + "mlp.fc1.bias"])),
            w[p + "mlp.fc2.weight"],
            w[p + "mlp.fc2.bias"],
        )
        x = x + w[p + "ls2"] * h
        states.append(x)
    x = states[cfg["select_layer"]][:, 1:]
    x = x.reshape(n, 32, 32, c)
    # pixel shuffle as the original writes it: merge column pairs, swap, merge row pairs, swap back (v2)
    x = x.view(n, 32, 16, 2 * c).permute(0, 2, 1, 3).contiguous().view(n, 16, 16, 4 * c)
    if cfg["ps_version"] != "v1":
        x = x.permute(0, 2, 1, 3).contiguous()
    x = x.reshape(n, 256, 4 * c)
    x = F.layer_norm(x, (4 * c,), w["mlp1.0.weight"], w["mlp1.0.bias"], 1e-5)
    x = F.linear(F.gelu(F.linear(x, w["mlp1.1.weight"], w["mlp1.1.bias"])), w["mlp1.3.weight"], w["mlp1.3.bias"])
    return x


def export_llm(folder: Path, dest: Path) -> Path:
    """The language model as a plain transformers folder (weights renamed only), for from_pretrained."""
    from safetensors.torch import save_file

    cfg = json.loads((folder / "config.json").read_text())["llm_config"]
    if cfg["model_type"] == "qwen2":
        cfg = {k: v for k, v in cfg.items() if k != "rope_scaling"}  # transformers 4.37's Qwen2 ignored it
    elif cfg.get("rope_scaling"):  # today's transformers wants this key inside the scaling dict too
        cfg["rope_scaling"] = cfg["rope_scaling"] | {
            "original_max_position_embeddings": cfg["original_max_position_embeddings"]
        }
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "config.json").write_text(json.dumps(cfg))
    tensors = {
        k[len("language_model.") :]: t.contiguous()
        for k, t in raw_tensors(folder).items()
        if k.startswith("language_model.")
    }
    save_file(tensors, str(dest / "model.safetensors"), metadata={"format": "pt"})
    for name in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copy(folder / name, dest / name)
    return dest


def greedy_ids(
    llm_folder: Path,
    input_ids: list[int],
    image_rows: torch.Tensor | None,
    img_context_id: int,
    stop_id: int,
    max_new_tokens: int,
) -> list[int]:
    """chat()'s generate step: embed, overwrite <IMG_CONTEXT> rows, greedy generate from embeddings."""
    from transformers import AutoModelForCausalLM

    lm = AutoModelForCausalLM.from_pretrained(str(llm_folder), dtype=torch.float32, attn_implementation="eager")
    ids = torch.tensor([input_ids])
    with torch.no_grad():
        embeds = lm.get_input_embeddings()(ids)
        if image_rows is not None:
            embeds[ids == img_context_id] = image_rows.reshape(-1, embeds.shape[-1])
        out = lm.generate(
            inputs_embeds=embeds,
            attention_mask=torch.ones_like(ids),
            max_new_tokens=max_new_tokens,
            do_sample=False,
            eos_token_id=stop_id,
            pad_token_id=stop_id,
        )
    return out[0].tolist()
