"""Remote backend: a Runtime that talks to an OpenAI-compatible server (LMDeploy, vLLM, or
``desktop-vlm serve``), plus the factory that opens any runtime from a model spec.

Importing this package is cheap; the HTTP client is imported when a RemoteRuntime is built.
"""

from typing import TYPE_CHECKING

from .factory import open_runtime

if TYPE_CHECKING:
    from .client import RemoteRuntime

__all__ = ["RemoteRuntime", "open_runtime"]


def __getattr__(name: str):
    if name == "RemoteRuntime":
        from .client import RemoteRuntime

        return RemoteRuntime
    raise AttributeError(name)
