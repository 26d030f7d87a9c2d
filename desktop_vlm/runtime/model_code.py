"""Importing the code a local model load runs, once per process, with the garbage collector kept off it.

A process's first load spends most of its building step importing transformers' modelling code and what it
pulls in (the InternVL, Qwen2, Phi-3 and SigLIP modules, its generation and attention helpers: about 1.9 s of
a full-size bf16 load on two cores), after importing torch (0.8 s). The window's model thread runs
:func:`import_model_code` while nothing is loaded, so that the person's first choice loads without them. The
loader calls it too: it returns at once where the window did so, and imports in a process that did not (the
CLI, the server, the window's reload of the last model at start-up).

Those imports leave some 375,000 objects that live as long as the process. Python's full collections walk
them all, holding the interpreter: on two cores each took 40–210 ms, five during the imports and one while
the model was then built, and each froze the window for as long. So the imports run with the collector off,
and what they made is moved out of its sight (:func:`gc.freeze`): the imports took 2.6–2.7 against 3.1 s,
and a full collection after them 0 against 150 ms.

What gets frozen with them includes garbage: cycles such as exceptions caught on the way, with their
tracebacks, which hold the frames they were raised in and, through those frames' callers, the calling stack.
Frozen, that garbage is never collected. Had the calling stack been the loader's, its frame would have kept
the model it went on to build for the life of the process. So the imports run on a thread of their own,
whose frames hold nothing else. The garbage itself — 12,061 objects, 7.5 MB by ``sys.getsizeof`` — stays for
the life of the process. Collecting it before the freeze instead is one more full collection of everything
the imports made: the window's longest stall doubled, to 316–334 ms.
"""

from __future__ import annotations

import functools
import gc
import importlib
import threading

from .registry import families

# our own modules a load or an answer imports on first use: the tokenizer's kind is known only from the files
OWN_MODULES = (
    "desktop_vlm.runtime.loader",
    "desktop_vlm.runtime.kv_cache",
    "desktop_vlm.runtime.tokenization.byte_bpe",
    "desktop_vlm.runtime.tokenization.fast",
    "desktop_vlm.runtime.tokenization.sentencepiece_models",
    "desktop_vlm.runtime.tokenization.slow",
)
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


@functools.cache  # once per process; an import that failed is tried again by the next call
def import_model_code() -> None:
    """Import torch, the loader, every family's model module and the library modules they use, on a thread
    of their own, then leave every object alive now to the collector's permanent generation. Call it while
    no model is loaded: a model frozen with the rest would never be freed if it formed a cycle."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            for name in OWN_MODULES:
                importlib.import_module(name)
            for spec in families():
                importlib.import_module(spec.model.partition(":")[0])
            for name in LIBRARY_MODULES:
                importlib.import_module(name)
        except BaseException as error:  # handed to the caller, which raises it as its own
            failed.append(error)

    collecting = gc.isenabled()
    gc.disable()
    try:
        importer = threading.Thread(target=run, name="model-code-import")
        importer.start()
        importer.join()
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    if failed:
        raise failed[0]
