"""Native model runtime: loads original checkpoints without their shipped code and chats with them.

Importing this package is cheap (no torch); ``load_runtime`` imports torch when it is called.
"""

from .api import CancelToken, ChatRequest, ModelInfo, Runtime, VisualInput

__all__ = ["CancelToken", "ChatRequest", "ModelInfo", "Runtime", "VisualInput", "load_runtime"]


def load_runtime(*args, **kwargs):
    """Load a checkpoint directory; see :func:`desktop_vlm.runtime.loader.load_runtime`."""
    from .loader import load_runtime as _load

    return _load(*args, **kwargs)
