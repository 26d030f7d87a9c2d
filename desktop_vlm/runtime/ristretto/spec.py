"""The Ristretto family: a SigLIP tower, a token-adaptive projector (any square image-token budget) and a Qwen2.5
language model (Ristretto-3B). Torch-free declarations; the modules are in :mod:`.model`."""

from __future__ import annotations

from ...core.catalog import CatalogEntry
from ...core.errors import CheckpointError
from ...core.formats import CheckpointFormat, language_architecture
from ...core.messages import Message
from .. import config_fields as checks
from ..family_spec import FamilySpec, SyntheticModel
from ..llm_defaults import QWEN2_DEFAULTS, QWEN25_3B_SHAPE
from ..templates import CHATML_ROLES, ConversationTemplate

# the card's recommended budgets, offered in the window: 64 … 576 image tokens per tile
RECOMMENDED_IMAGE_TOKENS = tuple(n * n for n in range(8, 25))


LANGUAGE_MODELS = {"Qwen2ForCausalLM": "qwen2"}


def recognise(config: dict) -> CheckpointFormat | None:
    """A ``RistrettoModel`` config with a SigLIP tower and a Qwen2 language model."""
    if (config.get("architectures") or [None])[0] != "RistrettoModel" and config.get("model_type") != "ristretto":
        return None
    vision = checks.loose_section(config, "vision_config")
    llm = checks.loose_section(config, "llm_config")
    if vision.get("model_type") != "siglip_vision_model":
        raise CheckpointError(
            Message(
                "Ristretto checkpoint with an unsupported vision tower ({tower!r}).", tower=vision.get("model_type")
            )
        )
    language_model = language_architecture(llm, LANGUAGE_MODELS)
    if language_model != "Qwen2ForCausalLM":
        raise CheckpointError(
            Message(
                "Ristretto checkpoint with an unsupported language model ({language_model!r}).",
                language_model=language_model,
            )
        )
    return CheckpointFormat(
        "ristretto", language_model, config.get("template") or "qwen", "SigLIP2 + token-adaptive projector + Qwen2.5"
    )


def parameter_count(config: dict) -> int:
    """SigLIP tower (its unused pooling head is stored but not built) + gated FFN projector + Qwen2."""
    vision, llm = checks.section(config, "vision_config"), checks.section(config, "llm_config")
    where = "vision_config."
    checks.check_kinds(vision, where, checks.VISION_FIELD_KINDS)
    checks.check_activation(vision, where, "gelu_pytorch_tanh")
    checks.tile_and_patch(config, vision)
    patch = checks.size_field(vision, where, "patch_size", checks.MAX_IMAGE_SIZE)
    trained = checks.size_field(vision, where, "image_size", checks.MAX_IMAGE_SIZE, least=patch)
    width = checks.size_field(vision, where, "hidden_size", checks.MAX_WIDTH)
    inner = checks.size_field(vision, where, "intermediate_size", checks.MAX_INTERMEDIATE)
    layers = checks.size_field(vision, where, "num_hidden_layers", checks.MAX_LAYERS)
    channels = checks.size_field(vision, where, "num_channels", checks.MAX_CHANNELS, default=3)
    checks.attention_heads(vision, where, width)
    checks.size_field(config, "", "num_image_token", (trained // patch) ** 2, default=256)
    embeddings = checks.linear_count(channels * patch * patch, width) + (trained // patch) ** 2 * width
    per_layer = (
        4 * checks.linear_count(width, width)
        + 4 * width
        + checks.linear_count(width, inner)
        + checks.linear_count(inner, width)
    )
    projector = (
        2 * width
        + 2 * checks.linear_count(width, 3 * width)
        + checks.linear_count(3 * width, checks.language_model_width(llm))
    )
    return embeddings + layers * per_layer + 2 * width + projector + checks.language_model_count(llm)


FAMILY = FamilySpec(
    name="ristretto",
    recognise=recognise,
    parameter_count=parameter_count,
    language_models=LANGUAGE_MODELS,
    model="desktop_vlm.runtime.ristretto.model:RistrettoModel",
    templates=(
        ConversationTemplate(
            "qwen", "<|im_start|>system\n{system_message}", "You are a helpful assistant.", CHATML_ROLES, "<|im_end|>\n"
        ),
    ),
    config_defaults={
        # Ristretto's own RistrettoConfig, and SigLIP's vision config as transformers 4.37 defines it
        "top": {
            "pad2square": False,
            "select_layer": -1,
            "force_image_size": None,
            "num_image_token": 256,
            "template": None,
            "dynamic_image_size": False,
            "use_thumbnail": False,
            "min_dynamic_patch": 1,
            "max_dynamic_patch": 6,
        },
        "vision": {
            "hidden_size": 768,
            "intermediate_size": 3072,
            "num_hidden_layers": 12,
            "num_attention_heads": 12,
            "num_channels": 3,
            "image_size": 224,
            "patch_size": 16,
            "hidden_act": "gelu_pytorch_tanh",
            "layer_norm_eps": 1e-6,
        },
        "qwen2": QWEN2_DEFAULTS,
    },
    vision_model_type="siglip_vision_model",
    catalog=(
        CatalogEntry(
            "LiAutoAD/Ristretto-3B",
            "ristretto",
            "SigLIP2 + Qwen2.5-3B with an adjustable image-token budget (64–576 per tile).",
            ("en", "zh"),
            "Apache-2.0 (unverified)",
            3.84,
            7_678_615_680,
            vision_parameters=0.43,
            strengths="Speed against detail: few image tokens per tile on a slow machine, many for fine print.",
            tile_tokens=(64, 576),
            max_tiles=10,
        ),
    ),
    synthetic="desktop_vlm.runtime.ristretto.synthetic:write_checkpoint",
    synthetic_models={
        "ristretto-3b": SyntheticModel(
            {
                "vision_hidden": 1152,
                "vision_layers": 27,
                "vision_heads": 16,
                "vision_intermediate": 4304,
                "image_size": 384,
                "scale": 0.02,
            }
            | QWEN25_3B_SHAPE,
            {"vision_layers": 2, "llm_layers": 2},
        ),
    },
    image_token_choices=RECOMMENDED_IMAGE_TOKENS,
    default_max_tiles=10,  # the model card's load_image default
    unused_tensor_prefixes=("vision_model.vision_model.head.",),  # SigLIP's attention-pooling head
)
