"""The seed models. Sizes and parameter counts are approximate (from the model cards and the published
index files); revisions are unpinned ("main") because the hub could not be reached to verify commit
shas from this environment — pin them once verified (``CatalogEntry.revision``)."""

from __future__ import annotations

from dataclasses import dataclass

GB = 1_000_000_000


@dataclass(frozen=True)
class CatalogEntry:
    repo_id: str
    family: str
    description: str
    languages: tuple[str, ...]
    license: str
    parameters: float  # billions
    download_bytes: int
    revision: str = "main"
    revision_pinned: bool = False
    vision_parameters: float = 0.3  # billions in the vision tower (+ projector); kept in 16 bits when quantising
    strengths: str = ""  # what a person would pick it for, in one line (the model manager's card)
    tile_tokens: tuple[int, int] = (256, 256)  # image tokens per tile: (fewest, most) the model can be set to
    max_tiles: int = 12  # tiles per image at the model card's default, a thumbnail tile added when > 1

    DTYPES = ("bfloat16", "float16", "float32", "int8", "int4")

    @property
    def folder_name(self) -> str:
        return self.repo_id.replace("/", "--")

    @property
    def image_token_range(self) -> tuple[int, int]:
        """Image tokens one picture costs: one tile at the smallest budget, up to every tile plus the
        thumbnail at the largest."""
        return self.tile_tokens[0], self.tile_tokens[1] * (self.max_tiles + (1 if self.max_tiles > 1 else 0))

    def vram_estimate_gib(self, dtype: str) -> float:
        """Memory to run this model with weights in ``dtype``; see :func:`vram_estimate_gib`."""
        return vram_estimate_gib(self.parameters, self.vision_parameters, dtype)

    def vram_estimates_gib(self) -> dict[str, float]:
        """Every dtype's estimate, for a table in the model manager."""
        return {d: round(self.vram_estimate_gib(d), 1) for d in self.DTYPES}


def vram_estimate_gib(parameters: float, vision_parameters: float, dtype: str) -> float:
    """Weights at the dtype's width plus ~1.5 GiB for activations, KV cache of a few thousand tokens and
    the CUDA context; parameter counts in billions.

    ``int8`` / ``int4`` quantise the language model's linear weights only (with per-group scales, hence
    slightly over 1 / 0.5 bytes per parameter); the vision tower stays in 16 bits.
    """
    llm_width = {"bfloat16": 2.0, "float16": 2.0, "float32": 4.0, "int8": 1.06, "int4": 0.56}[dtype]
    vision_width = 4.0 if dtype == "float32" else 2.0
    llm = parameters - vision_parameters
    return (llm * llm_width + vision_parameters * vision_width) * 1e9 / 2**30 + 1.5


CATALOG: tuple[CatalogEntry, ...] = (
    CatalogEntry("OpenGVLab/InternVL2_5-4B", "internvl", "InternViT-300M + Qwen2.5-3B: strong general and "
                 "document understanding.", ("en", "zh"), "MIT (unverified)", 3.7, int(7.4 * GB),
                 strengths="Everyday photos, screenshots, charts and scanned documents (reads text well); "
                 "a good first model."),
    CatalogEntry("OpenGVLab/Mini-InternVL-Chat-4B-V1-5", "internvl", "InternViT-300M + Phi-3-mini with a "
                 "128k context.", ("en", "zh"), "MIT (unverified)", 4.2, int(8.3 * GB),
                 strengths="Long conversations and many pages at once (128k-token context)."),
    CatalogEntry("5CD-AI/Vintern-3B-beta", "internvl", "Vietnamese-first InternVL on Qwen2.5-3B: receipts, "
                 "forms and documents in Vietnamese.", ("vi", "en"), "MIT (unverified)", 3.7, int(7.4 * GB),
                 strengths="Vietnamese receipts, invoices, forms and ID documents."),
    CatalogEntry("LiAutoAD/Ristretto-3B", "ristretto", "SigLIP2 + Qwen2.5-3B with an adjustable image-token "
                 "budget (64–576 per tile).", ("en", "zh"), "Apache-2.0 (unverified)", 3.84, 7_678_615_680,
                 vision_parameters=0.43, strengths="Speed against detail: few image tokens per tile on a slow "
                 "machine, many for fine print.", tile_tokens=(64, 576), max_tiles=10),
    CatalogEntry("OpenGVLab/Mono-InternVL-2B", "mono-internvl", "Monolithic InternLM2 with visual experts; "
                 "no separate vision tower.", ("en", "zh"), "MIT (unverified)", 3.1, int(6.2 * GB),
                 vision_parameters=0.0, strengths="Quick answers about photos and screenshots; one network "
                 "for text and images."),
)  # fmt: skip


def find(repo_id: str) -> CatalogEntry | None:
    return next((e for e in CATALOG if e.repo_id.lower() == repo_id.lower()), None)


def parse_repo_id(text: str) -> str:
    """Accept ``owner/name`` or a hub URL (``https://host/owner/name[/tree/rev…]``)."""
    text = text.strip().rstrip("/")
    if "://" in text:
        parts = text.split("://", 1)[1].split("/")[1:]
        if parts and parts[0] == "models":
            parts = parts[1:]
        text = "/".join(parts[:2])
    owner, _, name = text.partition("/")
    if not owner or not name or "/" in name or ".." in text:
        from .errors import HubError

        raise HubError(f"{text!r} is not a model id; use owner/name, e.g. OpenGVLab/InternVL2_5-4B.")
    return f"{owner}/{name}"
