"""Recognise a checkpoint's format from its config.json alone (pure; shared by the hub and the runtime).

Only configuration is read to decide; ``auto_map`` and any shipped ``.py`` files are ignored on purpose:
we never run code that comes with a download.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import CheckpointError

# Weight files we accept. Pickle-based formats (.bin, .pt, .pth, .ckpt) are refused: unpickling runs code.
SAFE_WEIGHT_SUFFIX = ".safetensors"
PICKLE_WEIGHT_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl")
# The model store's record inside an installed model's folder (repository, commit, files and checksums); the
# runtime reads the repository id from it to recognise a checkpoint whose files do not say what it is.
STORE_MANIFEST = ".desktop-vlm.json"


@dataclass(frozen=True)
class CheckpointFormat:
    """What kind of model a config.json describes."""

    family: str  # "internvl" | "ristretto" | "mono-internvl"
    llm_architecture: str  # e.g. "Qwen2ForCausalLM"
    template: str
    description: str


# a language model config that names no architecture (saved that way by some tools): the one its model_type implies
_ARCHITECTURE_BY_MODEL_TYPE = {"qwen2": "Qwen2ForCausalLM", "phi3": "Phi3ForCausalLM"}


def language_architecture(llm: dict[str, Any], vision_type: str = "") -> str:
    """``llm_config``'s architecture; when its list is missing or empty, the one its ``model_type`` implies
    (InternLM2 with a patch-embedding vision part is Mono-InternVL's variant with visual experts)."""
    names = llm.get("architectures")
    if isinstance(names, list) and names and isinstance(names[0], str):
        return names[0]
    model_type = str(llm.get("model_type", ""))
    if model_type == "internlm2":
        return "InternLM2VEForCausalLM" if vision_type == "intern_vit_patch" else "InternLM2ForCausalLM"
    return _ARCHITECTURE_BY_MODEL_TYPE.get(model_type, "")


_INTERNVL_LLMS = {
    "Qwen2ForCausalLM": "InternViT + MLP projector + Qwen2",
    "Phi3ForCausalLM": "InternViT + MLP projector + Phi-3",
}


def detect_format(config: dict[str, Any]) -> CheckpointFormat:
    """Classify a parsed config.json, or raise :class:`CheckpointError` saying why it is not supported."""
    if not isinstance(config, dict):
        raise CheckpointError("config.json does not hold a JSON object.")
    archs = config.get("architectures") or []
    arch = archs[0] if isinstance(archs, list) and archs else None
    llm = config.get("llm_config") if isinstance(config.get("llm_config"), dict) else {}
    vision = config.get("vision_config") if isinstance(config.get("vision_config"), dict) else {}
    vision_type = vision.get("model_type", "")
    llm_arch = language_architecture(llm, vision_type)
    template = config.get("template") or ""

    if arch == "RistrettoModel" or config.get("model_type") == "ristretto":
        if vision_type != "siglip_vision_model":
            raise CheckpointError(f"Ristretto checkpoint with an unsupported vision tower ({vision_type!r}).")
        if llm_arch != "Qwen2ForCausalLM":
            raise CheckpointError(f"Ristretto checkpoint with an unsupported language model ({llm_arch!r}).")
        return CheckpointFormat("ristretto", llm_arch, template or "qwen", "SigLIP2 + token-adaptive projector + Qwen2.5")

    if arch == "InternVLChatModel":
        if llm_arch == "InternLM2VEForCausalLM" or vision_type == "intern_vit_patch":
            if llm_arch != "InternLM2VEForCausalLM" or vision_type != "intern_vit_patch":
                raise CheckpointError(
                    "Mono-InternVL checkpoint with a mismatched vision/language pair "
                    f"({vision_type!r} + {llm_arch!r})."
                )
            return CheckpointFormat(
                "mono-internvl", llm_arch, template or "internlm2-chat", "Monolithic InternLM2 with visual experts"
            )
        if llm_arch in _INTERNVL_LLMS:
            if vision_type not in ("intern_vit_6b", ""):
                raise CheckpointError(f"InternVL checkpoint with an unsupported vision tower ({vision_type!r}).")
            if not template:
                raise CheckpointError("InternVL checkpoint without a 'template' in config.json.")
            return CheckpointFormat("internvl", llm_arch, template, _INTERNVL_LLMS[llm_arch])
        raise CheckpointError(
            f"InternVL checkpoint with a language model we do not support yet ({llm_arch or 'none given'}). "
            f"Supported: {', '.join(sorted(_INTERNVL_LLMS))} and InternLM2VEForCausalLM (Mono-InternVL)."
        )

    raise CheckpointError(
        f"Not a supported model format (architectures: {archs or 'missing'}). Supported: InternVL 2.5 / 1.5 "
        "(InternVLChatModel), Vintern, Mono-InternVL and Ristretto checkpoints."
    )
