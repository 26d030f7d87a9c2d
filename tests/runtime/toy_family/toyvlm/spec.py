"""ToyVLM: a patch embedding and one projection in front of a Qwen2 language model (made up for the tests)."""

from __future__ import annotations

from desktop_vlm.core.catalog import CatalogEntry
from desktop_vlm.core.formats import CheckpointFormat
from desktop_vlm.runtime.family_spec import FamilySpec, SyntheticModel
from desktop_vlm.runtime.llm_defaults import QWEN2_DEFAULTS
from desktop_vlm.runtime.templates import CHATML_ROLES, ConversationTemplate


def recognise(config: dict) -> CheckpointFormat | None:
    if (config.get("architectures") or [None])[0] != "ToyVLM":
        return None
    return CheckpointFormat("toy-vlm", "Qwen2ForCausalLM", config.get("template") or "toy-chat", "Patches + Qwen2")


FAMILY = FamilySpec(
    name="toy-vlm",
    recognise=recognise,
    model="toyvlm.model:ToyModel",
    templates=(
        ConversationTemplate(
            "toy-chat", "<|im_start|>system\n{system_message}", "You are a toy.", CHATML_ROLES, "<|im_end|>\n"
        ),
    ),
    language_models={"Qwen2ForCausalLM": "qwen2"},
    config_defaults={"qwen2": QWEN2_DEFAULTS},
    catalog=(CatalogEntry("toy/ToyVLM-1B", "toy-vlm", "A made-up model.", ("en",), "MIT", 0.001, 1_000_000),),
    synthetic="toyvlm.synthetic:write_checkpoint",
    synthetic_models={"toy-vlm-1b": SyntheticModel({"llm_hidden": 64}, {}, {})},
    default_max_tiles=4,
)
