"""The Mono-InternVL family: one InternLM2 with visual experts, a patch embedding instead of a vision tower
(Mono-InternVL-2B). Torch-free declarations; the modules are in :mod:`.model`."""

from __future__ import annotations

from ...core.catalog import GB, CatalogEntry
from ...core.errors import CheckpointError
from ...core.formats import CheckpointFormat, language_architecture
from ...core.messages import Message
from .. import config_fields as checks
from ..family_spec import FamilySpec, SyntheticModel
from ..internvl.spec import TEMPLATES as INTERNVL_TEMPLATES
from ..tokenization.load import INTERNLM2_SP

# the language model with visual experts; a config naming only its model_type means this one here
LANGUAGE_MODELS = {"InternLM2VEForCausalLM": "internlm2"}


def recognise(config: dict) -> CheckpointFormat | None:
    """An ``InternVLChatModel`` config whose language model has visual experts and whose vision part is a patch
    embedding."""
    if (config.get("architectures") or [None])[0] != "InternVLChatModel":
        return None
    vision = checks.loose_section(config, "vision_config")
    llm = checks.loose_section(config, "llm_config")
    vision_type = vision.get("model_type", "")
    language_model = language_architecture(llm, LANGUAGE_MODELS)
    if language_model != "InternLM2VEForCausalLM" and vision_type != "intern_vit_patch":
        return None
    if language_model != "InternLM2VEForCausalLM" or vision_type != "intern_vit_patch":
        raise CheckpointError(
            Message(
                "Mono-InternVL checkpoint with a mismatched vision/language pair ({vision!r} + {language!r}).",
                vision=vision_type,
                language=language_model,
            )
        )
    return CheckpointFormat(
        "mono-internvl",
        language_model,
        config.get("template") or "internlm2-chat",
        "Monolithic InternLM2 with visual experts",
    )


def parameter_count(config: dict) -> int:
    """Patch embedding + mlp1 + InternLM2 with visual experts (our own decoder)."""
    vision, llm = checks.section(config, "vision_config"), checks.section(config, "llm_config")
    where = "llm_config."
    image, patch = checks.tile_and_patch(config, vision)
    factor = checks.shuffle_factor(config, image, patch)
    trained = checks.size_field(vision, "vision_config.", "image_size", checks.MAX_IMAGE_SIZE, least=patch)
    vision_width = checks.size_field(vision, "vision_config.", "hidden_size", checks.MAX_WIDTH)
    channels = checks.size_field(vision, "vision_config.", "num_channels", checks.MAX_CHANNELS, default=3)
    width = checks.size_field(llm, where, "hidden_size", checks.MAX_WIDTH)
    inner = checks.size_field(llm, where, "intermediate_size", checks.MAX_INTERMEDIATE)
    layers = checks.size_field(llm, where, "num_hidden_layers", checks.MAX_LAYERS)
    vocab = checks.size_field(llm, where, "vocab_size", checks.MAX_VOCAB)
    checks.size_field(llm, where, "max_position_embeddings", checks.MAX_POSITIONS, default=32768)
    checks.check_kinds(llm, where, {"rms_norm_eps": "number"})
    checks.check_positive(llm, where, "rope_theta")
    heads, kv_heads, head_dim = checks.attention_heads(llm, where, width)
    positions = 1 + (trained // patch) ** 2  # the class slot and the trained grid
    embeddings = 2 * vision_width + channels * patch * patch * vision_width + positions * vision_width
    per_layer = (heads + 2 * kv_heads) * head_dim * width + heads * head_dim * width + 2 * width + 6 * inner * width
    return embeddings + checks.mlp1_count(vision_width, factor, width) + 2 * vocab * width + layers * per_layer + width


FAMILY = FamilySpec(
    name="mono-internvl",
    recognise=recognise,
    parameter_count=parameter_count,
    language_models=LANGUAGE_MODELS,
    model="desktop_vlm.runtime.mono.model:MonoInternVLChatModel",
    templates=tuple(t for t in INTERNVL_TEMPLATES if t.name == "internlm2-chat"),
    sentencepiece_rules={"InternLM2VEForCausalLM": INTERNLM2_SP, "InternLM2ForCausalLM": INTERNLM2_SP},
    config_defaults={
        # Mono-InternVL's own InternVLChatConfig (select_layer -4, which the patch model cannot honour),
        # InternVisionPatchConfig and InternLM2Config (biased projections by default)
        "top": {
            "use_backbone_lora": 0,
            "use_llm_lora": 0,
            "pad2square": False,
            "select_layer": -4,
            "force_image_size": None,
            "downsample_ratio": 0.5,
            "template": None,
            "dynamic_image_size": False,
            "use_thumbnail": False,
            "ps_version": "v1",
            "min_dynamic_patch": 1,
            "max_dynamic_patch": 6,
        },
        "vision": {"num_channels": 3, "patch_size": 14, "image_size": 224, "hidden_size": 3200},
        "internlm2": {
            "vocab_size": 103168,
            "hidden_size": 4096,
            "intermediate_size": 11008,
            "num_hidden_layers": 32,
            "num_attention_heads": 32,
            "num_key_value_heads": None,
            "hidden_act": "silu",
            "max_position_embeddings": 2048,
            "rms_norm_eps": 1e-6,
            "pad_token_id": 0,
            "bos_token_id": 1,
            "eos_token_id": 2,
            "tie_word_embeddings": False,
            "bias": True,
            "rope_theta": 10000,
            "rope_scaling": None,
        },
    },
    vision_model_type="intern_vit_patch",
    catalog=(
        CatalogEntry(
            "OpenGVLab/Mono-InternVL-2B",
            "mono-internvl",
            "Monolithic InternLM2 with visual experts; no separate vision tower.",
            ("en", "zh"),
            "MIT (unverified)",
            3.1,
            int(6.2 * GB),
            vision_parameters=0.0,
            strengths="Quick answers about photos and screenshots; one network for text and images.",
        ),
    ),
    synthetic="desktop_vlm.runtime.mono.synthetic:write_checkpoint",
    synthetic_models={
        "mono-internvl-2b": SyntheticModel(
            {
                "vision_hidden": 1024,
                "llm_hidden": 2048,
                "layers": 24,
                "heads": 16,
                "kv_heads": 8,
                "intermediate": 8192,
                "vocab_size": 92553,
                "max_tiles": 12,
                "scale": 0.05,
            },
            {"layers": 2},
            {"max_tiles": 12},
        ),
    },
    baseline="desktop_vlm.runtime.mono.baseline:chat_turn",
    fp16_ok=False,  # activations overflow float16: the published model gives NaN
    default_max_tiles=12,
)
