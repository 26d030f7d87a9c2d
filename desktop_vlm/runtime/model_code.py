"""Importing the code a local model load runs, ahead of the load.

A process's first load spends most of its building step importing transformers' modelling code and what it
pulls in (the InternVL, Qwen2, Phi-3 and SigLIP modules, its generation and attention helpers: about 1.9 s of
a full-size bf16 load on two cores), after importing torch (0.8 s). The window's model thread runs
:func:`import_model_code` while nothing is loaded, so that the person's first choice loads without them.
"""

from __future__ import annotations

import importlib

from .registry import families

# what our families' code imports inside its functions, at build, prompt or decode time (transformers defers
# these to first use; so do we, so that importing the runtime package stays torch-free)
LIBRARY_MODULES = (
    "transformers.cache_utils",
    "transformers.generation.logits_process",
    "transformers.integrations.sdpa_attention",
    "transformers.masking_utils",
    "transformers.models.internvl.modeling_internvl",
    "transformers.models.phi3.modeling_phi3",
    "transformers.models.qwen2.modeling_qwen2",
    "transformers.models.siglip.modeling_siglip",
)


# our own modules a load or an answer imports on first use: the tokenizer's kind is known only from the files
OWN_MODULES = (
    "desktop_vlm.runtime.loader",
    "desktop_vlm.runtime.kv_cache",
    "desktop_vlm.runtime.tokenization.byte_bpe",
    "desktop_vlm.runtime.tokenization.fast",
    "desktop_vlm.runtime.tokenization.sentencepiece_models",
    "desktop_vlm.runtime.tokenization.slow",
)


def import_model_code() -> None:
    """Import torch, the loader, every family's model module and the library modules they use."""
    for name in OWN_MODULES:
        importlib.import_module(name)
    for spec in families():
        importlib.import_module(spec.model.partition(":")[0])
    for name in LIBRARY_MODULES:
        importlib.import_module(name)
