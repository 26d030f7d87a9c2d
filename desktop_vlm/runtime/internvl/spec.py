"""The InternVL family: InternViT + MLP projector + a Qwen2 or Phi-3 language model (InternVL2_5-4B,
Mini-InternVL-Chat-4B-V1-5, Vintern-3B-beta and their fine-tunes). Torch-free declarations; the modules are in
:mod:`.model`."""

from __future__ import annotations

from ...core.catalog import GB, CatalogEntry
from ...core.errors import CheckpointError
from ...core.formats import CheckpointFormat, language_architecture
from ...core.messages import Message
from .. import config_fields as checks
from ..family_spec import FamilySpec, SyntheticModel
from ..llm_defaults import PHI3_DEFAULTS, QWEN2_DEFAULTS, QWEN25_3B_SHAPE
from ..templates import CHATML_ROLES, ConversationTemplate
from ..tokenization.load import LLAMA_SP

INTERNVL_SYSTEM = (
    "你是由上海人工智能实验室联合商汤科技开发的书生多模态大模型，英文名叫InternVL, 是一个有用无害的人工智能助手。"
)
INTERNVL2_5_SYSTEM = (
    "你是书生·万象，英文名是InternVL，是由上海人工智能实验室、清华大学及多家合作单位联合开发的多模态大语言模型。"
)
VINTERN_SYSTEM = (
    "Bạn là một mô hình trí tuệ nhân tạo đa phương thức Tiếng Việt có tên gọi là Vintern, được phát triển bởi "
    "người Việt. Bạn là một trợ lý trí tuệ nhân tạo hữu ích và không gây hại."
)
CHATML = "<|im_start|>system\n{system_message}"
TEMPLATES = (
    ConversationTemplate("internvl2_5", CHATML, INTERNVL2_5_SYSTEM, CHATML_ROLES, "<|im_end|>\n"),
    ConversationTemplate("Hermes-2", CHATML, INTERNVL_SYSTEM, CHATML_ROLES, "<|im_end|>"),
    ConversationTemplate("internlm2-chat", CHATML, INTERNVL_SYSTEM, CHATML_ROLES, "<|im_end|>"),
    ConversationTemplate(
        "phi3-chat", "<|system|>\n{system_message}", INTERNVL_SYSTEM, ("<|user|>\n", "<|assistant|>\n"), "<|end|>"
    ),
)
DESCRIPTIONS = {
    "Qwen2ForCausalLM": "InternViT + MLP projector + Qwen2",
    "Phi3ForCausalLM": "InternViT + MLP projector + Phi-3",
}
LANGUAGE_MODELS = {"Qwen2ForCausalLM": "qwen2", "Phi3ForCausalLM": "phi3"}  # architecture -> model_type


def recognise(config: dict) -> CheckpointFormat | None:
    """An ``InternVLChatModel`` config with a Qwen2 or Phi-3 language model and an InternViT tower."""
    if (config.get("architectures") or [None])[0] != "InternVLChatModel":
        return None
    vision = checks.loose_section(config, "vision_config")
    llm = checks.loose_section(config, "llm_config")
    vision_type = vision.get("model_type", "")
    if vision_type not in ("intern_vit_6b", ""):
        return None  # another vision part: another family's (Mono-InternVL's patch embedding), or none's
    language_model = language_architecture(llm, LANGUAGE_MODELS)
    if language_model not in LANGUAGE_MODELS:
        return None  # perhaps another family's; detection says what is supported when none takes it
    if not config.get("template"):
        raise CheckpointError(Message("InternVL checkpoint without a 'template' in config.json."))
    return CheckpointFormat("internvl", language_model, config["template"], DESCRIPTIONS[language_model])


# InternViT-300M-448px, as the published checkpoints use it
_INTERNVIT_300M = {"vision_hidden": 1024, "vision_layers": 24, "vision_heads": 16, "vision_intermediate": 4096}
_TWO_LAYERS = {"vision_layers": 2, "llm_layers": 2, "shards": 1}


def parameter_count(config: dict) -> int:
    """The parameters a completed config implies (every field read is validated on the way)."""
    vision, llm = checks.section(config, "vision_config"), checks.section(config, "llm_config")
    where = "vision_config."
    checks.check_kinds(vision, where, checks.VISION_FIELD_KINDS)
    checks.check_activation(vision, where, "gelu")
    image, patch = checks.tile_and_patch(config, vision)
    factor = checks.shuffle_factor(config, image, patch)
    width = checks.size_field(vision, where, "hidden_size", checks.MAX_WIDTH)
    inner = checks.size_field(vision, where, "intermediate_size", checks.MAX_INTERMEDIATE)
    layers = checks.size_field(vision, where, "num_hidden_layers", checks.MAX_LAYERS)
    channels = checks.size_field(vision, where, "num_channels", checks.MAX_CHANNELS, default=3)
    checks.attention_heads(vision, where, width)
    if not checks.is_int(config.get("select_layer", -1)):
        raise checks.bad(
            Message("select_layer is {value!r}; it must be a whole number", value=config.get("select_layer"))
        )
    norm = width if vision.get("norm_type") == "rms_norm" else 2 * width
    attention = checks.linear_count(width, 3 * width, bool(vision.get("qkv_bias", True))) + checks.linear_count(
        width, width
    )
    if vision.get("qk_normalization"):
        attention += 2 * width
    per_layer = (
        attention + 2 * norm + 2 * width + checks.linear_count(width, inner) + checks.linear_count(inner, width)
    )  # norms, ls1/ls2
    embeddings = width + checks.linear_count(channels * patch * patch, width) + (1 + (image // patch) ** 2) * width
    vision_side = embeddings + layers * per_layer + checks.mlp1_count(width, factor, checks.language_model_width(llm))
    return vision_side + checks.language_model_count(llm)


FAMILY = FamilySpec(
    name="internvl",
    recognise=recognise,
    parameter_count=parameter_count,
    language_models=LANGUAGE_MODELS,
    model="desktop_vlm.runtime.internvl.model:InternVLChatModel",
    templates=TEMPLATES,
    known_system_messages={
        "5cd-ai/vintern-3b-beta": VINTERN_SYSTEM,
        "5cd-ai/vintern-1b-v2": VINTERN_SYSTEM,
        "5cd-ai/vintern-1b-v3_5": VINTERN_SYSTEM,
    },
    sentencepiece_rules={"Phi3ForCausalLM": LLAMA_SP, "LlamaForCausalLM": LLAMA_SP},
    config_defaults={
        # InternVLChatConfig and InternVisionConfig of InternVL's own code
        "top": {
            "use_backbone_lora": 0,
            "use_llm_lora": 0,
            "pad2square": False,
            "select_layer": -1,
            "force_image_size": None,
            "downsample_ratio": 0.5,
            "template": None,
            "dynamic_image_size": False,
            "use_thumbnail": False,
            "ps_version": "v1",
            "min_dynamic_patch": 1,
            "max_dynamic_patch": 6,
        },
        "vision": {
            "num_channels": 3,
            "patch_size": 14,
            "image_size": 224,
            "qkv_bias": False,
            "hidden_size": 3200,
            "num_attention_heads": 25,
            "intermediate_size": 12800,
            "qk_normalization": True,
            "num_hidden_layers": 48,
            "hidden_act": "gelu",
            "norm_type": "rms_norm",
            "layer_norm_eps": 1e-6,
        },
        "qwen2": QWEN2_DEFAULTS,
        "phi3": PHI3_DEFAULTS,
    },
    vision_model_type="intern_vit_6b",
    catalog=(
        CatalogEntry(
            "OpenGVLab/InternVL2_5-4B",
            "internvl",
            "InternViT-300M + Qwen2.5-3B: strong general and document understanding.",
            ("en", "zh"),
            "MIT (unverified)",
            3.7,
            int(7.4 * GB),
            strengths="Everyday photos, screenshots, charts and scanned documents (reads text well); "
            "a good first model.",
        ),
        CatalogEntry(
            "OpenGVLab/Mini-InternVL-Chat-4B-V1-5",
            "internvl",
            "InternViT-300M + Phi-3-mini with a 128k context.",
            ("en", "zh"),
            "MIT (unverified)",
            4.2,
            int(8.3 * GB),
            strengths="Long conversations and many pages at once (128k-token context).",
        ),
        CatalogEntry(
            "5CD-AI/Vintern-3B-beta",
            "internvl",
            "Vietnamese-first InternVL on Qwen2.5-3B: receipts, forms and documents in Vietnamese.",
            ("vi", "en"),
            "MIT (unverified)",
            3.7,
            int(7.4 * GB),
            strengths="Vietnamese receipts, invoices, forms and ID documents.",
        ),
    ),
    synthetic="desktop_vlm.runtime.internvl.synthetic:write_checkpoint",
    synthetic_models={
        "internvl2_5-4b": SyntheticModel(_INTERNVIT_300M | QWEN25_3B_SHAPE | {"scale": 0.02, "shards": 4}, _TWO_LAYERS),
        "vintern-3b": SyntheticModel(
            _INTERNVIT_300M | QWEN25_3B_SHAPE | {"template": "Hermes-2", "scale": 0.02, "shards": 4},
            _TWO_LAYERS,
            {"template": "Hermes-2"},
        ),
        "mini-internvl-4b": SyntheticModel(
            _INTERNVIT_300M
            | {
                "llm": "phi3",
                "llm_hidden": 3072,
                "llm_layers": 32,
                "llm_heads": 32,
                "kv_heads": 32,
                "llm_intermediate": 8192,
                "vocab_size": 32064,
                "scale": 0.02,
                "shards": 4,
            },
            _TWO_LAYERS,
            {"llm": "phi3"},
        ),
    },
    default_max_tiles=12,
)
